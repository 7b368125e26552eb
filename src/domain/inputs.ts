/**
 * The sprint's single-valued inputs, declared once: for each, the SprintInputs field and path
 * it fills, its kind, bounds (a NumberSpec, the same type the custom functions' arguments use),
 * default and the workbook defined name it becomes on the Inputs sheet (docs/cli.md "What the
 * workbook holds"). The task pane's form, the command line and the plan read
 * and check every one of them here:
 *
 * - readInput: text (or an absent option) → a number, with the one parser (./numbers.ts) and
 *   the unit words the input takes ("50万元", "30天");
 * - readDateInput: a date as typed ("2026/12/8", "2026年12月8日") → YYYY-MM-DD, with the one
 *   date reader (./dates.ts parseDateText) the daily-log import uses too;
 * - checkInput: bounds, with the one bounds check (./args.ts numberProblem).
 *
 * Problems come back as a key of the one catalog (./errorKeys.ts) and parameters; the words
 * are added where the message is shown (src/i18n/errors.ts inputErrorMessage).
 */
import { num, numberProblem, type NumberSpec, type SpecOptions } from "./args";
import { showNumber, showValue, type ErrorKey, type ErrorParams } from "./errors";
import { readNumber, UNIT_WORDS, type UnitKind } from "./numbers";
import { parseDateText, serialToIso } from "./dates";
import type { DailyMetric, InputKey, SprintField } from "./vocabulary";
import type { RunInputKey } from "./run";

export const SPRINT_LIMITS = {
  maxTarget: 1e12,
  minDays: 7,
  maxDays: 92,
  defaultDays: 30,
  maxOwners: 500,
  maxNameLength: 100,
  maxStrategyLength: 500,
  maxWeight: 1e6,
  maxActivity: 10000,
  maxThreshold: 10,
  maxLeads: 1e9,
  maxCurrencyLength: 5,
} as const;

/** The worked case (docs/domain.md §1, §5.3): 500,000 in 30 days, 5 reps, order value 5,000, conversion 5%. */
export const SEED_CASE = { target: 500000, avgOrderValue: 5000, conversion: 0.05, owners: 5, days: 30 } as const;


export type InputKind = "amount" | "rate" | "count" | "date" | "flag";

export interface SprintInputSpec {
  /** The SprintInputs field it belongs to (errors name it). */
  readonly field: SprintField;
  /** Where in SprintInputs, as error paths say it: "target", "thresholds.red", "dailyActivity.calls". */
  readonly path: string;
  readonly kind: InputKind;
  /** The workbook-level defined name of its cell on the Inputs sheet. */
  readonly definedName: InputKey | RunInputKey;
  /** Bounds of a number (amount, rate, count). */
  readonly number?: NumberSpec;
  /** The unit words it may be typed with (./numbers.ts UNIT_WORDS): money for amounts, days for the length. */
  readonly units?: UnitKind;
  /** Used when the input is not given at all (an absent command-line option). */
  readonly default?: number | boolean;
  /** Text left empty also means the default (otherwise empty text is "missing"). */
  readonly blankIsDefault: boolean;
  /** Optional: left out or blank, the plan works it out (a per-rep daily figure; readOptionalInput). */
  readonly fromPlan: boolean;
  /** Messages name it by its Inputs-sheet label rather than its field (one threshold of "thresholds"). */
  readonly labelled: boolean;
}

function spec(
  field: SprintField,
  path: string,
  kind: InputKind,
  definedName: InputKey | RunInputKey,
  o: SpecOptions & { value?: number | boolean; blankIsDefault?: boolean; labelled?: boolean; fromPlan?: boolean; units?: UnitKind } = {},
): SprintInputSpec {
  const numeric = kind === "amount" || kind === "rate" || kind === "count";
  return {
    field,
    path,
    kind,
    definedName,
    number: numeric ? num(path, { ...o, fraction: kind === "rate", whole: o.whole ?? kind === "count" }) : undefined,
    units: o.units ?? (kind === "amount" ? "money" : undefined),
    default: o.value,
    blankIsDefault: o.blankIsDefault ?? false,
    fromPlan: o.fromPlan ?? false,
    labelled: o.labelled ?? false,
  };
}

