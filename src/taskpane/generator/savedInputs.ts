/**
 * The form kept in the workbook (the host's saved inputs): written with every plan, read back
 * when the pane opens (the generator restores the form) and by the log tab (../savedPlan.ts).
 * Restoring takes only fields of the right type and size, so garbage, another add-in's JSON or
 * a newer version's unknown fields are ignored.
 */
import { isoToSerial } from "../../domain/dates";
import { STAGE_COUNT } from "../../domain/funnel";
import { HOLIDAY_CALENDARS } from "../../domain/calendar";
import { FIELD_ORDER, type FieldId, type FormState, type HolidayChoice, type TextKey } from "./formState";

/** The calendar choices a saved form may hold ("" follows the pane's language). */
const HOLIDAY_CHOICES: readonly HolidayChoice[] = ["", ...HOLIDAY_CALENDARS];

/** Marks our JSON in the document settings. */
const SAVED_INPUTS_APP = "sales-sprint-planner";
const SAVED_INPUTS_VERSION = 1;
/** Longest text field we restore (an owners list of 500 names fits easily). */
const MAX_SAVED_TEXT = 100_000;

/** The text fields: every field the user types into, and the last re-plan's date. */
const TEXT_FIELDS: readonly TextKey[] = [...FIELD_ORDER.filter((f): f is FieldId & TextKey => f !== "funnelShares"), "replanDate"];
const BOOLEAN_FIELDS = ["useFunnel", "weekends"] as const satisfies readonly (keyof FormState)[];

/** The form as the JSON text stored in the workbook. */
export function serializeForm(form: FormState): string {
  return JSON.stringify({ app: SAVED_INPUTS_APP, v: SAVED_INPUTS_VERSION, form });
}

/** A saved form laid over `base`; null when the text holds nothing usable. */
export function restoreForm(json: string | null | undefined, base: FormState): FormState | null {
  if (typeof json !== "string" || json.length === 0 || json.length > 10 * MAX_SAVED_TEXT) return null;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null; // not JSON: nothing to restore
  }
  if (typeof data !== "object" || data === null) return null;
  const envelope = data as { app?: unknown; form?: unknown };
  if (envelope.app !== SAVED_INPUTS_APP || typeof envelope.form !== "object" || envelope.form === null) return null;
  const saved = envelope.form as Record<string, unknown>;
  const out: FormState = { ...base, funnelShares: [...base.funnelShares] };
  let taken = 0;
  for (const k of TEXT_FIELDS) {
    const v = saved[k];
    if (typeof v === "string" && v.length <= MAX_SAVED_TEXT) {
      out[k] = v;
      taken++;
    }
  }
  for (const k of BOOLEAN_FIELDS) {
    const v = saved[k];
    if (typeof v === "boolean") {
      out[k] = v;
      taken++;
    }
  }
  if (HOLIDAY_CHOICES.some((c) => c === saved.holidays)) {
    out.holidays = saved.holidays as HolidayChoice;
    taken++;
  }
  const shares = saved.funnelShares;
  if (Array.isArray(shares) && shares.length === STAGE_COUNT && shares.every((s) => typeof s === "string" && s.length < 50)) {
    out.funnelShares = shares as string[];
    taken++;
  }
  if (out.replanDate !== "" && isoToSerial(out.replanDate) === null) out.replanDate = "";
  return taken > 0 ? out : null;
}
