/**
 * What the function reference card shows: each SALES function's signature and two worked
 * examples (the figures of docs/using.md "The custom functions"). Plain data, no React.
 *
 * Function and argument names stay English, as Excel shows them. Formulas are in Excel's
 * invariant (en-US) syntax, which is what the host's insertFormula writes: commas between
 * arguments, 5% for 0.05, {30,33,35} for a one-row array constant.
 *
 * test/taskpane/reference/reference.test.ts checks the signatures against functions.json (generated from
 * the JSDoc of src/functions/functions.ts) and runs every example through the real functions.
 */
import { parameterList, type FunctionId } from "../../domain/vocabulary";
import type { Locale, Localized } from "../../i18n/locale";

/** A value as Excel shows it in a cell: a number or text, or a spilled block (rows of values). */
export type ExampleValue = number | string | (number | string)[][];

export interface ReferenceExample {
  /** The formula to insert, per language (only text arguments differ). */
  formula: Localized;
  /** What Excel shows, per language. */
  value: Readonly<Record<Locale, ExampleValue>>;
  /** One line explaining the example. */
  note: Localized;
}

export interface ReferenceParam {
  name: string;
  optional: boolean;
}

export interface ReferenceFunction {
  /** The function's id in functions.json and its name after "SALES." */
  id: FunctionId;
  params: readonly ReferenceParam[];
  examples: readonly [ReferenceExample, ReferenceExample];
}

export const NAMESPACE = "SALES";

const same = (s: string): Localized => ({ "zh-CN": s, "zh-TW": s, en: s });
const sameValue = (v: ExampleValue): Record<Locale, ExampleValue> => ({ "zh-CN": v, "zh-TW": v, en: v });

const GOAL: Localized = {
  "zh-CN": "在接下来的30天内，通过电话销售将A产品的销售额提高15%，重点针对中小企业客户",
  "zh-TW": "在接下來的30天內，通過電話銷售將A產品的銷售額提高15%，重點針對中小企業客戶",
  en: "In the next 30 days, increase phone sales of product A by 15%, focusing on SME customers",
};

const smart = (extra: string): Localized => ({
  "zh-CN": `=SALES.SMART_SCORE("${GOAL["zh-CN"]}"${extra})`,
  "zh-TW": `=SALES.SMART_SCORE("${GOAL["zh-TW"]}"${extra})`,
  en: `=SALES.SMART_SCORE("${GOAL.en}"${extra})`,
});

