/**
 * Every message the sales functions can show, in zh-CN, zh-TW and en, keyed by message key.
 *
 * Error messages name the argument (`{arg}`, exactly as Excel shows the parameter) and its
 * valid range (`{range}`, itself one of the `range.*` phrases). Excel shows a custom message
 * only with #VALUE! and #N/A; the #DIV/0! and #NUM! messages are still used by the task pane
 * and by SMART_SCORE's explanation, and keep the catalog honest.
 *
 * Placeholders: `{name}` is filled by `format` (src/i18n/locale.ts). A test checks that each
 * key has all three languages with the same placeholders, and that every key is used.
 */
import { format, type Locale, type Localized } from "./locale";
import type { ErrorKey } from "../domain/errorKeys";
import type { SalesError, ErrorParams } from "../domain/errors";

/** Phrases the edge composes (SMART_SCORE's explanation, FUNNEL_STAGE's "healthy"), not error keys. */
type PhraseKey =
  | "funnel.healthy"
  | "smart.summary"
  | "smart.allMet"
  | "smart.missing"
  | "smart.item"
  | "smart.separator"
  | "smart.name.specific"
  | "smart.name.measurable"
  | "smart.name.achievable"
  | "smart.name.relevant"
  | "smart.name.timeBound"
  | "smart.hint.specific"
  | "smart.hint.measurable"
  | "smart.hint.achievableValues"
  | "smart.hint.achievableText"
  | "smart.hint.achievableNone"
  | "smart.hint.relevant"
  | "smart.hint.timeBound";

/** Every key the catalog translates: the domain's error keys (src/domain/errorKeys.ts) and the edge's phrases. */
export type MessageKey = ErrorKey | PhraseKey;

