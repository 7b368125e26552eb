/**
 * The sales funnel (销售漏斗), docs/domain.md §4: default stages as shares of the leads that
 * entered, expected counts per stage, and the bottleneck stage of actual counts.
 */
import type { Locale, Localized } from "./locale";
import { checkEach, checkNumber, FUNNEL_ARGS as F } from "./args";
import { fail, showValue, type SalesError } from "./errors";

export type FunnelStageKey = "leads" | "contacted" | "qualified" | "proposal" | "won";

export interface FunnelStage {
  key: FunnelStageKey;
  names: Localized;
  /** Share of the leads that entered the funnel, as a fraction. */
  share: number;
}

export const DEFAULT_FUNNEL: readonly FunnelStage[] = [
  { key: "leads", names: { "zh-CN": "线索获取", "zh-TW": "線索獲取", en: "Leads" }, share: 1 },
  { key: "contacted", names: { "zh-CN": "初步接触", "zh-TW": "初步接觸", en: "Contacted" }, share: 0.7 },
  { key: "qualified", names: { "zh-CN": "需求确认", "zh-TW": "需求確認", en: "Qualified" }, share: 0.4 },
  { key: "proposal", names: { "zh-CN": "提案", "zh-TW": "提案", en: "Proposal" }, share: 0.2 },
  { key: "won", names: { "zh-CN": "成交", "zh-TW": "成交", en: "Won" }, share: 0.08 },
];

export const DEFAULT_SHARES: readonly number[] = DEFAULT_FUNNEL.map((s) => s.share);

/** How many stages every funnel has (shares and counts must match it). */
export const STAGE_COUNT = DEFAULT_FUNNEL.length;

const NOISE = 1e-9;

function normalizeName(s: string): string {
  return s.trim().toLowerCase();
}

function buildLookup(stages: readonly FunnelStage[]): Map<string, number> {
  const m = new Map<string, number>();
  stages.forEach((s, i) => {
    m.set(normalizeName(s.key), i);
    for (const name of [s.names["zh-CN"], s.names["zh-TW"], s.names.en]) m.set(normalizeName(name), i);
  });
  return m;
}

const DEFAULT_LOOKUP = buildLookup(DEFAULT_FUNNEL);

/** The unknown-stage error (#N/A) lists the stage names in each language. */
function unknownStage(stage: string | number, stages: readonly FunnelStage[]): SalesError {
  const list = (l: Locale, sep: string): string => stages.map((s) => s.names[l]).join(sep);
  return fail("#N/A", "funnel.unknownStage", {
    stage: showValue(stage),
    count: stages.length,
    names: list("en", ", "),
    "names@zh-CN": list("zh-CN", "、"),
    "names@zh-TW": list("zh-TW", "、"),
    "names@en": list("en", ", "),
  });
}

/**
 * Index (0-based) of a stage given by name in any language (case-insensitive, trimmed),
 * by its key, or by its 1-based number (also as text, "3"). Unknown → #N/A with a message.
 */
export function findStage(stage: string | number, stages: readonly FunnelStage[] = DEFAULT_FUNNEL): number | SalesError {
  if (typeof stage === "number") {
    return Number.isInteger(stage) && stage >= 1 && stage <= stages.length ? stage - 1 : unknownStage(stage, stages);
  }
  const key = normalizeName(String(stage));
  if (/^\d+$/.test(key)) return findStage(Number(key), stages);
  const found = (stages === DEFAULT_FUNNEL ? DEFAULT_LOOKUP : buildLookup(stages)).get(key);
  return found === undefined ? unknownStage(stage, stages) : found;
}

/**
 * Shares per stage: one per stage, each from 0% to 100%, the first above 0, never rising
 * from one stage to the next. (70 instead of 70% gets the "typed as a whole number" message.)
 */
export function checkShares(shares: readonly number[]): readonly number[] | SalesError {
  if (shares === DEFAULT_SHARES) return shares;
  if (shares.length !== STAGE_COUNT) {
    return fail("#VALUE!", "arg.lineLength", { arg: F.share.name, expected: STAGE_COUNT, got: shares.length });
  }
  const bad = checkEach(F.share, shares);
  if (bad) return bad;
  if (shares[0] === 0) return fail("#VALUE!", "funnel.sharesFirst");
  for (let i = 1; i < shares.length; i++) {
    if (shares[i] > shares[i - 1] + NOISE) return fail("#VALUE!", "funnel.sharesIncrease", { index: i + 1, prev: i });
  }
  return shares;
}

/** Nearest whole number, halves up, ignoring float noise (45 × 70% = 31.499999999999996 → 32). */
export function roundClean(x: number): number {
  const f = Math.floor(x);
  if (Math.abs(x - (f + 0.5)) <= 2 * Number.EPSILON * Math.max(1, Math.abs(x))) return f + 1; // ≈ the error of one product
  return Math.round(x);
}

/** Expected count at each stage for `leads` entering the funnel, rounded to the nearest whole. */
export function expectedCounts(leads: number, shares: readonly number[] = DEFAULT_SHARES): number[] | SalesError {
  const n = checkNumber(F.leads, leads);
  if (typeof n !== "number") return n;
  const s = checkShares(shares);
  if (isError(s)) return s;
  return s.map((share) => roundClean(n * share));
}

/** Expected count at one stage: (400, "提案") → 80. */
export function stageCount(leads: number, stage: string | number, shares: readonly number[] = DEFAULT_SHARES): number | SalesError {
  const n = checkNumber(F.leads, leads);
  if (typeof n !== "number") return n;
  const s = checkShares(shares);
  if (isError(s)) return s;
  const i = findStage(stage);
  if (typeof i !== "number") return i;
  return roundClean(n * s[i]);
}

function isError(x: unknown): x is SalesError {
  return !Array.isArray(x);
}

/**
 * The bottleneck: the stage whose conversion from the previous stage falls furthest
 * below the benchmark conversion (shares[i] / shares[i-1]), measured as actual ÷ benchmark,
 * ties to the earlier stage. -1 when no stage falls below its benchmark (healthy).
 * 1000/700/400/120/50 → 3 (proposal: 30% against 50%).
 * A stage after an empty stage has no conversion and is skipped; if the first stage is 0
 * no conversion exists at all (#DIV/0!).
 */
export function bottleneck(counts: readonly number[], shares: readonly number[] = DEFAULT_SHARES): number | SalesError {
  const s = checkShares(shares);
  if (isError(s)) return s;
  if (counts.length !== s.length) {
    return fail("#VALUE!", "arg.lineLength", { arg: F.count.name, expected: s.length, got: counts.length });
  }
  const bad = checkEach(F.count, counts);
  if (bad) return bad;
  if (counts[0] === 0) return fail("#DIV/0!", "funnel.noLeads");
  let worst = 1 - NOISE;
  let at = -1;
  for (let i = 1; i < counts.length; i++) {
    if (counts[i - 1] === 0 || s[i - 1] === 0 || s[i] === 0) continue;
    const ratio = counts[i] / counts[i - 1] / (s[i] / s[i - 1]);
    if (ratio < worst - NOISE) {
      worst = ratio;
      at = i;
    }
  }
  return at;
}
