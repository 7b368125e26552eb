/**
 * Command-line options of `npm run plan` → sprint inputs, with localized messages that
 * name the option and its valid range. Parsing only: no I/O (see ./plan.ts).
 *
 * The options are read here (readArgv), not by node's parseArgs, so that every message, an
 * unknown option or a missing value too, is in the chosen language: --lang is known before
 * anything is said.
 *
 * Numbers and dates are read and checked by the sprint input model (src/domain/inputs.ts),
 * exactly as the task pane reads them and the daily-log import reads dates: "50万元", "5,000",
 * "５％", "30天", "2026/12/8", "2026年12月8日" …; an option left out takes the model's default
 * (the worked case of docs/domain.md: 500,000 in 30 days, 5 reps); a per-rep daily figure left out
 * comes from the plan.
 */
import { format, LOCALES, resolveLocale, type Locale } from "../i18n/locale";
import { CLI_STRINGS } from "../i18n/cli";
import { inputErrorMessage } from "../i18n/inputs";
import { defaultOwners } from "../i18n/sheet";
import { parseOwners } from "../domain/owners";
import { defaultOf, inputError, readDateInput, readInput, readOptionalInput, SEED_CASE, SPRINT_INPUTS, type SprintInputId } from "../domain/inputs";
import { nextMonday } from "../domain/dates";
import { defaultHolidayCalendar, HOLIDAY_CALENDARS, type HolidayCalendar } from "../domain/calendar";
import { cnSprintCalendar } from "../calendar/cn";
import { validateSprintInputs, type OwnerInput, type SprintInputError, type SprintInputs } from "../domain/sprint";
import { DAILY_METRICS, type DailyMetric, type SprintField } from "../domain/vocabulary";

export interface CliOptions {
  inputs: SprintInputs;
  out: string;
  force: boolean;
}

export type CliParse =
  | { kind: "help"; locale: Locale }
  | { kind: "run"; locale: Locale; options: CliOptions }
  | {
      kind: "error";
      locale: Locale;
      messages: string[];
      /** The input errors among them, as keys and parameters (the same the pane and the plan give). */
      inputErrors: SprintInputError[];
    };

/** Every option: "string" takes a value (`--days 30` or `--days=30`), "boolean" takes none. */
const OPTIONS = {
  target: "string",
  "avg-order": "string",
  conversion: "string",
  team: "string",
  start: "string",
  days: "string",
  leads: "string",
  calls: "string",
  emails: "string",
  demos: "string",
  quotes: "string",
  deals: "string",
  weekends: "boolean",
  holidays: "string",
  lang: "string",
  out: "string",
  force: "boolean",
  help: "boolean",
} as const;
type OptionName = keyof typeof OPTIONS;
type OptionValues = { [K in OptionName]?: (typeof OPTIONS)[K] extends "string" ? string : boolean };
const SHORT: Readonly<Record<string, OptionName>> = { h: "help" };

/** What is wrong with the command line as typed, before any value is judged (words added in parseCli). */
export type ArgProblem =
  | { code: "unknownOption"; option: string }
  | { code: "missingValue"; option: string }
  | { code: "dashValue"; option: string }
  | { code: "noValue"; option: string }
  | { code: "unexpectedArgument"; value: string };

/**
 * argv → the options' values and what is wrong with it. `--name value`, `--name=value`, `-h`;
 * the last of a repeated option wins; after `--` every argument is a stray value. A value that
 * starts with "-" must be joined with "=" (`--target=-5`): `--target -5` is reported, and
 * `--target --days 30` is a missing value (the next option is not taken as the value).
 */
