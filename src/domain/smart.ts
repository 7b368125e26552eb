/**
 * SMART goal check (SMART原则), docs/domain.md §3: one point each for Specific, Measurable,
 * Achievable, Relevant and Time-bound, for goals in Simplified or Traditional Chinese,
 * English or a mix.
 *
 * It is a keyword heuristic, deliberately simple and predictable:
 * - Specific: names what, for whom or how (product, segment, channel, region, action),
 *   or puts a number on a named sales KPI ("在第三季度将销售额提高20%").
 * - Measurable: a quantity or percentage once dates and periods are taken out
 *   ("在6月30日前完成" has digits but no quantity).
 * - Achievable: with current and target, |target − current| ≤ 30% of current. Without
 *   them, a stated change above 30% fails (提高50%, from 25% to 50%, double) and a goal
 *   with no figure at all fails.
 * - Relevant: a sales KPI (revenue, customers, conversion, collection, retention ...).
 * - Time-bound: a deadline or period (30天内, 本季度, 6月30日前, Q3, by June 30, weekly ...).
 *
 * All patterns are compiled once at module load and avoid look-behind and other syntax
 * that older JavaScript engines (Excel's custom-function runtimes) may lack.
 */
import { checkNumber, SMART_ARGS } from "./args";
import { fail, type SalesError } from "./errors";

export type SmartCriterion = "specific" | "measurable" | "achievable" | "relevant" | "timeBound";

export const SMART_CRITERIA: readonly SmartCriterion[] = ["specific", "measurable", "achievable", "relevant", "timeBound"];

export interface SmartResult {
  score: number;
  met: Record<SmartCriterion, boolean>;
  /**
   * The change Achievable was judged on: from the current/target values or from the text,
   * as a fraction of the starting value (3 = +300%); ratio null when the text states none.
   */
  change?: { from: "values" | "text"; ratio: number | null };
}

/** The largest change (as a fraction of the current value) that still counts as achievable. */
export const ACHIEVABLE_CHANGE = 0.3;

// ---- patterns -----------------------------------------------------------------------------

const CN_SMALL = "[零〇一二两兩三四五六七八九十百千]+";
const EN_SMALL = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a couple of|a few)";
const CN_TIME_UNIT = "(?:[个個]\\s*)?(?:天|日|号|號|周|週|星期|月|季度|季|年|小时|小時)";
const EN_TIME_UNIT = "(?:business\\s+|working\\s+)?(?:days?|weeks?|wks?|months?|mos?|quarters?|qtrs?|years?|yrs?|hours?|hrs?)";
const EN_WEEKDAY = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)";
const EN_MONTH = "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";

/** Dates and periods written with numbers: removed before looking for a quantity. */
const NUMERIC_TIME = new RegExp(
  [
    `第?\\s*(?:\\d{1,15}|${CN_SMALL})\\s*${CN_TIME_UNIT}`,
    `\\b(?:\\d{1,15}|${EN_SMALL})(?:\\s+|-)?${EN_TIME_UNIT}\\b`,
    `\\bq[1-4]\\b`,
    `\\bh[12]\\b`,
    `\\bfy\\s?'?\\d{2,4}\\b`,
    `\\b\\d{1,4}[/-]\\d{1,2}(?:[/-]\\d{1,4})?\\b`,
    `\\b${EN_MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${EN_MONTH}\\b`,
    `\\b(?:in|by|of|before|until|through|during|for)\\s+(?:19|20)\\d{2}\\b`,
  ].join("|"),
  "g",
);

