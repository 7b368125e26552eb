/**
 * The user's language inside Excel's JavaScript-only custom-functions runtime.
 *
 * That runtime has no DOM and only part of Office.js, and what it exposes differs by
 * platform, so every source is probed defensively, best first:
 *   1. an explicit override (tests, or a host that knows better);
 *   2. `Office.context.displayLanguage`: Office's UI language, where Office.js is loaded
 *      and initialized (shared runtime, some JS-only runtimes);
 *   3. `navigator.languages[0]` / `navigator.language`: the browser's language on Excel on
 *      the web, the system's in desktop webviews;
 *   4. `Intl.DateTimeFormat().resolvedOptions().locale`: the JS engine's default locale,
 *      which follows the operating system;
 *   5. "en".
 * Any probe that throws or gives nothing is skipped. A language from Office is kept; a
 * weaker one is kept too but Office is asked again later, since Office.js initializes
 * asynchronously.
 */
import { resolveLocale, type Locale } from "../i18n/locale";

let override: Locale | null = null;
let cached: Locale | null = null;
let cachedFromOffice = false;

/** Force the language (tests; null returns to detection). */
export function setFunctionsLocale(locale: Locale | null): void {
  override = locale;
  cached = null;
  cachedFromOffice = false;
}

interface OfficeLike {
  context?: { displayLanguage?: unknown };
}
interface NavigatorLike {
  languages?: readonly unknown[];
  language?: unknown;
}

function tag(x: unknown): string | null {
  return typeof x === "string" && x.trim() !== "" ? x : null;
}

function fromOffice(): string | null {
  try {
    if (typeof Office === "undefined") return null;
    return tag((Office as unknown as OfficeLike).context?.displayLanguage);
  } catch {
    return null;
  }
}

function fromNavigator(): string | null {
  try {
    if (typeof navigator === "undefined") return null;
    const nav = navigator as unknown as NavigatorLike;
    return tag(nav.languages?.[0]) ?? tag(nav.language);
  } catch {
    return null;
  }
}

function fromIntl(): string | null {
  try {
    return typeof Intl !== "undefined" ? tag(Intl.DateTimeFormat().resolvedOptions().locale) : null;
  } catch {
    return null;
  }
}

/** The language for messages and stage names returned by the custom functions. */
export function functionsLocale(): Locale {
  if (override) return override;
  if (cached && cachedFromOffice) return cached;
  const office = fromOffice();
  if (office) {
    cached = resolveLocale(office);
    cachedFromOffice = true;
    return cached;
  }
  if (!cached) cached = resolveLocale(fromNavigator() ?? fromIntl() ?? "en");
  return cached;
}
