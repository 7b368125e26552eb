/**
 * Builds the localized custom-functions metadata (functions.zh-cn.json, functions.zh-tw.json)
 * from the English functions.json that custom-functions-metadata generates from JSDoc, and the
 * translated help in src/i18n/functionsHelp.ts.
 *
 * Same ids, names and parameter lists (function names stay English, as Excel's own do in
 * Chinese Excel); only descriptions are translated. Pure: the webpack plugin
 * (scripts/localized-metadata-plugin.js) and the tests call it.
 */
import type { Locale, Localized } from "../src/i18n/locale";

/** The part of Excel's custom functions metadata (functions.json) that we read or rewrite. */
export interface MetadataParameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  [key: string]: unknown;
}

export interface MetadataFunction {
  id: string;
  name: string;
  description?: string;
  parameters: MetadataParameter[];
  result?: Record<string, unknown>;
  options?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface CustomFunctionsMetadata {
  functions: MetadataFunction[];
  [key: string]: unknown;
}

/** One function's translated help, as FUNCTION_HELP in src/i18n/functionsHelp.ts provides it. */
export interface FunctionHelpEntry {
  description: Localized;
  params: Record<string, Localized>;
  result?: Localized;
}

export type FunctionHelp = Readonly<Record<string, FunctionHelpEntry>>;

/** The localized metadata files the build writes, by locale. */
export const LOCALIZED_METADATA_FILES: Readonly<Record<Exclude<Locale, "en">, string>> = {
  "zh-CN": "functions.zh-cn.json",
  "zh-TW": "functions.zh-tw.json",
};

/** Help for a metadata entry: looked up by id (e.g. REQUIRED_LEADS), then by name. */
function helpFor(help: FunctionHelp, fn: MetadataFunction): FunctionHelpEntry | undefined {
  if (Object.prototype.hasOwnProperty.call(help, fn.id)) return help[fn.id];
  if (Object.prototype.hasOwnProperty.call(help, fn.name)) return help[fn.name];
  return undefined;
}

function nonEmpty(s: string | undefined): s is string {
  return typeof s === "string" && s.trim().length > 0;
}

/**
 * Lists what is missing for `locale`: functions without help, parameters without help,
 * empty texts. Empty list = complete.
 */
export function missingTranslations(metadata: CustomFunctionsMetadata, help: FunctionHelp, locale: Locale): string[] {
  const missing: string[] = [];
  for (const fn of metadata.functions) {
    const entry = helpFor(help, fn);
    if (!entry) {
      missing.push(`${fn.id}: no entry in FUNCTION_HELP`);
      continue;
    }
    if (!nonEmpty(entry.description?.[locale])) missing.push(`${fn.id}: description (${locale})`);
    for (const p of fn.parameters) {
      if (!nonEmpty(entry.params?.[p.name]?.[locale])) missing.push(`${fn.id}(${p.name}): parameter description (${locale})`);
    }
    for (const name of Object.keys(entry.params ?? {})) {
      if (!fn.parameters.some((p) => p.name === name)) missing.push(`${fn.id}: FUNCTION_HELP has help for unknown parameter "${name}"`);
    }
  }
  return missing;
}

/**
 * Returns a copy of `metadata` with every function's and parameter's description in `locale`.
 * Throws (listing everything missing) when any translation is missing, so a build cannot ship
 * half-translated help.
 */
export function localizeMetadata(metadata: CustomFunctionsMetadata, help: FunctionHelp, locale: Locale): CustomFunctionsMetadata {
  const missing = missingTranslations(metadata, help, locale);
  if (missing.length > 0) {
    throw new Error(`Function help incomplete for ${locale}:\n- ${missing.join("\n- ")}`);
  }
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const entry = helpFor(help, fn) as FunctionHelpEntry;
      return {
        ...fn,
        description: entry.description[locale],
        parameters: fn.parameters.map((p) => ({ ...p, description: entry.params[p.name][locale] })),
      };
    }),
  };
}

/** Serializes like custom-functions-metadata does (4-space JSON), so the files diff cleanly. */
export function serializeMetadata(metadata: CustomFunctionsMetadata): string {
  return JSON.stringify(metadata, null, 4);
}

/** functions.json text + help → { "functions.zh-cn.json": text, "functions.zh-tw.json": text }. */
export function localizedMetadataFiles(functionsJson: string, help: FunctionHelp): Record<string, string> {
  const metadata = JSON.parse(functionsJson) as CustomFunctionsMetadata;
  if (!metadata || !Array.isArray(metadata.functions)) throw new Error("functions.json has no functions array");
  const out: Record<string, string> = {};
  for (const [locale, file] of Object.entries(LOCALIZED_METADATA_FILES) as [Locale, string][]) {
    out[file] = serializeMetadata(localizeMetadata(metadata, help, locale));
  }
  return out;
}
