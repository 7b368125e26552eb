/**
 * The form's text → sprint inputs, read the way the command line reads its options: each number
 * through the sprint input model (src/domain/inputs.ts readInput), the owners through the
 * domain's one parser (src/domain/owners.ts). What cannot be read is listed as an issue per
 * field, without words: ./checkForm.ts puts them into the pane's language, and the saved plan
 * (../savedPlan.ts) only needs to know there are none. Pure: no React, no host.
 */
import type { Locale } from "../../i18n/locale";
import { parseNumber } from "../../domain/numbers";
import { parseOwners } from "../../domain/owners";
import { readDateInput, readInput, readOptionalInput, type InputIssue, type SprintInputError, type SprintInputId } from "../../domain/inputs";
import { STAGE_COUNT } from "../../domain/funnel";
import type { SprintInputs } from "../../domain/sprint";
import type { SprintCalendarOf } from "../../domain/calendar";
import { ACTIVITY_FIELDS, holidayCalendarOf, THRESHOLD_FIELDS, type ActivityField, type FieldId, type FormState, type ThresholdField } from "./formState";

/** What could not be read from one field. */
export type FormIssue =
  /** A number the input model refused (missing, not a number): its message names the field. */
  | { field: FieldId; kind: "input"; issue: InputIssue }
  /** An owners entry the domain's parser refused ("张三:abc"). */
  | { field: "owners"; kind: "owner"; error: SprintInputError }
  /** A funnel share that is empty or not a number. */
  | { field: "funnelShares"; kind: "shares" };

export interface FormReading {
  /** The inputs the text describes; a number that could not be read is NaN (the domain then names it too). */
  inputs: SprintInputs;
  /** In the order the fields are read. */
  issues: FormIssue[];
}

const MISSING: InputIssue = { key: "input.missing", params: {} };

/**
 * The form as sprint inputs in `locale` (the language the plan's sheets are written in). `cn` is
 * mainland China's calendar (src/calendar/cn.ts, loaded on demand): its lines join the inputs
 * when the form means that calendar; without it the plan has no calendar lines.
 */
export function readForm(form: FormState, locale: Locale, cn?: SprintCalendarOf): FormReading {
  const issues: FormIssue[] = [];
  const number = (id: SprintInputId & FieldId): number | undefined => {
    const r = readInput(id, form[id]);
    if (r.ok) return r.value;
    issues.push({ field: id, kind: "input", issue: r.issue });
    return undefined;
  };

  const target = number("target");
  const avgOrderValue = number("avgOrderValue");
  let conversion: number | undefined;
  let funnelShares: number[] | undefined;
  if (form.useFunnel) {
    const shares = form.funnelShares.slice(0, STAGE_COUNT).map((s) => (s.trim() === "" ? null : parseNumber(s)));
    if (shares.length !== STAGE_COUNT || shares.some((s) => s === null)) issues.push({ field: "funnelShares", kind: "shares" });
    else funnelShares = shares as number[];
  } else {
    conversion = number("conversion");
  }
  const days = number("days");
  if (form.start.trim() === "") issues.push({ field: "start", kind: "input", issue: MISSING });
  const owners = parseOwners(form.owners);
  if (owners.errors.length > 0) issues.push({ field: "owners", kind: "owner", error: owners.errors[0] });
  else if (owners.owners.length === 0) issues.push({ field: "owners", kind: "input", issue: MISSING });
  const activity: Partial<Record<ActivityField, number>> = {};
  for (const k of ACTIVITY_FIELDS) {
    const r = readOptionalInput(k, form[k]);
    if (r.ok) activity[k] = r.value;
    else issues.push({ field: k, kind: "input", issue: r.issue });
  }
  const thresholds: Partial<Record<ThresholdField, number>> = {};
  for (const k of THRESHOLD_FIELDS) thresholds[k] = number(k);

  const inputs: SprintInputs = {
    target: target ?? NaN,
    avgOrderValue: avgOrderValue ?? NaN,
    conversion,
    funnelShares,
    owners: owners.owners.length > 0 ? owners.owners : [{ name: "-" }],
    start: readDateInput(form.start),
    days: days ?? NaN,
    weekends: form.weekends,
    ...(cn && holidayCalendarOf(form, locale) === "cn" && days !== undefined ? cn(form.start.trim(), days, locale) : {}),
    dailyActivity: activity,
    thresholds: {
      red: thresholds.red ?? NaN,
      green: thresholds.green ?? NaN,
      coverage: thresholds.coverage ?? NaN,
      newOpp: thresholds.newOpp ?? NaN,
      activity: thresholds.activity ?? NaN,
    },
    tiers: { base: thresholds.base ?? NaN, challenge: thresholds.challenge ?? NaN },
    locale,
  };
  return { inputs, issues };
}
