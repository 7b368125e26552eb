/**
 * The generator form as the user typed it: every field as text (exactly as typed), its fields'
 * names and display order, and a fresh form with the planner's defaults. Pure: no React, no host.
 *
 * Text becomes sprint inputs in ./readForm.ts, the checks and their words are ./checkForm.ts
 * and ./labels.ts, the copy kept in the workbook is ./savedInputs.ts.
 */
import { nextMonday } from "../../domain/dates";
import { DEFAULT_SHARES } from "../../domain/funnel";
import { SEED_CASE } from "../../domain/inputs";
import { DAILY_METRICS } from "../../domain/vocabulary";
import { DEFAULT_THRESHOLDS, DEFAULT_TIERS } from "../../domain/sprint";
import { SPRINT_LIMITS } from "../../domain/inputs";
import { defaultHolidayCalendar, type HolidayCalendar } from "../../domain/calendar";
import type { Locale } from "../../i18n/locale";

/** Percent-valued fields of the advanced section, in display order. */
export const THRESHOLD_FIELDS = ["red", "green", "coverage", "newOpp", "activity", "base", "challenge"] as const;
export type ThresholdField = (typeof THRESHOLD_FIELDS)[number];

/** Per-rep daily figures (blank: from the plan, src/domain/daily.ts), one field per daily metric. */
export const ACTIVITY_FIELDS = DAILY_METRICS;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** Everything the form holds, as typed. */
export interface FormState {
  name: string;
  target: string;
  avgOrderValue: string;
  conversion: string;
  /** Use the five funnel shares instead of one conversion rate. */
  useFunnel: boolean;
  /** Shares of leads per funnel stage (leads, contacted, qualified, proposal, won). */
  funnelShares: string[];
  start: string;
  days: string;
  weekends: boolean;
  /** Public holidays and make-up working days (docs/domain.md §10); "" = by the pane's language (holidayCalendarOf). */
  holidays: HolidayChoice;
  /** "张三, 李四:2" or one owner per line; ":n" is a weight (read by src/domain/owners.ts). */
  owners: string;
  goal: string;
  leads: string;
  calls: string;
  emails: string;
  demos: string;
  quotes: string;
  deals: string;
  red: string;
  green: string;
  coverage: string;
  newOpp: string;
  activity: string;
  base: string;
  challenge: string;
  /** Date (YYYY-MM-DD) of the last re-plan written to the workbook; "" when none. */
  replanDate: string;
}

/** The calendar chosen in the form: one of the domain's, or "" for the language's default. */
export type HolidayChoice = "" | HolidayCalendar;

/** The calendar the form means in `locale`: the one chosen, else mainland China's for zh-CN and none otherwise. */
export function holidayCalendarOf(form: Pick<FormState, "holidays">, locale: Locale): HolidayCalendar {
  return form.holidays === "" ? defaultHolidayCalendar(locale) : form.holidays;
}

/** The fields that hold text (all but the switches and the funnel shares). */
export type TextKey = { [K in keyof FormState]: FormState[K] extends string ? (string extends FormState[K] ? K : never) : never }[keyof FormState];

/** Fields that can carry an error message. */
export type FieldId =
  | "name"
  | "target"
  | "avgOrderValue"
  | "conversion"
  | "funnelShares"
  | "start"
  | "days"
  | "owners"
  | "goal"
  | ActivityField
  | ThresholdField;

/** Display order of the fields (the disabled reason and error summary follow it). */
export const FIELD_ORDER: readonly FieldId[] = [
  "name",
  "target",
  "avgOrderValue",
  "conversion",
  "funnelShares",
  "start",
  "days",
  "owners",
  "goal",
  ...ACTIVITY_FIELDS,
  ...THRESHOLD_FIELDS,
];

/** Fields inside the Advanced section (the pane opens it when one of them is wrong). */
export const ADVANCED_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(["funnelShares", ...ACTIVITY_FIELDS, ...THRESHOLD_FIELDS]);

export const MAX_NAME_LENGTH = 60;
export const MAX_GOAL_LENGTH = 500;

function percentText(x: number): string {
  return `${Math.round(x * 1e6) / 1e4}%`;
}

const THRESHOLD_DEFAULTS: Readonly<Record<ThresholdField, number>> = {
  red: DEFAULT_THRESHOLDS.red,
  green: DEFAULT_THRESHOLDS.green,
  coverage: DEFAULT_THRESHOLDS.coverage,
  newOpp: DEFAULT_THRESHOLDS.newOpp,
  activity: DEFAULT_THRESHOLDS.activity,
  base: DEFAULT_TIERS.base,
  challenge: DEFAULT_TIERS.challenge,
};

/**
 * A fresh form: the sprint input model's defaults (src/domain/inputs.ts: the seed case's
 * conversion; the per-rep daily figures blank, i.e. from the plan), the domain's thresholds and tiers, the sprint
 * starting next Monday.
 */
export function defaultForm(now: Date = new Date()): FormState {
  return {
    name: "",
    target: "",
    avgOrderValue: "",
    conversion: percentText(SEED_CASE.conversion),
    useFunnel: false,
    funnelShares: DEFAULT_SHARES.map(percentText),
    start: nextMonday(now),
    days: String(SPRINT_LIMITS.defaultDays),
    weekends: false,
    holidays: "",
    owners: "",
    goal: "",
    leads: "",
    calls: "",
    emails: "",
    demos: "",
    quotes: "",
    deals: "",
    red: percentText(THRESHOLD_DEFAULTS.red),
    green: percentText(THRESHOLD_DEFAULTS.green),
    coverage: percentText(THRESHOLD_DEFAULTS.coverage),
    newOpp: percentText(THRESHOLD_DEFAULTS.newOpp),
    activity: percentText(THRESHOLD_DEFAULTS.activity),
    base: percentText(THRESHOLD_DEFAULTS.base),
    challenge: percentText(THRESHOLD_DEFAULTS.challenge),
    replanDate: "",
  };
}
