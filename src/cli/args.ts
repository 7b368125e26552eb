/**
 * Command-line options of `npm run plan` → sprint inputs, with localized messages that
 * name the option and its valid range. Parsing only: no I/O (see ./plan.ts).
 *
 * Numbers are read and checked by the sprint input model (src/domain/inputs.ts), exactly as the
 * task pane reads them: "50万", "5,000", "５％" …; an option left out takes the model's default
 * (the worked case of docs/domain.md); a per-rep daily figure left out comes from the plan.
 */
import { parseArgs } from "node:util";
import { format, LOCALES, resolveLocale, type Locale } from "../i18n/locale";
import { CLI_STRINGS } from "../i18n/cli";
import { inputErrorMessage } from "../i18n/inputs";
import { defaultOwners } from "../i18n/sheet";
import { parseOwners } from "../domain/owners";
import { defaultOf, inputError, readInput, readOptionalInput, SEED_CASE, SPRINT_INPUTS, type SprintInputId } from "../domain/inputs";
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

const OPTIONS = {
  target: { type: "string" },
  "avg-order": { type: "string" },
  conversion: { type: "string" },
  team: { type: "string" },
  start: { type: "string" },
  days: { type: "string" },
  leads: { type: "string" },
  calls: { type: "string" },
  emails: { type: "string" },
  demos: { type: "string" },
  quotes: { type: "string" },
  deals: { type: "string" },
  weekends: { type: "boolean" },
  holidays: { type: "string" },
  lang: { type: "string" },
  out: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

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

export function parseCli(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, now: Date): CliParse {
  let locale = envLocale(env);
  try {
    const parsed = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: true });
    const values = parsed.values;
    const lang = values.lang === undefined ? null : langOption(values.lang);
    if (lang) locale = lang;
    const t = CLI_STRINGS[locale];
    if (values.help) return { kind: "help", locale };
    const messages: string[] = [];
    const inputErrors: SprintInputError[] = [];
    if (values.lang !== undefined && !lang) messages.push(format(t.lang, { option: "--lang", value: values.lang }));
    for (const p of parsed.positionals) messages.push(format(t.unexpectedArgument, { value: p }));

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
    const start = values.start ?? nextMonday(now);
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
  } catch (e) {
    return { kind: "error", locale, messages: [parseArgsMessage(e, locale)], inputErrors: [] };
  }
}

/** node:util parseArgs errors (unknown option, missing value) in the user's language. */
function parseArgsMessage(e: unknown, locale: Locale): string {
  const t = CLI_STRINGS[locale];
  const err = e as { code?: string; message?: string };
  const option = /'(-[^'\s]*)/.exec(err.message ?? "")?.[1] ?? "";
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return format(t.unknownOption, { option });
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return format(/ambiguous/.test(err.message ?? "") ? t.dashValue : t.missingValue, { option });
  }
  throw e;
}
