/**
 * The Excel host's write: read (1 sync), plan the operations with the host-neutral planner
 * (../write/batch.ts), send (1 sync unless over the payload limit), and on a failure roll back
 * or finish the cosmetic steps. Loaded on the first write with the planner (the "planner"
 * chunk), so the pane's start stays within its bundle budget (docs/figures.md).
 */
import type { WorkbookSpec } from "../../workbook/spec";
import { HostError, type WriteOptions, type WriteResult } from "../host";
import { RECORD_KEY } from "../write/record";
import { batchesOf, type PlannedOp } from "../write/ops";
import { planOps } from "../write/batch";
import { sendBatches, type SyncCounter } from "./apply";
import { toHostError } from "./errors";
import type { ExcelHostEnv } from "./index";
import { readState } from "./read";
import type { HostMemory } from "./settings";
import { finishCosmetics, recover } from "./recover";
import { availableFeatures, canCopyRanges, checkSupport } from "./support";
import type { XlContext } from "./xl";


interface WriteRun {
  env: ExcelHostEnv;
  memory: HostMemory;
  spec: WorkbookSpec;
  options: WriteOptions;
  runId: string;
  counter: SyncCounter;
}

/** The write record a batch ends with (its last record setting). */
function finalRecord(ops: readonly PlannedOp[]): string | null {
  let value: string | null = null;
  for (const { op } of ops) if (op.t === "setting" && op.key === RECORD_KEY) value = op.value;
  return value;
}

/** Cosmetic operations from batch `from` on (what did not run, or ran in the failing batch). */
function cosmeticsFrom(batches: { ops: PlannedOp[] }[], from: number): PlannedOp[] {
  return batches.slice(Math.max(0, from)).flatMap((b) => b.ops.filter((p) => p.cosmetic));
}

/** Read, plan the operations, send; on a failure roll back, or finish the cosmetic steps. */
async function writeIn(ctx: XlContext, run: WriteRun): Promise<WriteResult> {
  const { env, options, runId, counter } = run;
  options.onProgress?.({ step: "read" });
  const { state } = await readState(ctx, run.spec, options.mode, run.memory, counter);
  const write = planOps(run.spec, state, {
    mode: options.mode,
    savedInputs: options.savedInputs,
    activate: options.activate,
    replaceInputsOn: options.replaceInputsOn,
    features: availableFeatures(env.isSetSupported),
    maxOpBytes: Math.max(1024, Math.floor(env.payloadLimitBytes / 4)),
    copyDown: canCopyRanges(env.isSetSupported),
    runId,
  });
  const batches = batchesOf(write.ops, env.payloadLimitBytes);
  const warnings = [...write.warnings];
  let current = 0;
  try {
    await sendBatches(ctx, batches, counter, (batch, total) => {
      current = batch - 1;
      options.onProgress?.({ step: "write", batch, batches: total });
    });
  } catch (e) {
    await recover(ctx, { error: e, write, state, options, runId }, counter);
    warnings.push(...(await finishCosmetics(ctx, e, cosmeticsFrom(batches, current), counter)));
  }
  run.memory.sheets = [...state.sheetNames, ...write.created];
  run.memory.record = finalRecord(write.ops);
  options.onProgress?.({ step: "done" });
  const requestBytes = batches.reduce((n, b) => n + b.bytes, 0);
  return {
    mode: options.mode,
    sheets: write.sheets,
    namesScope: write.namesScope,
    warnings,
    syncs: counter.syncs,
    batches: batches.length,
    requestBytes,
    ...(write.migration ? { migration: write.migration } : {}),
  };
}

/**
 * A write that hit a name clash this host could not foresee (sheet-level names on sheets it
 * had not seen, OfficeDev/office-js#2875) was rolled back; the host now knows every sheet, so
 * one more try reads their names and plans around them.
 */
function isUnforeseenNameClash(e: unknown): boolean {
  const err = toHostError(e);
  return err.code === "ItemAlreadyExists" && err.params.rollback === "done" && /NamedItem/i.test(String(err.params.location ?? ""));
}

export async function writeWorkbookWith(env: ExcelHostEnv, memory: HostMemory, spec: WorkbookSpec, options: WriteOptions): Promise<WriteResult> {
  const support = checkSupport(env.isSetSupported);
  if (!support.ok) throw HostError.host("Unsupported", { missing: support.missing.join(", ") });
  const counter: SyncCounter = { syncs: 0 };
  const once = (): Promise<WriteResult> => env.run((ctx) => writeIn(ctx, { env, memory, spec, options, runId: env.newRunId(), counter }));
  try {
    return await once();
  } catch (e) {
    if (!isUnforeseenNameClash(e)) throw e;
    return await once();
  }
}