export const REFERENCE: readonly ReferenceFunction[] = [
  {
    id: "REQUIRED_LEADS",
    params: parameterList("REQUIRED_LEADS"),
    examples: [
      {
        formula: same("=SALES.REQUIRED_LEADS(100000,5000,5%)"),
        value: sameValue(400),
        note: {
          "zh-CN": "月目标 100,000 元、客单价 5,000 元、转化率 5%：每月需要 400 条线索。",
          "zh-TW": "月目標 100,000 元、平均訂單金額 5,000 元、轉化率 5%：每月需要 400 條線索。",
          en: "Target 100,000 a month, average order 5,000, conversion 5%: 400 leads a month.",
        },
      },
      {
        formula: same("=SALES.REQUIRED_LEADS(100000,5000,5%,4)"),
        value: sameValue(100),
        note: {
          "zh-CN": "同一目标分 4 周完成：每周 100 条线索。",
          "zh-TW": "同一目標分 4 週完成：每週 100 條線索。",
          en: "The same target over 4 weeks: 100 leads a week.",
        },
      },
    ],
  },
  {
    id: "SPLIT_TARGET",
    params: parameterList("SPLIT_TARGET"),
    examples: [
      {
        formula: same("=SALES.SPLIT_TARGET(100,3)"),
        value: sameValue([[34], [33], [33]]),
        note: {
          "zh-CN": "100 平均分成 3 份，向下溢出为一列；余数给前面的份，合计正好 100。",
          "zh-TW": "100 平均分成 3 份，向下溢出為一欄；餘數給前面的份，合計正好 100。",
          en: "100 in 3 equal parts, spilled down a column; the remainder goes to the first part, so they sum to 100.",
        },
      },
      {
        formula: same("=SALES.SPLIT_TARGET(980000,{30,33,35})"),
        value: sameValue([[300000, 330000, 350000]]),
        note: {
          "zh-CN": "季度目标 980,000 按 30/33/35 的权重分到三个月；一行权重溢出为一行。",
          "zh-TW": "季度目標 980,000 按 30/33/35 的權重分到三個月；一列權重溢出為一列。",
          en: "A 980,000 quarter split over three months weighted 30/33/35; a row of weights spills a row.",
        },
      },
    ],
  },
  {
    id: "SMART_SCORE",
    params: parameterList("SMART_SCORE"),
    examples: [
      {
        formula: smart(""),
        value: sameValue(5),
        note: {
          "zh-CN": "具体、可衡量、可实现、相关、有时限，五项全部满足。",
          "zh-TW": "具體、可衡量、可實現、相關、有時限，五項全部滿足。",
          en: "Specific, measurable, achievable, relevant and time-bound: all five criteria met.",
        },
      },
      {
        formula: smart(",500000,2000000"),
        value: sameValue(4),
        note: {
          "zh-CN": "当前 500,000、目标 2,000,000：增幅远超 30%，不满足“可实现”。",
          "zh-TW": "目前 500,000、目標 2,000,000：增幅遠超 30%，不滿足「可實現」。",
          en: "From 500,000 now to 2,000,000: far more than a 30% change, so not achievable.",
        },
      },
    ],
  },
  {
    id: "FUNNEL_STAGE",
    params: parameterList("FUNNEL_STAGE"),
    examples: [
      {
        formula: {
          "zh-CN": '=SALES.FUNNEL_STAGE(400,"提案")',
          "zh-TW": '=SALES.FUNNEL_STAGE(400,"提案")',
          en: '=SALES.FUNNEL_STAGE(400,"Proposal")',
        },
        value: sameValue(80),
        note: {
          "zh-CN": "400 条线索，按默认漏斗（提案阶段 20%）预计有 80 个提案。",
          "zh-TW": "400 條線索，按預設漏斗（提案階段 20%）預計有 80 個提案。",
          en: "400 leads with the default funnel (20% reach proposal): about 80 proposals.",
        },
      },
      {
        formula: same("=SALES.FUNNEL_STAGE({1000,700,400,120,50})"),
        value: { "zh-CN": "提案", "zh-TW": "提案", en: "Proposal" },
        note: {
          "zh-CN": "各阶段实际数 1000/700/400/120/50：需求确认→提案的转化（30%）比基准（50%）低得最多，是瓶颈。",
          "zh-TW": "各階段實際數 1000/700/400/120/50：需求確認→提案的轉化（30%）比基準（50%）低得最多，是瓶頸。",
          en: "Actual counts 1000/700/400/120/50: qualified → proposal (30%) falls furthest below its benchmark (50%).",
        },
      },
    ],
  },
  {
    id: "HIT_CHANCE",
    params: parameterList("HIT_CHANCE"),
    examples: [
      {
        formula: same("=SALES.HIT_CHANCE(500000,{18000,26000,0,31000,22000,15000,40000,0,27000,19000,24000,35000},10)"),
        value: sameValue(0.28951177288887797),
        note: {
          "zh-CN": "目标 500,000，12 个工作日已完成 257,000，还剩 10 天：按当前速度预计 471,000，达成概率约 29%。",
          "zh-TW": "目標 500,000，12 個工作日已完成 257,000，還剩 10 天：按目前速度預估 471,000，達成機率約 29%。",
          en: "Target 500,000, 257,000 done in 12 working days, 10 left: the run rate projects 471,000, a 29% chance.",
        },
      },
      {
        formula: same("=SALES.HIT_CHANCE(120000,{0,0,30000,0,0,45000,0,0,12000,0},12)"),
        value: sameValue(0.73403564796772),
        note: {
          "zh-CN": "10 天成交 3 单共 87,000，目标 120,000，还剩 12 天：再来一单差不多就够，达成概率约 73%。",
          "zh-TW": "10 天成交 3 筆共 87,000，目標 120,000，還剩 12 天：再來一筆差不多就夠，達成機率約 73%。",
          en: "3 deals worth 87,000 in 10 days, target 120,000, 12 days left: about one more deal will do, a 73% chance.",
        },
      },
    ],
  },
];

/** `=SALES.NAME(a, b, [c])`: the signature as Excel's formula autocomplete shows it. */
export function syntaxOf(fn: ReferenceFunction): string {
  const args = fn.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
  return `=${NAMESPACE}.${fn.id}(${args})`;
}

/** How a value reads in the card: numbers grouped for the locale, spilled blocks joined with " / ". */
export function formatValue(value: ExampleValue, locale: Locale): string {
  const nf = new Intl.NumberFormat(locale === "en" ? "en-US" : locale, { maximumFractionDigits: 4 });
  const one = (v: number | string): string => (typeof v === "number" ? nf.format(v) : v);
  if (Array.isArray(value)) return value.map((row) => row.map(one).join(" / ")).join(" / ");
  return one(value);
}
