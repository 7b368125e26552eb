/**
 * The sprint plan (30天销售冲刺, docs/domain.md §2, §4, §5): sprint inputs → a pure plan model.
 *
 * The workbook builders (src/workbook) turn the same inputs into native Excel formulas;
 * this model computes every figure those formulas compute, with the same arithmetic
 * (Excel's ROUND, the same operation order), so tests can hold the sheets to it:
 * - planned figures per working day telescope: cumulative = ROUND(total × k ÷ W), the day's
 *   figure is the difference of consecutive cumulatives, so the days add up to the total exactly;
 * - owner targets telescope the same way over cumulative weights;
 * - required leads and deals round up, ignoring floating-point noise (ceilClean).
 *
 * Bad inputs come back as errors (a catalog key, parameters, the field and path) checked
 * against the one input model, ./inputs.ts; the words are added where they are shown.
 */
import type { Locale } from "./locale";
import { DAILY_METRICS, SPRINT_METRICS, TARGET_TYPES, type DailyMetric, type InputKey, type SprintField, type SprintMetric, type TargetType } from "./vocabulary";
import type { RunInputKey } from "./run";
import { isoToSerial, MAX_SERIAL, MIN_SERIAL, serialToIso, weekdayMon1 } from "./dates";
import { showNumber, showValue, type ErrorKey, type ErrorParams } from "./errors";
import {
  checkInput,
  defaultOf,
  checkNumberInput,
  SPRINT_INPUTS,
  SPRINT_LIMITS,
  showPercent,
  inputError,
  type SprintInputError,
  type SprintInputId,
} from "./inputs";
import { num } from "./args";
import { checkShares, DEFAULT_SHARES, STAGE_COUNT, type FunnelStageKey, DEFAULT_FUNNEL } from "./funnel";
import { ceilClean, requiredLeads } from "./leads";
import { isWorkingDay, type CalendarEntry, type CalendarKind, type CalendarSource } from "./calendar";

// ---- inputs -----------------------------------------------------------------------------

export interface OwnerInput {
  /** Person or team (责任主体). Written as text, never as a formula. */
  name: string;
  /** Share of the target relative to the others; default 1. */
  weight?: number;
  /** Key strategy (关键策略); default: a sensible sentence in the plan's language. */
  strategy?: string;
  /** Default "revenue". */
  targetType?: TargetType;
}

/** A figure per owner and working day for each daily metric (docs/domain.md §5.2). */
export type DailyActivity = Record<DailyMetric, number>;

export interface Thresholds {
  /** Attainment below this is red (default 80%). */
  red: number;
  /** Attainment at or above this is green and "achieved" (default 100%); yellow in between. */
  green: number;
  /** Pipeline coverage warning below this (default 150%). */
  coverage: number;
  /** New opportunities warning below this share of plan (default 80%). */
  newOpp: number;
  /** Activity completion reminder below this (default 85%). */
  activity: number;
}

export interface Tiers {
  /** Base target share (default 80%). */
  base: number;
  /** Challenge target share (default 120%). */
  challenge: number;
}

export interface SprintInputs {
  /** Revenue target for the sprint, a whole amount. */
  target: number;
  avgOrderValue: number;
  /** Lead-to-deal rate in (0, 1]; when absent, see conversionOf (the last funnel share, else 5%). */
  conversion?: number;
  /** Benchmark funnel shares (leads, contacted, qualified, proposal, won); default 100/70/40/20/8%. */
  funnelShares?: readonly number[];
  owners: readonly OwnerInput[];
  /** First day, `YYYY-MM-DD`. */
  start: string;
  /** Length in days, 7–92; default 30. */
  days?: number;
  /** Saturdays and Sundays are working days too; default false (Monday–Friday). Listed days off still are not. */
  weekends?: boolean;
  /**
   * Days off and make-up working days (docs/domain.md §10, ./calendar.ts); default none, only the
   * weekday rule. Entries outside the sprint are ignored.
   */
  calendar?: readonly CalendarEntry[];
  /** The official calendar the entries come from; a sprint past its data says so (SprintPlan.uncovered). */
  calendarSource?: CalendarSource;
  /**
   * Per-rep daily figures typed by the manager (the same for every owner); a metric left out
   * comes from the plan (src/domain/daily.ts). The plan says when a typed figure is below what
   * the funnel needs (activityShort).
   */
  dailyActivity?: Partial<DailyActivity>;
  thresholds?: Partial<Thresholds>;
  tiers?: Partial<Tiers>;
  /** Currency symbol shown in money formats (e.g. "¥"); default none. */
  currency?: string;
  locale: Locale;
}

