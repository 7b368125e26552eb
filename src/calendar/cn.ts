/**
 * Mainland China's working calendar (docs/domain.md §10): the statutory holidays and the
 * make-up working days (调休上班) of the State Council's yearly notices, from the npm package
 * `chinese-days` (MIT), bundled at build time; nothing is fetched at run time. The task pane
 * loads this module on demand, so its data stays out of the pane's first bundle.
 *
 * `cnCalendar` turns the package's data into the plan's calendar entries
 * (src/domain/sprint.ts CalendarEntry) for a sprint's dates, with each holiday's name in the
 * workbook's language, and says which years the data covers: dates past them are left to the
 * manager (the weekday rule applies), never guessed.
 */
import data from "chinese-days/dist/chinese-days.json";
import type { CalendarEntry, CalendarSource, SprintCalendarOf } from "../domain/calendar";
import type { Locale } from "../domain/locale";
import { isoToSerial, serialToIso } from "../domain/dates";

/** The package's entries: date → "English name,中文名,days". */
type DayTable = Readonly<Record<string, string>>;
const HOLIDAYS: DayTable = data.holidays;
const WORKDAYS: DayTable = data.workdays;

/**
 * Traditional forms of the package's Chinese names (it has Simplified and English only).
 * A name missing here is shown as the package writes it.
 */
const TRADITIONAL: Readonly<Record<string, string>> = {
  元旦: "元旦",
  春节: "春節",
  清明: "清明",
  劳动节: "勞動節",
  端午: "端午",
  中秋: "中秋",
  国庆节: "國慶節",
  中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: "中國人民抗日戰爭暨世界反法西斯戰爭勝利70週年紀念日",
};

/** The holiday's name in `locale`, from the package's "English,中文,days". */
function nameOf(raw: string, locale: Locale): string {
  const [en = "", zh = en] = raw.split(",");
  if (locale === "en") return en;
  return locale === "zh-TW" ? (TRADITIONAL[zh] ?? zh) : zh;
}

const years = Object.keys(HOLIDAYS).map((d) => Number(d.slice(0, 4)));

/** The years the data covers: the first and last year with a published notice. */
export const CN_COVERED = { firstYear: Math.min(...years), lastYear: Math.max(...years) } as const;

/** The mainland calendar as a plan's source: which dates its entries are complete for. */
export const CN_SOURCE: CalendarSource = {
  id: "cn",
  coveredFrom: `${CN_COVERED.firstYear}-01-01`,
  coveredThrough: `${CN_COVERED.lastYear}-12-31`,
};

/**
 * The mainland entries from `start` (YYYY-MM-DD) for `days` days, in date order: every day off
 * of a statutory holiday (weekend days included, so they stay off when weekends count) and
 * every make-up working day. Dates outside CN_SOURCE's years have no entry.
 */
export function cnCalendar(start: string, days: number, locale: Locale): CalendarEntry[] {
  const first = isoToSerial(start);
  if (first === null || !(days > 0)) return [];
  const out: CalendarEntry[] = [];
  for (let i = 0; i < days; i++) {
    const date = serialToIso(first + i);
    const off = HOLIDAYS[date];
    const work = WORKDAYS[date];
    if (work !== undefined) out.push({ date, kind: "work", name: nameOf(work, locale) });
    else if (off !== undefined) out.push({ date, kind: "off", name: nameOf(off, locale) });
  }
  return out;
}

/** A sprint's calendar inputs from mainland China's data (SprintInputs.calendar and calendarSource). */
export const cnSprintCalendar: SprintCalendarOf = (start, days, locale) => ({
  calendar: cnCalendar(start, days, locale),
  calendarSource: CN_SOURCE,
});
