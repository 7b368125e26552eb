/**
 * The daily-log tab's state and behaviour, without any markup (Fluent UI v9's hook / styles /
 * render split): the reducer's state (./state.ts), the read of the workbook on open, and the
 * host calls — append a recorded day or the imported rows (asking about duplicates), read the
 * selection — bound to the current state. The components in this folder render it.
 */
import { useCallback, useEffect, useReducer } from "react";
import { isHostError, type DuplicateChoice, type ReportsHost } from "../../hosts/host";
import { format, type Locale } from "../../i18n/locale";
import { logUi, type LogUiStrings } from "../../i18n/logUi";
import { UI } from "../../i18n/ui";
import { filledFields, UPDATABLE_FIELDS, type Report, type UpdatableField } from "../../domain/reports";
import type { SprintMetric } from "../../domain/vocabulary";
import { parseReports } from "../../domain/reportImport";
import { parseRange, sheetPrefix } from "../../workbook/a1";
import { describeError } from "../hostErrors";
import { noReportsMessage } from "./importNotes";
import { defaultDate, logSetup, type LogSetup } from "./logSetup";
import { checkRecord, type RecordForm } from "./record";
import { initialLogState, logReducer, type LogCard, type LogState, type Status } from "./state";

/** What an update changed in the earlier row, and what it kept (nothing left blank is lost). */
export function updatedLines(report: Report, sheet: string, row: number, t: LogUiStrings, locale: Locale): string[] {
  const sep = locale === "en" ? ", " : "、";
  const label = (f: UpdatableField): string => (f === "note" ? t.note : t.metrics[f]);
  const changed = filledFields(report);
  const kept = UPDATABLE_FIELDS.filter((f) => !changed.includes(f));
  return [
    format(t.replacedAt, { sheet, row, fields: changed.map(label).join(sep) }),
    ...(kept.length > 0 ? [format(t.replacedKept, { fields: kept.map(label).join(sep) })] : []),
  ];
}

export interface LogOptions {
  host: ReportsHost;
  locale: Locale;
  now: () => Date;
}

export interface LogModel {
  state: LogState;
  t: LogUiStrings;
  locale: Locale;
  /** Changes the record form. */
  edit: (patch: Partial<Pick<RecordForm, "owner" | "date" | "note">>) => void;
  editMetric: (metric: SprintMetric, value: string) => void;
  /** Checks the form and appends the day (asking first when the log has that owner and day). */
  record: () => void;
  /** Reads the selection and shows what an import would add and skip. */
  readSelection: () => Promise<void>;
  /** Appends the previewed rows. */
  importPreview: () => void;
  /** Answers the duplicate question: replace the earlier rows, or add another. */
  resolve: (choice: Exclude<DuplicateChoice, "ask">) => void;
  cancel: () => void;
}

/** A host error as the message under a card (a full log says which sheet and row). */
function errorStatus(e: unknown, t: LogUiStrings, locale: Locale): Status {
  if (isHostError(e) && e.source === "host" && e.code === "LogFull") {
    return { intent: "error", lines: [format(t.logFull, { sheet: String(e.params.sheet), lastRow: String(e.params.lastRow) })] };
  }
  const view = describeError(e, UI[locale], locale);
  return { intent: "error", lines: [view.message, ...(view.advice ? [view.advice] : [])] };
}

