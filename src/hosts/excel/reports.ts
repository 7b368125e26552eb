/**
 * The Excel side of the daily log (docs/using.md "Record a day / Import reports"): `readLog` (1 sync)
 * and `appendReports` (1 read + 1 write, whatever the number of reports: new rows are one
 * contiguous 2-D array). What to write is planned by ../write/reports.ts.
 */
import { parseRange, splitSheetRef } from "../../workbook/a1";
import type { AppendResult, LogSnapshot, LogTarget, ReportsHost } from "../host";
import { appendOps, logReadAddress, logSnapshotOf, planAppend } from "../write/reports";
import type { SyncCounter } from "./apply";
import type { XlContext, XlRun } from "./xl";

// ---- Excel ----------------------------------------------------------------------------------

async function readLogIn(ctx: XlContext, target: LogTarget, counter: SyncCounter): Promise<LogSnapshot> {
  const sheet = ctx.workbook.worksheets.getItem(target.sheet);
  const used = sheet.getRange(logReadAddress(target)).getUsedRangeOrNullObject(true);
  used.load("values,address");
  counter.syncs++;
  await ctx.sync();
  if (used.isNullObject) return logSnapshotOf(target, target.headerRow + 1, 1, []);
  const at = parseRange(splitSheetRef(used.address).address);
  return logSnapshotOf(target, at.top, at.left, used.values);
}

/**
 * The log methods of the Excel host, added to it by `createExcelHost`. `guarded` turns
 * Office errors into `HostError`s as for every other method.
 */
export function excelReportMethods(run: XlRun, guarded: <T>(work: () => Promise<T>) => Promise<T>): Pick<ReportsHost, "readLog" | "appendReports"> {
  return {
    readLog: (target) => guarded(() => run((ctx) => readLogIn(ctx, target, { syncs: 0 }))),
    appendReports: (target, reports, choice) =>
      guarded(() =>
        run(async (ctx): Promise<AppendResult> => {
          const counter: SyncCounter = { syncs: 0 };
          const log = await readLogIn(ctx, target, counter);
          const plan = planAppend(target, log, reports, choice);
          if (plan.writes.length === 0) return { ...plan.result, syncs: counter.syncs };
          const sheet = ctx.workbook.worksheets.getItem(target.sheet);
          for (const op of appendOps(target, plan)) {
            if (op.t === "formulas") sheet.getRange(op.address).formulas = op.data;
            else sheet.getRange(op.address).numberFormat = op.data;
          }
          counter.syncs++;
          await ctx.sync();
          return { ...plan.result, syncs: counter.syncs };
        }),
      ),
  };
}
