/**
 * Localized help for the SALES.* custom functions: what each function answers, each
 * parameter (keyed by its exact name in src/functions/functions.ts) and the result.
 *
 * The English text is the JSDoc of src/functions/functions.ts, word for word (a test
 * holds them together); the build turns functions.json plus this file into
 * functions.zh-cn.json and functions.zh-tw.json, and the task pane's reference card
 * shows it. Function and parameter names stay English, as Excel's own do.
 */
import type { Localized } from "./locale";
import type { FunctionId, ParamName } from "../domain/vocabulary";

export interface FunctionHelp {
  description: Localized;
  /** Keyed by parameter name: one entry per parameter of FUNCTION_PARAMETERS (src/domain/vocabulary.ts), in its order. */
  params: Readonly<Record<string, Localized>>;
  result: Localized;
}

/** What the declaration below must satisfy: exactly the parameter names the domain declares. */
type HelpOf<F extends FunctionId> = Omit<FunctionHelp, "params"> & { params: Record<ParamName<F>, Localized> };

export const FUNCTION_HELP: Readonly<Record<FunctionId, FunctionHelp>> = {
  REQUIRED_LEADS: {
    description: {
      "zh-CN": "达成销售额目标所需的线索数：目标 ÷ 客单价 ÷ 转化率 ÷ 期数，向上取整。",
      "zh-TW": "達成銷售額目標所需的線索數：目標 ÷ 平均訂單金額 ÷ 轉化率 ÷ 期數，無條件進位取整數。",
      en: "Leads needed to reach a revenue target: target ÷ average order value ÷ conversion rate ÷ periods, rounded up to a whole number.",
    },
    params: {
      target: {
        "zh-CN": "整个周期的销售额目标，如 100000。",
        "zh-TW": "整個期間的銷售額目標，如 100000。",
        en: "Revenue target for the whole time span, e.g. 100000.",
      },
      avg_order_value: {
        "zh-CN": "客单价（每笔成交的平均金额），大于 0，如 5000。",
        "zh-TW": "平均訂單金額（每筆成交的平均金額），大於 0，如 5000。",
        en: "Average order value (revenue per deal), greater than 0, e.g. 5000.",
      },
      conversion_rate: {
        "zh-CN": "线索到成交的转化率，按百分比输入，如 5%；也可以是各阶段转化率组成的区域，会相乘。",
        "zh-TW": "線索到成交的轉化率，按百分比輸入，如 5%；也可以是各階段轉化率組成的範圍，會相乘。",
        en: "Lead-to-deal conversion rate as a percentage, e.g. 5%; or a range of stage-to-stage rates, which are multiplied.",
      },
      periods: {
        "zh-CN": "可选。把线索分摊到几期，如一个月按周分摊填 4（默认 1）。",
        "zh-TW": "選填。把線索分攤到幾期，如一個月按週分攤填 4（預設 1）。",
        en: "Optional. Number of periods to spread the leads over, e.g. 4 for weekly leads in a month (default 1).",
      },
    },
    result: {
      "zh-CN": "每期所需的线索数（整数）。",
      "zh-TW": "每期所需的線索數（整數）。",
      en: "Whole number of leads needed per period.",
    },
  },
  SPLIT_TARGET: {
    description: {
      "zh-CN": "把目标平均或按权重拆分成若干份，每份是 round_to 的倍数，合计正好等于总数。",
      "zh-TW": "把目標平均或按權重拆分成若干份，每份是 round_to 的倍數，合計正好等於總數。",
      en: "Splits a target into equal or weighted parts that are multiples of round_to and add up to the total exactly.",
    },
    params: {
      total: {
        "zh-CN": "要拆分的目标，如 500000。",
        "zh-TW": "要拆分的目標，如 500000。",
        en: "The target to split, e.g. 500000.",
      },
      parts_or_weights: {
        "zh-CN": "整数 n：平均分成 n 份，向下溢出为一列；或权重区域（空白视为 0）：按比例拆分，结果与区域形状相同。",
        "zh-TW": "整數 n：平均分成 n 份，向下溢出為一欄；或權重範圍（空白視為 0）：按比例拆分，結果與範圍形狀相同。",
        en: "A whole number n for n equal parts down a column, or a range of weights (blank counts as 0) for proportional parts in the same shape.",
      },
      round_to: {
        "zh-CN": "可选。每份取整为它的倍数，如 1000（默认 1）；不足一份的余数计入第一份。",
        "zh-TW": "選填。每份取整為它的倍數，如 1000（預設 1）；不足一份的餘數計入第一份。",
        en: "Optional. Each part is a multiple of this, e.g. 1000 (default 1); a leftover smaller than it goes to the first part.",
      },
    },
    result: {
      "zh-CN": "拆分后的各份（溢出）：平均拆分为一列，按权重拆分与权重区域形状相同。",
      "zh-TW": "拆分後的各份（溢出）：平均拆分為一欄，按權重拆分與權重範圍形狀相同。",
      en: "The parts, spilled: a column for n equal parts, or the shape of the weights range.",
    },
  },
  SMART_SCORE: {
    description: {
      "zh-CN": "按 SMART 原则给销售目标打分（0–5）：具体、可衡量、可实现、相关、有时限各 1 分；支持中文和英文。",
      "zh-TW": "依 SMART 原則為銷售目標評分（0–5）：具體、可衡量、可實現、相關、有時限各 1 分；支援中文和英文。",
      en: "Scores a sales goal 0–5, one point each for Specific, Measurable, Achievable, Relevant and Time-bound (SMART); Chinese or English text.",
    },
    params: {
      goal: {
        "zh-CN": "目标文字，如“在接下来的30天内将A产品的销售额提高15%”。",
        "zh-TW": "目標文字，如「在接下來的30天內將A產品的銷售額提高15%」。",
        en: "The goal as text, e.g. “Increase sales of product A by 15% in the next 30 days”.",
      },
      current: {
        "zh-CN": "可选。指标的当前值（如本月销售额）；与 target 一起用于判断“可实现”（变化在 30% 以内）。",
        "zh-TW": "選填。指標的目前值（如本月銷售額）；與 target 一起用於判斷「可實現」（變化在 30% 以內）。",
        en: "Optional. Current value of the KPI, e.g. this month's revenue; with target, it judges Achievable (a change within 30%).",
      },
      target: {
        "zh-CN": "可选。指标的目标值；需与 current 一起填写。",
        "zh-TW": "選填。指標的目標值；需與 current 一起填寫。",
        en: "Optional. Target value of the KPI; give it together with current.",
      },
      explain: {
        "zh-CN": "可选。为 TRUE 时返回说明而不是分数：缺少哪些标准，并各附改进建议（默认 FALSE）。",
        "zh-TW": "選填。為 TRUE 時傳回說明而不是分數：缺少哪些標準，並各附改進建議（預設 FALSE）。",
        en: "Optional. TRUE returns an explanation instead of the score: the missing criteria, each with a hint (default FALSE).",
      },
    },
    result: {
      "zh-CN": "0 到 5 的整数；explain 为 TRUE 时返回说明文字。",
      "zh-TW": "0 到 5 的整數；explain 為 TRUE 時傳回說明文字。",
      en: "Whole number from 0 to 5, or the explanation text when explain is TRUE.",
    },
  },
  FUNNEL_STAGE: {
    description: {
      "zh-CN": "销售漏斗计算（默认：线索获取 100%、初步接触 70%、需求确认 40%、提案 20%、成交 8%）：某阶段的预计数量、整个漏斗，或实际数量中的瓶颈阶段。",
      "zh-TW": "銷售漏斗計算（預設：線索獲取 100%、初步接觸 70%、需求確認 40%、提案 20%、成交 8%）：某階段的預計數量、整個漏斗，或實際數量中的瓶頸階段。",
      en: "Sales funnel math with default stages Leads 100%, Contacted 70%, Qualified 40%, Proposal 20%, Won 8%: expected count at a stage, the whole funnel, or the bottleneck of actual counts.",
    },
    params: {
      leads_or_counts: {
        "zh-CN": "进入漏斗的线索数；或各阶段实际数量组成的一行或一列（5 个值）。",
        "zh-TW": "進入漏斗的線索數；或各階段實際數量組成的一列或一欄（5 個值）。",
        en: "A number of leads entering the funnel, or a row or column of actual counts per stage (5 values).",
      },
      stage: {
        "zh-CN": "可选。阶段名称（中文或英文，如“提案”或“Proposal”）或序号 1–5；与线索数一起使用时返回该阶段的预计数量。",
        "zh-TW": "選填。階段名稱（中文或英文，如「提案」或「Proposal」）或序號 1–5；與線索數一起使用時傳回該階段的預計數量。",
        en: "Optional. Stage name in Chinese or English (e.g. “提案” or “Proposal”) or its number 1–5; with a number of leads, returns the expected count there.",
      },
      shares: {
        "zh-CN": "可选。自定义各阶段占线索的比例：5 个从 100% 起逐级递减的百分比（默认 100%、70%、40%、20%、8%）。",
        "zh-TW": "選填。自訂各階段占線索的比例：5 個從 100% 起逐級遞減的百分比（預設 100%、70%、40%、20%、8%）。",
        en: "Optional. Your own share of leads reaching each stage: 5 percentages falling from 100% (default 100%, 70%, 40%, 20%, 8%).",
      },
    },
    result: {
      "zh-CN": "指定 stage 时为预计数量；只给线索数时溢出整个漏斗（阶段、占比、数量）；给各阶段数量时为瓶颈阶段名称，无瓶颈则为“健康”。",
      "zh-TW": "指定 stage 時為預計數量；只給線索數時溢出整個漏斗（階段、占比、數量）；給各階段數量時為瓶頸階段名稱，無瓶頸則為「健康」。",
      en: "The expected count (with stage); the funnel as rows of stage, share and count (leads only); or the bottleneck stage name, or Healthy (counts).",
    },
  },
  HIT_CHANCE: {
    description: {
      "zh-CN": "达成销售额目标的概率（0 到 1），根据到目前为止每个工作日填报的收入和剩余工作日估算。",
      "zh-TW": "達成銷售額目標的機率（0 到 1），根據到目前為止每個工作日填報的收入和剩餘工作日估算。",
      en: "Chance (0 to 1) of reaching a revenue target, judged from the revenue of each working day reported so far and the working days left.",
    },
    params: {
      target: {
        "zh-CN": "整个冲刺的销售额目标，如 500000。",
        "zh-TW": "整個衝刺的銷售額目標，如 500000。",
        en: "The revenue target for the whole sprint, e.g. 500000.",
      },
      actuals: {
        "zh-CN": "到目前为止每个工作日的收入，区域或数组：空白单元格表示当天未填报，0 表示当天没有收入；至少要有 5 个已填报的工作日。",
        "zh-TW": "到目前為止每個工作日的收入，範圍或陣列：空白儲存格表示當天未填報，0 表示當天沒有收入；至少要有 5 個已填報的工作日。",
        en: "Revenue of each working day so far, a range or array: a blank cell is a day not reported, 0 a day without revenue; at least 5 reported days.",
      },
      remaining_days: {
        "zh-CN": "冲刺剩余的工作日数（整数），如 10。",
        "zh-TW": "衝刺剩餘的工作日數（整數），如 10。",
        en: "Working days left in the sprint, a whole number, e.g. 10.",
      },
      done_so_far: {
        "zh-CN": "可选。到目前为止已完成的收入，当它不等于 actuals 之和时填写（如包含日报之前的收入）。",
        "zh-TW": "選填。到目前為止已完成的收入，當它不等於 actuals 之和時填寫（如包含日報之前的收入）。",
        en: "Optional. Revenue done so far, when it is not the sum of actuals (e.g. it includes revenue from before the daily log).",
      },
    },
    result: {
      "zh-CN": "0 到 1 之间的概率（请把单元格设为百分比格式）：已达成目标时为 1，没有剩余工作日时为 0，已填报的天数太少无法判断时为 #N/A。",
      "zh-TW": "0 到 1 之間的機率（請把儲存格設為百分比格式）：已達成目標時為 1，沒有剩餘工作日時為 0，已填報的天數太少無法判斷時為 #N/A。",
      en: "A chance from 0 to 1 (format the cell as a percentage): 1 once the target is reached, 0 when no working day is left, #N/A when the days reported are too few to judge.",
    },
  },
} satisfies { readonly [F in FunctionId]: HelpOf<F> };
