/**
 * The texts the preview shows are the ones the .xlsx caches (and Excel and LibreOffice
 * compute): every formula giving text, on every sheet, in a workbook whose warnings quote
 * thresholds (`TEXT(ThresholdRed,"0%")`) and dates. HyperFormula's own TEXT does not scale
 * percent formats (`TEXT(0.8,"0%")` is "1%" there), so every preview engine brings its own
 * (src/hosts/preview/engine.ts).
 */
import { isoToSerial } from "../../../src/domain/dates";
import { colNumber, keyCol, keyRow } from "../../../src/workbook/a1";
import { Engine, isEngineError } from "../../../src/hosts/preview/engine";
import { cachedValues, generatedPreview } from "./generated";

jest.setTimeout(300_000);

test("TEXT formats as Excel does: percent scaled, thousands grouped, dates, in any engine", () => {
  const e = new Engine();
  e.addSheet("S");
  e.setConstant("S", 1, 1, 0.8);
  e.setFormula("S", 1, 2, `"below "&TEXT(A1,"0%")`);
  expect(e.value("S", 1, 2)).toBe("below 80%");
  expect(e.evaluate(`TEXT(0.125,"0.0%")`, "S")).toBe("12.5%");
  expect(e.evaluate(`TEXT(1234567.5,"#,##0")`, "S")).toBe("1,234,568");
  expect(e.evaluate(`TEXT(${isoToSerial("2025-03-10")},"yyyy-mm-dd")`, "S")).toBe("2025-03-10");
});

test("a generated workbook with reports below the thresholds: the preview's texts are the .xlsx's cached texts", async () => {
  const { plan, L, spec, wb } = await generatedPreview();
  const log = L.sheetNames.log;
  const C = L.log.col;
  // Three days of small reports: pace and activity below their thresholds, so the warnings show.
  let row = L.log.firstRow;
  for (let day = 0; day < 3; day++)
    for (const owner of ["Ann", "Bob", "Cat"]) {
      wb.enter(log, row, colNumber(C.date), String(isoToSerial(plan.days[day].date)));
      wb.enter(log, row, colNumber(C.owner), owner);
      wb.enter(log, row, colNumber(C.calls), "3");
      wb.enter(log, row, colNumber(C.revenue), "500");
      row++;
    }
  const { out, cached } = cachedValues({ spec, wb });
  const diffs: string[] = [];
  const compared: string[] = [];
  for (const sheet of out.sheets) {
    for (const [k, c] of wb.sheet(sheet.name).cells) {
      if (c.content?.kind !== "formula") continue;
      const live = wb.value(sheet.name, keyRow(k), keyCol(k));
      const kept = cached.get(sheet.name, keyRow(k), keyCol(k));
      if (typeof live !== "string" && typeof kept !== "string") continue;
      // A blank result is "" in one and nothing in the other: the same cell to a reader.
      if ((live === "" || live === null) && (kept === "" || kept === null)) continue;
      compared.push(String(kept));
      if (live !== kept) diffs.push(`${sheet.name}!R${keyRow(k)}C${keyCol(k)}: preview ${isEngineError(live) ? live.error : JSON.stringify(live)}, cached ${JSON.stringify(kept)}`);
    }
  }
  expect(diffs).toEqual([]);
  expect(compared.length).toBeGreaterThan(50);
  // Among them, warnings quoting a percentage threshold ("below 80%") and dates.
  expect(compared.filter((t) => /\d%/.test(t)).length).toBeGreaterThan(2);
  expect(compared.filter((t) => /\d{4}-\d{2}-\d{2}/.test(t)).length).toBeGreaterThan(1);
});
