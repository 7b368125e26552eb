/**
 * The generator tab's state and its transitions, as one reducer (pure, so the tests drive it
 * without React): the form and which fields the user has touched, the workbook's sheet names,
 * what the pane is doing (busy), the outcome of the last action, the open dialog, the import
 * message, and the small controls beside the form (Advanced open, re-plan date, share scope).
 *
 * The hook that runs the actions against the workbook is `useGenerator` (same folder).
 */
import type { CustomFunctionCells, ShareScope, WriteProgress, WriteResult } from "../../hosts/host";
import type { ReplanResult } from "../../domain/replan";
import type { Locale } from "../../i18n/locale";
import type { UiStrings } from "../../i18n/ui";
import { formatOwners } from "../../domain/owners";
import { FIELD_ORDER, defaultForm, type FieldId, type FormState } from "./formState";
import type { ImportResult } from "./importSelection";

/** The confirmation open over the pane (./Dialogs.tsx renders it). */
export type PaneDialog =
  | { kind: "clash"; sheets: string[]; copyExample: string }
  | { kind: "share"; found: CustomFunctionCells; scope: ShareScope };

/** What the pane is doing; at most one host action runs at a time. */
export type Busy =
  | { kind: "write"; action: "generate" | "replan"; progress: WriteProgress }
  | { kind: "actuals" | "scan" | "freeze" | "import" | "open" };

/** The end of the last action, shown in a message bar under the Generate button. */
export type Outcome =
  | {
      kind: "written";
      result: WriteResult;
      replan?: ReplanResult;
      target?: number;
      /** What the write did, in the given language (built by the write actions, ./written.ts). */
      describe: (t: UiStrings, locale: Locale) => string[];
    }
  | { kind: "error"; error: unknown; retry?: () => void }
  | { kind: "unsupported"; missing: string[] }
  | { kind: "shared"; result: CustomFunctionCells }
  | { kind: "shareNone"; scope: ShareScope }
  | { kind: "needsPlan"; sheet: string };

/** The message under the owners field after "take from selection". */
export type Imported = ImportResult | { ok: false; error: unknown };

export interface GeneratorState {
  form: FormState;
  /** Fields whose errors are shown (typed in, left, restored or imported). */
  touched: ReadonlySet<FieldId>;
  /** The user has edited the form: the inputs saved in the workbook no longer replace it. */
  edited: boolean;
  /** The workbook's sheet names as last seen (read on open and on import, grown by writes). */
  sheetNames: string[];
  busy: Busy | null;
  outcome: Outcome | null;
  /** The form was filled in from the workbook's saved inputs (an info bar says so). */
  restored: boolean;
  dialog: PaneDialog | null;
  imported: Imported | null;
  advancedOpen: boolean;
  replanDate: string;
  shareScope: ShareScope;
}

export type GeneratorAction =
  /** The user changed the form; `touch` names the field whose error is shown from now on. */
  | { type: "edit"; patch: Partial<FormState>; touch?: FieldId }
  /** The user left a field. */
  | { type: "touch"; field: FieldId }
  /** The workbook was read on open; `saved` is the form restored from its saved inputs, if any. */
  | { type: "opened"; sheetNames: string[]; saved: FormState | null }
  /** Sheets the pane did not know about (written, or found by the host): added once each. */
  | { type: "sheetsSeen"; names: string[] }
  /** The read on open starts: busy opening (already so on the first one, see useGenerator). */
  | { type: "opening" }
  /** The read on open ended: clears `busy` unless another action took over meanwhile. */
  | { type: "openDone" }
  /** A write succeeded: its sheets are known, the saved re-plan date is kept, the outcome shown. */
  | { type: "written"; outcome: Extract<Outcome, { kind: "written" }>; replanDate: string }
  | { type: "imported"; imported: Imported | null }
  /** Plain values with no rule attached: replaced as given. */
  | ({ type: "set" } & Partial<Pick<GeneratorState, Settable>>);

/** The parts of the state an action may simply replace. */
type Settable = "sheetNames" | "busy" | "outcome" | "dialog" | "restored" | "advancedOpen" | "replanDate" | "shareScope";

export function initialState(now: Date): GeneratorState {
  return {
    form: defaultForm(now),
    touched: new Set(),
    edited: false,
    sheetNames: [],
    busy: null,
    outcome: null,
    restored: false,
    dialog: null,
    imported: null,
    advancedOpen: false,
    replanDate: "",
    shareScope: "workbook",
  };
}

function touch(touched: ReadonlySet<FieldId>, ...fields: FieldId[]): ReadonlySet<FieldId> {
  return fields.every((f) => touched.has(f)) ? touched : new Set([...touched, ...fields]);
}

/** `names` plus those of `more` it does not hold yet (sheet names compare case-insensitively). */
function withSheets(names: string[], more: string[]): string[] {
  const seen = new Set(names.map((n) => n.toLowerCase()));
  const added = more.filter((n) => !seen.has(n.toLowerCase()));
  return added.length > 0 ? [...names, ...added] : names;
}

/** The form after an import from the selection: its owners, and its total as the target. */
function withImport(state: GeneratorState, imported: Imported | null): GeneratorState {
  if (!imported?.ok) return { ...state, imported };
  const targets = imported.kind === "targets";
  return {
    ...state,
    imported,
    edited: true,
    form: { ...state.form, owners: formatOwners(imported.owners), target: targets ? String(imported.total) : state.form.target },
    touched: touch(state.touched, "owners", targets ? "target" : "owners"),
  };
}

export function generatorReducer(state: GeneratorState, action: GeneratorAction): GeneratorState {
  switch (action.type) {
    case "edit":
      return {
        ...state,
        edited: true,
        form: { ...state.form, ...action.patch },
        touched: action.touch ? touch(state.touched, action.touch) : state.touched,
      };
    case "touch":
      return { ...state, touched: touch(state.touched, action.field) };
    case "opened":
      // The user started typing before the workbook answered: never overwrite that.
      if (state.edited || !action.saved) return { ...state, sheetNames: action.sheetNames };
      return { ...state, sheetNames: action.sheetNames, form: action.saved, touched: new Set(FIELD_ORDER), restored: true };
    case "sheetsSeen":
      return { ...state, sheetNames: withSheets(state.sheetNames, action.names) };
    case "opening":
      return state.busy?.kind === "open" ? state : { ...state, busy: { kind: "open" } };
    case "openDone":
      return state.busy?.kind === "open" ? { ...state, busy: null } : state;
    case "written":
      return {
        ...state,
        sheetNames: withSheets(state.sheetNames, action.outcome.result.sheets.map((s) => s.name)),
        form: state.form.replanDate === action.replanDate ? state.form : { ...state.form, replanDate: action.replanDate },
        outcome: action.outcome,
      };
    case "imported":
      return withImport(state, action.imported);
    case "set": {
      const { type: _set, ...values } = action;
      return { ...state, ...values };
    }
  }
}