const TIME_WORDS = new RegExp(
  [
    // zh: this/next period, period ends, recurring periods, deadlines
    "本周|本週|本月|本季|本年|今年|明年|今天|今日|明天|下周|下週|下[个個]?月|下一?[个個]?季|下半年|上半年",
    "年底|年末|年中|年初|月底|月末|月初|季末|季初|周末|週末|[年月季][内內]",
    "每天|每日|每周|每週|每星期|每月|每季|每年|按月|按周|按週|按季|月度|季度|年度|周度|週度|日均|周均|週均|月均",
    "截止|截至|期限|(?:日|号|號|底|末|天|[周週][一二三四五六日天]?|星期[一二三四五六日天])[之以]?前",
    // en
    `\\b(?:by|before|until|till|due)\\s+(?:the\\s+)?(?:end|eod|eow|eom|eoq|eoy|${EN_WEEKDAY}|${EN_MONTH}|q[1-4]|h[12]|next|this|tomorrow|today|tonight|year|month|quarter|week|fy\\s?'?\\d*|\\d{1,2}[/-]\\d{1,2}|(?:19|20)\\d{2}(?!\\s*%))\\b`,
    `\\b(?:within|in|over|during|for)\\s+(?:the\\s+)?(?:next|coming|first|last|following|current)?\\s*(?:\\d{1,15}\\s*|${EN_SMALL}\\s+)?(?:days?|weeks?|months?|quarters?|years?|fiscal year)\\b`,
    "\\b(?:this|next|coming|current|following)\\s+(?:week|month|quarter|year|fiscal year|fy|half)\\b",
    "\\b(?:daily|weekly|monthly|quarterly|annually|annual|yearly)\\b",
    "\\b(?:per|a|an|each|every)\\s+(?:day|week|month|quarter|year)\\b",
    "\\b(?:ytd|qtd|mtd|eod|eow|eom|eoq|eoy|deadline)\\b",
    `\\b(?:in|by|during|until|before|through)\\s+${EN_MONTH}\\b`,
  ].join("|"),
);

/** Fresh copy for `test` (a global regex keeps lastIndex between calls). */
const NUMERIC_TIME_TEST = new RegExp(NUMERIC_TIME.source);

/** A quantity: digits not glued to letters (so "B2B", "A1" are not), Chinese numerals with a counter, number words. */
const QUANTITY = new RegExp(
  [
    "(?:^|[^a-z\\d])\\d{1,15}(?:[.,]\\d{1,15})*\\s*(?:[kmw]|万|萬|亿|億|千)?(?![a-z])",
    "[一二两兩三四五六七八九十百千万萬亿億]+\\s*(?:个|個|位|家|名|单|單|笔|筆|台|套|件|张|張|份|倍|成|万|萬|元|块|塊|场|場|人|户|戶)",
    "百分之",
    "翻倍|翻番|翻一番|翻两番|翻兩番",
    "\\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|double|triple|twice|half)\\b",
  ].join("|"),
);

const SCOPE = new RegExp(
  [
    // what: products
    "产品|產品|商品|新品|品类|品類|型号|型號|套餐|系列",
    // whom: segments, customer types, regions
    "中小企业|中小企業|中小型|大客户|大客戶|大企业|大企業|企业客户|企業客戶|零售客户|零售客戶|个人客户|個人客戶",
    "新客户|新客戶|老客户|老客戶|现有客户|現有客戶|存量客户|存量客戶|会员|會員|[abc]类客户|[abc]類客戶|重点客户|重點客戶|行业|行業",
    "华东|華東|华南|華南|华北|華北|华中|華中|西南|西北|东北|東北|地区|地區|区域|區域|城市|北京|上海|广州|廣州|深圳|杭州|成都|台北|臺北|台中|臺中|高雄|香港|澳门|澳門|海外",
    // how: channels and actions
    "渠道|通路|经销商|經銷商|代理商|分销|分銷|合作伙伴|合作夥伴|电话|電話|电销|電銷|邮件|郵件|线上|線上|线下|線下|电商|電商|门店|門店|直播|社群|微信|官网|官網|展会|展會|地推",
    "拜访|拜訪|演示|试用|試用|折扣|促销|促銷|推广|推廣|转介绍|轉介紹|交叉销售|交叉銷售|通过|通過|借助|利用|依靠|针对|針對|面向",
    "\\b(?:products?|skus?|product line|smbs?|smes?|enterprises?|mid-?market|small business(?:es)?|key accounts?|new (?:customers?|clients?|accounts?|logos?)|existing (?:customers?|clients?|accounts?)|vip|segments?|verticals?|industry|channels?|partners?|resellers?|distributors?|retail|online|offline|e-?commerce|stores?|phone|telesales|calls?|cold[- ]call(?:s|ing)?|emails?|demos?|visits?|webinars?|trials?|discounts?|campaigns?|referrals?|upsell(?:s|ing)?|cross-?sell(?:s|ing)?|regions?|territor(?:y|ies)|apac|emea|americas|latam|through|via|using|targeting|focus(?:ed|ing)? on)\\b",
    "\\bby\\s+[a-z]+ing\\b",
  ].join("|"),
);