export const DEFAULT_THRESHOLDS: Thresholds = {
  red: defaultOf("red"),
  green: defaultOf("green"),
  coverage: defaultOf("coverage"),
  newOpp: defaultOf("newOpp"),
  activity: defaultOf("activity"),
};
export const DEFAULT_TIERS: Tiers = { base: defaultOf("base"), challenge: defaultOf("challenge") };

// ---- plan -------------------------------------------------------------------------------

/**
 * The log metric that records each funnel stage (docs/domain.md §4 "The funnel and the daily
 * log"): the funnel's actual count of a stage is the log's sum of its metric. One call per
 * contacted lead, as the plan's calls assume. A stage left out keeps a typed actual.
 */
export const STAGE_METRIC: Readonly<Partial<Record<FunnelStageKey, DailyMetric>>> = {
  leads: "leads",
  contacted: "calls",
  qualified: "demos",
  proposal: "quotes",
  won: "deals",
};

/**
 * The funnel stage whose required count each daily metric's plan spreads over the working days:
 * the stage the metric records (STAGE_METRIC), and for emails, which record no stage, the
 * leads (one email per lead).
 */
export const METRIC_STAGE: Readonly<Record<DailyMetric, FunnelStageKey>> = {
  leads: "leads",
  calls: "contacted",
  emails: "leads",
  demos: "qualified",
  quotes: "proposal",
  deals: "won",
};

/** The key figure of each phase (docs/domain.md §5.1: classified / demos / quotes / contracts). */
export const PHASE_KEY_METRICS = ["leads", "demos", "quotes", "deals"] as const satisfies readonly SprintMetric[];
export type Phase = 1 | 2 | 3 | 4;

export interface ResolvedOwner {
  name: string;
  weight: number;
  /** The owner's key strategy; undefined: the workbook writes the default sentence in its language. */
  strategy?: string;
  targetType: TargetType;
}

/** Inputs with every default filled in. */
export interface ResolvedInputs {
  target: number;
  avgOrderValue: number;
  conversion: number;
  funnelShares: readonly number[];
  owners: readonly ResolvedOwner[];
  start: string;
  startSerial: number;
  days: number;
  weekends: boolean;
  /** The sprint's calendar entries, in date order, one per date. */
  calendar: readonly CalendarEntry[];
  calendarSource?: CalendarSource;
  /** The typed per-rep daily figures only; a metric absent here comes from the plan. */
  dailyActivity: Partial<DailyActivity>;
  thresholds: Thresholds;
  tiers: Tiers;
  currency: string;
  locale: Locale;
}

export interface FunnelStagePlan {
  key: FunnelStageKey;
  benchmark: number;
  /** Benchmark share, kept at or above the conversion rate; the last stage is the conversion rate. */
  planned: number;
  required: number;
}

export interface DayPlan {
  day: number;
  serial: number;
  date: string;
  /** Monday = 1 … Sunday = 7. */
  weekday: number;
  working: boolean;
  /** The calendar's entry for this day, if any (a day off or a make-up working day). */
  listed?: CalendarEntry;
  /** Working days from day 1 through this day. */
  workIndex: number;
  week: number;
  phase: Phase;
  plan: Record<SprintMetric, number>;
  /** Planned revenue from day 1 through this day. */
  cumRevenue: number;
}

