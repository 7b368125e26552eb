/**
 * The generator tab's state and behaviour, without any markup (Fluent UI v9's hook / styles /
 * render split): the reducer's state (./state), the form's check and SMART feedback, what the
 * Generate button says when it is disabled, the read of the workbook on open, and the host
 * actions (./actions) bound to the current state. The components under this folder render it.
 */
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef } from "react";
import type { ShareScope, WorkbookHost, WriteMode } from "../../hosts/host";
import { format, type Locale } from "../../i18n/locale";
import { UI, type UiStrings } from "../../i18n/ui";
import { isoToSerial, serialToIso, todayWithin } from "../../domain/dates";
import type { SprintPlan } from "../../domain/sprint";
import { checkForm, type FormCheck } from "./checkForm";
import { ADVANCED_FIELDS, FIELD_ORDER, defaultForm, holidayCalendarOf, type FieldId, type FormState } from "./formState";
import { useCnCalendar } from "./useCnCalendar";
import { fieldLabel } from "./labels";
import { restoreForm } from "./savedInputs";
import { joinList } from "../format";
import type { ActionContext } from "./actions";
import { generatorReducer, initialState, type GeneratorAction, type GeneratorState } from "./state";
import { useSmart, type SmartFeedback } from "./useSmart";
import { loadActions, warmUpAfterOpen } from "./lazy";

export interface GeneratorOptions {
  host: WorkbookHost;
  locale: Locale;
  /** The clock (tests fix it): default start date and the date of a re-plan. */
  now: () => Date;
}

export interface GeneratorModel {
  state: GeneratorState;
  dispatch: (action: GeneratorAction) => void;
  t: UiStrings;
  locale: Locale;
  check: FormCheck;
  /** The plan of the form as typed, when it is valid. */
  plan: SprintPlan | null;
  smart: SmartFeedback | null;
  /** The field's error, once the user has touched it. */
  shown: (field: FieldId) => string | undefined;
  /** Why Generate and Re-plan are disabled ("" when they are not). */
  reason: string;
  /** An action runs or the form is invalid. */
  blocked: boolean;
  /** The re-plan date: the one typed, else today moved into the sprint (the plan's days). */
  replanDate: string;
  replanDateError: string | undefined;
  /** Changes the form; `touch` names the field whose error is shown from now on. */
  update: (patch: Partial<FormState>, touch?: FieldId) => void;
  generate: (mode: WriteMode | "ask") => Promise<void>;
  replan: () => Promise<void>;
  findShareable: () => Promise<void>;
  freeze: (scope: ShareScope) => Promise<void>;
  importSelection: () => Promise<void>;
  openSheet: (name: string) => Promise<void>;
}

type Actions = typeof import("./actions");


/** Today moved into the plan's days (its first to its last calendar day). */
function sprintDay(plan: SprintPlan, now: Date): number {
  const first = isoToSerial(plan.inputs.start) ?? 0;
  return todayWithin(now, first, first + plan.inputs.days - 1).serial;
}

/**
 * On open: the workbook's sheet names and the inputs saved with it (one round trip). Started as
 * soon as the generator is mounted (a layout effect, before the first paint rather than after it):
 * the form waits for this answer (bench/pane.bench.ts).
 */
function useReadOnOpen({ host, now }: GeneratorOptions, dispatch: (action: GeneratorAction) => void): void {
  useLayoutEffect(() => {
    let live = true;
    let cancelWarmUp = (): void => undefined;
    dispatch({ type: "opening" });
    host
      .readContext()
      .then((ctx) => {
        if (live) dispatch({ type: "opened", sheetNames: ctx.sheetNames, saved: restoreForm(ctx.savedInputs, defaultForm(now())) });
      })
      .catch((error: unknown) => {
        if (live) dispatch({ type: "set", outcome: { kind: "error", error } });
      })
      .finally(() => {
        if (!live) return;
        dispatch({ type: "openDone" });
        cancelWarmUp = warmUpAfterOpen(host);
      });
    return () => {
      live = false;
      cancelWarmUp();
    };
    // Once per host: `now` is a clock, not an input.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);
}

/** Why the actions are disabled: an action runs, the calendar loads, or these fields are invalid ("" if none). */
function disabledReason(state: GeneratorState, invalid: readonly FieldId[], calendarLoading: boolean, t: UiStrings, locale: Locale): string {
  if (state.busy) return t.busyReason;
  if (calendarLoading) return t.calendarLoading;
  if (invalid.length === 0) return "";
  return format(t.disabledReason, { fields: joinList(invalid.map((f) => fieldLabel(t, f)), locale) });
}

export function useGenerator(options: GeneratorOptions): GeneratorModel {
  const { host, locale, now } = options;
  // Busy opening from the first render: the form is drawn once, with what the workbook holds.
  const [state, dispatch] = useReducer(generatorReducer, now, (clock: () => Date): GeneratorState => ({ ...initialState(clock()), busy: { kind: "open" } }));
  const running = useRef(false);
  const t = UI[locale];
  const { form, touched } = state;

  // Mainland China's calendar is loaded when the form means it; until then nothing is planned with it.
  const wantsCn = holidayCalendarOf(form, locale) === "cn";
  const cn = useCnCalendar(wantsCn, (error, retry) => dispatch({ type: "set", outcome: { kind: "error", error, retry } }));
  const calendarLoading = wantsCn && cn === null;
  const check = useMemo(() => checkForm(form, locale, cn ?? undefined), [form, locale, cn]);
  const smart = useSmart(form.goal, locale);
  const invalid = FIELD_ORDER.filter((f) => check.errors[f]);
  const advancedError = invalid.some((f) => ADVANCED_FIELDS.has(f) && touched.has(f));

  useEffect(() => {
    if (advancedError) dispatch({ type: "set", advancedOpen: true });
  }, [advancedError]);
  useReadOnOpen(options, dispatch);

  // Until one is typed, the re-plan date is today moved into the sprint: never a day before it starts.
  const replanDate = state.replanDate !== "" || !check.ok ? state.replanDate : serialToIso(sprintDay(check.plan, now()));
  const ctx: ActionContext = { host, state, check, dispatch, running, t, locale, replanDate };
  /** Runs an action once its module is there; a module that cannot load is an error shown too. */
  const run = (action: (m: Actions) => Promise<void>): Promise<void> =>
    loadActions().then(action, (error: unknown) => dispatch({ type: "set", outcome: { kind: "error", error } }));
  return {
    state,
    dispatch,
    t,
    locale,
    check,
    plan: check.ok && !calendarLoading ? check.plan : null,
    smart,
    shown: (f) => (touched.has(f) ? check.errors[f] : undefined),
    reason: disabledReason(state, invalid, calendarLoading, t, locale),
    blocked: state.busy !== null || !check.ok || calendarLoading,
    replanDate,
    replanDateError: isoToSerial(replanDate) === null ? t.errReplanDate : undefined,
    update: (patch, field) => dispatch({ type: "edit", patch, touch: field }),
    generate: (mode) => run((m) => m.generate(ctx, mode)),
    replan: () => run((m) => m.replan(ctx)),
    findShareable: () => run((m) => m.findShareable(ctx)),
    freeze: (scope) => run((m) => m.freeze(ctx, scope)),
    importSelection: () => run((m) => m.importSelection(ctx)),
    openSheet: (name) => run((m) => m.openSheet(ctx, name)),
  };
}