const KPI = new RegExp(
  [
    "销售额|銷售額|销售收入|銷售收入|销售业绩|銷售業績|销售量|銷售量|销量|銷量|营收|營收|收入|营业额|營業額|业绩|業績",
    "订单|訂單|成交|签约|簽約|签单|簽單|合同|合約|售出|卖出|賣出|客户|客戶|新客|转化|轉化|赢单|贏單",
    "回款|收款|应收|應收|留存|续约|續約|续费|續費|复购|復購|流失|客单价|客單價|利润|利潤|毛利",
    "市场份额|市場份額|市占|市佔|占有率|佔有率|线索|線索|商机|商機",
    "\\b(?:revenue|sales|bookings?|deals?|orders?|customers?|clients?|accounts?|logos?|conversions?|close rate|win rate|collections?|receivables?|retention|renewals?|churn|upsell|margin|profit|gmv|arr|mrr|quota|market share|leads?|pipeline|aov|average order|units sold|subscriptions?|subscribers?|sign-?ups?|contracts?)\\b",
  ].join("|"),
);

const CHANGE_VERB =
  "提高|提升|增加|增长|增長|上升|上涨|上漲|降低|减少|減少|下降|削减|削減|\\b(?:improve|increase|grow|raise|boost|lift|reduce|decrease|cut|lower|drop|up|down)";
/** "提高15%", "increase ... 15%"; a window containing 到/至/to means a level, not a change. */
const PCT_AFTER_VERB = new RegExp(`(?:${CHANGE_VERB})([^\\d%。;,]{0,16}?)(\\d{1,15}(?:\\.\\d{1,15})?)\\s*%`, "g");
const LEVEL_WORD = /到|至|\bto\b/;
/** "by 15%" */
const PCT_BY = /\bby\s+(\d{1,15}(?:\.\d{1,15})?)\s*%/g;
/** "15% growth", "20%的增长" */
const PCT_BEFORE_NOUN =
  /(\d{1,15}(?:\.\d{1,15})?)\s*%\s*(?:的\s*)?(?:increase|growth|uplift|more|higher|lower|less|decrease|reduction|improvement|增长|增長|增幅|提升|涨幅|漲幅)/g;
/** "提高百分之十五", "提高三成" */
const CN_PERCENT = /(?:提高|提升|增加|增长|增長|上升|降低|减少|減少|下降)\s*了?\s*百分之([零〇一二两兩三四五六七八九十百\d.]+)/g;
const CN_TENTHS = /(?:提高|提升|增加|增长|增長|上升|降低|减少|減少|下降)\s*了?\s*([一二两兩三四五六七八九十])成/g;
/** "从 45% 降低到 20%", "from 500k to 600k", "由50万提高至60万" */
const FROM_TO =
  /(?:从|從|由|\bfrom)\s*(\d{1,15}(?:[.,]\d{1,15})*)\s*(%|万|萬|亿|億|千|k\b|m\b|million|thousand)?[^\d]{0,12}?(?:到|至|\bto\b)\s*(\d{1,15}(?:[.,]\d{1,15})*)\s*(%|万|萬|亿|億|千|k\b|m\b|million|thousand)?/g;
/** Doubling and multiples: at least +100%. */
const MULTIPLE = /翻倍|翻番|翻一番|翻两番|翻兩番|\bdoubl(?:e|ed|ing)\b|\btripl(?:e|ed|ing)\b|\bquadrupl(?:e|ed|ing)\b|[两兩三四五六七八九十]\s*倍|\b\d{1,15}(?:\.\d{1,15})?\s*(?:倍|x\b)/;

const CN_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Chinese numerals up to 999 (十五 = 15, 二十 = 20, 一百 = 100); digits pass through. */
export function parseChineseNumber(s: string): number | null {
  if (/^\d{1,15}(?:\.\d{1,15})?$/.test(s)) return Number(s);
  let total = 0;
  let digit = -1;
  for (const ch of s) {
    if (ch in CN_DIGITS) digit = CN_DIGITS[ch];
    else if (ch === "十" || ch === "百") {
      const unit = ch === "十" ? 10 : 100;
      total += (digit < 0 ? 1 : digit) * unit;
      digit = -1;
    } else return null;
  }
  if (digit >= 0) total += digit;
  return s.length > 0 ? total : null;
}

const MULTIPLIER: Record<string, number> = { "%": 1, 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8, 千: 1e3, k: 1e3, m: 1e6, million: 1e6, thousand: 1e3 };

function numberIn(s: string): number {
  return Number(s.replace(/,/g, ""));
}