export interface WeekPlan {
  week: number;
  fromDay: number;
  toDay: number;
  workingDays: number;
  /** Phase of the week's first day. */
  phase: Phase;
  keyMetric: SprintMetric;
  keyPlan: number;
  /** The week's own share of the target: target × its working days ÷ workingDays (not rounded; docs/domain.md §6). */
  revenue: number;
}

export interface PhasePlan {
  phase: Phase;
  fromDay: number;
  toDay: number;
  keyMetric: SprintMetric;
  keyPlan: number;
}

export interface OwnerPlan extends ResolvedOwner {
  target: number;
  /** The owner's weekly target: target × fullWeekDays ÷ workingDays (SprintPlan.weeklyTarget). */
  weeklyTarget: number;
  base: number;
  challenge: number;
}

export interface SprintPlan {
  inputs: ResolvedInputs;
  workingDays: number;
  /** Working days of a full working week: 5 (Monday–Friday), or 7 when weekends count. */
  fullWeekDays: number;
  /**
   * The weekly target, one definition everywhere (docs/domain.md §6): the plan's revenue for a
   * full working week, target × fullWeekDays ÷ workingDays (not rounded; shown as a whole
   * amount). Week by week the plan gives each week its own share (WeekPlan.revenue).
   */
  weeklyTarget: number;
  /** Required leads for a full working week, by the same definition. */
  leadsPerWeek: number;
  /**
   * Sprint days the calendar source's data does not cover (first and last date), or null: those
   * days follow the weekday rule unless the manager lists them (docs/domain.md §10).
   */
  uncovered: { from: string; to: string } | null;
  /** Days per phase: days ÷ 4 rounded down; phase 4 takes the rest (30 days: 7/7/7/9). */
  phaseDays: number;
  requiredDeals: number;
  requiredLeads: number;
  /**
   * Per owner and working day, what the funnel needs to reach the target: the required count of
   * each metric's stage (METRIC_STAGE) ÷ owners ÷ working days, rounded up. A typed figure
   * below it leaves the plan short of the funnel.
   */
  activityNeeded: DailyActivity;
  /** The typed per-rep figures below what the funnel needs (empty when they suffice or none is typed). */
  activityShort: readonly DailyMetric[];
  funnel: readonly FunnelStagePlan[];
  days: readonly DayPlan[];
  weeks: readonly WeekPlan[];
  phases: readonly PhasePlan[];
  owners: readonly OwnerPlan[];
}

export type { SprintInputError };

export type SprintPlanResult = { ok: true; plan: SprintPlan } | { ok: false; errors: SprintInputError[] };

// ---- Excel arithmetic -------------------------------------------------------------------

/**
 * Excel's ROUND: halves away from zero, after taking the value to 15 significant digits
 * (as Excel and LibreOffice do), so 2.5 → 3 and 22727.499999999996 → 22727.5 → 22728.
 */
export function excelRound(x: number, digits = 0): number {
  const y = Math.abs(Number(x.toPrecision(15)));
  // Scale by moving the decimal point in text, so 1.005 → 100.5 exactly (not 100.49999999999999).
  const shift = (v: number, by: number): number => {
    const [mantissa, exp = "0"] = String(v).split("e");
    return Number(`${mantissa}e${Number(exp) + by}`);
  };
  const r = shift(Math.floor(shift(y, digits) + 0.5), -digits);
  return x < 0 ? -r : r;
}

/**
 * Whole amounts that add up to `total` exactly: part i = ROUND(total × c_i ÷ C) − ROUND(total × c_{i−1} ÷ C)
 * for cumulative weights c_i (C the sum). The same formula the sheets use.
 */
export function telescope(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) return weights.map(() => 0);
  let cum = 0;
  let prev = 0;
  return weights.map((w) => {
    cum += w;
    const now = excelRound((total * cum) / sum);
    const part = now - prev;
    prev = now;
    return part;
  });
}

// ---- validation -------------------------------------------------------------------------

