/**
 * The generator's five host actions — generate (create / update / copy), re-plan, find the
 * shareable cells, freeze them, import owners from the selection — and opening a sheet, as
 * functions of the state they start from. `useGenerator` binds them to the current state.
 *
 * Everything goes through the `WorkbookHost` (Excel, the browser preview or a test fake); no
 * Office call here. One action runs at a time, and its end (or its error) always reaches the
 * screen as an outcome, a dialog or the import message: errors are shown, never swallowed.
 */
import type { Dispatch, MutableRefObject } from "react";
import { nextFreeSheetNames } from "../../workbook/a1";
import type { WorkbookSpec } from "../../workbook/spec";
import { isHostError, type ShareScope, type WorkbookHost, type WriteMode } from "../../hosts/host";
import { isoToSerial } from "../../domain/dates";
import type { UiStrings } from "../../i18n/ui";
import type { Locale } from "../../i18n/locale";
import type { FormCheck } from "./checkForm";
import { holidayCalendarOf, type FormState } from "./formState";
import { importOwners } from "./importSelection";
import { serializeForm } from "./savedInputs";
import { describeError } from "../hostErrors";
import type { GeneratorAction, GeneratorState, Outcome, PaneDialog } from "./state";
import { writtenLines, type Written } from "./written";

/** What an action starts from: the state of the render that started it. */
export interface ActionContext {
  host: WorkbookHost;
  state: GeneratorState;
  check: FormCheck;
  dispatch: Dispatch<GeneratorAction>;
  /** Set while an action runs (a ref, so a second click in the same render is refused too). */
  running: MutableRefObject<boolean>;
  t: UiStrings;
  locale: Locale;
  /** The re-plan date shown: the one typed, else today moved into the sprint (./useGenerator.ts). */
  replanDate: string;
}

/** The spec builders, loaded when the user first writes (they are not needed to fill in the form). */
const loadWriter = (): Promise<typeof import("./writeSpec")> => import(/* webpackChunkName: "writer" */ "./writeSpec");

/** The outcome of a successful write, able to say what it did in the pane's current language. */
function writtenOutcome(written: Written): Extract<Outcome, { kind: "written" }> {
  return { kind: "written", ...written, describe: (t, locale) => writtenLines(written, t, locale) };
}

/**
 * The form as saved with a plan: the calendar the plan was made with, not "by language", so the
 * workbook reopens with the same calendar in a pane of another language.
 */
function savedChoice(form: FormState, locale: Locale): FormState {
  return { ...form, holidays: holidayCalendarOf(form, locale) };
}

/** Runs one host action at a time; the outcome (or the error) always ends up on screen. */
async function exclusive(ctx: ActionContext, work: () => Promise<void>): Promise<void> {
  if (ctx.running.current) return;
  ctx.running.current = true;
  try {
    await work();
  } catch (error) {
    ctx.dispatch({ type: "set", outcome: { kind: "error", error } });
  } finally {
    ctx.running.current = false;
    ctx.dispatch({ type: "set", busy: null });
  }
}

/** Whether this Excel can take the plan; if not, the outcome names what is missing. */
function supported(ctx: ActionContext): boolean {
  const report = ctx.host.checkSupport();
  if (!report.ok) ctx.dispatch({ type: "set", outcome: { kind: "unsupported", missing: report.missing } });
  return report.ok;
}

/** "These sheets already exist": update, copy (named like `copyExample`, the sprint sheet's copy) or cancel. */
function clashDialog(spec: WorkbookSpec, clashes: string[], known: string[]): PaneDialog {
  const copies = nextFreeSheetNames(spec.sheets.map((s) => s.name), known);
  return { kind: "clash", sheets: clashes, copyExample: copies[spec.sheets.findIndex((s) => s.key === "sprint")] ?? copies[0] ?? "" };
}

/**
 * Writes the plan. `ask` creates it unless sheets with its names exist, in which case the
 * update-or-copy dialog asks; `update` keeps the typed actuals (and a re-plan block when dated).
 */
