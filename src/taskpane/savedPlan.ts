/**
 * The plan saved in this workbook: the generator keeps its form with every plan it writes (the
 * host's saved inputs, ./generator/savedInputs.ts); read back the way the generator reads it
 * (./generator/readForm.ts) and planned by the domain, it is the plan the workbook's sheets were
 * built from. The log tab finds its sheet, owners and days through it.
 */
import type { Locale } from "../i18n/locale";
import { planSprint, type SprintPlan } from "../domain/sprint";
import { defaultForm } from "./generator/formState";
import { readForm } from "./generator/readForm";
import { restoreForm } from "./generator/savedInputs";

/** The saved plan in `locale` (its sheet names), or null when none is saved or it no longer plans. */
export function readSavedPlan(savedInputs: string | null | undefined, locale: Locale, now: Date): SprintPlan | null {
  const form = restoreForm(savedInputs, defaultForm(now));
  if (!form) return null;
  const { inputs, issues } = readForm(form, locale);
  if (issues.length > 0) return null;
  const planned = planSprint(inputs);
  return planned.ok ? planned.plan : null;
}
