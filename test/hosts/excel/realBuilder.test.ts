/**
 * The real workbook builder (src/workbook buildWorkbook) through the Excel host: the
 * generated spec is accepted by the fake Excel's rules, costs two round trips whatever its
 * size, and actuals typed into its input cells survive update and copy.
 */
import type { SprintInputs } from "../../../src/domain/sprint";
import { buildWorkbook } from "../../../src/workbook";
import { colLetter } from "../../../src/workbook/a1";
import type { SheetSpec, WorkbookSpec } from "../../../src/workbook/spec";
import { setup, sheetView } from "./helpers";
import { seedPlan } from "../../fixtures/seedPlan";

function spec(owners: number, days: number, locale: SprintInputs["locale"] = "zh-CN"): WorkbookSpec {
  return buildWorkbook(seedPlan({ owners, days, locale }));
}

/** Addresses of the empty input cells of a sheet (where actuals are typed). */
function emptyInputs(sheet: SheetSpec): string[] {
  const out: string[] = [];
  for (const b of sheet.blocks) {
    const m = /^([A-Z]+)(\d+)$/.exec(b.at);
    if (!m) continue;
    let left = 0;
    for (const ch of m[1]) left = left * 26 + ch.charCodeAt(0) - 64;
    b.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell.input && cell.v === undefined && cell.f === undefined) out.push(`${colLetter(left + c)}${Number(m[2]) + r}`);
      }),
    );
  }
  return out;
}

describe("buildWorkbook → Excel", () => {
  test.each([
    [5, 30, "zh-CN"],
    [200, 92, "en"],
    [50, 30, "zh-TW"],
  ] as const)("%i owners × %i days (%s): written in 2 syncs, no SALES.* anywhere", async (owners, days, locale) => {
    const s = spec(owners, days, locale);
    const { fake, host } = setup();
    const result = await host.writeWorkbook(s, { mode: "create" });
    expect(result.syncs).toBe(2);
    expect(result.batches).toBe(1);
    expect(fake.sheetNames().slice(1)).toEqual(s.sheets.map((x) => x.name));
    expect((await host.findCustomFunctionCells("workbook")).total).toBe(0);
    for (const n of s.names) expect(fake.model.names.get(n.name.toLowerCase())?.formula).toBe(`=${n.ref}`);
  });

  test("the burn-up chart plots its hidden actual column (an Excel chart skips hidden cells unless told)", async () => {
    const s = spec(5, 30);
    const sprint = s.sheets.find((x) => x.key === "sprint")!;
    const { fake, host } = setup();
    await host.writeWorkbook(s, { mode: "create" });
    const [chart] = fake.sheet(sprint.name).charts;
    expect(chart.series).toHaveLength(2);
    expect(chart.plotVisibleOnly).toBe(false);
    // The funnel's column chart reads visible cells only, as Excel does by default.
    const funnel = s.sheets.find((x) => x.key === "funnel")!;
    expect(fake.sheet(funnel.name).charts[0].plotVisibleOnly).toBeUndefined();
  });

  test("typed actuals survive update, copy leaves them alone", async () => {
    const s = spec(5, 30);
    const { fake, host } = setup();
    await host.writeWorkbook(s, { mode: "create" });
    const typed: [string, string][] = [];
    for (const sheet of s.sheets) {
      const cells = emptyInputs(sheet).slice(0, 3);
      cells.forEach((a, i) => fake.type(sheet.name, a, 1000 + i));
      typed.push(...cells.map((a): [string, string] => [sheet.name, a]));
    }
    expect(typed.length).toBeGreaterThan(0);
    const update = await host.writeWorkbook(spec(5, 30), { mode: "update" });
    expect(update.syncs).toBe(2);
    for (const [sheet, a] of typed) expect(typeof fake.valueAt(sheet, a)).toBe("number");
    const before = s.sheets.map((x) => sheetView(fake, x.name));
    await host.writeWorkbook(spec(5, 30), { mode: "copy" });
    expect(s.sheets.map((x) => sheetView(fake, x.name))).toEqual(before);
    expect(fake.sheetNames()).toHaveLength(1 + 2 * s.sheets.length);
  });
});
