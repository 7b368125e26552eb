/**
 * The daily-log tab's label, apart from ./logUi so the pane's first load carries only these
 * three words (the tab itself loads on demand; README "Record a day / Import reports").
 */
import type { Locale } from "./locale";

export const LOG_TAB_LABEL: Readonly<Record<Locale, string>> = { "zh-CN": "日报", "zh-TW": "日報", en: "Daily log" };
