/**
 * The daily-log tab (日报 / 日報 / Daily log; docs/using.md "Record a day / Import reports"):
 * - Record a day: owner, date (today, clamped to the sprint), the seven numbers and a note;
 *   one `appendReports` call (1 read + 1 write); the same owner and date asks whether to
 *   update the earlier row (only the fields filled in change; blank ones keep the row's
 *   numbers and note, and the pane says which changed) or add another.
 * - Import reports from the selection: reads the selection (1 round trip), shows how many
 *   rows it will add and which it skips and why, then appends them in one call.
 * Loaded on demand (src/taskpane/App.tsx), so none of it is in the pane's first load.
 */
import { useCallback, useEffect, useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, MessageBarActions, Select, Spinner, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { AppendResult, DuplicateChoice, ReportsHost } from "../../hosts/host";
import { isHostError } from "../../hosts/host";
import { format, type Locale } from "../../i18n/locale";
import { logUi } from "../../i18n/logUi";
import { UI } from "../../i18n/ui";
import { serialToIso } from "../../domain/dates";
import { filledFields, UPDATABLE_FIELDS, type Report } from "../../domain/reports";
import { SPRINT_METRICS, type SprintMetric } from "../../domain/vocabulary";
import { parseReports, type ParsedReports } from "../../domain/reportImport";
import { parseRange } from "../../workbook/a1";
import { SELECTION_MAX_ROWS } from "../../hosts/host";
import { useCardStyles } from "../styles";
import { describeError } from "../hostErrors";
import { checkRecord, defaultDate, emptyRecord, importNotes, logSetup, type LogSetup, type RecordErrors, type RecordForm } from "./logSetup";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))", gap: tokens.spacingHorizontalS },
  /** Number inputs shrink to their grid cell (Fluent's Input has a wide minimum). */
  number: { minWidth: 0, width: "100%" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

type Status = { intent: "success" | "error" | "warning" | "info"; lines: string[] } | null;

interface Pending {
  kind: "record" | "import";
  reports: Report[];
  duplicates: AppendResult["duplicates"];
}

export interface LogTabProps {
  host: ReportsHost;
  locale: Locale;
  now: () => Date;
}

export default function LogTab({ host, locale, now }: LogTabProps): JSX.Element {
  const t = logUi(locale);
  const styles = useStyles();
  const card = useCardStyles();
  const [setup, setSetup] = useState<LogSetup | null>(null);
  const [setupError, setSetupError] = useState<string | null>(null);
  const [form, setForm] = useState<RecordForm>(() => emptyRecord("", ""));
  const [errors, setErrors] = useState<RecordErrors>({});
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [parsed, setParsed] = useState<{ result: ParsedReports; address: string; truncated: boolean } | null>(null);
  const [importStatus, setImportStatus] = useState<Status>(null);

  const load = useCallback(async (): Promise<LogSetup | null> => {
    try {
      const ctx = await host.readContext();
      const r = logSetup(ctx, locale, now());
      if (!r.ok) {
        setSetup(null);
        setSetupError(r.message);
        return null;
      }
      setSetup(r.setup);
      setSetupError(null);
      return r.setup;
    } catch (e) {
      setSetupError(describeError(e, UI[locale], locale).message);
      return null;
    }
  }, [host, locale, now]);

  useEffect(() => {
    void load().then((s) => {
      if (!s) return;
      const d = defaultDate(s, now());
      setForm((f) => ({ ...f, owner: f.owner || s.owners[0], date: f.date || d.iso }));
      if (d.clamped) setStatus({ intent: "info", lines: [t.clamped] });
    });
    // Load once per language; the form keeps what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [load]);

  const errorStatus = (e: unknown): Status => {
    if (isHostError(e) && e.source === "host" && e.code === "LogFull") {
      return { intent: "error", lines: [format(t.logFull, { sheet: String(e.params.sheet), lastRow: String(e.params.lastRow) })] };
    }
    const view = describeError(e, UI[locale], locale);
    return { intent: "error", lines: [view.message, ...(view.advice ? [view.advice] : [])] };
  };

  /** What an update changed in the earlier row, and what it kept (nothing the manager left blank is lost). */
  const updatedLines = (report: Report, sheet: string, row: number): string[] => {
    const sep = locale === "en" ? ", " : "、";
    const label = (f: (typeof UPDATABLE_FIELDS)[number]): string => (f === "note" ? t.note : t.metrics[f]);
    const changed = filledFields(report);
    const kept = UPDATABLE_FIELDS.filter((f) => !changed.includes(f));
    return [
      format(t.replacedAt, { sheet, row, fields: changed.map(label).join(sep) }),
      ...(kept.length > 0 ? [format(t.replacedKept, { fields: kept.map(label).join(sep) })] : []),
    ];
  };

  const append = async (kind: Pending["kind"], reports: Report[], choice: DuplicateChoice): Promise<void> => {
    if (!setup) return;
    const show = kind === "record" ? setStatus : setImportStatus;
    setBusy(true);
    show({ intent: "info", lines: [t.recording] });
    try {
      const res = await host.appendReports(setup.target, reports, choice);
      if (!res.written && res.duplicates.length > 0) {
        show(null);
        setPending({ kind, reports, duplicates: res.duplicates });
        return;
      }
      setPending(null);
      if (kind === "record") {
        const row = res.rows[0];
        show({ intent: "success", lines: res.replaced.includes(row) ? updatedLines(reports[0], res.sheet, row) : [format(t.recorded, { sheet: res.sheet, row })] });
        setForm((f) => emptyRecord(f.owner, f.date));
      } else {
        const lines = [
          format(t.imported, { count: res.rows.length, sheet: res.sheet, first: Math.min(...res.rows), last: Math.max(...res.rows) }),
        ];
        if (res.duplicates.length > 0 && choice === "add") lines.push(format(t.importDuplicates, { count: res.duplicates.length }));
        if (res.replaced.length > 0) lines.push(format(t.importReplaced, { count: res.replaced.length }));
        show({ intent: "success", lines });
        setParsed(null);
      }
    } catch (e) {
      show(errorStatus(e));
    } finally {
      setBusy(false);
    }
  };

  const onRecord = (): void => {
    if (!setup) return;
    const r = checkRecord(form, setup, locale);
    if (!r.ok) {
      setErrors(r.errors);
      return;
    }
    setErrors({});
    void append("record", [r.report], "ask");
  };

  const onReadSelection = async (): Promise<void> => {
    setImportStatus(null);
    setParsed(null);
    const s = setup ?? (await load());
    if (!s) return;
    try {
      setBusy(true);
      const ctx = await host.readContext();
      const sel = ctx.selection;
      if (!sel || sel.values.length === 0 || !sel.valuesAddress) {
        setImportStatus({ intent: "warning", lines: [t.noSelection] });
        return;
      }
      const result = parseReports(sel.values, {
        firstRow: parseRange(sel.valuesAddress).top,
        startSerial: s.startSerial,
        endSerial: s.endSerial,
        owners: s.owners,
      });
      if (!result.ok) {
        const sep = locale === "en" ? ", " : "、";
        const message = result.code === "noHeader" ? format(t.noHeader, { missing: result.missing.map((m) => t.missingField[m]).join(sep) }) : t.noRows;
        setImportStatus({ intent: "warning", lines: [message] });
        return;
      }
      setParsed({ result, address: `${sel.sheet}!${sel.valuesAddress}`, truncated: sel.truncated });
    } catch (e) {
      setImportStatus(errorStatus(e));
    } finally {
      setBusy(false);
    }
  };

  const dup = pending?.duplicates[0];
  const setValue = (m: SprintMetric, v: string): void => setForm((f) => ({ ...f, values: { ...f.values, [m]: v } }));

  if (setupError) {
    return (
      <MessageBar layout="multiline" intent="warning">
        <MessageBarBody>{setupError}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!setup) return <Spinner size="tiny" />;

  const messages = (s: Status): JSX.Element | null =>
    s && (
      <MessageBar layout="multiline" intent={s.intent} role={s.intent === "error" ? "alert" : "status"}>
        <MessageBarBody>
          {s.lines.map((l) => (
            <div key={l}>{l}</div>
          ))}
        </MessageBarBody>
      </MessageBar>
    );

  return (
    <div className={styles.root}>
      <section className={card.card} aria-labelledby="log-record-title">
        <Subtitle2 as="h2" id="log-record-title">
          {t.recordTitle}
        </Subtitle2>
        <Text size={200}>{t.recordHint}</Text>
        <div className={styles.row}>
          <Field label={t.owner} validationMessage={errors.owner}>
            <Select value={form.owner} onChange={(_, d) => setForm((f) => ({ ...f, owner: d.value }))}>
              {setup.owners.map((o) => (
                <option key={o} value={o}>
                  {o}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.date} validationMessage={errors.date}>
            <Input
              type="date"
              value={form.date}
              min={serialToIso(setup.startSerial)}
              max={serialToIso(setup.endSerial)}
              onChange={(_, d) => setForm((f) => ({ ...f, date: d.value }))}
            />
          </Field>
        </div>
        <div className={styles.grid}>
          {SPRINT_METRICS.map((m) => (
            <Field key={m} label={t.metrics[m]} validationMessage={errors[m]}>
              <Input className={styles.number} inputMode="decimal" value={form.values[m]} onChange={(_, d) => setValue(m, d.value)} />
            </Field>
          ))}
        </div>
        <Field label={t.note}>
          <Input value={form.note} onChange={(_, d) => setForm((f) => ({ ...f, note: d.value }))} />
        </Field>
        <div className={styles.row}>
          <Button appearance="primary" disabled={busy || pending !== null} onClick={onRecord}>
            {t.record}
          </Button>
        </div>
        {pending?.kind === "record" && dup && (
          <MessageBar layout="multiline" intent="warning" role="alertdialog" aria-label={t.duplicateTitle}>
            <MessageBarBody>
              <strong>{t.duplicateTitle}</strong>
              <div>{format(t.duplicateBody, { owner: dup.owner, date: serialToIso(dup.date), row: dup.row })}</div>
              <div>{t.replaceKeeps}</div>
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void append("record", pending.reports, "replace")}>{t.replace}</Button>
              <Button onClick={() => void append("record", pending.reports, "add")}>{t.addAnother}</Button>
              <Button appearance="subtle" onClick={() => setPending(null)}>
                {t.cancel}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {messages(status)}
      </section>

      <section className={card.card} aria-labelledby="log-import-title">
        <Subtitle2 as="h2" id="log-import-title">
          {t.importTitle}
        </Subtitle2>
        <Text size={200}>{t.importHint}</Text>
        <div className={styles.row}>
          <Button disabled={busy} onClick={() => void onReadSelection()}>
            {t.readSelection}
          </Button>
        </div>
        {parsed && (
          <div role="status">
            <Text weight="semibold">{format(t.importPreview, { count: parsed.result.reports.length, address: parsed.address })}</Text>
            {parsed.truncated && <div>{format(t.truncated, { max: SELECTION_MAX_ROWS })}</div>}
            <ul className={styles.list}>
              {importNotes(parsed.result, t, locale).map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
            <Button
              appearance="primary"
              disabled={busy || pending !== null || parsed.result.reports.length === 0}
              onClick={() => void append("import", parsed.result.reports.map((r) => r.report), "ask")}
            >
              {format(t.importAdd, { count: parsed.result.reports.length })}
            </Button>
          </div>
        )}
        {pending?.kind === "import" && (
          <MessageBar layout="multiline" intent="warning" role="alertdialog" aria-label={t.duplicateTitle}>
            <MessageBarBody>
              <strong>{t.duplicateTitle}</strong>
              <div>{format(t.importDuplicates, { count: pending.duplicates.length })}</div>
              <div>{t.replaceKeeps}</div>
            </MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void append("import", pending.reports, "replace")}>{t.replace}</Button>
              <Button onClick={() => void append("import", pending.reports, "add")}>{t.addAnother}</Button>
              <Button appearance="subtle" onClick={() => setPending(null)}>
                {t.cancel}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        {messages(importStatus)}
      </section>
    </div>
  );
}