export function readArgv(argv: readonly string[]): { values: OptionValues; positionals: string[]; problems: ArgProblem[] } {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const problems: ArgProblem[] = [];
  let endOfOptions = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (endOfOptions || !arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    if (arg === "--") {
      endOfOptions = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const raw = arg.startsWith("--") && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = raw === arg ? undefined : arg.slice(eq + 1);
    const name = raw.startsWith("--") ? raw.slice(2) : SHORT[raw.slice(1)];
    const kind = name !== undefined && Object.prototype.hasOwnProperty.call(OPTIONS, name) ? OPTIONS[name as OptionName] : undefined;
    if (kind === undefined) {
      problems.push({ code: "unknownOption", option: raw });
      continue;
    }
    if (kind === "boolean") {
      if (inline !== undefined) problems.push({ code: "noValue", option: raw });
      else values[name] = true;
      continue;
    }
    if (inline !== undefined) {
      values[name] = inline;
      continue;
    }
    const next = argv[i + 1];
    if (next === undefined || /^--?[A-Za-z]/.test(next) || next === "--") {
      problems.push({ code: "missingValue", option: raw });
    } else if (next.startsWith("-") && next !== "-") {
      problems.push({ code: "dashValue", option: raw });
      i++;
    } else {
      values[name] = next;
      i++;
    }
  }
  return { values: values as OptionValues, positionals, problems };
}

/** The option that sets each input field (fields the command line cannot set are absent). */
export const FIELD_OPTION: Readonly<Partial<Record<SprintField, string>>> = {
  target: "--target",
  avgOrderValue: "--avg-order",
  conversion: "--conversion",
  owners: "--team",
  start: "--start",
  days: "--days",
  weekends: "--weekends",
};

/** The numeric options and the input of the model each one sets. */
const NUMBER_OPTIONS = {
  target: "target",
  "avg-order": "avgOrderValue",
  conversion: "conversion",
  days: "days",
} as const satisfies Partial<Record<keyof typeof OPTIONS, SprintInputId>>;

/** The option that sets an input path (per-rep daily figures: one option per metric, named after it). */
function optionOf(e: SprintInputError): string | undefined {
  const daily = DAILY_METRICS.find((m) => e.path === SPRINT_INPUTS[m].path);
  if (daily) return `--${daily}`;
  return FIELD_OPTION[e.field];
}

export const DEFAULT_OUT = "sprint-plan.xlsx";

/** Language of messages (and default of the workbook): --lang if valid, else LC_ALL / LC_MESSAGES / LANG. */
export function envLocale(env: Readonly<Record<string, string | undefined>>): Locale {
  return resolveLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** --holidays: cn or none (any case); absent, the language's default (docs/domain.md §10); null when invalid. */
function holidaysOption(value: string | undefined, locale: Locale): HolidayCalendar | null {
  if (value === undefined) return defaultHolidayCalendar(locale);
  return HOLIDAY_CALENDARS.find((c) => c === value.trim().toLowerCase()) ?? null;
}

function langOption(value: string): Locale | null {
  return LOCALES.find((l) => l.toLowerCase() === value.trim().replace(/_/g, "-").toLowerCase()) ?? null;
}

/** Localized "--option: message" for an input error. */
export function describeInputError(e: SprintInputError, locale: Locale): string {
  const option = optionOf(e);
  const message = inputErrorMessage(e, locale);
  return option ? format(CLI_STRINGS[locale].optionMessage, { option, message }) : message;
}

/** A problem with the command line as typed, in the user's language. */
function argProblemMessage(p: ArgProblem, locale: Locale): string {
  const t = CLI_STRINGS[locale];
  return p.code === "unexpectedArgument" ? format(t.unexpectedArgument, { value: p.value }) : format(t[p.code], { option: p.option });
}

export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, now: Date): CliParse {
  const parsed = readArgv(argv);
  const values = parsed.values;
  const lang = values.lang === undefined ? null : langOption(values.lang);
  const locale = lang ?? envLocale(env);
  const t = CLI_STRINGS[locale];
  if (values.help) return { kind: "help", locale };
  const messages: string[] = parsed.problems.map((p) => argProblemMessage(p, locale));
  const inputErrors: SprintInputError[] = [];
  if (values.lang !== undefined && !lang) messages.push(format(t.lang, { option: "--lang", value: values.lang }));
  for (const p of parsed.positionals) messages.push(argProblemMessage({ code: "unexpectedArgument", value: p }, locale));

  /** The input model reads the option (absent: its default); text that is not a number is reported and the default used. */
  const number = (option: keyof typeof NUMBER_OPTIONS): number => {
    const id = NUMBER_OPTIONS[option];
    const r = readInput(id, values[option]);
    if (r.ok) return r.value;
    inputErrors.push(inputError(id, r.issue));
    messages.push(describeInputError(inputError(id, r.issue), locale));
    return defaultOf(id);
  };
  const target = number("target");
  const avgOrderValue = number("avg-order");
  const conversion = number("conversion");
  const days = number("days");
  /** A per-rep daily figure: left out, from the plan. */
  const dailyActivity: Partial<Record<DailyMetric, number>> = {};
  for (const m of DAILY_METRICS) {
    const r = readOptionalInput(m, values[m]);
    if (!r.ok) {
      inputErrors.push(inputError(m, r.issue));
      messages.push(describeInputError(inputError(m, r.issue), locale));
    } else if (r.value !== undefined) dailyActivity[m] = r.value;
  }

  let owners: OwnerInput[] = defaultOwners(locale, SEED_CASE.owners);
  if (values.team !== undefined) {
    const team = parseOwners(values.team);
    for (const e of team.errors) {
      inputErrors.push(e);
      messages.push(describeInputError(e, locale));
    }
    if (team.errors.length === 0) owners = team.owners;
  }
  const holidays = holidaysOption(values.holidays, locale);
  if (holidays === null) messages.push(format(t.holidays, { option: "--holidays", value: values.holidays ?? "" }));
  const start = values.start === undefined ? nextMonday(now) : readDateInput(values.start);
  const out = values.out ?? DEFAULT_OUT;
  if (!/\.xlsx$/i.test(out)) messages.push(format(t.outExtension, { option: "--out", value: out }));
  const inputs: SprintInputs = {
    target,
    avgOrderValue,
    conversion,
    owners,
    start,
    days,
    weekends: values.weekends ?? false,
    ...(holidays === "cn" ? cnSprintCalendar(start, days, locale) : {}),
    dailyActivity,
    locale,
  };
  // Report every bad option at once: values that did not parse fell back to the defaults above.
  const invalid = validateSprintInputs(inputs);
  inputErrors.push(...invalid);
  messages.push(...invalid.map((e) => describeInputError(e, locale)));
  if (messages.length > 0) return { kind: "error", locale, messages, inputErrors };
  return { kind: "run", locale, options: { inputs, out, force: values.force ?? false } };
}
