/**
 * Per-call time of each custom function (the wrapper Excel calls, with the values Excel
 * passes) and of the domain math underneath. Budgets: numeric functions
 * ≤ 2 µs a call, SMART_SCORE ≤ 50 µs for a 100-character goal; HIT_CHANCE, which
 * reads a range of a sprint's days, ≤ 10 µs.
 */
import { budget, perCallMicros } from "./util";
import { FUNNEL_STAGE, HIT_CHANCE, REQUIRED_LEADS, SMART_SCORE, SPLIT_TARGET } from "../src/functions/functions";
import { setFunctionsLocale } from "../src/functions/locale";
import { hitChance } from "../src/domain/chance";
import { bottleneck, expectedCounts, stageCount } from "../src/domain/funnel";
import { requiredLeads } from "../src/domain/leads";
import { smartScore, type SmartResult } from "../src/domain/smart";
import { explainSmart } from "../src/i18n/smart";
import { splitByWeights, splitEqual } from "../src/domain/split";

const NUMERIC_BUDGET_US = 2;
const SMART_BUDGET_US = 50;
/** A range of a sprint's days: five times a scalar function's budget. */
const CHANCE_BUDGET_US = 10;

/** A realistic goal of exactly 100 characters (Chinese with digits, percentages and a period). */
const GOAL_100 = (
  "在接下来的30天内,通过电话销售将A产品的销售额提高15%,重点针对中小企业客户," +
  "同时在华东地区每周拜访20家重点客户,把成交率从25%提升到30%,确保本季度回款率达到95%以上,并每周复盘一次进展与问题"
).slice(0, 100);
const GOAL_100_EN = (
  "In the next 30 days, increase phone sales of product A by 15%, focusing on SME customers in the East region, weekly."
).slice(0, 100);

export default function run(): void {
  if (GOAL_100.length !== 100 || GOAL_100_EN.length !== 100) throw new Error("bench goals must be 100 characters");
  setFunctionsLocale("zh-CN");

  const numeric: [string, () => unknown][] = [
    ["REQUIRED_LEADS(100000, 5000, 5%)", () => REQUIRED_LEADS(100000, 5000, [[0.05]], null)],
    ["REQUIRED_LEADS(100000, 5000, {50%;40%;25%}, 4)", () => REQUIRED_LEADS(100000, 5000, [[0.5], [0.4], [0.25]], 4)],
    ["SPLIT_TARGET(100, 3)", () => SPLIT_TARGET(100, [[3]], null)],
    ["SPLIT_TARGET(980000, {30,33,35}, 1000)", () => SPLIT_TARGET(980000, [[30, 33, 35]], 1000)],
    ["FUNNEL_STAGE(400, \"提案\")", () => FUNNEL_STAGE([[400]], "提案")],
    ["FUNNEL_STAGE(400) spill 5×3", () => FUNNEL_STAGE([[400]], null)],
    ["FUNNEL_STAGE({1000,700,400,120,50})", () => FUNNEL_STAGE([[1000, 700, 400, 120, 50]], null)],
    ["requiredLeads(100000, 5000, 0.05)", () => requiredLeads(100000, 5000, 0.05)],
    ["splitEqual(100, 3)", () => splitEqual(100, 3)],
    ["splitByWeights(980000, [30,33,35])", () => splitByWeights(980000, [30, 33, 35])],
    ["splitByWeights(1000.5, [1/3, 2/3], 0.01)", () => splitByWeights(1000.5, [1 / 3, 2 / 3], 0.01)],
    ["stageCount(400, \"提案\")", () => stageCount(400, "提案")],
    ["expectedCounts(400)", () => expectedCounts(400)],
    ["bottleneck([1000,700,400,120,50])", () => bottleneck([1000, 700, 400, 120, 50])],
  ];
  // HIT_CHANCE: a sprint's 22 working days as a column (7 not reported yet), and the domain math.
  const days = [18000, 26000, 0, 31000, 22000, 15000, 40000, 0, 27000, 19000, 24000, 35000, 21000, 0, 33000];
  const column = [...days, null, null, null, null, null, null, null].map((d) => [d]);
  const chance: [string, () => unknown][] = [
    ["HIT_CHANCE(500000, 22-day column, 7)", () => HIT_CHANCE(500000, column, 7, null)],
    ["hitChance(500000, 15 days, 7)", () => hitChance(500000, days, 7)],
  ];
  console.log("  numeric functions (µs per call):");
  for (const [label, fn] of numeric) budget(label, perCallMicros(fn), NUMERIC_BUDGET_US, "µs");

  console.log("  HIT_CHANCE (µs per call):");
  for (const [label, fn] of chance) budget(label, perCallMicros(fn), CHANCE_BUDGET_US, "µs");

  const smart = smartScore(GOAL_100) as SmartResult;
  const smartCalls: [string, () => unknown][] = [
    ["SMART_SCORE(100-char zh goal)", () => SMART_SCORE(GOAL_100, null, null, null)],
    ["SMART_SCORE(100-char en goal)", () => SMART_SCORE(GOAL_100_EN, null, null, null)],
    ["SMART_SCORE(100-char zh goal, 500000, 600000, TRUE)", () => SMART_SCORE(GOAL_100, 500000, 600000, true)],
    ["smartScore(100-char zh goal)", () => smartScore(GOAL_100)],
    ["explainSmart(result, zh-CN)", () => explainSmart(smart, "zh-CN")],
  ];
  console.log("  SMART_SCORE (µs per call):");
  for (const [label, fn] of smartCalls) budget(label, perCallMicros(fn, 5000), SMART_BUDGET_US, "µs");

  const long = GOAL_100.repeat(10);
  console.log(`  for reference: SMART_SCORE on a 1,000-character goal: ${perCallMicros(() => SMART_SCORE(long, null, null, null), 1000).toFixed(1)} µs`);
  setFunctionsLocale(null);
}
