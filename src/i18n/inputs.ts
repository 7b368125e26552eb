/**
 * Sprint-input errors in the user's language (the command line): the catalog's text with the
 * input's name from the sheet strings (./inputErrorText.ts). Apart from ./errors.ts so the
 * custom functions' bundle does not carry the sheet strings.
 */
import type { Locale } from "./locale";
import type { SprintInputError } from "../domain/inputs";
import { inputErrorText } from "./inputErrorText";
import { sheetStrings } from "./sheet";
import { runSheetStrings } from "./runSheets";
import type { InputKey } from "../domain/vocabulary";
import type { RunInputKey } from "../domain/run";

/** An Inputs-sheet row's label: the plan's rows (./sheet.ts) and the run section's (./runSheets.ts). */
function inputLabel(key: InputKey | RunInputKey, locale: Locale): string {
  const labels: Record<InputKey | RunInputKey, { label: string }> = { ...sheetStrings(locale).inputs.items, ...runSheetStrings(locale).inputs.items };
  return labels[key].label;
}

/**
 * A sprint-input error in the user's language: names the input (its Inputs-sheet label for a
 * threshold, tier or activity target, else its field) and its valid range.
 */
export function inputErrorMessage(e: SprintInputError, locale: Locale): string {
  return inputErrorText(e, locale, e.label ? inputLabel(e.label, locale) : undefined);
}
