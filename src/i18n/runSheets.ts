/**
 * Words of the sheets that run the sprint day by day (daily log, team board, weekly review),
 * of the inputs they add and of the target table's opening-figure column, in zh-CN, zh-TW
 * and en (docs/using.md "Running the sprint day by day"). Kept apart from ./sheet (the plan's
 * sheets). `{name}` placeholders are filled with format() from ./locale.
 */
import type { Locale } from "./locale";
import type { BoardMetric, RunInputKey } from "../domain/run";
import type { BoardField, RunSheetKey } from "../domain/vocabulary";

export interface RunSheetStrings {
  sheetNames: Record<RunSheetKey, string>;
  /** The owner of a report typed as team totals (not an owner of the target table). */
  teamOwner: string;
  /** The target table's opening-figure column (the owner's figure from before the log). */
  targets: { opening: string };
  /** The inputs sheet's section for running the sprint. */
  inputs: { section: string; items: Record<RunInputKey, { label: string; note: string }> };
  /** The sprint sheet's hidden chart column (actual line, #N/A after the last reported day); {chart} is the chart's name (./sheet.ts chartName). */
  chartColumn: string;
  log: {
    title: string;
    hint: string;
    date: string;
    owner: string;
    note: string;
    ownerPrompt: string;
    ownerError: string;
    dateError: string;
  };
  board: {
    title: string;
    /** {days}: working days so far. */
    hint: string;
    toDateTitle: string;
    owner: string;
    rank: string;
    /** Sub-headers under each metric. */
    fields: Record<BoardField, string>;
    /** Metric names (leads, calls, emails, demos, quotes, deals, revenue). */
    metrics: Record<BoardMetric, string>;
    dayTitle: string;
    reportDate: string;
    weekTitle: string;
    /** {n}: week number. */
    week: string;
    weekFull: string;
    reached: string;
    adjust: string;
    adjustYes: string;
    leader: string;
    /** The chance-to-hit columns right of the to-date table (docs/chance.md "On the board"). */
    chance: {
      title: string;
      chance: string;
      help: string;
      helpYes: string;
      needDaily: string;
      last5: string;
      team: string;
    };
  };
  review: {
    title: string;
    hint: string;
    /** {n}: week number. */
    week: string;
    from: string;
    to: string;
    item: string;
    planned: string;
    actual: string;
    attainment: string;
    revenue: string;
    deals: string;
    bestOwner: string;
    weakestStage: string;
    conversion: string;
    benchmark: string;
    none: string;
  };
  /** The one weekly target (docs/domain.md §6) where the board and the review show it. */
  weeklyTarget: {
    /** The board's row of each week's team target. */
    row: string;
    /** Below the board's weekly table and the review's hint: the definition. */
    note: string;
  };
}

