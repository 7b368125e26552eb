/**
 * Names in the preview's engine (src/hosts/preview/engine.ts): HyperFormula evaluates a named
 * expression to the value it points at, so a name on an empty cell would be the number 0 there
 * while Excel and LibreOffice see a blank. Optional inputs ("blank: from the plan") test
 * ISNUMBER(name); the engine hands HyperFormula the reference instead of the name.
 */
import { isoToSerial } from "../../../src/domain/dates";
import { colNumber, keyCol, keyRow } from "../../../src/workbook/a1";
import { Engine } from "../../../src/hosts/preview/engine";
import { cachedValues, generatedPreview } from "./generated";

jest.setTimeout(300_000);

test("a name on an empty cell is blank to ISNUMBER, a typed number counts, whichever came first", () => {
  const e = new Engine();
  e.addSheet("S");
  e.setFormula("S", 2, 1, `IF(ISNUMBER(Typed),Typed*2,"plan")`);
  e.expectName("Typed", "S!$A$1", null);
  e.addName("Typed", "S!$A$1", null);
  e.setFormula("S", 3, 1, `IF(ISNUMBER(Typed),Typed*2,"plan")`);
  expect(e.value("S", 3, 1)).toBe("plan");
  e.setConstant("S", 1, 1, 3);
  expect(e.value("S", 3, 1)).toBe(6);
  expect(e.evaluate("ISNUMBER(Typed)", "S")).toBe(true);
  e.setConstant("S", 1, 1, null);
  expect(e.evaluate("ISNUMBER(Typed)", "S")).toBe(false);
  // A name that is not a plain reference stays a name.
  e.addName("Twice", "S!$A$1*2", null);
  e.setConstant("S", 1, 1, 4);
  expect(e.evaluate("Twice", "S")).toBe(8);
});

test("a name moved to another cell: formulas entered before follow it", () => {
  const e = new Engine();
  e.addSheet("S");
  e.addName("Typed", "S!$A$1", null);
  e.setFormula("S", 2, 2, "IF(ISNUMBER(Typed),Typed*2,0)");
  e.setConstant("S", 1, 1, 3);
  e.setConstant("S", 5, 1, 7);
  expect(e.value("S", 2, 2)).toBe(6);
  e.changeName("Typed", "S!$A$5", null);
  expect(e.value("S", 2, 2)).toBe(14);
  // No longer a plain reference: HyperFormula's own named expression.
  e.changeName("Typed", "S!$A$5+1", null);
  expect(e.value("S", 2, 2)).toBe(16);
});

test("a generated workbook in the preview: blank daily figures come from the plan, as in the .xlsx's cached results", async () => {
  const { plan, L, spec, wb } = await generatedPreview();
  const log = L.sheetNames.log;
  wb.enter(log, L.log.firstRow, colNumber(L.log.col.date), String(isoToSerial(plan.days[1].date)));
  wb.enter(log, L.log.firstRow, colNumber(L.log.col.owner), "Ann");
  wb.enter(log, L.log.firstRow, colNumber(L.log.col.calls), "12");
  wb.enter(log, L.log.firstRow, colNumber(L.log.col.revenue), "5000");
  const { out, cached } = cachedValues({ spec, wb });
  const board = out.sheets.findIndex((sh) => sh.key === "board");
  const sprint = out.sheets.findIndex((sh) => sh.key === "sprint");
  let compared = 0;
  const diffs: string[] = [];
  for (const i of [board, sprint]) {
    const name = out.sheets[i].name;
    for (const [k, c] of wb.sheet(name).cells) {
      if (c.content?.kind !== "formula") continue;
      const live = wb.value(name, keyRow(k), keyCol(k));
      const kept = cached.get(name, keyRow(k), keyCol(k));
      if (typeof live !== "number" && typeof kept !== "number") continue; // numbers only: texts and errors are written differently
      compared++;
      if (typeof live !== "number" || typeof kept !== "number" || Math.abs(live - kept) > 1e-6 * Math.max(1, Math.abs(kept)))
        diffs.push(`${name}!R${keyRow(k)}C${keyCol(k)}: preview ${JSON.stringify(live)}, cached ${JSON.stringify(kept)}`);
    }
  }
  expect(diffs).toEqual([]);
  expect(compared).toBeGreaterThan(300);
  // The team's planned leads to date on the board are not zero (the plan's, not a blank read as 0).
  const teamLeads = wb.value(L.sheetNames.board, L.board.toDateTotalRow, colNumber(L.board.toDateCol("leads", "target")));
  expect(teamLeads).toBeGreaterThan(0);
});