/** The largest change the text states, as a fraction (0.15 for 15%), or null when it states none. */
export function statedChange(text: string): number | null {
  let max: number | null = null;
  const see = (x: number): void => {
    if (Number.isFinite(x) && (max === null || x > max)) max = x;
  };
  let m: RegExpExecArray | null;
  PCT_AFTER_VERB.lastIndex = 0;
  while ((m = PCT_AFTER_VERB.exec(text)) !== null) if (!LEVEL_WORD.test(m[1])) see(Number(m[2]) / 100);
  PCT_BY.lastIndex = 0;
  while ((m = PCT_BY.exec(text)) !== null) see(Number(m[1]) / 100);
  PCT_BEFORE_NOUN.lastIndex = 0;
  while ((m = PCT_BEFORE_NOUN.exec(text)) !== null) see(Number(m[1]) / 100);
  CN_PERCENT.lastIndex = 0;
  while ((m = CN_PERCENT.exec(text)) !== null) {
    const n = parseChineseNumber(m[1]);
    if (n !== null) see(n / 100);
  }
  CN_TENTHS.lastIndex = 0;
  while ((m = CN_TENTHS.exec(text)) !== null) {
    const n = parseChineseNumber(m[1]);
    if (n !== null) see(n / 10);
  }
  FROM_TO.lastIndex = 0;
  while ((m = FROM_TO.exec(text)) !== null) {
    const unitA = m[2] ?? m[4];
    const unitB = m[4] ?? m[2];
    const a = numberIn(m[1]) * (unitA ? MULTIPLIER[unitA] : 1);
    const b = numberIn(m[3]) * (unitB ? MULTIPLIER[unitB] : 1);
    see(a === 0 ? (b === 0 ? 0 : Infinity) : Math.abs(b - a) / Math.abs(a));
  }
  if (MULTIPLE.test(text)) see(1);
  return max;
}

/** NFKC (full-width digits, ％ and punctuation become ASCII) and lower case. */
function prepare(goal: string): string {
  const t = typeof goal.normalize === "function" ? goal.normalize("NFKC") : goal;
  return t.toLowerCase();
}

function relativeChange(current: number, target: number): number {
  const diff = Math.abs(target - current);
  if (current === 0) return diff === 0 ? 0 : Infinity;
  return diff / Math.abs(current);
}

/**
 * Score a goal 0–5. With `current` and `target` (both, or neither), Achievable is judged
 * from them: met when |target − current| ≤ 30% of |current|.
 */
export function smartScore(goal: string, current?: number | null, target?: number | null): SmartResult | SalesError {
  if (typeof goal !== "string" || goal.trim() === "") return fail("#VALUE!", "smart.goalText");
  const hasCurrent = current !== null && current !== undefined;
  const hasTarget = target !== null && target !== undefined;
  if (hasCurrent !== hasTarget) return fail("#VALUE!", "smart.needBoth");
  let values: { current: number; target: number } | null = null;
  if (hasCurrent && hasTarget) {
    const c = checkNumber(SMART_ARGS.current, current);
    if (typeof c !== "number") return c;
    const t = checkNumber(SMART_ARGS.target, target);
    if (typeof t !== "number") return t;
    values = { current: c, target: t };
  }

  const text = prepare(goal);
  const quantityText = NUMERIC_TIME_TEST.test(text) ? text.replace(NUMERIC_TIME, " ") : text;
  const measurable = QUANTITY.test(quantityText);
  const relevant = KPI.test(text);
  const specific = SCOPE.test(text) || (relevant && measurable);
  const timeBound = NUMERIC_TIME_TEST.test(text) || TIME_WORDS.test(text);

  let achievable: boolean;
  let change: { from: "values" | "text"; ratio: number | null };
  if (values) {
    achievable = Math.abs(values.target - values.current) <= ACHIEVABLE_CHANGE * Math.abs(values.current) * (1 + 1e-12);
    change = { from: "values", ratio: relativeChange(values.current, values.target) };
  } else {
    const ratio = statedChange(text);
    achievable = measurable && (ratio === null || ratio <= ACHIEVABLE_CHANGE + 1e-9);
    change = { from: "text", ratio };
  }

  const met: Record<SmartCriterion, boolean> = { specific, measurable, achievable, relevant, timeBound };
  const score = (specific ? 1 : 0) + (measurable ? 1 : 0) + (achievable ? 1 : 0) + (relevant ? 1 : 0) + (timeBound ? 1 : 0);
  return { score, met, change };
}
