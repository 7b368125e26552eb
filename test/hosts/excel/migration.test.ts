/**
 * A workbook made by the code before the daily log (test/fixtures/v1-workbook.json,
 * produced with commit 6cf1a6d, see its "made" field and test/fixtures/README.md) is updated in
 * place with the new layout through the Excel host: every typed number is present exactly
 * once afterwards (team days as log rows for 团队, owner actuals as opening figures) and the
 * result says what moved.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { createExcelHost } from "../../../src/hosts/excel";
import { buildWorkbook } from "../../../src/workbook";
import { isoToSerial } from "../../../src/domain/dates";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { FakeExcel } from "../fakeExcel";
import { seedPlan } from "../../fixtures/seedPlan";

interface Fixture {
  typed: { sprint: string; targets: string; team: Record<string, (number | "")[]>; owners: Record<string, number> };
  settings: Record<string, string>;
  names: { name: string; formula: string }[];
  sheets: { name: string; cells: Record<string, string | number | boolean> }[];
}

const fixture = JSON.parse(readFileSync(join(__dirname, "../../fixtures/v1-workbook.json"), "utf8")) as Fixture;

function loadV1(): FakeExcel {
  const fake = new FakeExcel(fixture.sheets.map((s) => s.name));
  for (const s of fixture.sheets) for (const [a, v] of Object.entries(s.cells)) fake.type(s.name, a, v);
  for (const [k, v] of Object.entries(fixture.settings)) fake.model.settings.set(k, v);
  for (const n of fixture.names) fake.model.names.set(n.name.toLowerCase(), { name: n.name, formula: n.formula, comment: "" });
  return fake;
}

/** The new layout's spec (with the daily log, board and review), as the pane writes it. */
function newSpec(): WorkbookSpec {
  const spec = buildWorkbook(seedPlan({ start: "2026-12-07" })); // the sprint test/fixtures/v1-workbook.json was made with
  expect(spec.sheets.map((s) => s.key)).toContain("log");
  return spec;
}

/** Every constant (not formula) cell of the workbook, as [sheet, address, value]. */
function constants(fake: FakeExcel): [string, string, string | number | boolean][] {
  const out: [string, string, string | number | boolean][] = [];
  for (const s of fixture.sheets.map((x) => x.name).concat(fake.sheetNames().filter((n) => !fixture.sheets.some((x) => x.name === n)))) {
    const sheet = fake.findSheet(s);
    if (!sheet) continue;
    for (const addr of Object.keys(fixture.sheets.find((x) => x.name === s)?.cells ?? {}).concat(cellsOf(fake, s))) {
      const c = fake.cell(s, addr);
      if (c && c.formula === null && c.value !== "") out.push([s, addr, c.value]);
    }
  }
  return [...new Map(out.map((e) => [`${e[0]}!${e[1]}`, e])).values()];
}

function cellsOf(fake: FakeExcel, sheet: string): string[] {
  const out: string[] = [];
  for (let r = 1; r <= 40; r++) for (const col of "ABCDEFGHIJKLMNOPQRSTUVWXYZ") if (fake.cell(sheet, `${col}${r}`)) out.push(`${col}${r}`);
  return out;
}

