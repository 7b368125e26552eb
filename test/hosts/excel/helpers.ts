/** Shared set-up for the Excel host tests. */
import { createExcelHost, type ExcelHostEnv } from "../../../src/hosts/excel";
import type { WorkbookHost } from "../../../src/hosts/host";
import { FakeExcel } from "../fakeExcel";

export function setup(sheets: string[] = ["Sheet1"], env: Partial<ExcelHostEnv> = {}): { fake: FakeExcel; host: WorkbookHost } {
  const fake = new FakeExcel(sheets);
  const host = createExcelHost(fake.env(env));
  return { fake, host };
}

/** The workbook as a user sees it: sheets (in order), names, settings; no internal counters. */
export function userView(fake: FakeExcel): unknown {
  const snap = fake.snapshot() as { sheets: unknown; names: unknown; settings: unknown; activeSheetId: unknown };
  return { sheets: snap.sheets, names: snap.names, settings: snap.settings, active: snap.activeSheetId };
}

/** One sheet's model as comparable JSON (without its id). */
export function sheetView(fake: FakeExcel, name: string): unknown {
  const snap = fake.snapshot() as { sheets: { name: string; id: number }[] };
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  const { id: _id, ...rest } = s;
  return rest;
}