const L = SPRINT_LIMITS;
const threshold = (path: string, name: InputKey, value: number): SprintInputSpec =>
  spec(path.startsWith("tiers") ? "tiers" : "thresholds", path, "rate", name, { max: L.maxThreshold, value, labelled: true });
/** A per-rep daily figure: a whole count, blank or left out = from the plan. */
const daily = (m: DailyMetric, name: InputKey | RunInputKey): SprintInputSpec =>
  spec("dailyActivity", `dailyActivity.${m}`, "count", name, { max: L.maxActivity, units: m, labelled: true, fromPlan: true });

/** Every single-valued sprint input. */
export const SPRINT_INPUTS = {
  target: spec("target", "target", "amount", "SprintTarget", { min: 1, max: L.maxTarget, whole: true, value: SEED_CASE.target }),
  avgOrderValue: spec("avgOrderValue", "avgOrderValue", "amount", "AvgOrderValue", {
    minInclusive: false,
    max: L.maxTarget,
    value: SEED_CASE.avgOrderValue,
  }),
  conversion: spec("conversion", "conversion", "rate", "ConversionRate", { minInclusive: false, max: 1, value: SEED_CASE.conversion }),
  start: spec("start", "start", "date", "SprintStart"),
  days: spec("days", "days", "count", "SprintDays", { min: L.minDays, max: L.maxDays, value: L.defaultDays, units: "days" }),
  weekends: spec("weekends", "weekends", "flag", "IncludeWeekends", { value: false }),
  // Per-rep daily figures, keyed by their metric (DAILY_METRICS): optional overrides of the plan's.
  leads: daily("leads", "DailyLeads"),
  calls: daily("calls", "DailyCalls"),
  emails: daily("emails", "DailyEmails"),
  demos: daily("demos", "DailyDemos"),
  quotes: daily("quotes", "DailyQuotes"),
  deals: daily("deals", "DailyDeals"),
  red: threshold("thresholds.red", "ThresholdRed", 0.8),
  green: threshold("thresholds.green", "ThresholdGreen", 1),
  coverage: threshold("thresholds.coverage", "CoverageWarn", 1.5),
  newOpp: threshold("thresholds.newOpp", "NewOppWarn", 0.8),
  activity: threshold("thresholds.activity", "ActivityWarn", 0.85),
  base: threshold("tiers.base", "BaseTier", 0.8),
  challenge: threshold("tiers.challenge", "ChallengeTier", 1.2),
} as const satisfies Record<string, SprintInputSpec>;

export type SprintInputId = keyof typeof SPRINT_INPUTS;

/** The default of a numeric input (the value an absent command-line option takes). */
export function defaultOf(id: SprintInputId): number {
  const d = SPRINT_INPUTS[id].default;
  if (typeof d !== "number") throw new Error(`${id} has no numeric default`);
  return d;
}

/** An input error: where it is and what is wrong, as a catalog key and parameters, with no words yet. */
export interface SprintInputError {
  field: SprintField;
  /** Where inside the field, e.g. "owners[3].weight". */
  path: string;
  /** The catalog key (src/i18n/errors.ts inputErrorMessage renders it with the input's name and valid range). */
  key: ErrorKey;
  params: ErrorParams;
  /** Name the input by this Inputs-sheet row's label rather than by its field. */
  label?: InputKey | RunInputKey;
}

/** The error for a problem with one input of the model. */
export function inputError(id: SprintInputId, issue: InputIssue): SprintInputError {
  const s: SprintInputSpec = SPRINT_INPUTS[id];
  const e: SprintInputError = { field: s.field, path: s.path, key: issue.key, params: issue.params };
  return s.labelled ? { ...e, label: s.definedName } : e;
}

