/**
 * Words of the re-plan block on the sprint sheet (src/workbook/replan.ts), in zh-CN, zh-TW
 * and en. Kept apart from ./sheet.ts (owned by the workbook builders) so the re-plan can grow
 * without touching it; test/workbook/replan.test.ts checks every language has every string.
 */
import type { Locale } from "./locale";

export interface ReplanStrings {
  title: string;
  changeDate: string;
  fromDay: string;
  actualBefore: string;
  remaining: string;
  remainingDays: string;
  dailyRate: string;
  /** Column headers beside the day table. */
  revised: string;
  cumRevised: string;
  attainment: string;
  /** Note on the date cell: what the block means. */
  note: string;
}

export const REPLAN_STRINGS: Readonly<Record<Locale, ReplanStrings>> = {
  "zh-CN": {
    title: "调整计划（冲刺中途重新规划）",
    changeDate: "调整日期",
    fromDay: "从第几天起调整",
    actualBefore: "调整前累计实际",
    remaining: "剩余目标",
    remainingDays: "剩余工作日",
    dailyRate: "调整后每个工作日需完成",
    revised: "调整后计划销售额",
    cumRevised: "调整后累计计划",
    attainment: "达成率（对调整后）",
    note: "原计划保留在左侧各列。调整日期之前按实际销售额计，之后把剩余目标重新分配到剩余工作日，合计仍等于冲刺目标。",
  },
  "zh-TW": {
    title: "調整計畫（衝刺中途重新規劃）",
    changeDate: "調整日期",
    fromDay: "從第幾天起調整",
    actualBefore: "調整前累計實際",
    remaining: "剩餘目標",
    remainingDays: "剩餘工作日",
    dailyRate: "調整後每個工作日需完成",
    revised: "調整後計畫銷售額",
    cumRevised: "調整後累計計畫",
    attainment: "達成率（對調整後）",
    note: "原計畫保留在左側各欄。調整日期之前按實際銷售額計，之後把剩餘目標重新分配到剩餘工作日，合計仍等於衝刺目標。",
  },
  en: {
    title: "Re-plan (mid-sprint)",
    changeDate: "Date of the change",
    fromDay: "Re-planned from day",
    actualBefore: "Actual before the change",
    remaining: "Remaining target",
    remainingDays: "Remaining working days",
    dailyRate: "Revised target per working day",
    revised: "Revised plan revenue",
    cumRevised: "Revised cumulative plan",
    attainment: "Attainment vs revised",
    note: "The original plan stays in the columns on the left. Before the date of the change the actual revenue counts; from it on, the rest of the target is spread over the remaining working days, so the sprint still sums to the target.",
  },
};
