/**
 * The SALES.* custom functions: thin wrappers over src/domain for Excel's
 * JavaScript-only custom-functions runtime (no DOM, no Excel workbook API, no React).
 *
 * custom-functions-metadata-plugin generates functions.json from the JSDoc of the
 * top-level `function` declarations below; the English JSDoc text is FUNCTION_HELP's
 * English in src/i18n/functionsHelp.ts, word for word. Parameters take the values Excel
 * hands over as they are (type any: numbers, text, booleans, null for omitted or blank,
 * 2-D arrays for ranges) and src/domain/args.ts coerces and checks them, so every bad
 * input gets a message that names the argument and its valid range.
 *
 * Errors: a wrapper only ever throws CustomFunctions.Error. Bad input is #VALUE! (or
 * #N/A for an unknown stage, and for too few reported days to judge a chance) with a message in the user's language, #DIV/0! where
 * dividing by zero is the honest answer, #NUM! for results too large to be exact; a bug
 * becomes #VALUE! with a generic message. No NaN or Infinity ever reaches a cell.
 */
import * as argsModule from "../domain/args";
import type { Matrix } from "../domain/args";
import * as chanceModule from "../domain/chance";
import * as errorsModule from "../domain/errors";
import type { ErrorCode, SalesError } from "../domain/errors";
import * as funnelModule from "../domain/funnel";
import * as leadsModule from "../domain/leads";
import * as smartModule from "../domain/smart";
import * as splitModule from "../domain/split";
import * as messagesModule from "../i18n/errors";
import * as explainModule from "../i18n/smart";
import type { FunctionId } from "../domain/vocabulary";
import { functionsLocale } from "./locale";

// Bound once at load. Compilers that emit CommonJS (tsx/esbuild, which the bench and CLI use)
// turn every use of an imported name into a chain of getter calls; on the hot path of a
// function Excel may call a million times that cost more than the math. (The webpack bundle
// hoists modules into one scope and is unaffected either way.)
const { asMatrix, cells, coerceBoolean, coerceNumber, coerceNumbers, coerceStage, coerceText, isBlankArg, isSingleCell, line } =
  argsModule;
const { CHANCE_ARGS, FUNNEL_ARGS, LEADS_ARGS, MAX_PARTS, SMART_ARGS, SPLIT_ARGS } = argsModule;
const { hitChance } = chanceModule;
const { fail, isSalesError, showNumber } = errorsModule;
const { errorMessage, MESSAGES } = messagesModule;
const { bottleneck, checkShares, DEFAULT_FUNNEL, DEFAULT_SHARES, expectedCounts, stageCount } = funnelModule;
const { requiredLeads } = leadsModule;
const { smartScore } = smartModule;
const { explainSmart } = explainModule;
const { splitByWeights, splitEqual } = splitModule;

type Out<T> = T | SalesError;

/**
 * Leads needed to reach a revenue target: target ÷ average order value ÷ conversion rate ÷ periods, rounded up to a whole number.
 * @customfunction REQUIRED_LEADS REQUIRED_LEADS
 * @param target Revenue target for the whole time span, e.g. 100000.
 * @param avg_order_value Average order value (revenue per deal), greater than 0, e.g. 5000.
 * @param conversion_rate Lead-to-deal conversion rate as a percentage, e.g. 5%; or a range of stage-to-stage rates, which are multiplied.
 * @param [periods] Optional. Number of periods to spread the leads over, e.g. 4 for weekly leads in a month (default 1).
 * @returns Whole number of leads needed per period.
 */
export function REQUIRED_LEADS(
  target: number | string | boolean | null,
  avg_order_value: number | string | boolean | null,
  conversion_rate: Array<Array<number | string | boolean | null>>,
  periods?: number | string | boolean | null,
): number {
  try {
    return finite("REQUIRED_LEADS", leadsCall(target, avg_order_value, conversion_rate, periods));
  } catch (e) {
    throw fault("REQUIRED_LEADS", e);
  }
}

/**
 * Splits a target into equal or weighted parts that are multiples of round_to and add up to the total exactly.
 * @customfunction SPLIT_TARGET SPLIT_TARGET
 * @param total The target to split, e.g. 500000.
 * @param parts_or_weights A whole number n for n equal parts down a column, or a range of weights (blank counts as 0) for proportional parts in the same shape.
 * @param [round_to] Optional. Each part is a multiple of this, e.g. 1000 (default 1); a leftover smaller than it goes to the first part.
 * @returns The parts, spilled: a column for n equal parts, or the shape of the weights range.
 */
