/**
 * The daily-log tab's state and its transitions, as one reducer (pure, so the tests drive it
 * without React): where the log is, the record form and its errors, the selection's import
 * preview, a duplicate waiting for the user's choice, and the message under each card.
 *
 * The hook that runs the host calls is `useLog` (same folder).
 */
import type { AppendResult } from "../../hosts/host";
import type { Report } from "../../domain/reports";
import type { SprintMetric } from "../../domain/vocabulary";
import type { ParsedReports } from "../../domain/reportImport";
import type { LogSetup } from "./logSetup";
import { emptyRecord, type RecordErrors, type RecordForm } from "./record";

/** The tab's two cards: record a day, import reports from the selection. */
export type LogCard = "record" | "import";

/** A message under a card. */
export interface Status {
  intent: "success" | "error" | "warning" | "info";
  lines: string[];
}

/** Reports the log already holds for the same owner and day: replace, add another, or cancel. */
export interface Pending {
  kind: LogCard;
  reports: Report[];
  duplicates: AppendResult["duplicates"];
}

/** The reports read from the selection, before they are added. */
export interface ImportPreview {
  result: ParsedReports;
  /** Where they were read, e.g. "'Sheet1'!A1:E6". */
  address: string;
  truncated: boolean;
}

export interface LogState {
  /** Where the log is; null until the workbook was read (or when it has no plan). */
  setup: LogSetup | null;
  /** Why the tab cannot record (no plan saved, no log sheet, the host failed). */
  setupError: string | null;
  form: RecordForm;
  errors: RecordErrors;
  /** A host call runs (the buttons wait). */
  busy: boolean;
  status: Readonly<Record<LogCard, Status | null>>;
  pending: Pending | null;
  preview: ImportPreview | null;
}

export type LogAction =
  | { type: "setup"; setup: LogSetup }
  | { type: "setupFailed"; message: string }
  /** The first read: the form starts on `owner` and `date` unless typed in already (a note when the date was clamped to the sprint). */
  | { type: "opened"; owner: string; date: string; note: Status | null }
  | { type: "edit"; patch: Partial<Pick<RecordForm, "owner" | "date" | "note">> }
  | { type: "editMetric"; metric: SprintMetric; value: string }
  | { type: "invalid"; errors: RecordErrors }
  | { type: "busy"; busy: boolean }
  | { type: "status"; card: LogCard; status: Status | null }
  | { type: "preview"; preview: ImportPreview | null }
  /** The log holds some of these reports already: the user chooses. */
  | { type: "duplicates"; pending: Pending }
  | { type: "cancel" }
  /** Written: the record form starts again for the same owner and day; the import preview closes. */
  | { type: "appended"; card: LogCard; status: Status };

export function initialLogState(): LogState {
  return {
    setup: null,
    setupError: null,
    form: emptyRecord("", ""),
    errors: {},
    busy: false,
    status: { record: null, import: null },
    pending: null,
    preview: null,
  };
}

export function logReducer(state: LogState, action: LogAction): LogState {
  switch (action.type) {
    case "setup":
      return { ...state, setup: action.setup, setupError: null };
    case "setupFailed":
      return { ...state, setup: null, setupError: action.message };
    case "opened": {
      const form = { ...state.form, owner: state.form.owner || action.owner, date: state.form.date || action.date };
      return { ...state, form, status: action.note ? { ...state.status, record: action.note } : state.status };
    }
    case "edit":
      return { ...state, form: { ...state.form, ...action.patch } };
    case "editMetric":
      return { ...state, form: { ...state.form, values: { ...state.form.values, [action.metric]: action.value } } };
    case "invalid":
      return { ...state, errors: action.errors };
    case "busy":
      return { ...state, busy: action.busy };
    case "status":
      return { ...state, status: { ...state.status, [action.card]: action.status } };
    case "preview":
      return { ...state, preview: action.preview };
    case "duplicates":
      return { ...state, pending: action.pending, status: { ...state.status, [action.pending.kind]: null } };
    case "cancel":
      return { ...state, pending: null };
    case "appended": {
      const status = { ...state.status, [action.card]: action.status };
      if (action.card === "record") return { ...state, pending: null, status, form: emptyRecord(state.form.owner, state.form.date) };
      return { ...state, pending: null, status, preview: null };
    }
  }
}