export const MESSAGES: { readonly [K in MessageKey]: Localized } = {
  // ---- phrases for {range} -------------------------------------------------------------
  "range.between": {
    "zh-CN": "{min} 到 {max} 之间的数字",
    "zh-TW": "{min} 到 {max} 之間的數字",
    en: "a number from {min} to {max}",
  },
  "range.aboveAtMost": {
    "zh-CN": "大于 {min} 且不超过 {max} 的数字",
    "zh-TW": "大於 {min} 且不超過 {max} 的數字",
    en: "a number greater than {min} and at most {max}",
  },
  "range.wholeBetween": {
    "zh-CN": "{min} 到 {max} 之间的整数",
    "zh-TW": "{min} 到 {max} 之間的整數",
    en: "a whole number from {min} to {max}",
  },

  // ---- argument errors (#VALUE! unless noted) -------------------------------------------
  "arg.notNumber": {
    "zh-CN": "{arg} 必须是{range}；“{value}”不是数字。",
    "zh-TW": "{arg} 必須是{range}；「{value}」不是數字。",
    en: "{arg} must be {range}; “{value}” is not a number.",
  },
  "arg.outOfRange": {
    "zh-CN": "{arg} 必须是{range}，当前为 {value}。",
    "zh-TW": "{arg} 必須是{range}，目前為 {value}。",
    en: "{arg} must be {range}; got {value}.",
  },
  "arg.percentTyped": {
    "zh-CN": "{arg} 为 {value}：是不是把 {value}% 输成了 {value}？比率请输入百分数（如 5%）或小数（如 0.05）；{arg} 必须是{range}。",
    "zh-TW": "{arg} 為 {value}：是不是把 {value}% 輸成了 {value}？比率請輸入百分比（如 5%）或小數（如 0.05）；{arg} 必須是{range}。",
    en: "{arg} is {value}: did you type {value} instead of {value}%? Enter a rate as a percentage (5%) or a fraction (0.05); {arg} must be {range}.",
  },
  /** #DIV/0! */
  "arg.zeroDivides": {
    "zh-CN": "{arg} 为 0，而公式要除以它。",
    "zh-TW": "{arg} 為 0，而公式要除以它。",
    en: "{arg} is 0, and the formula divides by it.",
  },
  "arg.notSingle": {
    "zh-CN": "{arg} 必须是单个值，不能是区域。",
    "zh-TW": "{arg} 必須是單一值，不能是範圍。",
    en: "{arg} must be a single value, not a range.",
  },
  "arg.notBoolean": {
    "zh-CN": "{arg} 必须是 TRUE 或 FALSE，当前为“{value}”。",
    "zh-TW": "{arg} 必須是 TRUE 或 FALSE，目前為「{value}」。",
    en: "{arg} must be TRUE or FALSE; got “{value}”.",
  },
  "arg.notText": {
    "zh-CN": "{arg} 必须是文字。",
    "zh-TW": "{arg} 必須是文字。",
    en: "{arg} must be text.",
  },
  "arg.notLine": {
    "zh-CN": "{arg} 必须是一行或一列单元格，当前为 {rows} 行 × {cols} 列。",
    "zh-TW": "{arg} 必須是一列或一欄儲存格，目前為 {rows} 列 × {cols} 欄。",
    en: "{arg} must be a single row or column of cells; got {rows} rows × {cols} columns.",
  },
  "arg.lineLength": {
    "zh-CN": "{arg} 必须正好有 {expected} 个值（每个漏斗阶段一个），当前有 {got} 个。",
    "zh-TW": "{arg} 必須正好有 {expected} 個值（每個漏斗階段一個），目前有 {got} 個。",
    en: "{arg} must have exactly {expected} values (one per funnel stage); got {got}.",
  },
  "arg.tooManyCells": {
    "zh-CN": "{arg} 有 {got} 个单元格，最多允许 {max} 个。",
    "zh-TW": "{arg} 有 {got} 個儲存格，最多允許 {max} 個。",
    en: "{arg} has {got} cells; at most {max} are allowed.",
  },
  "arg.empty": {
    "zh-CN": "{arg} 没有任何值：请至少输入一个{range}。",
    "zh-TW": "{arg} 沒有任何值：請至少輸入一個{range}。",
    en: "{arg} has no values: enter at least one, {range}.",
  },

  // ---- REQUIRED_LEADS ---------------------------------------------------------------------
  /** #NUM! */
  "leads.tooLarge": {
    "zh-CN": "所需线索数过大（{max} 以上），无法精确计算。",
    "zh-TW": "所需線索數過大（{max} 以上），無法精確計算。",
    en: "The number of leads is too large to compute exactly (above {max}).",
  },

  // ---- SPLIT_TARGET -----------------------------------------------------------------------
  /** #DIV/0! */
  "split.weightsZero": {
    "zh-CN": "parts_or_weights 的权重全为 0（或空白），无法按比例分配。",
    "zh-TW": "parts_or_weights 的權重全為 0（或空白），無法按比例分配。",
    en: "All weights in parts_or_weights are 0 (or blank), so there is nothing to split by.",
  },
  /** #NUM! */
  "split.tooPrecise": {
    "zh-CN": "total 除以 round_to 的份数过多，无法精确拆分；请把 round_to 设大一些。",
    "zh-TW": "total 除以 round_to 的份數過多，無法精確拆分；請把 round_to 設大一些。",
    en: "total divided by round_to is too large to split exactly; use a larger round_to.",
  },

  // ---- SMART_SCORE ------------------------------------------------------------------------
  "smart.goalText": {
    "zh-CN": "goal 必须是文字：请用一句话写出目标。",
    "zh-TW": "goal 必須是文字：請用一句話寫出目標。",
    en: "goal must be text: write the goal as a sentence.",
  },
  "smart.needBoth": {
    "zh-CN": "current 和 target 要么都填写，要么都留空。",
    "zh-TW": "current 和 target 要麼都填寫，要麼都留空。",
    en: "Give both current and target, or leave both out.",
  },

  // ---- FUNNEL_STAGE -----------------------------------------------------------------------
  /** #N/A */
  "funnel.unknownStage": {
    "zh-CN": "未知的漏斗阶段“{stage}”。请输入阶段名称（{names}）或 1 到 {count} 的序号。",
    "zh-TW": "未知的漏斗階段「{stage}」。請輸入階段名稱（{names}）或 1 到 {count} 的序號。",
    en: "Unknown funnel stage “{stage}”. Use a stage name ({names}) or a number from 1 to {count}.",
  },
  "funnel.stageWithCounts": {
    "zh-CN": "只有当 leads_or_counts 是线索数时才能指定 stage；传入各阶段数量（一行或一列）时请省略 stage。",
    "zh-TW": "只有當 leads_or_counts 是線索數時才能指定 stage；傳入各階段數量（一列或一欄）時請省略 stage。",
    en: "stage only applies to a number of leads; leave it out when leads_or_counts is a row or column of stage counts.",
  },
  /** #DIV/0! */
  "funnel.noLeads": {
    "zh-CN": "第一阶段数量为 0，无法计算各阶段转化率。",
    "zh-TW": "第一階段數量為 0，無法計算各階段轉化率。",
    en: "The first stage count is 0, so no stage conversion can be computed.",
  },
  "funnel.sharesIncrease": {
    "zh-CN": "shares 不能逐阶段增加：shares[{index}] 大于 shares[{prev}]。",
    "zh-TW": "shares 不能逐階段增加：shares[{index}] 大於 shares[{prev}]。",
    en: "shares must not increase from one stage to the next: shares[{index}] is larger than shares[{prev}].",
  },
  "funnel.sharesFirst": {
    "zh-CN": "shares[1]（第一阶段占比）必须大于 0%。",
    "zh-TW": "shares[1]（第一階段占比）必須大於 0%。",
    en: "shares[1] (the first stage's share) must be greater than 0%.",
  },
  "funnel.healthy": {
    "zh-CN": "健康",
    "zh-TW": "健康",
    en: "Healthy",
  },

  // ---- HIT_CHANCE (#N/A: not enough data) ---------------------------------------------------
  "chance.tooFewDays": {
    "zh-CN": "{arg} 中只有 {n} 个已填报的工作日，至少要有 {min} 个才能估算达成概率（空白单元格表示当天未填报，0 表示当天没有收入）。",
    "zh-TW": "{arg} 中只有 {n} 個已填報的工作日，至少要有 {min} 個才能估算達成機率（空白儲存格表示當天未填報，0 表示當天沒有收入）。",
    en: "{arg} has only {n} reported working days; the chance needs at least {min} (a blank cell is a day not reported, 0 a day without revenue).",
  },
  "chance.noSpread": {
    "zh-CN": "{arg} 中已填报的 {n} 个工作日收入都相同（{value}），没有起伏，无法估算达成概率。",
    "zh-TW": "{arg} 中已填報的 {n} 個工作日收入都相同（{value}），沒有起伏，無法估算達成機率。",
    en: "All {n} reported working days in {arg} have the same revenue ({value}); with no ups and downs there is nothing to judge the chance from.",
  },

  // ---- SMART_SCORE explanation (explain = TRUE) ------------------------------------------
  "smart.summary": {
    "zh-CN": "SMART 得分：{score}/5。",
    "zh-TW": "SMART 得分：{score}/5。",
    en: "SMART score: {score}/5.",
  },
  "smart.allMet": {
    "zh-CN": "五项标准全部满足。",
    "zh-TW": "五項標準全部滿足。",
    en: "All five criteria are met.",
  },
  "smart.missing": {
    "zh-CN": "缺少：{list}",
    "zh-TW": "缺少：{list}",
    en: "Missing: {list}",
  },
  "smart.item": {
    "zh-CN": "{name}——{hint}",
    "zh-TW": "{name}——{hint}",
    en: "{name} ({hint})",
  },
  "smart.separator": {
    "zh-CN": "；",
    "zh-TW": "；",
    en: "; ",
  },
  "smart.name.specific": { "zh-CN": "具体", "zh-TW": "具體", en: "Specific" },
  "smart.name.measurable": { "zh-CN": "可衡量", "zh-TW": "可衡量", en: "Measurable" },
  "smart.name.achievable": { "zh-CN": "可实现", "zh-TW": "可實現", en: "Achievable" },
  "smart.name.relevant": { "zh-CN": "相关", "zh-TW": "相關", en: "Relevant" },
  "smart.name.timeBound": { "zh-CN": "有时限", "zh-TW": "有時限", en: "Time-bound" },
  "smart.hint.specific": {
    "zh-CN": "写明对象或做法：产品、客户群、渠道、区域或行动，如“通过电话销售，重点针对中小企业客户”",
    "zh-TW": "寫明對象或做法：產品、客戶群、通路、區域或行動，如「通過電話銷售，重點針對中小企業客戶」",
    en: "say what, for whom or how: product, customer segment, channel, region or action, e.g. “via phone sales to SME customers”",
  },
  "smart.hint.measurable": {
    "zh-CN": "加上数量或百分比，如“提高15%”或“每月新增10个客户”",
    "zh-TW": "加上數量或百分比，如「提高15%」或「每月新增10個客戶」",
    en: "add a number or percentage, e.g. “by 15%” or “10 new customers a month”",
  },
  "smart.hint.achievableValues": {
    "zh-CN": "目标与当前值相差 {change}，超过当前值的 30%；建议比基线高 10%–20%",
    "zh-TW": "目標與目前值相差 {change}，超過目前值的 30%；建議比基線高 10%–20%",
    en: "the target is {change} away from the current value, more than 30%; 10–20% above the baseline is realistic",
  },
  "smart.hint.achievableText": {
    "zh-CN": "文中的变化幅度为 {change}，超过 30%；建议比基线高 10%–20%",
    "zh-TW": "文中的變化幅度為 {change}，超過 30%；建議比基線高 10%–20%",
    en: "the stated change of {change} is more than 30%; 10–20% above the baseline is realistic",
  },
  "smart.hint.achievableNone": {
    "zh-CN": "写出具体数字，或填写 current 和 target，以便对照历史判断（变化在 30% 以内）",
    "zh-TW": "寫出具體數字，或填寫 current 和 target，以便對照歷史判斷（變化在 30% 以內）",
    en: "state a figure, or give current and target, so it can be judged against history (a change within 30%)",
  },
  "smart.hint.relevant": {
    "zh-CN": "与销售指标挂钩：销售额、客户数、转化率、回款、留存或利润",
    "zh-TW": "與銷售指標掛鉤：銷售額、客戶數、轉化率、回款、留存或利潤",
    en: "tie it to a sales KPI: revenue, customers, conversion, collections, retention or margin",
  },
  "smart.hint.timeBound": {
    "zh-CN": "加上期限或周期，如“30天内”“6月30日前”或“本季度”",
    "zh-TW": "加上期限或週期，如「30天內」「6月30日前」或「本季度」",
    en: "add a deadline or period, e.g. “within 30 days”, “by June 30” or “this quarter”",
  },

  // ---- sprint inputs ({field} is the input's label: sheet strings fields / inputs.items) ----
  "input.missing": {
    "zh-CN": "请填写{field}。",
    "zh-TW": "請填寫{field}。",
    en: "Enter the {field}.",
  },
  "input.notNumber": {
    "zh-CN": "{field}需要是数字，当前为“{value}”。",
    "zh-TW": "{field}需要是數字，目前為「{value}」。",
    en: "{field} must be a number; got “{value}”.",
  },
  "input.unit": {
    "zh-CN": "{field}不带单位“{unit}”：可写 {units}，或只写数字；当前为“{value}”。",
    "zh-TW": "{field}不帶單位「{unit}」：可寫 {units}，或只寫數字；目前為「{value}」。",
    en: "{field} does not take the unit “{unit}”: write {units}, or the number alone; got “{value}”.",
  },
  "input.noUnit": {
    "zh-CN": "{field}只写数字或百分比（如 5% 或 0.05），不带“{unit}”；当前为“{value}”。",
    "zh-TW": "{field}只寫數字或百分比（如 5% 或 0.05），不帶「{unit}」；目前為「{value}」。",
    en: "{field} takes a number or a percentage (5% or 0.05), not “{unit}”; got “{value}”.",
  },
  "input.wholeRange": {
    "zh-CN": "{field}必须是 {min} 到 {max} 之间的整数，当前为 {value}。",
    "zh-TW": "{field}必須是 {min} 到 {max} 之間的整數，目前為 {value}。",
    en: "{field} must be a whole number from {min} to {max}; got {value}.",
  },
  "input.numberRange": {
    "zh-CN": "{field}必须是 {min} 到 {max} 之间的数字，当前为 {value}。",
    "zh-TW": "{field}必須是 {min} 到 {max} 之間的數字，目前為 {value}。",
    en: "{field} must be a number from {min} to {max}; got {value}.",
  },
  "input.aboveAtMost": {
    "zh-CN": "{field}必须大于 {min} 且不超过 {max}，当前为 {value}。",
    "zh-TW": "{field}必須大於 {min} 且不超過 {max}，目前為 {value}。",
    en: "{field} must be greater than {min} and at most {max}; got {value}.",
  },
  "input.percentTyped": {
    "zh-CN": "{field}为 {value}（即 {pct}），必须大于 0% 且不超过 100%；如果想输入 {value}%，请写 {value}% 或 {fraction}。",
    "zh-TW": "{field}為 {value}（即 {pct}），必須大於 0% 且不超過 100%；如果想輸入 {value}%，請寫 {value}% 或 {fraction}。",
    en: "{field} is {value} (= {pct}) but must be above 0% and at most 100%; for {value}%, enter {value}% or {fraction}.",
  },
  "input.required": {
    "zh-CN": "{field}不能为空。",
    "zh-TW": "{field}不能為空。",
    en: "{field} must not be empty.",
  },
  "input.tooLong": {
    "zh-CN": "{field}“{value}”太长，最多 {max} 个字符。",
    "zh-TW": "{field}「{value}」太長，最多 {max} 個字元。",
    en: "{field} “{value}” is too long; at most {max} characters.",
  },
  "input.duplicate": {
    "zh-CN": "{field}“{value}”重复出现。",
    "zh-TW": "{field}「{value}」重複出現。",
    en: "{field} “{value}” appears more than once.",
  },
  "input.ownerEntry": {
    "zh-CN": "{field}：“{value}”不是“姓名”或“姓名:权重”（权重为大于 0 的数字）。",
    "zh-TW": "{field}：「{value}」不是「姓名」或「姓名:權重」（權重為大於 0 的數字）。",
    en: "{field}: “{value}” is not “name” or “name:weight” (a weight is a number above 0).",
  },
  "input.count": {
    "zh-CN": "{field}需要 {min} 到 {max} 个，当前为 {value} 个。",
    "zh-TW": "{field}需要 {min} 到 {max} 個，目前為 {value} 個。",
    en: "{field}: between {min} and {max} needed; got {value}.",
  },
  "input.date": {
    "zh-CN": "{field}必须是有效日期，如 2026-12-07、2026/12/7 或 2026年12月7日（{min} 到 {max}），当前为“{value}”。",
    "zh-TW": "{field}必須是有效日期，如 2026-12-07、2026/12/7 或 2026年12月7日（{min} 到 {max}），目前為「{value}」。",
    en: "{field} must be a valid date, e.g. 2026-12-07, 2026/12/7 or 2026年12月7日 ({min} to {max}); got “{value}”.",
  },
  "input.order": {
    "zh-CN": "{field}：红色阈值 {min} 不能高于绿色阈值 {max}。",
    "zh-TW": "{field}：紅色門檻 {min} 不能高於綠色門檻 {max}。",
    en: "{field}: the red threshold {min} must not be above the green threshold {max}.",
  },
  "input.sharesOrder": {
    "zh-CN": "{field}必须有 5 个从 0% 到 100% 的值，第一个大于 0，且逐级不升高。",
    "zh-TW": "{field}必須有 5 個從 0% 到 100% 的值，第一個大於 0，且逐級不升高。",
    en: "{field} must be 5 values from 0% to 100%, the first above 0, never rising from one stage to the next.",
  },
  "input.currency": {
    "zh-CN": "{field}最多 {max} 个字符，且不能包含引号，当前为“{value}”。",
    "zh-TW": "{field}最多 {max} 個字元，且不能包含引號，目前為「{value}」。",
    en: "{field} must be at most {max} characters without quotes; got “{value}”.",
  },
  "input.noWorkingDays": {
    "zh-CN": "{field}：这 {days} 天里没有一个工作日（都是周末或休息日），目标无处分配。请换开始日期或加长冲刺。",
    "zh-TW": "{field}：這 {days} 天裡沒有一個工作日（都是週末或休息日），目標無處分配。請更換開始日期或加長衝刺。",
    en: "{field}: none of these {days} days is a working day (all weekends or days off), so the target has nowhere to go. Choose another start date or a longer sprint.",
  },

  // ---- bugs -------------------------------------------------------------------------------
  "internal.error": {
    "zh-CN": "{fn} 发生意外错误，请联系加载项支持并附上所用参数。",
    "zh-TW": "{fn} 發生意外錯誤，請聯絡增益集支援並附上所用參數。",
    en: "Unexpected error in {fn}. Please report it to the add-in's support with the arguments used.",
  },
};

