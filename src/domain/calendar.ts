/**
 * The working calendar (docs/domain.md §10): which days of a sprint carry a share of the
 * target. A day listed as a make-up working day (调休上班) works; any other listed day is a
 * day off (a public holiday, a company's own day off); an unlisted day follows the weekday
 * rule (Monday to Friday, or every day when weekends count). The sheets apply the same rule
 * in a native formula over the Inputs sheet's calendar table (src/workbook/sprintSheet.ts).
 *
 * The entries are plain data: where they come from (src/calendar/ for mainland China, the
 * manager's own lines) is not the domain's business.
 */
import type { Locale } from "./locale";

export type CalendarKind = "off" | "work";

/** One line of the calendar table: a date, its kind and a name (the holiday's, or the manager's words). */
export interface CalendarEntry {
  /** `YYYY-MM-DD`. */
  date: string;
  kind: CalendarKind;
  name: string;
}

/** The official calendars a plan can start from; "none" leaves the table to the manager. */
export const HOLIDAY_CALENDARS = ["cn", "none"] as const;
export type HolidayCalendar = (typeof HOLIDAY_CALENDARS)[number];

/** Mainland China's calendar for Simplified Chinese, none otherwise (Taiwan's differs; English users vary). */
export function defaultHolidayCalendar(locale: Locale): HolidayCalendar {
  return locale === "zh-CN" ? "cn" : "none";
}

/** Where the entries come from, and the dates that source is complete for (outside them: the manager's). */
export interface CalendarSource {
  id: Exclude<HolidayCalendar, "none">;
  /** First and last day the source's data covers, `YYYY-MM-DD`. */
  coveredFrom: string;
  coveredThrough: string;
}

/**
 * An official calendar's lines for a sprint's dates, as SprintInputs takes them (src/calendar/
 * provides mainland China's; the pane loads it on demand, so it is passed around as a function).
 */
export type SprintCalendarOf = (
  start: string,
  days: number,
  locale: Locale,
) => { calendar: CalendarEntry[]; calendarSource: CalendarSource };

/** The rule: a listed make-up day works, any other listed day is off, else the weekday rule. */
export function isWorkingDay(weekdayMon1: number, listed: CalendarKind | undefined, weekends: boolean): boolean {
  if (listed === "work") return true;
  if (listed === "off") return false;
  return weekends || weekdayMon1 < 6;
}

/**
 * What a calendar changed: listed days off the weekday rule would have worked, and make-up days
 * it would not have (the pane's summary and the command line report both).
 */
export function calendarEffect(
  days: readonly { weekday: number; listed?: { kind: CalendarKind } }[],
  weekends: boolean,
): { off: number; work: number } {
  let off = 0;
  let work = 0;
  for (const d of days) {
    const byWeekday = isWorkingDay(d.weekday, undefined, weekends);
    if (d.listed?.kind === "off" && byWeekday) off++;
    if (d.listed?.kind === "work" && !byWeekday) work++;
  }
  return { off, work };
}