/** A problem with one input: a catalog key and its parameters ({field} is added where it is shown). */
export interface InputIssue {
  readonly key: ErrorKey;
  readonly params: ErrorParams;
}

export type InputRead = { ok: true; value: number } | { ok: false; issue: InputIssue };

/**
 * One numeric input as given: undefined (not given: the default), text as typed (empty: the
 * default where blankIsDefault, else "missing"; otherwise the one parser) or a number.
 * Bounds are checkInput's job, so every entry point reports them the same way.
 */
export function readInput(id: SprintInputId, raw: string | number | undefined): InputRead {
  const s: SprintInputSpec = SPRINT_INPUTS[id];
  const fallback = typeof s.default === "number" ? s.default : undefined;
  if (typeof raw === "number") return { ok: true, value: raw };
  if (raw === undefined || (raw.trim() === "" && s.blankIsDefault)) {
    return fallback === undefined ? { ok: false, issue: { key: "input.missing", params: {} } } : { ok: true, value: fallback };
  }
  if (raw.trim() === "") return { ok: false, issue: { key: "input.missing", params: {} } };
  const n = readNumber(raw, s.units);
  if (n.ok) return n;
  const value = showValue(raw.trim());
  if (n.unit === undefined) return { ok: false, issue: { key: "input.notNumber", params: { value } } };
  // A word after the number that this input does not take: name it, and the ones it does take.
  const units = s.units ? UNIT_WORDS[s.units].join(" / ") : "";
  return { ok: false, issue: { key: units ? "input.unit" : "input.noUnit", params: { value, unit: showValue(n.unit), units } } };
}

/**
 * The start date as typed → `YYYY-MM-DD`: the forms the daily-log import reads (./dates.ts
 * parseDateText: "2026-12-08", "2026/12/8", "2026.12.8", "2026年12月8日"; never a date without
 * its year). Text that is not such a date comes back unchanged, so the plan's check
 * (./sprint.ts validateSprintInputs, "input.date") names it with the valid range.
 */
export function readDateInput(raw: string): string {
  const serial = parseDateText(raw);
  return serial === null ? raw.trim() : serialToIso(serial);
}

/**
 * An optional input (`fromPlan`: a per-rep daily figure) as given: left out, or text left
 * blank, is undefined (the plan works it out); otherwise as readInput.
 */
export function readOptionalInput(id: SprintInputId, raw: string | number | undefined): { ok: true; value: number | undefined } | { ok: false; issue: InputIssue } {
  if (!SPRINT_INPUTS[id].fromPlan) throw new Error(`${id} is not an optional input`);
  if (raw === undefined || (typeof raw === "string" && raw.trim() === "")) return { ok: true, value: undefined };
  return readInput(id, raw);
}

/** A fraction as a percentage for messages: 0.05 → "5%". */
export function showPercent(x: number): string {
  return `${showNumber(Math.round(x * 1e6) / 1e4)}%`;
}

/** Bounds of a numeric value for a sprint input spec; null when valid. */
export function checkNumberInput(spec: NumberSpec, x: unknown): InputIssue | null {
  const problem = numberProblem(spec, x);
  if (problem === null) return null;
  const show = (n: number): string => (spec.fraction ? showPercent(n) : showNumber(n));
  if (problem === "percentTyped" && typeof x === "number") {
    return { key: "input.percentTyped", params: { value: showValue(x), pct: showPercent(x), fraction: showNumber(x / 100) } };
  }
  const key: ErrorKey = spec.whole ? "input.wholeRange" : spec.minInclusive ? "input.numberRange" : "input.aboveAtMost";
  const value = typeof x === "number" && Number.isFinite(x) ? show(x) : showValue(x);
  return { key, params: { min: show(spec.min), max: show(spec.max), value } };
}

/** Bounds of one numeric sprint input; null when valid. */
export function checkInput(id: SprintInputId, x: unknown): InputIssue | null {
  const s: SprintInputSpec = SPRINT_INPUTS[id];
  if (!s.number) throw new Error(`${id} is not a number input`);
  return checkNumberInput(s.number, x);
}
