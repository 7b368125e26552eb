/**
 * The three languages every user-facing string comes in, and how we pick one.
 * Pure: no Office dependency, safe in the custom-functions runtime (no DOM).
 */
import type { Locale } from "../domain/locale";

// The language list is the domain's (src/domain/locale.ts); passed on here so the many callers
// that pick a language keep one import.
export { LOCALES, type Locale, type Localized } from "../domain/locale";

/**
 * Map any BCP-47 tag (Office's displayLanguage, navigator.language, a CLI flag)
 * onto a supported locale. zh-TW, zh-HK, zh-MO and zh-Hant* read Traditional
 * Chinese; every other zh* reads Simplified; everything else falls back to English.
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (!tag) return "en";
  const t = String(tag).trim().replace(/_/g, "-").toLowerCase();
  if (!t.startsWith("zh")) return "en";
  if (/^zh-(tw|hk|mo)\b/.test(t) || t.includes("hant")) return "zh-TW";
  return "zh-CN";
}

/** Fill `{name}` placeholders. Unknown placeholders stay visible so a missing parameter is noticed. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(params, key) ? String(params[key]) : whole,
  );
}