export function SPLIT_TARGET(
  total: number | string | boolean | null,
  parts_or_weights: Array<Array<number | string | boolean | null>>,
  round_to?: number | string | boolean | null,
): number[][] {
  try {
    return finiteRows("SPLIT_TARGET", splitCall(total, parts_or_weights, round_to));
  } catch (e) {
    throw fault("SPLIT_TARGET", e);
  }
}

/**
 * Scores a sales goal 0–5, one point each for Specific, Measurable, Achievable, Relevant and Time-bound (SMART); Chinese or English text.
 * @customfunction SMART_SCORE SMART_SCORE
 * @param goal The goal as text, e.g. “Increase sales of product A by 15% in the next 30 days”.
 * @param [current] Optional. Current value of the KPI, e.g. this month's revenue; with target, it judges Achievable (a change within 30%).
 * @param [target] Optional. Target value of the KPI; give it together with current.
 * @param [explain] Optional. TRUE returns an explanation instead of the score: the missing criteria, each with a hint (default FALSE).
 * @returns Whole number from 0 to 5, or the explanation text when explain is TRUE.
 */
export function SMART_SCORE(
  goal: number | string | boolean | null,
  current?: number | string | boolean | null,
  target?: number | string | boolean | null,
  explain?: number | string | boolean | null,
): number | string {
  try {
    return finite("SMART_SCORE", smartCall(goal, current, target, explain));
  } catch (e) {
    throw fault("SMART_SCORE", e);
  }
}

/**
 * Sales funnel math with default stages Leads 100%, Contacted 70%, Qualified 40%, Proposal 20%, Won 8%: expected count at a stage, the whole funnel, or the bottleneck of actual counts.
 * @customfunction FUNNEL_STAGE FUNNEL_STAGE
 * @param leads_or_counts A number of leads entering the funnel, or a row or column of actual counts per stage (5 values).
 * @param [stage] Optional. Stage name in Chinese or English (e.g. “提案” or “Proposal”) or its number 1–5; with a number of leads, returns the expected count there.
 * @param [shares] Optional. Your own share of leads reaching each stage: 5 percentages falling from 100% (default 100%, 70%, 40%, 20%, 8%).
 * @returns The expected count (with stage); the funnel as rows of stage, share and count (leads only); or the bottleneck stage name, or Healthy (counts).
 */
export function FUNNEL_STAGE(
  leads_or_counts: Array<Array<number | string | boolean | null>>,
  stage?: number | string | boolean | null,
  // Excel passes null when omitted; "| null" here would make the metadata plugin read a scalar.
  shares?: Array<Array<number | string | boolean | null>>,
): Array<Array<number | string>> {
  try {
    return finiteRows("FUNNEL_STAGE", funnelCall(leads_or_counts, stage, shares));
  } catch (e) {
    throw fault("FUNNEL_STAGE", e);
  }
}

/**
 * Chance (0 to 1) of reaching a revenue target, judged from the revenue of each working day reported so far and the working days left.
 * @customfunction HIT_CHANCE HIT_CHANCE
 * @param target The revenue target for the whole sprint, e.g. 500000.
 * @param actuals Revenue of each working day so far, a range or array: a blank cell is a day not reported, 0 a day without revenue; at least 5 reported days.
 * @param remaining_days Working days left in the sprint, a whole number, e.g. 10.
 * @param [done_so_far] Optional. Revenue done so far, when it is not the sum of actuals (e.g. it includes revenue from before the daily log).
 * @returns A chance from 0 to 1 (format the cell as a percentage): 1 once the target is reached, 0 when no working day is left, #N/A when the days reported are too few to judge.
 */
export function HIT_CHANCE(
  target: number | string | boolean | null,
  actuals: Array<Array<number | string | boolean | null>>,
  remaining_days: number | string | boolean | null,
  done_so_far?: number | string | boolean | null,
): number {
  try {
    return finite("HIT_CHANCE", chanceCall(target, actuals, remaining_days, done_so_far));
  } catch (e) {
    throw fault("HIT_CHANCE", e);
  }
}

// ---- argument handling (pure; src/domain/args.ts does the coercion) -------------------------

