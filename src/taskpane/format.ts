/**
 * How the pane writes numbers, lists and runs of sentences in the user's language: one place,
 * so the generator, the log tab and the error messages group digits and separate items alike.
 */
import type { Locale } from "../i18n/locale";

/**
 * One formatter per language and number of decimals: creating an Intl.NumberFormat costs far more
 * than formatting with one, and the summary formats dozens of numbers on every render (a CPU
 * profile of the pane's start, docs/figures.md).
 */
const formatters = new Map<string, Intl.NumberFormat>();

/** A number grouped for `locale` ("500,000"), at most `digits` decimals. */
export function formatNumber(n: number, locale: Locale, digits = 0): string {
  const key = `${locale}/${digits}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits });
    formatters.set(key, f);
  }
  return f.format(n);
}

/** Items of a list in a sentence: "a, b, c" in English, "a、b、c" in Chinese. */
export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(locale === "en" ? ", " : "、");
}

/** Sentences one after another: spaced in English, run together in Chinese (their 。 ends each). */
export function joinSentences(sentences: readonly string[], locale: Locale): string {
  return sentences.join(locale === "en" ? " " : "");
}
