/**
 * Words of the sheets that run the sprint day by day (daily log, team board, weekly review)
 * and of the target table's opening-figure column, in zh-CN, zh-TW and en. Kept apart from
 * ./sheet (the plan's sheets). `{name}` placeholders are filled with format() from ./locale.
 */
import type { Locale } from "./locale";

export interface RunSheetStrings {
  sheetNames: { log: string; board: string; review: string };
  /** The owner of a report typed as team totals (not an owner of the target table). */
  teamOwner: string;
  /** The target table's opening-figure column (the owner's figure from before the log). */
  targets: { opening: string; actualNote: string };
}

export const RUN_SHEET_STRINGS: Readonly<Record<Locale, RunSheetStrings>> = {
  "zh-CN": {
    sheetNames: { log: "日报", board: "看板", review: "周复盘" },
    teamOwner: "团队",
    targets: { opening: "期初实际（日报前）", actualNote: "实际 = 期初实际 + 日报中该负责人的销售额" },
  },
  "zh-TW": {
    sheetNames: { log: "日報", board: "看板", review: "週複盤" },
    teamOwner: "團隊",
    targets: { opening: "期初實際（日報前）", actualNote: "實際 = 期初實際 + 日報中該負責人的銷售額" },
  },
  en: {
    sheetNames: { log: "Daily log", board: "Board", review: "Weekly review" },
    teamOwner: "Team",
    targets: { opening: "Opening actual (before the log)", actualNote: "Actual = opening actual + this owner's revenue in the daily log" },
  },
};

export function runSheetStrings(locale: Locale): RunSheetStrings {
  return RUN_SHEET_STRINGS[locale];
}