/** The inputs-sheet row (and defined name) of each per-rep daily figure. */
export const ACTIVITY_INPUT: Readonly<Record<DailyMetric, InputKey | RunInputKey>> = {
  leads: SPRINT_INPUTS.leads.definedName,
  calls: SPRINT_INPUTS.calls.definedName,
  emails: SPRINT_INPUTS.emails.definedName,
  demos: SPRINT_INPUTS.demos.definedName,
  quotes: SPRINT_INPUTS.quotes.definedName,
  deals: SPRINT_INPUTS.deals.definedName,
};

class Collector {
  readonly errors: SprintInputError[] = [];

  add(field: SprintField, path: string, key: ErrorKey, params: ErrorParams = {}, label?: InputKey): void {
    this.errors.push(label ? { field, path, key, params, label } : { field, path, key, params });
  }

  /** One numeric input of the model (./inputs.ts), checked against its bounds. */
  input(id: SprintInputId, x: unknown): x is number {
    const issue = checkInput(id, x);
    if (issue) this.errors.push(inputError(id, issue));
    return issue === null;
  }
}

/** An owner's weight: above 0, at most maxWeight. */
const WEIGHT = num("weight", { minInclusive: false, max: SPRINT_LIMITS.maxWeight });

/** Every problem with the inputs, each naming its field and valid range in the inputs' language. */
export function validateSprintInputs(input: SprintInputs): SprintInputError[] {
  const L = SPRINT_LIMITS;
  const c = new Collector();
  c.input("target", input.target);
  const aovOk = c.input("avgOrderValue", input.avgOrderValue);
  const convOk = input.conversion === undefined || c.input("conversion", input.conversion);
  if (input.funnelShares !== undefined) {
    const s = checkShares(input.funnelShares);
    if (!Array.isArray(s)) c.add("funnelShares", "funnelShares", "input.sharesOrder");
  }
  const days = input.days ?? L.defaultDays;
  const daysOk = c.input("days", days);

  const startSerial = typeof input.start === "string" ? isoToSerial(input.start) : null;
  const lastStart = MAX_SERIAL - (daysOk ? days : L.maxDays) + 1;
  if (startSerial === null || startSerial > lastStart) {
    c.add("start", "start", "input.date", { min: serialToIso(MIN_SERIAL), max: serialToIso(lastStart), value: showValue(input.start) });
  }

  const owners = Array.isArray(input.owners) ? input.owners : [];
  if (owners.length < 1 || owners.length > L.maxOwners) {
    c.add("owners", "owners", "input.count", { min: 1, max: L.maxOwners, value: owners.length });
  }
  const seen = new Set<string>();
  owners.forEach((o, i) => {
    const path = `owners[${i + 1}]`;
    const name = typeof o.name === "string" ? o.name.trim() : "";
    if (name === "") c.add("owners", `${path}.name`, "input.required");
    else if (name.length > L.maxNameLength) c.add("owners", `${path}.name`, "input.tooLong", { value: showValue(name), max: L.maxNameLength });
    else if (seen.has(name)) c.add("owners", `${path}.name`, "input.duplicate", { value: showValue(name) });
    seen.add(name);
    if (o.weight !== undefined) {
      const issue = checkNumberInput(WEIGHT, o.weight);
      if (issue) c.add("owners", `${path}.weight`, issue.key, issue.params);
    }
    if (o.strategy !== undefined && o.strategy.length > L.maxStrategyLength) {
      c.add("owners", `${path}.strategy`, "input.tooLong", { value: showValue(o.strategy), max: L.maxStrategyLength });
    }
    if (o.targetType !== undefined && !TARGET_TYPES.includes(o.targetType)) {
      c.add("owners", `${path}.targetType`, "input.required");
    }
  });

  for (const k of DAILY_METRICS) {
    const v = input.dailyActivity?.[k];
    if (v !== undefined) c.input(k, v);
  }
  const t = { ...DEFAULT_THRESHOLDS, ...input.thresholds };
  let thresholdsOk = true;
  for (const k of Object.keys(DEFAULT_THRESHOLDS) as (keyof Thresholds)[]) thresholdsOk = c.input(k, t[k]) && thresholdsOk;
  if (thresholdsOk && t.red > t.green) {
    c.add("thresholds", "thresholds.red", "input.order", { min: showPercent(t.red), max: showPercent(t.green) });
  }
  const tiers = { ...DEFAULT_TIERS, ...input.tiers };
  for (const k of Object.keys(DEFAULT_TIERS) as (keyof Tiers)[]) c.input(k, tiers[k]);
  if (input.currency !== undefined && (input.currency.length > L.maxCurrencyLength || /["\\]/.test(input.currency))) {
    c.add("currency", "currency", "input.currency", { value: showValue(input.currency), max: L.maxCurrencyLength });
  }

  const calendarOk = checkCalendar(c, input.calendar);
  if (c.errors.length === 0 && calendarOk && startSerial !== null && workingDaysOf(input, startSerial, days) === 0) {
    c.add("calendar", "calendar", "input.noWorkingDays", { days });
  }

  if (c.errors.length === 0 && aovOk && convOk) {
    const leads = requiredLeads(input.target, input.avgOrderValue, conversionOf(input));
    if (typeof leads !== "number" || leads > L.maxLeads) {
      c.add("conversion", "conversion", "input.wholeRange", {
        min: 1,
        max: showNumber(L.maxLeads),
        value: typeof leads === "number" ? showNumber(leads) : "∞",
      });
    }
  }
  return c.errors;
}

/** Each calendar entry: a real date, a known kind, a name of at most maxNameLength. */
function checkCalendar(c: Collector, calendar: readonly CalendarEntry[] | undefined): boolean {
  if (calendar === undefined) return true;
  const before = c.errors.length;
  if (!Array.isArray(calendar)) {
    c.add("calendar", "calendar", "input.required");
    return false;
  }
  calendar.forEach((e, i) => {
    const path = `calendar[${i + 1}]`;
    if (typeof e?.date !== "string" || isoToSerial(e.date) === null) {
      c.add("calendar", `${path}.date`, "input.date", { min: serialToIso(MIN_SERIAL), max: serialToIso(MAX_SERIAL), value: showValue(e?.date) });
    }
    if (e?.kind !== "off" && e?.kind !== "work") c.add("calendar", `${path}.kind`, "input.required");
    if (typeof e?.name !== "string" || e.name.length > SPRINT_LIMITS.maxNameLength) {
      c.add("calendar", `${path}.name`, "input.tooLong", { value: showValue(e?.name), max: SPRINT_LIMITS.maxNameLength });
    }
  });
  return c.errors.length === before;
}

/** The sprint's calendar entries, one per date in date order (a make-up day wins over a day off, as on the sheet). */
function sprintCalendar(calendar: readonly CalendarEntry[] | undefined, startSerial: number, days: number): Map<number, CalendarEntry> {
  const byDate = new Map<number, CalendarEntry>();
  for (const e of calendar ?? []) {
    const serial = isoToSerial(e.date) as number;
    if (serial < startSerial || serial >= startSerial + days) continue;
    const seen = byDate.get(serial);
    if (!seen || (seen.kind === "off" && e.kind === "work")) byDate.set(serial, e);
  }
  return new Map([...byDate].sort(([a], [b]) => a - b));
}

/** The kind each sprint day is listed with. */
function listedKind(listed: Map<number, CalendarEntry>, serial: number): CalendarKind | undefined {
  return listed.get(serial)?.kind;
}

/** Working days of the sprint under its calendar (valid inputs). */
function workingDaysOf(input: SprintInputs, startSerial: number, days: number): number {
  const listed = sprintCalendar(input.calendar, startSerial, days);
  let n = 0;
  for (let i = 0; i < days; i++) {
    if (isWorkingDay(weekdayMon1(startSerial + i), listedKind(listed, startSerial + i), input.weekends ?? false)) n++;
  }
  return n;
}

/**
 * The conversion a plan uses, one rule for every entry point (pane, command line, tests): a
 * conversion given wins; else the last of the funnel shares the manager gave (lead → won is
 * the conversion); else the input model's default (./inputs.ts SPRINT_INPUTS.conversion, the
 * seeds' 5%, what the pane's field and `--conversion` start from). The benchmark funnel's own
 * last share (8%) is never a default conversion.
 */
export function conversionOf(input: Pick<SprintInputs, "conversion" | "funnelShares">): number {
  if (input.conversion !== undefined) return input.conversion;
  const shares = input.funnelShares;
  if (shares !== undefined && shares.length > 0) return shares[shares.length - 1];
  return defaultOf("conversion");
}

// ---- planning ---------------------------------------------------------------------------

function sumBy<T>(xs: readonly T[], f: (x: T) => number): number {
  return xs.reduce((a, x) => a + f(x), 0);
}

/** The sprint plan, or the list of input errors. */
export function planSprint(input: SprintInputs): SprintPlanResult {
  const errors = validateSprintInputs(input);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, plan: buildPlan(input) };
}

function buildPlan(input: SprintInputs): SprintPlan {
  const days = input.days ?? SPRINT_LIMITS.defaultDays;
  const weekends = input.weekends ?? false;
  const startSerial = isoToSerial(input.start) as number;
  const conversion = conversionOf(input);
  const funnelShares = input.funnelShares ?? DEFAULT_SHARES;
  const owners: ResolvedOwner[] = input.owners.map((o) => ({
    name: o.name.trim(),
    weight: o.weight ?? 1,
    strategy: o.strategy,
    targetType: o.targetType ?? "revenue",
  }));

  // Calendar: working days (docs/domain.md §10), weeks, phases.
  const phaseDays = Math.max(1, Math.floor(days / 4));
  const listed = sprintCalendar(input.calendar, startSerial, days);
  let workIndex = 0;
  const calendar = Array.from({ length: days }, (_, i) => {
    const serial = startSerial + i;
    const weekday = weekdayMon1(serial);
    const entry = listed.get(serial);
    const working = isWorkingDay(weekday, entry?.kind, weekends);
    if (working) workIndex++;
    return {
      day: i + 1,
      serial,
      date: serialToIso(serial),
      weekday,
      working,
      ...(entry ? { listed: entry } : {}),
      workIndex,
      week: Math.floor(i / 7) + 1,
      phase: Math.min(4, Math.floor(i / phaseDays) + 1) as Phase,
    };
  });
  const workingDays = workIndex;

  // Funnel: required leads and deals, then each stage's count at its planned share.
  const target = input.target;
  const leads = requiredLeads(target, input.avgOrderValue, conversion) as number;
  const deals = ceilClean(target / input.avgOrderValue);
  const funnel: FunnelStagePlan[] = DEFAULT_FUNNEL.map((stage, i) => {
    const last = i === STAGE_COUNT - 1;
    const planned = i === 0 ? 1 : last ? conversion : Math.max(funnelShares[i], conversion);
    const required = i === 0 ? leads : last ? deals : ceilClean(leads * planned);
    return { key: stage.key, benchmark: funnelShares[i], planned, required };
  });
  const stageCount = (key: FunnelStageKey): number => funnel.find((f) => f.key === key)?.required ?? 0;

  const team = owners.length;
  const activityNeeded = Object.fromEntries(
    DAILY_METRICS.map((m) => [m, ceilClean(stageCount(METRIC_STAGE[m]) / (team * workingDays))]),
  ) as DailyActivity;
  const dailyActivity: Partial<DailyActivity> = {};
  for (const m of DAILY_METRICS) {
    const v = input.dailyActivity?.[m];
    if (v !== undefined) dailyActivity[m] = v;
  }
  const activityShort = DAILY_METRICS.filter((m) => {
    const typed = dailyActivity[m];
    return typed !== undefined && typed < activityNeeded[m];
  });

  // Daily plan: cumulative ROUND(total × k ÷ W) and its daily differences; a typed per-rep
  // figure × owners on each working day instead.
  const cumulative = (total: number, k: number): number => excelRound((total * k) / workingDays);
  const dayPlans: DayPlan[] = calendar.map((d, i) => {
    const prevK = i === 0 ? 0 : calendar[i - 1].workIndex;
    const share = (total: number): number => cumulative(total, d.workIndex) - cumulative(total, prevK);
    const plan = Object.fromEntries(
      SPRINT_METRICS.map((m): [SprintMetric, number] => {
        if (m === "revenue") return [m, share(target)];
        const typed = dailyActivity[m];
        if (typed !== undefined) return [m, d.working ? typed * team : 0];
        return [m, share(stageCount(METRIC_STAGE[m]))];
      }),
    ) as Record<SprintMetric, number>;
    return { ...d, plan, cumRevenue: cumulative(target, d.workIndex) };
  });

  const weeks: WeekPlan[] = [];
  for (let w = 1; (w - 1) * 7 < days; w++) {
    const inWeek = dayPlans.filter((d) => d.week === w);
    const phase = inWeek[0].phase;
    const keyMetric = PHASE_KEY_METRICS[phase - 1];
    weeks.push({
      week: w,
      fromDay: inWeek[0].day,
      toDay: inWeek[inWeek.length - 1].day,
      workingDays: inWeek.filter((d) => d.working).length,
      phase,
      keyMetric,
      keyPlan: sumBy(inWeek, (d) => d.plan[keyMetric]),
      revenue: (target * inWeek.filter((d) => d.working).length) / workingDays,
    });
  }

  const phases: PhasePlan[] = ([1, 2, 3, 4] as const).map((phase) => {
    const inPhase = dayPlans.filter((d) => d.phase === phase);
    const keyMetric = PHASE_KEY_METRICS[phase - 1];
    return {
      phase,
      fromDay: inPhase[0].day,
      toDay: inPhase[inPhase.length - 1].day,
      keyMetric,
      keyPlan: sumBy(inPhase, (d) => d.plan[keyMetric]),
    };
  });

  const thresholds = { ...DEFAULT_THRESHOLDS, ...input.thresholds };
  const tiers = { ...DEFAULT_TIERS, ...input.tiers };
  const fullWeekDays = weekends ? 7 : 5;
  const perFullWeek = (total: number): number => (total * fullWeekDays) / workingDays;
  const source = input.calendarSource;
  const outside = source
    ? calendar.filter((d) => d.date < source.coveredFrom || d.date > source.coveredThrough)
    : [];
  const ownerTargets = telescope(
    target,
    owners.map((o) => o.weight),
  );
  const ownerPlans: OwnerPlan[] = owners.map((o, i) => ({
    ...o,
    target: ownerTargets[i],
    weeklyTarget: perFullWeek(ownerTargets[i]),
    base: ownerTargets[i] * tiers.base,
    challenge: ownerTargets[i] * tiers.challenge,
  }));

  return {
    inputs: {
      target,
      avgOrderValue: input.avgOrderValue,
      conversion,
      funnelShares,
      owners,
      start: input.start,
      startSerial,
      days,
      weekends,
      calendar: [...listed.values()],
      ...(source ? { calendarSource: source } : {}),
      dailyActivity,
      thresholds,
      tiers,
      currency: input.currency ?? "",
      locale: input.locale,
    },
    workingDays,
    fullWeekDays,
    weeklyTarget: perFullWeek(target),
    leadsPerWeek: perFullWeek(leads),
    uncovered: outside.length > 0 ? { from: outside[0].date, to: outside[outside.length - 1].date } : null,
    phaseDays,
    requiredDeals: deals,
    requiredLeads: leads,
    activityNeeded,
    activityShort,
    funnel,
    days: dayPlans,
    weeks,
    phases,
    owners: ownerPlans,
  };
}