export function useLog({ host, locale, now }: LogOptions): LogModel {
  const t = logUi(locale);
  const [state, dispatch] = useReducer(logReducer, undefined, initialLogState);

  /** Where the log is, read from the workbook (1 round trip); null after saying why not. */
  const load = useCallback(async (): Promise<LogSetup | null> => {
    try {
      const r = logSetup(await host.readContext(), locale, now());
      dispatch(r.ok ? { type: "setup", setup: r.setup } : { type: "setupFailed", message: r.message });
      return r.ok ? r.setup : null;
    } catch (e) {
      dispatch({ type: "setupFailed", message: describeError(e, UI[locale], locale).message });
      return null;
    }
  }, [host, locale, now]);

  useEffect(() => {
    void load().then((setup) => {
      if (!setup) return;
      const d = defaultDate(setup, now());
      dispatch({ type: "opened", owner: setup.owners[0], date: d.iso, note: d.clamped ? { intent: "info", lines: [t.clamped] } : null });
    });
    // Load once per language; the form keeps what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);

  const append = async (card: LogCard, reports: Report[], choice: DuplicateChoice): Promise<void> => {
    const { setup } = state;
    if (!setup) return;
    dispatch({ type: "busy", busy: true });
    dispatch({ type: "status", card, status: { intent: "info", lines: [t.recording] } });
    try {
      const res = await host.appendReports(setup.target, reports, choice);
      if (!res.written && res.duplicates.length > 0) {
        dispatch({ type: "duplicates", pending: { kind: card, reports, duplicates: res.duplicates } });
        return;
      }
      const lines: string[] = [];
      if (card === "record") {
        const row = res.rows[0];
        if (res.replaced.includes(row)) lines.push(...updatedLines(reports[0], res.sheet, row, t, locale));
        else lines.push(format(t.recorded, { sheet: res.sheet, row }));
      } else {
        lines.push(format(t.imported, { count: res.rows.length, sheet: res.sheet, first: Math.min(...res.rows), last: Math.max(...res.rows) }));
        if (res.duplicates.length > 0 && choice === "add") lines.push(format(t.importDuplicates, { count: res.duplicates.length }));
        if (res.replaced.length > 0) lines.push(format(t.importReplaced, { count: res.replaced.length }));
      }
      dispatch({ type: "appended", card, status: { intent: "success", lines } });
    } catch (e) {
      dispatch({ type: "status", card, status: errorStatus(e, t, locale) });
    } finally {
      dispatch({ type: "busy", busy: false });
    }
  };

  const readSelection = async (): Promise<void> => {
    const warn = (line: string): void => dispatch({ type: "status", card: "import", status: { intent: "warning", lines: [line] } });
    dispatch({ type: "status", card: "import", status: null });
    dispatch({ type: "preview", preview: null });
    const setup = state.setup ?? (await load());
    if (!setup) return;
    try {
      dispatch({ type: "busy", busy: true });
      const sel = (await host.readContext()).selection;
      if (!sel || sel.values.length === 0 || !sel.valuesAddress) return warn(t.noSelection);
      const result = parseReports(sel.values, {
        firstRow: parseRange(sel.valuesAddress).top,
        startSerial: setup.startSerial,
        endSerial: setup.endSerial,
        owners: setup.owners,
      });
      if (!result.ok) return warn(noReportsMessage(result, t, locale));
      dispatch({ type: "preview", preview: { result, address: sheetPrefix(sel.sheet) + sel.valuesAddress, truncated: sel.truncated } });
    } catch (e) {
      dispatch({ type: "status", card: "import", status: errorStatus(e, t, locale) });
    } finally {
      dispatch({ type: "busy", busy: false });
    }
  };

  return {
    state,
    t,
    locale,
    edit: (patch) => dispatch({ type: "edit", patch }),
    editMetric: (metric, value) => dispatch({ type: "editMetric", metric, value }),
    record: () => {
      if (!state.setup) return;
      const r = checkRecord(state.form, state.setup, locale);
      dispatch({ type: "invalid", errors: r.ok ? {} : r.errors });
      if (r.ok) void append("record", [r.report], "ask");
    },
    readSelection,
    importPreview: () => {
      if (state.preview) void append("import", state.preview.result.reports.map((r) => r.report), "ask");
    },
    resolve: (choice) => {
      if (state.pending) void append(state.pending.kind, state.pending.reports, choice);
    },
    cancel: () => dispatch({ type: "cancel" }),
  };
}
