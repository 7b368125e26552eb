/**
 * A sprint-input error's text in the user's language: the catalog's message (./errors.ts) with
 * the input named as the reader sees it. The task pane passes the label of the field that shows
 * the error; ./inputs.ts (the command line) the Inputs-sheet label of a threshold, tier or
 * activity target; without a name, the input's field name (./planWords.ts). Apart from ./inputs.ts
 * so the pane's start does not carry every workbook word (./sheet.ts, ./runSheets.ts).
 */
import type { Locale } from "./locale";
import type { SprintInputError } from "../domain/inputs";
import { renderMessage } from "./errors";
import { PLAN_WORDS } from "./planWords";

export function inputErrorText(e: SprintInputError, locale: Locale, name?: string): string {
  return renderMessage(e.key, { field: name ?? PLAN_WORDS[locale].fields[e.field], ...e.params }, locale);
}