export function generate(ctx: ActionContext, mode: WriteMode | "ask"): Promise<void> {
  return exclusive(ctx, async () => {
    const { host, state, check, dispatch } = ctx;
    if (!check.ok) return;
    dispatch({ type: "set", dialog: null });
    if (!supported(ctx)) return;
    const { form, sheetNames } = state;
    const keepReplan = mode === "update" && form.replanDate !== "" ? isoToSerial(form.replanDate) : null;
    const { specFor } = await loadWriter();
    const spec = specFor(check.plan, form.name, keepReplan);
    const planSheets = spec.sheets.map((s) => s.name);
    if (mode === "ask") {
      const taken = new Set(sheetNames.map((n) => n.toLowerCase()));
      const clashes = planSheets.filter((n) => taken.has(n.toLowerCase()));
      if (clashes.length > 0) {
        dispatch({ type: "set", dialog: clashDialog(spec, clashes, sheetNames) });
        return;
      }
    }
    const writeMode: WriteMode = mode === "ask" ? "create" : mode;
    const saved: FormState = { ...savedChoice(form, ctx.locale), replanDate: writeMode === "update" ? form.replanDate : "" };
    dispatch({ type: "set", outcome: null });
    dispatch({ type: "set", busy: { kind: "write", action: "generate", progress: { step: "read" } } });
    try {
      const result = await host.writeWorkbook(spec, {
        mode: writeMode,
        savedInputs: serializeForm(saved),
        replaceInputsOn: writeMode === "update" ? ["inputs"] : undefined,
        // The summary: the page the plan is read from (and the one a recipient opens on).
        activate: "summary",
        onProgress: (progress) => dispatch({ type: "set", busy: { kind: "write", action: "generate", progress } }),
      });
      dispatch({ type: "written", outcome: writtenOutcome({ result }), replanDate: saved.replanDate });
    } catch (error) {
      // The workbook changed since the pane looked: somebody's sheets now carry our names.
      if (isHostError(error) && error.source === "host" && error.code === "SheetExists") {
        const sheets = String(error.params.sheets ?? "").split(",").filter(Boolean);
        dispatch({ type: "sheetsSeen", names: sheets });
        dispatch({ type: "set", dialog: clashDialog(spec, sheets, [...sheetNames, ...sheets]) });
        return;
      }
      const view = describeError(error, ctx.t, ctx.locale);
      dispatch({ type: "set", outcome: { kind: "error", error, retry: view.offerCopy ? () => void generate(ctx, "copy") : undefined } });
    }
  });
}

/** Re-plans from the re-plan date: reads the actuals, then rewrites the plan in update mode. */
export function replan(ctx: ActionContext): Promise<void> {
  return exclusive(ctx, async () => {
    const { host, state, check, dispatch } = ctx;
    if (!check.ok) return;
    const serial = isoToSerial(ctx.replanDate);
    if (serial === null) return;
    if (!supported(ctx)) return;
    const planNow = check.plan;
    const { specFor, actualRevenueRef, replanSprint } = await loadWriter();
    const actualsRef = actualRevenueRef(planNow);
    if (!state.sheetNames.some((n) => n.toLowerCase() === actualsRef.sheet.toLowerCase())) {
      dispatch({ type: "set", outcome: { kind: "needsPlan", sheet: actualsRef.sheet } });
      return;
    }
    dispatch({ type: "set", outcome: null });
    dispatch({ type: "set", busy: { kind: "actuals" } });
    const [actualCells] = await host.readCells([actualsRef]);
    const actuals = (actualCells ?? []).map((row) => row[0]);
    const result = replanSprint(planNow, actuals, ctx.replanDate);
    if (!result) return;
    const saved: FormState = { ...savedChoice(state.form, ctx.locale), replanDate: result.changeDate };
    dispatch({ type: "set", busy: { kind: "write", action: "replan", progress: { step: "read" } } });
    const written = await host.writeWorkbook(specFor(planNow, state.form.name, serial), {
      mode: "update",
      savedInputs: serializeForm(saved),
      activate: "sprint",
      onProgress: (progress) => dispatch({ type: "set", busy: { kind: "write", action: "replan", progress } }),
    });
    const outcome = writtenOutcome({ result: written, replan: result, target: planNow.inputs.target });
    dispatch({ type: "written", outcome, replanDate: result.changeDate });
  });
}

/** Counts the SALES.* cells in the chosen scope; when there are some, asks before freezing. */
export function findShareable(ctx: ActionContext): Promise<void> {
  return exclusive(ctx, async () => {
    const { dispatch } = ctx;
    dispatch({ type: "set", outcome: null });
    dispatch({ type: "set", busy: { kind: "scan" } });
    const scope = ctx.state.shareScope;
    const found = await ctx.host.findCustomFunctionCells(scope);
    if (found.total === 0) dispatch({ type: "set", outcome: { kind: "shareNone", scope } });
    else dispatch({ type: "set", dialog: { kind: "share", found, scope } });
  });
}

/** Replaces the SALES.* formulas in `scope` with their values (after the dialog's confirmation). */
export function freeze(ctx: ActionContext, scope: ShareScope): Promise<void> {
  return exclusive(ctx, async () => {
    ctx.dispatch({ type: "set", dialog: null });
    ctx.dispatch({ type: "set", busy: { kind: "freeze" } });
    const result = await ctx.host.freezeCustomFunctions(scope);
    ctx.dispatch({ type: "set", outcome: { kind: "shared", result } });
  });
}

/** Takes the owners (and their targets, if selected) from the selected cells. */
export function importSelection(ctx: ActionContext): Promise<void> {
  return exclusive(ctx, async () => {
    const { dispatch } = ctx;
    dispatch({ type: "imported", imported: null });
    dispatch({ type: "set", busy: { kind: "import" } });
    try {
      const context = await ctx.host.readContext();
      dispatch({ type: "set", sheetNames: context.sheetNames });
      dispatch({ type: "imported", imported: importOwners(context.selection) });
    } catch (error) {
      dispatch({ type: "imported", imported: { ok: false, error } });
    }
  });
}

/** Activates a sheet the last write named (the outcome's links). */
export function openSheet(ctx: ActionContext, name: string): Promise<void> {
  return exclusive(ctx, () => ctx.host.activateSheet(name));
}
