/**
 * The form's check: its sprint inputs and plan, or a message per field in the pane's language.
 * The text is read by ./readForm.ts and the domain (planSprint) decides what is valid; this
 * module adds what only the pane asks (name and goal length), maps the domain's error paths back
 * onto the fields, and renders every message with the field's label (./labels.ts), or the input's
 * field name (src/i18n/planWords.ts) where no field of the form shows it.
 */
import { format, type Locale } from "../../i18n/locale";
import { UI, type UiStrings } from "../../i18n/ui";
import { renderMessage } from "../../i18n/errors";
import { inputErrorText } from "../../i18n/inputErrorText";
import { planSprint, type SprintInputs, type SprintPlan } from "../../domain/sprint";
import type { SprintCalendarOf } from "../../domain/calendar";
import { ACTIVITY_FIELDS, MAX_GOAL_LENGTH, MAX_NAME_LENGTH, THRESHOLD_FIELDS, type ActivityField, type FieldId, type FormState, type ThresholdField } from "./formState";
import { fieldLabel } from "./labels";
import { readForm, type FormIssue } from "./readForm";

export type FieldErrors = Partial<Record<FieldId, string>>;

/**
 * The key behind each field's message: a catalog key (src/domain/errorKeys.ts) for everything
 * the input model and the domain judge, or "pane.*" for what only the pane asks (name and goal
 * length, the funnel-share list as typed).
 */
export type FieldKeys = Partial<Record<FieldId, string>>;

export type FormCheck =
  | { ok: true; inputs: SprintInputs; plan: SprintPlan; errors: FieldErrors; keys: FieldKeys }
  | { ok: false; errors: FieldErrors; keys: FieldKeys };

/** Maps a domain error path ("owners[3].name", "thresholds.red") onto the form field that shows it. */
export function fieldOfPath(path: string, useFunnel: boolean): FieldId | null {
  const head = path.split(/[.[]/)[0];
  const tail = path.includes(".") ? path.slice(path.lastIndexOf(".") + 1) : "";
  switch (head) {
    case "target":
    case "avgOrderValue":
    case "start":
    case "days":
    case "owners":
      return head;
    case "calendar":
      return "start";
    case "conversion":
      return useFunnel ? "funnelShares" : "conversion";
    case "funnelShares":
      return "funnelShares";
    case "dailyActivity":
      return (ACTIVITY_FIELDS as readonly string[]).includes(tail) ? (tail as ActivityField) : null;
    case "thresholds":
    case "tiers":
      return (THRESHOLD_FIELDS as readonly string[]).includes(tail) ? (tail as ThresholdField) : null;
    default:
      return null;
  }
}

function issueKey(issue: FormIssue): string {
  return issue.kind === "input" ? issue.issue.key : issue.kind === "owner" ? issue.error.key : "pane.shares";
}

/** An issue of the reading in `locale`: the input model's messages name the pane's label. */
function issueMessage(issue: FormIssue, t: UiStrings, locale: Locale): string {
  switch (issue.kind) {
    case "input":
      return renderMessage(issue.issue.key, { field: fieldLabel(t, issue.field), ...issue.issue.params }, locale);
    case "owner":
      return inputErrorText(issue.error, locale);
    case "shares":
      return t.errShares;
  }
}

/**
 * The form → sprint inputs and plan, or the errors per field. Text that cannot be read gets the
 * message of its reading; everything else is the domain's judgement, in `locale`. `cn`: mainland
 * China's calendar once loaded (./readForm.ts).
 */
export function checkForm(form: FormState, locale: Locale, cn?: SprintCalendarOf): FormCheck {
  const t = UI[locale];
  const errors: FieldErrors = {};
  const keys: FieldKeys = {};
  const add = (field: FieldId, key: string, message: string): void => {
    if (errors[field]) return;
    errors[field] = message;
    keys[field] = key;
  };
  if (form.name.length > MAX_NAME_LENGTH) add("name", "pane.tooLong", format(t.errTooLong, { field: t.fieldName, max: MAX_NAME_LENGTH }));
  if (form.goal.length > MAX_GOAL_LENGTH) add("goal", "pane.tooLong", format(t.errTooLong, { field: t.fieldGoal, max: MAX_GOAL_LENGTH }));
  const { inputs, issues } = readForm(form, locale, cn);
  for (const issue of issues) add(issue.field, issueKey(issue), issueMessage(issue, t, locale));
  // The domain checks everything; fields already flagged keep their first message.
  const result = planSprint(inputs);
  if (!result.ok) {
    for (const e of result.errors) {
      const field = fieldOfPath(e.path, form.useFunnel);
      // A threshold, tier or daily figure is named by the label of the field that shows the message.
      add(field ?? "target", e.key, inputErrorText(e, locale, e.label && field ? fieldLabel(t, field) : undefined));
    }
  }
  if (Object.keys(errors).length > 0 || !result.ok) return { ok: false, errors, keys };
  return { ok: true, inputs, plan: result.plan, errors, keys };
}