export const RUN_SHEET_STRINGS: Readonly<Record<Locale, RunSheetStrings>> = {
  "zh-CN": {
    sheetNames: { log: "日报", board: "看板", review: "周复盘" },
    teamOwner: "团队",
    targets: { opening: "期初实际（日报前）" },
    inputs: {
      section: "每日执行（日报与看板）",
      items: {
        DailyDemos: { label: "每人每个工作日演示数", note: "空：按计划（需求确认数按工作日和权重分配）；填数字：每人每个工作日都用此数" },
        DailyDeals: { label: "每人每个工作日成交数", note: "空：按计划（所需成交数按工作日和权重分配）；填数字：每人每个工作日都用此数" },
        AdjustLow: { label: "目标调整下限", note: "连续两个完整周低于此达成率：建议调整目标" },
        AdjustHigh: { label: "目标调整上限", note: "连续两个完整周高于此达成率：建议调整目标" },
        DailyLeads: { label: "每人每个工作日线索数", note: "空：按计划（所需线索数按工作日和权重分配）；填数字：每人每个工作日都用此数" },
        DailyQuotes: { label: "每人每个工作日报价数", note: "空：按计划（提案数按工作日和权重分配）；填数字：每人每个工作日都用此数" },
        ChanceWarn: { label: "达成概率预警线", note: "负责人的达成概率低于此值时，看板标记“需要支援”" },
      },
    },
    chartColumn: "{chart}实际线（图表用）",
    log: {
      title: "销售日报",
      hint: "每行一份日报：日期、负责人和当天数字。负责人不在目标表中（例如“团队”）时只计入团队每日合计。同一天同一负责人重复的行会标黄。",
      date: "日期",
      owner: "负责人",
      note: "备注",
      ownerPrompt: "从目标表的负责人中选择；只有团队合计时填“团队”",
      ownerError: "此负责人不在目标表中：该行只计入团队合计，不计入看板。",
      dateError: "日期不在冲刺期内：该行不会计入任何一天。",
    },
    board: {
      title: "团队看板",
      hint: "截至最后报告日，每位负责人的实际与目标。目标来自计划：计划截至该日的数量按目标表的权重分给每人，合计行就是计划；输入表中填了每人每日数的指标，每人目标 = 该数 × 已过工作日。",
      toDateTitle: "截至目前",
      owner: "负责人",
      rank: "排名",
      fields: { actual: "实际", target: "目标", pct: "完成率", status: "状态" },
      metrics: { leads: "线索", calls: "电话", emails: "邮件", demos: "演示", quotes: "报价", deals: "成交", revenue: "销售额" },
      dayTitle: "最后报告日：与当日目标对比",
      reportDate: "日期",
      weekTitle: "每周达成（销售额）",
      week: "第{n}周",
      weekFull: "完整周",
      reached: "达成周目标",
      adjust: "调整目标？",
      adjustYes: "建议调整",
      leader: "冲刺之星",
      chance: {
        title: "达成概率",
        chance: "达成概率",
        help: "需要支援？",
        helpYes: "需要支援",
        needDaily: "今后需日均",
        last5: "近5次日均",
        team: "团队达成概率",
      },
    },
    review: {
      title: "每周复盘",
      hint: "每周一块：计划与实际的销售额和成交数、达成率、本周最佳负责人，以及本周转化率相对基准最弱的漏斗阶段。",
      week: "第{n}周",
      from: "开始",
      to: "结束",
      item: "项目",
      planned: "计划",
      actual: "实际",
      attainment: "达成率",
      revenue: "销售额",
      deals: "成交数",
      bestOwner: "本周最佳",
      weakestStage: "最弱转化阶段",
      conversion: "本周转化率",
      benchmark: "基准转化率",
      none: "—",
    },
    weeklyTarget: {
      row: "本周目标（团队）",
      note: "本周目标 = 冲刺目标 × 本周工作日 ÷ 工作日数；完整工作周的本周目标即“输入”表的周目标。每位负责人按目标表中的份额计。",
    },
  },
  "zh-TW": {
    sheetNames: { log: "日報", board: "看板", review: "週複盤" },
    teamOwner: "團隊",
    targets: { opening: "期初實際（日報前）" },
    inputs: {
      section: "每日執行（日報與看板）",
      items: {
        DailyDemos: { label: "每人每個工作日演示數", note: "空：依計畫（需求確認數依工作日和權重分配）；填數字：每人每個工作日都用此數" },
        DailyDeals: { label: "每人每個工作日成交數", note: "空：依計畫（所需成交數依工作日和權重分配）；填數字：每人每個工作日都用此數" },
        AdjustLow: { label: "目標調整下限", note: "連續兩個完整週低於此達成率：建議調整目標" },
        AdjustHigh: { label: "目標調整上限", note: "連續兩個完整週高於此達成率：建議調整目標" },
        DailyLeads: { label: "每人每個工作日線索數", note: "空：依計畫（所需線索數依工作日和權重分配）；填數字：每人每個工作日都用此數" },
        DailyQuotes: { label: "每人每個工作日報價數", note: "空：依計畫（提案數依工作日和權重分配）；填數字：每人每個工作日都用此數" },
        ChanceWarn: { label: "達成機率預警線", note: "負責人的達成機率低於此值時，看板標記「需要支援」" },
      },
    },
    chartColumn: "{chart}實際線（圖表用）",
    log: {
      title: "銷售日報",
      hint: "每列一份日報：日期、負責人和當天數字。負責人不在目標表中（例如「團隊」）時只計入團隊每日合計。同一天同一負責人重複的列會標黃。",
      date: "日期",
      owner: "負責人",
      note: "備註",
      ownerPrompt: "從目標表的負責人中選擇；只有團隊合計時填「團隊」",
      ownerError: "此負責人不在目標表中：該列只計入團隊合計，不計入看板。",
      dateError: "日期不在衝刺期內：該列不會計入任何一天。",
    },
    board: {
      title: "團隊看板",
      hint: "截至最後報告日，每位負責人的實際與目標。目標來自計畫：計畫截至該日的數量依目標表的權重分給每人，合計列就是計畫；輸入表中填了每人每日數的指標，每人目標 = 該數 × 已過工作日。",
      toDateTitle: "截至目前",
      owner: "負責人",
      rank: "排名",
      fields: { actual: "實際", target: "目標", pct: "完成率", status: "狀態" },
      metrics: { leads: "線索", calls: "電話", emails: "郵件", demos: "演示", quotes: "報價", deals: "成交", revenue: "銷售額" },
      dayTitle: "最後報告日：與當日目標對比",
      reportDate: "日期",
      weekTitle: "每週達成（銷售額）",
      week: "第{n}週",
      weekFull: "完整週",
      reached: "達成週目標",
      adjust: "調整目標？",
      adjustYes: "建議調整",
      leader: "衝刺之星",
      chance: {
        title: "達成機率",
        chance: "達成機率",
        help: "需要支援？",
        helpYes: "需要支援",
        needDaily: "今後需日均",
        last5: "近5次日均",
        team: "團隊達成機率",
      },
    },
    review: {
      title: "每週複盤",
      hint: "每週一塊：計畫與實際的銷售額和成交數、達成率、本週最佳負責人，以及本週轉化率相對基準最弱的漏斗階段。",
      week: "第{n}週",
      from: "開始",
      to: "結束",
      item: "項目",
      planned: "計畫",
      actual: "實際",
      attainment: "達成率",
      revenue: "銷售額",
      deals: "成交數",
      bestOwner: "本週最佳",
      weakestStage: "最弱轉化階段",
      conversion: "本週轉化率",
      benchmark: "基準轉化率",
      none: "—",
    },
    weeklyTarget: {
      row: "本週目標（團隊）",
      note: "本週目標 = 衝刺目標 × 本週工作日 ÷ 工作日數；完整工作週的本週目標即「輸入」表的週目標。每位負責人按目標表中的份額計。",
    },
  },
  en: {
    sheetNames: { log: "Daily log", board: "Board", review: "Weekly review" },
    teamOwner: "Team",
    targets: { opening: "Opening actual (before the log)" },
    inputs: {
      section: "Running the sprint (log and board)",
      items: {
        DailyDemos: { label: "Demos per owner per working day", note: "Blank: from the plan (the qualified count over working days and owners); a number: every owner's figure each working day" },
        DailyDeals: { label: "Deals per owner per working day", note: "Blank: from the plan (the deals needed over working days and owners); a number: every owner's figure each working day" },
        AdjustLow: { label: "Adjust target below", note: "Two consecutive full weeks below this attainment: consider adjusting the target" },
        AdjustHigh: { label: "Adjust target above", note: "Two consecutive full weeks above this attainment: consider adjusting the target" },
        DailyLeads: { label: "Leads per owner per working day", note: "Blank: from the plan (the leads needed over working days and owners); a number: every owner's figure each working day" },
        DailyQuotes: { label: "Quotes per owner per working day", note: "Blank: from the plan (the proposal count over working days and owners); a number: every owner's figure each working day" },
        ChanceWarn: { label: "Chance warning level", note: "An owner whose chance to hit is below this is marked “needs help” on the board" },
      },
    },
    chartColumn: "{chart} actual line (chart)",
    log: {
      title: "Daily log",
      hint: "One row per report: date, owner and the day's figures. An owner who is not in the target table (e.g. \"Team\") counts toward the team's daily totals only. Two rows with the same date and owner are marked yellow.",
      date: "Date",
      owner: "Owner",
      note: "Note",
      ownerPrompt: "Pick an owner of the target table; type \"Team\" when you only have team totals",
      ownerError: "This owner is not in the target table: the row counts toward team totals only, not on the board.",
      dateError: "The date is outside the sprint: the row counts toward no day.",
    },
    board: {
      title: "Team board",
      hint: "Each owner to the last reported day against the target to date. Targets come from the plan: the plan's figure to date split over the owners by the target table's weights (the total row is the plan's); a metric with a per-rep daily figure typed on the Inputs sheet uses that figure × working days so far.",
      toDateTitle: "To date",
      owner: "Owner",
      rank: "Rank",
      fields: { actual: "Actual", target: "Target", pct: "%", status: "Status" },
      metrics: { leads: "Leads", calls: "Calls", emails: "Emails", demos: "Demos", quotes: "Quotes", deals: "Deals", revenue: "Revenue" },
      dayTitle: "Last reported day against that day's targets",
      reportDate: "Date",
      weekTitle: "Weekly attainment (revenue)",
      week: "Week {n}",
      weekFull: "Full week",
      reached: "Weekly target reached",
      adjust: "Adjust target?",
      adjustYes: "Consider adjusting",
      leader: "Star of the sprint",
      chance: {
        title: "Chance to hit",
        chance: "Chance to hit",
        help: "Needs help?",
        helpYes: "Needs help",
        needDaily: "Needed per day from now",
        last5: "Average, last 5 reports",
        team: "Team chance to hit",
      },
    },
    review: {
      title: "Weekly review",
      hint: "One block per week: planned and actual revenue and deals, attainment, the week's best owner and the funnel stage whose conversion fell furthest below its benchmark.",
      week: "Week {n}",
      from: "From",
      to: "To",
      item: "Item",
      planned: "Planned",
      actual: "Actual",
      attainment: "Attainment",
      revenue: "Revenue",
      deals: "Deals",
      bestOwner: "Best owner of the week",
      weakestStage: "Weakest conversion",
      conversion: "Conversion this week",
      benchmark: "Benchmark",
      none: "—",
    },
    weeklyTarget: {
      row: "Week's target (team)",
      note: "A week's target = sprint target × the week's working days ÷ working days; a full working week's is the Inputs sheet's weekly target. Each owner's is their share in the target table.",
    },
  },
};

export function runSheetStrings(locale: Locale): RunSheetStrings {
  return RUN_SHEET_STRINGS[locale];
}
