/**
 * The "Record a day" form as data: what the user typed (owner, date, the seven numbers, a note)
 * and its check into one report, with a message per field in the user's language. Pure.
 */
import { format, type Locale } from "../../i18n/locale";
import { logUi } from "../../i18n/logUi";
import { isoToSerial, serialToIso } from "../../domain/dates";
import { checkMetric, type Report } from "../../domain/reports";
import { SPRINT_METRICS, type SprintMetric } from "../../domain/vocabulary";
import type { LogSetup } from "./logSetup";

export interface RecordForm {
  owner: string;
  date: string;
  values: Record<SprintMetric, string>;
  note: string;
}

export type RecordErrors = Partial<Record<"owner" | "date" | SprintMetric, string>>;

/** A blank form for `owner` on `date` (after a record, the next one keeps both). */
export function emptyRecord(owner: string, date: string): RecordForm {
  return { owner, date, values: Object.fromEntries(SPRINT_METRICS.map((m) => [m, ""])) as Record<SprintMetric, string>, note: "" };
}

/** The form → a report, or a message per field in the user's language. */
export function checkRecord(form: RecordForm, setup: LogSetup, locale: Locale): { ok: true; report: Report } | { ok: false; errors: RecordErrors } {
  const t = logUi(locale);
  const errors: RecordErrors = {};
  if (form.owner.trim() === "") errors.owner = format(t.errRequired, { field: t.owner });
  const date = isoToSerial(form.date.trim());
  if (date === null || date < setup.startSerial || date > setup.endSerial) {
    errors.date = format(t.errDate, { from: serialToIso(setup.startSerial), to: serialToIso(setup.endSerial) });
  }
  const values = {} as Record<SprintMetric, number | null>;
  for (const m of SPRINT_METRICS) {
    const r = checkMetric(m, form.values[m]);
    if (r.ok) values[m] = r.value;
    else errors[m] = format(t.errNumber, { field: t.metrics[m], value: form.values[m].trim() });
  }
  if (Object.keys(errors).length > 0 || date === null) return { ok: false, errors };
  return { ok: true, report: { date, owner: form.owner.trim(), values, note: form.note.trim() } };
}
