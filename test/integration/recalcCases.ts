/**
 * The LibreOffice tests' shared step: each case's plan written as .xlsx, edited with ExcelJS
 * (typed inputs, reports) where the case says so, recalculated by LibreOffice in one run, and
 * read back into `result`.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { convertWithLibreOffice } from "../../scripts/lo-recalc";
import type { SprintPlan } from "../../src/domain/sprint";
import { buildWorkbook } from "../../src/workbook";
import { writeXlsx } from "../../src/xlsx/writer";

export interface RecalcCase<C> {
  file: string;
  plan: SprintPlan;
  /** Edits typed into the workbook (ExcelJS) before LibreOffice recalculates it. */
  edit?: (wb: ExcelJS.Workbook, c: C) => void;
  result?: ExcelJS.Workbook;
}

export async function writeAndRecalculate<C extends RecalcCase<C>>(cases: C[], dir: string): Promise<void> {
  const files: string[] = [];
  for (const c of cases) {
    const path = join(dir, c.file);
    writeFileSync(path, (await writeXlsx(buildWorkbook(c.plan))).buffer);
    if (c.edit) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(path);
      c.edit(wb, c);
      await wb.xlsx.writeFile(path);
    }
    files.push(path);
  }
  const outputs = await convertWithLibreOffice(files, { outDir: join(dir, "recalculated") });
  for (const [i, c] of cases.entries()) {
    c.result = new ExcelJS.Workbook();
    await c.result.xlsx.readFile(outputs[i]);
  }
}
