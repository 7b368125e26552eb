/**
 * The preview host writes through the same host-neutral planner as Excel
 * (src/hosts/write/batch.ts): create, update that keeps what was typed (reading only the
 * cells the plan needs), copy with numbered sheets and names on the copies.
 */
import { buildWorkbook } from "../../../src/workbook";
import { createPreviewHost } from "../../../src/hosts/preview/host";
import { PreviewWorkbook } from "../../../src/hosts/preview/workbook";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import { seedPlan } from "../../fixtures/seedPlan";

/** The first input cell of the target table (the team types weights, strategies, opening figures). */
function firstInput(spec: WorkbookSpec): { sheet: string; row: number; col: number } {
  const sheet = spec.sheets.find((s) => s.key === "targets")!;
  for (const b of sheet.blocks) {
    const m = /^([A-Z]+)(\d+)$/.exec(b.at)!;
    const left = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    for (let r = 0; r < b.cells.length; r++) {
      for (let c = 0; c < b.cells[r].length; c++) if (b.cells[r][c].input) return { sheet: sheet.name, row: Number(m[2]) + r, col: left + c };
    }
  }
  throw new Error("no input cell");
}

describe("the preview host writes with the shared planner", () => {
  test("create, update keeps a typed actual, copy numbers the sheets", async () => {
    const wb = new PreviewWorkbook("Sheet1");
    const host = createPreviewHost(wb, { displayLanguage: () => "en" });
    const spec = buildWorkbook(seedPlan({ owners: 3, locale: "en" }));
    const created = await host.writeWorkbook(spec, { mode: "create" });
    expect(created.sheets.every((s) => s.created)).toBe(true);
    expect(wb.findName("SprintTarget", null)).toBeDefined();

    const cell = firstInput(spec);
    expect(wb.enter(cell.sheet, cell.row, cell.col, "1234").ok).toBe(true);
    // Somebody's own notes far beside the plan are not read, and not touched.
    expect(wb.enter(cell.sheet, 500, 60, "my note").ok).toBe(true);
    const updated = await host.writeWorkbook(spec, { mode: "update" });
    expect(updated.sheets.every((s) => !s.created)).toBe(true);
    expect(wb.value(cell.sheet, cell.row, cell.col)).toBe(1234);
    expect(wb.value(cell.sheet, 500, 60)).toBe("my note");

    const copied = await host.writeWorkbook(spec, { mode: "copy" });
    expect(copied.namesScope).toBe("sheet");
    expect(copied.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => `${s.name} (2)`));
    expect(wb.findName("SprintTarget", `${spec.sheets.find((s) => s.key === "inputs")!.name} (2)`)).toBeDefined();
    // Three writes of eight sheets, each recalculated by HyperFormula (the log's 10,000-row sums).
  }, 120_000);
});
