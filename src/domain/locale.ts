/**
 * The languages a plan, its stage names and its messages come in. The domain owns the list
 * (a plan is made in one of them); src/i18n/ holds the words in each and picks one for the user.
 */
export type Locale = "zh-CN" | "zh-TW" | "en";

export const LOCALES: readonly Locale[] = ["zh-CN", "zh-TW", "en"];

/** A string in every supported language. */
export type Localized = Record<Locale, string>;
