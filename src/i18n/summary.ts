/**
 * Words of the sprint summary (冲刺总览, src/workbook/summary.ts), the one-page answer to "how is
 * the sprint going?" that a recipient sees on opening the workbook, in zh-CN, zh-TW and en. The
 * headline's KPI names are the sprint sheet's (./sheet.ts `sprint.kpis`), the review's row names
 * the weekly review's and the leader's title the board's (./runSheets.ts): one word per figure.
 * `{name}` placeholders are filled with format() from ./locale, or with formulas by the builder.
 */
import type { Locale } from "./locale";
import type { SummaryTile } from "../domain/vocabulary";

export interface SummaryStrings {
  sheetName: string;
  title: string;
  /** The sprint's dates, working days and owners: {from}, {to}, {workingDays}, {owners}. */
  period: string;
  /** After `period` once a report is logged: {date} the last reported day. */
  asOf: string;
  /** After `period` before any report. */
  noReports: string;
  /** Tiles not on the sprint sheet's KPI strip. */
  tiles: { daysLeft: string; lastDay: string };
  /** Each tile's label before any report, when it shows a figure of the plan. */
  planTiles: Record<Exclude<SummaryTile, "target">, string>;
  /**
   * Lines under the tiles: {n} working days in the sprint; {day} of {days}; the sprint's last day;
   * under the projection, the team's chance to hit ({pct}, docs/chance.md).
   */
  tileNotes: { daysOf: string; dayOf: string; until: string; chance: string };
  ranking: {
    title: string;
    planTitle: string;
    rank: string;
    index: string;
    owner: string;
    revenue: string;
    target: string;
    pct: string;
    share: string;
    note: string;
    weekly: string;
    /** Between the top and the bottom of a long list: {n} owners not shown, {sheet} where they are. */
    more: string;
    belowRed: string;
    /** {who}: belowRedCount and dueCount (those not 0); {sheet}: the board. */
    attention: string;
    /** {n} owners below the red threshold {pct}. */
    belowRedCount: string;
    /** {n} owners the board flags for a target review (two full weeks outside the adjust limits). */
    dueCount: string;
    noAttention: string;
  };
  review: {
    /** {week}: the weekly review's heading of the week (第3周); {from}, {to}: its dates. */
    title: string;
    planTitle: string;
  };
  warnings: { title: string; none: string };
  /** {sheets}: the other sheets' names. */
  details: string;
  listSeparator: string;
}