function leadsCall(target: unknown, aov: unknown, conversion: unknown, periods: unknown): Out<number> {
  const t = coerceNumber(LEADS_ARGS.target, target);
  if (isSalesError(t)) return t;
  const a = coerceNumber(LEADS_ARGS.avg_order_value, aov);
  if (isSalesError(a)) return a;
  const m = asMatrix(conversion);
  const rate = isSingleCell(m)
    ? coerceNumber(LEADS_ARGS.conversion_rate, m[0][0])
    : coerceNumbers(LEADS_ARGS.conversion_rate, cells(m), "skip");
  if (isSalesError(rate)) return rate;
  const p = coerceNumber(LEADS_ARGS.periods, periods);
  if (isSalesError(p)) return p;
  return requiredLeads(t, a, rate, p);
}

function splitCall(total: unknown, partsOrWeights: unknown, roundTo: unknown): Out<number[][]> {
  const t = coerceNumber(SPLIT_ARGS.total, total);
  if (isSalesError(t)) return t;
  const m = asMatrix(partsOrWeights);
  let parts: Out<number[]>;
  if (isSingleCell(m)) {
    const n = coerceNumber(SPLIT_ARGS.parts, m[0][0]);
    if (isSalesError(n)) return n;
    const r = coerceNumber(SPLIT_ARGS.round_to, roundTo);
    if (isSalesError(r)) return r;
    parts = splitEqual(t, n, r);
    return isSalesError(parts) ? parts : parts.map((p) => [p]);
  }
  const all = cells(m);
  if (all.length > MAX_PARTS) {
    return fail("#VALUE!", "arg.tooManyCells", { arg: SPLIT_ARGS.weight.name, got: showNumber(all.length), max: showNumber(MAX_PARTS) });
  }
  const weights = coerceNumbers(SPLIT_ARGS.weight, all, "zero");
  if (isSalesError(weights)) return weights;
  const r = coerceNumber(SPLIT_ARGS.round_to, roundTo);
  if (isSalesError(r)) return r;
  parts = splitByWeights(t, weights, r);
  return isSalesError(parts) ? parts : reshape(parts, m);
}

/** Lay a flat list out in the shape of `m`, row by row. */
function reshape(values: readonly number[], m: Matrix): number[][] {
  let k = 0;
  return m.map((row) => row.map(() => values[k++]));
}

function smartCall(goal: unknown, current: unknown, target: unknown, explain: unknown): Out<number | string> {
  const g = coerceText("goal", goal, "smart.goalText");
  if (isSalesError(g)) return g;
  let c: number | null = null;
  let t: number | null = null;
  if (!isBlankArg(current)) {
    const v = coerceNumber(SMART_ARGS.current, current);
    if (isSalesError(v)) return v;
    c = v;
  }
  if (!isBlankArg(target)) {
    const v = coerceNumber(SMART_ARGS.target, target);
    if (isSalesError(v)) return v;
    t = v;
  }
  // Some platforms pass blank cells as 0: current and target both 0 mean "not given".
  if (c === 0 && t === 0) c = t = null;
  const x = coerceBoolean("explain", explain, false);
  if (isSalesError(x)) return x;
  const result = smartScore(g, c, t);
  if (isSalesError(result)) return result;
  return x ? explainSmart(result, functionsLocale()) : result.score;
}

function funnelCall(leadsOrCounts: unknown, stage: unknown, shares: unknown): Out<Array<Array<number | string>>> {
  // Arguments in order, so the first bad one is the one reported.
  const m = asMatrix(leadsOrCounts);
  let leads: number | null = null;
  let counts: number[] | null = null;
  if (isSingleCell(m)) {
    const n = coerceNumber(FUNNEL_ARGS.leads, m[0][0]);
    if (isSalesError(n)) return n;
    leads = n;
  } else {
    const list = line("leads_or_counts", m);
    if (isSalesError(list)) return list;
    const c = coerceNumbers(FUNNEL_ARGS.count, list, "zero");
    if (isSalesError(c)) return c;
    counts = c;
  }
  const st = coerceStage("stage", stage);
  if (isSalesError(st)) return st;
  if (counts !== null && st !== null) return fail("#VALUE!", "funnel.stageWithCounts");
  let sh: readonly number[] = DEFAULT_SHARES;
  if (!isBlankArg(shares)) {
    const list = line("shares", asMatrix(shares));
    if (isSalesError(list)) return list;
    const nums = coerceNumbers(FUNNEL_ARGS.share, list, "zero");
    if (isSalesError(nums)) return nums;
    const checked = checkShares(nums);
    if (isSalesError(checked)) return checked;
    sh = checked;
  }
  const locale = functionsLocale();

  if (counts !== null) {
    const at = bottleneck(counts, sh);
    if (isSalesError(at)) return at;
    return [[at < 0 ? MESSAGES["funnel.healthy"][locale] : DEFAULT_FUNNEL[at].names[locale]]];
  }
  const n = leads ?? 0;
  if (st !== null) {
    const count = stageCount(n, st, sh);
    return isSalesError(count) ? count : [[count]];
  }
  const expected = expectedCounts(n, sh);
  if (isSalesError(expected)) return expected;
  return expected.map((count, i) => [DEFAULT_FUNNEL[i].names[locale], sh[i], count]);
}

