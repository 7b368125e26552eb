/**
 * The workbook's words that the task pane shows on its first screen, in zh-CN, zh-TW and en:
 * the key figure of each phase and the warning for typed daily figures below what the funnel
 * needs (the plan summary), and the sprint inputs' field names (the input error messages,
 * ./inputs.ts). Their one home: the workbook reads them through ./sheet.ts (SheetStrings
 * extends PlanWords), the pane from here, so the pane's start does not carry every workbook word
 * in three languages (bench/bundle.bench.ts, docs/figures.md).
 */
import { format, type Locale } from "./locale";
import type { SprintPlan } from "../domain/sprint";
import { showNumber } from "../domain/errors";
import type { DailyMetric, SprintField } from "../domain/vocabulary";

export interface PlanWords {
  /** The key figure of each phase (classified / demos / quotes / contracts). */
  phaseKeyFigures: readonly [string, string, string, string];
  /**
   * Typed per-rep daily figures below what the funnel needs to reach the target (pane summary,
   * command line): {list} joins activityNeed items with listSeparator.
   */
  activityShort: string;
  activityNeed: Record<DailyMetric, string>;
  listSeparator: string;
  /** Sprint-input validation (src/domain/sprint.ts). */
  fields: Record<SprintField, string>;
}

export const PLAN_WORDS: Readonly<Record<Locale, PlanWords>> = {
  "zh-CN": {
    phaseKeyFigures: ["客户分类数", "产品演示数", "报价数", "签约数"],
    activityShort: "您填写的每人每个工作日数低于漏斗达成目标所需：{list}。",
    activityNeed: {
      leads: "线索 {have}，需要 {need}",
      calls: "电话 {have}，需要 {need}",
      emails: "邮件 {have}，需要 {need}",
      demos: "演示 {have}，需要 {need}",
      quotes: "报价 {have}，需要 {need}",
      deals: "成交 {have}，需要 {need}",
    },
    listSeparator: "；",
    fields: {
      target: "冲刺目标",
      avgOrderValue: "平均订单金额",
      conversion: "转化率",
      funnelShares: "漏斗基准占比",
      owners: "负责人",
      start: "开始日期",
      days: "冲刺天数",
      weekends: "周末算工作日",
      calendar: "工作日历",
      dailyActivity: "每日活动目标",
      thresholds: "阈值",
      tiers: "目标档位",
      currency: "货币符号",
    },
  },
  "zh-TW": {
    phaseKeyFigures: ["客戶分類數", "產品演示數", "報價數", "簽約數"],
    activityShort: "您填寫的每人每個工作日數低於漏斗達成目標所需：{list}。",
    activityNeed: {
      leads: "線索 {have}，需要 {need}",
      calls: "電話 {have}，需要 {need}",
      emails: "郵件 {have}，需要 {need}",
      demos: "演示 {have}，需要 {need}",
      quotes: "報價 {have}，需要 {need}",
      deals: "成交 {have}，需要 {need}",
    },
    listSeparator: "；",
    fields: {
      target: "衝刺目標",
      avgOrderValue: "平均訂單金額",
      conversion: "轉化率",
      funnelShares: "漏斗基準佔比",
      owners: "負責人",
      start: "開始日期",
      days: "衝刺天數",
      weekends: "週末算工作日",
      calendar: "工作日曆",
      dailyActivity: "每日活動目標",
      thresholds: "門檻",
      tiers: "目標檔位",
      currency: "貨幣符號",
    },
  },
  en: {
    phaseKeyFigures: ["Customers classified", "Demos", "Quotes", "Contracts"],
    activityShort: "A per-rep daily figure you typed is below what the funnel needs to reach the target: {list}.",
    activityNeed: {
      leads: "{have} leads, {need} needed",
      calls: "{have} calls, {need} needed",
      emails: "{have} emails, {need} needed",
      demos: "{have} demos, {need} needed",
      quotes: "{have} quotes, {need} needed",
      deals: "{have} deals, {need} needed",
    },
    listSeparator: "; ",
    fields: {
      target: "Sprint target",
      avgOrderValue: "Average order value",
      conversion: "Conversion rate",
      funnelShares: "Funnel benchmark shares",
      owners: "Owners",
      start: "Start date",
      days: "Sprint length",
      weekends: "Weekends as working days",
      calendar: "Working calendar",
      dailyActivity: "Daily activity targets",
      thresholds: "Thresholds",
      tiers: "Target tiers",
      currency: "Currency symbol",
    },
  },};

/** Null when no typed per-rep daily figure is below what the funnel needs; else which are, in `locale`. */
export function activityShortText(plan: SprintPlan, locale: Locale): string | null {
  if (plan.activityShort.length === 0) return null;
  const s = PLAN_WORDS[locale];
  const list = plan.activityShort.map((k) =>
    format(s.activityNeed[k], { have: showNumber(plan.inputs.dailyActivity[k] ?? 0), need: showNumber(plan.activityNeeded[k]) }),
  );
  return format(s.activityShort, { list: list.join(s.listSeparator) });
}