describe("updating a workbook made before the daily log", () => {
  test("the fixture is what the old code made: typed actuals on the sprint sheet and in the target table", () => {
    const fake = loadV1();
    expect(fake.valueAt(fixture.typed.sprint, "V10")).toBe(18000.5);
    expect(fake.valueAt(fixture.typed.targets, "I5")).toBe(15000.5);
    // Updating it with today's layout is exactly what refused before the migration existed.
    expect(fake.formulaAt(fixture.typed.sprint, "B6")).toMatch(/^=SprintStart/);
  });

  test("every typed number is kept exactly once; the result says what moved", async () => {
    const fake = loadV1();
    const host = createExcelHost(fake.env());
    await host.readContext();
    const spec = newSpec();
    const res = await host.writeWorkbook(spec, { mode: "update", replaceInputsOn: ["inputs"] });
    expect(res.syncs).toBe(2);
    const logName = spec.sheets.find((s) => s.key === "log")?.name ?? "";
    const start = isoToSerial("2026-12-07") ?? 0;
    const days = Object.keys(fixture.typed.team).map(Number).sort((a, b) => a - b);
    expect(res.migration).toEqual({
      teamDays: days.length,
      cells: Object.values(fixture.typed.team).flat().filter((v) => v !== "").length,
      logSheet: logName,
      firstRow: 4,
      lastRow: 3 + days.length,
      fromDate: start + days[0] - 6,
      toDate: start + days[days.length - 1] - 6,
      openingFigures: [
        { owner: "销售1", value: 20000 },
        { owner: "销售2", value: 15000.5 },
        { owner: "销售4", value: 4000 },
      ].map((o, i) => ({ ...o, owner: String(fake.valueAt(fixture.typed.targets, `A${[4, 5, 7][i]}`)) })),
    });

    // Team days: one log row each, owner 团队, the date of the old row, the typed numbers in the metric columns.
    days.forEach((row, i) => {
      const logRow = 4 + i;
      expect(fake.valueAt(logName, `A${logRow}`)).toBe(start + row - 6);
      expect(fake.valueAt(logName, `B${logRow}`)).toBe("团队");
      fixture.typed.team[String(row)].forEach((v, j) => expect(fake.valueAt(logName, `${"CDEFGHI"[j]}${logRow}`)).toBe(v));
    });
    expect(fake.valueAt(logName, `B${4 + days.length}`)).toBe("");

    // The sprint sheet's actual cells are formulas now: no typed number left there to count twice.
    for (const row of days) for (const col of "PQRSTUV") expect(fake.cell(fixture.typed.sprint, `${col}${row}`)?.formula).toMatch(/^=/);
    // Owner actuals: in the same cells, now the opening-figure column.
    for (const [a, v] of Object.entries(fixture.typed.owners)) expect(fake.valueAt(fixture.typed.targets, a)).toBe(v);

    // Exactly once in the whole workbook: each distinctive typed number.
    const all = constants(fake);
    for (const v of [18000.5, 12000, 15000.5, 20000, 160, 110]) {
      expect(all.filter(([, , x]) => x === v).map(([s, a]) => `${s}!${a}`)).toHaveLength(1);
    }

    // A second update finds nothing more to move and keeps the log rows.
    const again = await host.writeWorkbook(spec, { mode: "update" });
    expect(again.migration).toBeUndefined();
    expect(fake.valueAt(logName, "I7")).toBe(18000.5);
  });

  test("the moved rows carry the words the spec gives the planner (it has none of its own)", async () => {
    const fake = loadV1();
    const host = createExcelHost(fake.env());
    await host.readContext();
    const spec: WorkbookSpec = { ...newSpec(), logWords: { teamOwner: "Whole team", movedNote: "from the old sheet" } };
    const res = await host.writeWorkbook(spec, { mode: "update", replaceInputsOn: ["inputs"] });
    const logName = spec.sheets.find((s) => s.key === "log")?.name ?? "";
    expect(res.migration?.teamDays).toBeGreaterThan(0);
    expect(fake.valueAt(logName, "B4")).toBe("Whole team");
    expect(fake.valueAt(logName, "J4")).toBe("from the old sheet");
  });

  test("a spec without those words moves nothing: the update refuses rather than lose a typed actual", async () => {
    const fake = loadV1();
    const host = createExcelHost(fake.env());
    await host.readContext();
    const { logWords: _words, ...spec } = newSpec();
    await expect(host.writeWorkbook(spec, { mode: "update", replaceInputsOn: ["inputs"] })).rejects.toMatchObject({ code: "UpdateWouldLoseInput" });
    expect(fake.valueAt(fixture.typed.sprint, "V10")).toBe(18000.5);
  });
});