function chanceCall(target: unknown, actuals: unknown, remainingDays: unknown, doneSoFar: unknown): Out<number> {
  const t = coerceNumber(CHANCE_ARGS.target, target);
  if (isSalesError(t)) return t;
  // Blank cells are days not reported: left out, not counted as 0.
  const days = coerceNumbers(CHANCE_ARGS.actual, cells(asMatrix(actuals)), "skip");
  if (isSalesError(days)) return days;
  const r = coerceNumber(CHANCE_ARGS.remaining_days, remainingDays);
  if (isSalesError(r)) return r;
  let done: number | undefined;
  if (!isBlankArg(doneSoFar)) {
    const d = coerceNumber(CHANCE_ARGS.done_so_far, doneSoFar);
    if (isSalesError(d)) return d;
    done = d;
  }
  return hitChance(t, days, r, done);
}

// ---- results and errors ---------------------------------------------------------------------

/** A SalesError becomes a thrown Excel error; a non-finite number (a bug) becomes #NUM!. */
function finite<T>(fn: FunctionId, out: Out<T>): T {
  if (isSalesError(out)) throw toExcelError(out);
  if (typeof out === "number" && !Number.isFinite(out)) throw toExcelError(fail("#NUM!", "internal.error", { fn }));
  return out;
}

function finiteRows<T>(fn: FunctionId, out: Out<T[][]>): T[][] {
  if (isSalesError(out)) throw toExcelError(out);
  for (const row of out) {
    for (const v of row) {
      if (typeof v === "number" && !Number.isFinite(v)) throw toExcelError(fail("#NUM!", "internal.error", { fn }));
    }
  }
  return out;
}

const CODE_NAMES: Record<ErrorCode, "invalidValue" | "notAvailable" | "divisionByZero" | "invalidNumber"> = {
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
};

function hasRuntime(): boolean {
  return typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function";
}

/** Excel's error code; the enum exists from CustomFunctionsRuntime 1.3, and its values are the codes themselves. */
function excelCode(code: ErrorCode): CustomFunctions.ErrorCode {
  const codes = (CustomFunctions as { ErrorCode?: typeof CustomFunctions.ErrorCode }).ErrorCode;
  return codes ? codes[CODE_NAMES[code]] : (code as CustomFunctions.ErrorCode);
}

/**
 * A CustomFunctions.Error. Outside Excel (a script or page that imports these functions
 * without the custom-functions runtime) it is a plain { code, message } object instead,
 * so callers still get the code and message rather than a ReferenceError.
 */
function newError(code: ErrorCode, message?: string): CustomFunctions.Error {
  if (!hasRuntime()) return { code: code as CustomFunctions.ErrorCode, message };
  return new CustomFunctions.Error(excelCode(code), message);
}

/** Excel shows a custom message only with #VALUE! and #N/A; only those get one. */
function toExcelError(e: SalesError): CustomFunctions.Error {
  if (e.code !== "#VALUE!" && e.code !== "#N/A") return newError(e.code);
  let message: string;
  try {
    message = errorMessage(e, functionsLocale());
  } catch {
    message = e.key;
  }
  return newError(e.code, message);
}

/** Whatever escaped: Excel errors pass through; anything else is a bug, shown as #VALUE! with a generic message. */
function fault(fn: FunctionId, e: unknown): CustomFunctions.Error {
  if (hasRuntime() && e instanceof CustomFunctions.Error) return e;
  if (!hasRuntime() && typeof e === "object" && e !== null && "code" in e && !(e instanceof Error)) return e as CustomFunctions.Error;
  return toExcelError(fail("#VALUE!", "internal.error", { fn }));
}

if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function") {
  CustomFunctions.associate("REQUIRED_LEADS", REQUIRED_LEADS);
  CustomFunctions.associate("SPLIT_TARGET", SPLIT_TARGET);
  CustomFunctions.associate("SMART_SCORE", SMART_SCORE);
  CustomFunctions.associate("FUNNEL_STAGE", FUNNEL_STAGE);
  CustomFunctions.associate("HIT_CHANCE", HIT_CHANCE);
}
