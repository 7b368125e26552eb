/**
 * The few daily-log words the pane's first load needs, apart from ./logUi (the tab itself
 * loads on demand; docs/using.md "Record a day / Import reports"): the tab's label, and the note the
 * Excel host's update puts on log rows moved from an old sprint sheet.
 */
import type { Locale } from "./locale";

export const LOG_TAB_LABEL: Readonly<Record<Locale, string>> = { "zh-CN": "日报", "zh-TW": "日報", en: "Daily log" };

export const MIGRATED_NOTE: Readonly<Record<Locale, string>> = { "zh-CN": "从冲刺表迁移", "zh-TW": "從衝刺表移轉", en: "moved from the sprint sheet" };