function lookup(key: string, locale: Locale): string | undefined {
  const entry = (MESSAGES as Readonly<Record<string, Localized | undefined>>)[key];
  return entry ? entry[locale] : undefined;
}

/**
 * Parameters for one language: a parameter `name@zh-CN` (say) replaces `name` in zh-CN,
 * for values that are words rather than numbers (e.g. a list of stage names).
 */
function localParams(params: ErrorParams, locale: Locale): ErrorParams {
  const suffix = "@" + locale;
  let out = params;
  for (const k of Object.keys(params)) {
    if (k.endsWith(suffix)) {
      if (out === params) out = { ...params };
      out[k.slice(0, -suffix.length)] = params[k];
    }
  }
  return out;
}

/**
 * A message key and its parameters in one language. A `range` parameter that is itself a
 * catalog key (e.g. "range.between") is rendered first, with the same parameters, and
 * substituted as {range}. An unknown key renders the generic "unexpected error" message.
 */
export function renderMessage(key: string, params: ErrorParams, locale: Locale): string {
  let p = localParams(params, locale);
  const range = p.range;
  if (typeof range === "string" && range.startsWith("range.")) {
    const rendered = lookup(range, locale);
    if (rendered !== undefined) p = { ...p, range: format(rendered, p) };
  }
  const template = lookup(key, locale);
  if (template === undefined) {
    return format(lookup("internal.error", locale) ?? "Unexpected error ({fn}).", { fn: key });
  }
  return format(template, p);
}

/** A function's error value in the user's language: names the argument and its valid range. */
export function errorMessage(e: SalesError, locale: Locale): string {
  return renderMessage(e.key, e.params, locale);
}
