/**
 * After a failed write batch. Excel batches are not transactions: what ran before the
 * failing operation stays, what came after it did not run. Guarantees:
 * - create / copy: every sheet this run created is deleted, names it added are deleted,
 *   names it repointed get their old formula back, our settings are restored. The user's
 *   sheets were never written, so they are untouched.
 * - update: filled input cells were never in any write (null entries), so the team's
 *   actuals are intact whatever point the failure hit; plan cells may be half-rewritten
 *   (run update again: the write record written first covers old and new cells). Sheets
 *   the run created are deleted, names restored as above.
 * - If the plan is complete and only a cosmetic step failed (page setup, charts, notes,
 *   activation), nothing is rolled back: the steps after the failing one are sent again,
 *   each failing on its own, and every failure is a CosmeticFailed warning with Excel's message.
 * Either way the caller gets Excel's error; a failed rollback is reported in its params.
 */
import type { WriteOptions, WriteWarning } from "../host";
import { INPUTS_KEY, RECORD_KEY, parseRecord } from "../write/record";
import { COSMETIC_STEPS, type CosmeticStep, type PlannedOp } from "../write/ops";
import type { WriteOps } from "../write/batch";
import type { ReadState } from "../write/state";
import { SheetCache, queueOp, type SyncCounter } from "./apply";
import { toHostError } from "./errors";
import { settingValue } from "./settings";
import type { XlContext, XlSetting } from "./xl";

export interface FailedWrite {
  error: unknown;
  write: WriteOps;
  state: ReadState;
  options: WriteOptions;
  runId: string;
}

/** Deletes what the run created and restores names and settings (one sync). */
function queueRollback(ctx: XlContext, f: FailedWrite, record: XlSetting, inputs: XlSetting): void {
  const wb = ctx.workbook;
  const sheetsNow = new Set(wb.worksheets.items.map((s) => s.name.toLowerCase()));
  const namesNow = new Set(wb.names.items.map((n) => n.name.toLowerCase()));
  for (const name of f.write.created) if (sheetsNow.has(name.toLowerCase())) wb.worksheets.getItem(name).delete();
  for (const name of f.write.namesAdded) if (namesNow.has(name.toLowerCase())) wb.names.getItem(name).delete();
  for (const n of f.write.namesChanged) wb.names.getItem(n.name).formula = n.formula;
  const restore = (key: string, setting: XlSetting, original: unknown): void => {
    if (original === null || original === undefined) {
      if (!setting.isNullObject) wb.settings.getItem(key).delete();
    } else {
      wb.settings.add(key, typeof original === "string" ? original : JSON.stringify(original));
    }
  };
  // In update mode the pending record (old ∪ new cells) stays: it is the truth about the sheet now.
  if (f.options.mode !== "update" || f.write.sheets.every((s) => s.created)) restore(RECORD_KEY, record, f.state.recordValue);
  if (f.options.savedInputs !== undefined) restore(INPUTS_KEY, inputs, f.state.inputsValue);
}

/**
 * Returns "cosmetic" when the plan is complete (its final write record is in the
 * workbook); otherwise rolls back and throws Excel's error.
 */
export async function recover(ctx: XlContext, f: FailedWrite, counter: SyncCounter): Promise<"cosmetic"> {
  const wb = ctx.workbook;
  f.options.onProgress?.({ step: "rollback" });
  try {
    const recordSetting = wb.settings.getItemOrNullObject(RECORD_KEY);
    recordSetting.load("value");
    const inputs = wb.settings.getItemOrNullObject(INPUTS_KEY);
    inputs.load("value");
    wb.worksheets.load("items/name");
    wb.names.load("items/name");
    counter.syncs++;
    await ctx.sync();
    const record = parseRecord(settingValue(recordSetting));
    if (record && record.run === f.runId && !record.pending) return "cosmetic";
    queueRollback(ctx, f, recordSetting, inputs);
    counter.syncs++;
    await ctx.sync();
  } catch (rollbackError) {
    throw toHostError(f.error, { rollback: "failed", rollbackMessage: toHostError(rollbackError).message });
  }
  throw toHostError(f.error, { rollback: "done" });
}

/** The cosmetic step an Excel error comes from, by its `debugInfo.errorLocation` (e.g. "PageLayout.zoom"). */
export function failedStep(location: unknown): CosmeticStep | null {
  if (typeof location !== "string") return null;
  // The page setup: its layout, header and footer, page breaks.
  if (/^(PageLayout|HeaderFooter|PageBreak)/i.test(location)) return "pageSetup";
  if (/chart|series/i.test(location)) return "charts";
  if (/note/i.test(location)) return "notes";
  if (/activate/i.test(location)) return "activate";
  return null;
}

function cosmeticWarning(error: unknown, step: CosmeticStep | null): WriteWarning {
  const err = toHostError(error);
  return { code: "CosmeticFailed", params: { code: err.code, message: err.message, ...(step ? { step } : {}) } };
}

/**
 * After a cosmetic failure: the steps after the failing one did not run; send them, all in
 * one sync, again without each step that fails, until none is left. Each failing step
 * becomes a warning. `ops` are the cosmetic operations from the failing batch on.
 */
export async function finishCosmetics(ctx: XlContext, error: unknown, ops: readonly PlannedOp[], counter: SyncCounter): Promise<WriteWarning[]> {
  let step = failedStep(toHostError(error).params.location);
  const warnings = [cosmeticWarning(error, step)];
  // An error we cannot place: we cannot tell what ran, so nothing is sent twice.
  while (step !== null) {
    const after = COSMETIC_STEPS.indexOf(step);
    const rest = ops.filter((p) => p.step !== undefined && COSMETIC_STEPS.indexOf(p.step) > after);
    if (rest.length === 0) break;
    const sheets = new SheetCache(ctx);
    for (const p of rest) queueOp(ctx, sheets, p.op);
    try {
      counter.syncs++;
      await ctx.sync();
      break;
    } catch (e) {
      step = failedStep(toHostError(e).params.location);
      warnings.push(cosmeticWarning(e, step));
    }
  }
  return warnings;
}
