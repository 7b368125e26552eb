/**
 * Calendar dates as Excel serial numbers (1900 date system, as Excel and LibreOffice store
 * them in .xlsx), ISO `YYYY-MM-DD` strings and UTC milliseconds: the one place that knows
 * where serial 0 is. Pure and time-zone free: every computation is on UTC midnights.
 */

const MS_PER_DAY = 86_400_000;
/**
 * Serial 0 of the 1900 date system for dates from 1900-03-01 on (Excel's phantom 1900-02-29
 * makes it 1899-12-30): a formula engine configured with this day agrees with Excel.
 */
export const SERIAL_ORIGIN = { year: 1899, month: 12, day: 30 } as const;
const EPOCH_UTC = Date.UTC(SERIAL_ORIGIN.year, SERIAL_ORIGIN.month - 1, SERIAL_ORIGIN.day);

/** Excel serial (a fraction is the time of day) -> UTC milliseconds, to the millisecond. */
export function serialToUtc(serial: number): number {
  return EPOCH_UTC + Math.round(serial * MS_PER_DAY);
}

/** UTC milliseconds -> the Excel serial of that day (the nearest midnight). */
export function utcToSerial(ms: number): number {
  return Math.round((ms - EPOCH_UTC) / MS_PER_DAY);
}

/** First and last date we accept: from 1900-03-01 (serial 61) to 9999-12-31 (serial 2958465). */
export const MIN_SERIAL = 61;
export const MAX_SERIAL = 2958465;

/** Strict `YYYY-MM-DD` (a real calendar day, 1900-03-01 to 9999-12-31) -> Excel serial, or null. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = Date.UTC(y, mo - 1, d);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  const serial = utcToSerial(utc);
  return serial >= MIN_SERIAL && serial <= MAX_SERIAL ? serial : null;
}

/** Excel serial -> `YYYY-MM-DD`. */
export function serialToIso(serial: number): string {
  return new Date(serialToUtc(serial)).toISOString().slice(0, 10);
}

/**
 * Year, month (1–12), day and weekday (0 = Sunday) of a serial as Excel shows it, for every
 * serial: before 1900-03-01 too, with Excel's phantom 1900-02-29 (serial 60), and serial 1
 * (1900-01-01) a Sunday as in Excel.
 */
export function serialParts(serial: number): { year: number; month: number; day: number; weekday: number } {
  const s = Math.floor(serial);
  const weekday = (((s - 1) % 7) + 7) % 7;
  if (s === 60) return { year: 1900, month: 2, day: 29, weekday };
  const d = new Date(serialToUtc(s < 60 ? s + 1 : s));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday };
}

/** ISO weekday of a serial, like Excel's WEEKDAY(serial, 2): Monday = 1 … Sunday = 7. */
export function weekdayMon1(serial: number): number {
  const sunday0 = new Date(serialToUtc(serial)).getUTCDay();
  return sunday0 === 0 ? 7 : sunday0;
}

/** The serial of `now`'s local calendar day. */
function localDaySerial(now: Date): number {
  return utcToSerial(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** The local calendar day of `now` as YYYY-MM-DD (the re-plan date's and the log's default day). */
export function todayIso(now: Date): string {
  return serialToIso(localDaySerial(now));
}

/**
 * The local calendar day of `now` moved into the days `first`…`last` (serials): the default date
 * of anything that must fall inside the sprint (the log's report date, the re-plan date), and
 * whether it was moved.
 */
export function todayWithin(now: Date, first: number, last: number): { serial: number; moved: boolean } {
  const today = localDaySerial(now);
  const serial = Math.min(last, Math.max(first, today));
  return { serial, moved: serial !== today };
}

/** The Monday strictly after the local calendar day of `now` (a Monday gives the following Monday), as ISO. */
export function nextMonday(now: Date): string {
  const serial = localDaySerial(now);
  return serialToIso(serial + 8 - weekdayMon1(serial));
}

/**
 * A date typed as text → its serial, or null when it is not a date we can read without
 * guessing: `2026-12-07`, `2026/12/7`, `2026.12.7`, `2026年12月7日` (a time after it, as CRM
 * exports add one, is ignored), or a date without the year (`12月7日`, `12-07`, `12/7`) only
 * when `yearOf` says which year. `7/12/2026` is refused: day-first or month-first depends on
 * who wrote it. The one reader of typed dates: the daily-log import (./reportImport.ts) and the
 * sprint's start date (./inputs.ts readDateInput: the task pane and the command line).
 */
export function parseDateText(text: string, yearOf?: (month: number, day: number) => number | null): number | null {
  let t = text.trim();
  if (typeof t.normalize === "function") t = t.normalize("NFKC");
  // A time after the date (CRM exports often add one) is ignored.
  t = t.replace(/[T\s]+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i, "").trim();
  const iso = (y: number, m: number, d: number): number | null =>
    isoToSerial(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号號]?$/.exec(t);
  if (m && yearOf) {
    const month = Number(m[1]);
    const day = Number(m[2]);
    const year = yearOf(month, day);
    return year === null ? null : iso(year, month, day);
  }
  return null;
}