export const SUMMARY_STRINGS: Readonly<Record<Locale, SummaryStrings>> = {
  "zh-CN": {
    sheetName: "冲刺总览",
    title: "冲刺总览",
    period: "冲刺期 {from} 至 {to} · {workingDays} 个工作日 · {owners} 位负责人",
    asOf: " · 数据截至 {date}（最后报告日）",
    noReports: " · 尚无日报：以下为计划，填写日报后显示进度",
    tiles: { daysLeft: "剩余工作日", lastDay: "最后报告日" },
    planTiles: {
      actualToDate: "每周目标",
      pacing: "平均每个工作日目标",
      attainment: "所需成交",
      projected: "所需线索",
      requiredDaily: "负责人",
      daysLeft: "工作日",
      lastDay: "开始日期",
    },
    tileNotes: { daysOf: "共 {n} 个工作日", dayOf: "第 {day} 天，共 {days} 天", until: "至 {date}", chance: "达成概率 {pct}" },
    ranking: {
      title: "负责人排名（销售额完成率）",
      planTitle: "负责人目标",
      rank: "名次",
      index: "序号",
      owner: "负责人",
      revenue: "销售额",
      target: "目标",
      pct: "完成率",
      share: "占团队",
      note: "备注",
      weekly: "每周目标",
      more: "…… 另有 {n} 位，见{sheet}",
      belowRed: "低于红线",
      attention: "需要关注：{who}（见{sheet}）",
      belowRedCount: "{n} 位低于红线（{pct}）",
      dueCount: "{n} 位建议调整目标",
      noAttention: "没有负责人低于红线（{pct}）或需要调整目标",
    },
    review: { title: "本周复盘：{week}（{from} 至 {to}）", planTitle: "{week}计划（{from} 至 {to}）" },
    warnings: { title: "预警", none: "无预警" },
    details: "详细数据：{sheets}",
    listSeparator: "、",
  },
  "zh-TW": {
    sheetName: "衝刺總覽",
    title: "衝刺總覽",
    period: "衝刺期 {from} 至 {to} · {workingDays} 個工作日 · {owners} 位負責人",
    asOf: " · 資料截至 {date}（最後報告日）",
    noReports: " · 尚無日報：以下為計畫，填寫日報後顯示進度",
    tiles: { daysLeft: "剩餘工作日", lastDay: "最後報告日" },
    planTiles: {
      actualToDate: "每週目標",
      pacing: "平均每個工作日目標",
      attainment: "所需成交",
      projected: "所需線索",
      requiredDaily: "負責人",
      daysLeft: "工作日",
      lastDay: "開始日期",
    },
    tileNotes: { daysOf: "共 {n} 個工作日", dayOf: "第 {day} 天，共 {days} 天", until: "至 {date}", chance: "達成機率 {pct}" },
    ranking: {
      title: "負責人排名（銷售額完成率）",
      planTitle: "負責人目標",
      rank: "名次",
      index: "序號",
      owner: "負責人",
      revenue: "銷售額",
      target: "目標",
      pct: "完成率",
      share: "占團隊",
      note: "備註",
      weekly: "每週目標",
      more: "…… 另有 {n} 位，見{sheet}",
      belowRed: "低於紅線",
      attention: "需要關注：{who}（見{sheet}）",
      belowRedCount: "{n} 位低於紅線（{pct}）",
      dueCount: "{n} 位建議調整目標",
      noAttention: "沒有負責人低於紅線（{pct}）或需要調整目標",
    },
    review: { title: "本週複盤：{week}（{from} 至 {to}）", planTitle: "{week}計畫（{from} 至 {to}）" },
    warnings: { title: "預警", none: "無預警" },
    details: "詳細資料：{sheets}",
    listSeparator: "、",
  },
  en: {
    sheetName: "Sprint summary",
    title: "Sprint summary",
    period: "Sprint {from} to {to} · {workingDays} working days · {owners} owners",
    asOf: " · figures as of {date} (last reported day)",
    noReports: " · no reports yet: this is the plan; progress shows once the daily log has reports",
    tiles: { daysLeft: "Working days left", lastDay: "Last reported day" },
    planTiles: {
      actualToDate: "Weekly target",
      pacing: "Average per working day",
      attainment: "Deals needed",
      projected: "Leads needed",
      requiredDaily: "Owners",
      daysLeft: "Working days",
      lastDay: "Start",
    },
    tileNotes: { daysOf: "of {n} working days", dayOf: "day {day} of {days}", until: "to {date}", chance: "Chance to hit: {pct}" },
    ranking: {
      title: "Owners by revenue attainment",
      planTitle: "Owners' targets",
      rank: "Rank",
      index: "No.",
      owner: "Owner",
      revenue: "Revenue",
      target: "Target",
      pct: "%",
      share: "Share",
      note: "Note",
      weekly: "Weekly target",
      more: "… {n} more, see {sheet}",
      belowRed: "Below red line",
      attention: "Needing attention: {who} (see {sheet})",
      belowRedCount: "{n} below the red line ({pct})",
      dueCount: "{n} due a target review",
      noAttention: "Nobody is below the red line ({pct}) or due a target review",
    },
    review: { title: "This week's review: {week} ({from} to {to})", planTitle: "{week} plan ({from} to {to})" },
    warnings: { title: "Warnings", none: "No warnings" },
    details: "Details: {sheets}",
    listSeparator: ", ",
  },
};

export function summaryStrings(locale: Locale): SummaryStrings {
  return SUMMARY_STRINGS[locale];
}
