/**
 * The generator form as data: what the user typed (text, exactly as typed), its parsing into
 * `SprintInputs`, field-by-field error messages, the owners list, the import from the
 * selection, and the saved-inputs JSON kept in the workbook.
 *
 * Pure: no React, no host. The pane renders `FormState` and shows `FormCheck.errors` next to
 * each field. Text becomes numbers through the sprint input model (src/domain/inputs.ts
 * readInput, the same reader the command line uses) and the domain (validateSprintInputs /
 * planSprint) decides what is valid; this module maps the errors' keys back onto the fields and
 * renders them in the pane's language (the edge).
 */
import { format, type Locale } from "../../i18n/locale";
import { UI, type UiStrings } from "../../i18n/ui";
import { renderMessage } from "../../i18n/errors";
import { inputErrorMessage } from "../../i18n/inputs";
import { parseNumber } from "../../domain/numbers";
import { formatOwners, parseOwners } from "../../domain/owners";
import { DEFAULT_ACTIVITY, readDateInput, readInput, SEED_CASE, SPRINT_LIMITS, type SprintInputId } from "../../domain/inputs";
import { isoToSerial, nextMonday } from "../../domain/dates";
import { DEFAULT_SHARES, STAGE_COUNT } from "../../domain/funnel";
import {
  DEFAULT_THRESHOLDS,
  DEFAULT_TIERS,
  planSprint,
  type OwnerInput,
  type SprintInputs,
  type SprintPlan,
} from "../../domain/sprint";
import type { CellConstant } from "../../workbook/spec";
import type { SelectionSnapshot } from "../../hosts/host";

// ---- state ----------------------------------------------------------------------------------

/** Percent-valued fields of the advanced section, in display order. */
export const THRESHOLD_FIELDS = ["red", "green", "coverage", "newOpp", "activity", "base", "challenge"] as const;
export type ThresholdField = (typeof THRESHOLD_FIELDS)[number];

export const ACTIVITY_FIELDS = ["calls", "emails"] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** Everything the form holds, as typed. */
export interface FormState {
  name: string;
  target: string;
  avgOrderValue: string;
  conversion: string;
  /** Use the five funnel shares instead of one conversion rate. */
  useFunnel: boolean;
  /** Shares of leads per funnel stage (leads, contacted, qualified, proposal, won). */
  funnelShares: string[];
  start: string;
  days: string;
  weekends: boolean;
  /** "张三, 李四:2" or one owner per line; ":n" is a weight. */
  owners: string;
  goal: string;
  calls: string;
  emails: string;
  red: string;
  green: string;
  coverage: string;
  newOpp: string;
  activity: string;
  base: string;
  challenge: string;
  /** Date (YYYY-MM-DD) of the last re-plan written to the workbook; "" when none. */
  replanDate: string;
}

/** Fields that can carry an error message. */
export type FieldId =
  | "name"
  | "target"
  | "avgOrderValue"
  | "conversion"
  | "funnelShares"
  | "start"
  | "days"
  | "owners"
  | "goal"
  | ActivityField
  | ThresholdField;

/** Display order of the fields (the disabled reason and error summary follow it). */
export const FIELD_ORDER: readonly FieldId[] = [
  "name",
  "target",
  "avgOrderValue",
  "conversion",
  "funnelShares",
  "start",
  "days",
  "owners",
  "goal",
  ...ACTIVITY_FIELDS,
  ...THRESHOLD_FIELDS,
];

/** Fields inside the Advanced section (the pane opens it when one of them is wrong). */
export const ADVANCED_FIELDS: ReadonlySet<FieldId> = new Set<FieldId>(["funnelShares", ...ACTIVITY_FIELDS, ...THRESHOLD_FIELDS]);

/** The usual planning conversion (docs/domain.md §1: 5%). */
export const DEFAULT_CONVERSION = SEED_CASE.conversion;

export const MAX_NAME_LENGTH = 60;
export const MAX_GOAL_LENGTH = 500;

function percentText(x: number): string {
  return `${Math.round(x * 1e6) / 1e4}%`;
}

const THRESHOLD_DEFAULTS: Readonly<Record<ThresholdField, number>> = {
  red: DEFAULT_THRESHOLDS.red,
  green: DEFAULT_THRESHOLDS.green,
  coverage: DEFAULT_THRESHOLDS.coverage,
  newOpp: DEFAULT_THRESHOLDS.newOpp,
  activity: DEFAULT_THRESHOLDS.activity,
  base: DEFAULT_TIERS.base,
  challenge: DEFAULT_TIERS.challenge,
};

/** A fresh form: the seeds' defaults, the sprint starting next Monday. */
export function defaultForm(now: Date = new Date()): FormState {
  return {
    name: "",
    target: "",
    avgOrderValue: "",
    conversion: percentText(DEFAULT_CONVERSION),
    useFunnel: false,
    funnelShares: DEFAULT_SHARES.map(percentText),
    start: nextMonday(now),
    days: String(SPRINT_LIMITS.defaultDays),
    weekends: false,
    owners: "",
    goal: "",
    calls: String(DEFAULT_ACTIVITY.calls),
    emails: String(DEFAULT_ACTIVITY.emails),
    red: percentText(THRESHOLD_DEFAULTS.red),
    green: percentText(THRESHOLD_DEFAULTS.green),
    coverage: percentText(THRESHOLD_DEFAULTS.coverage),
    newOpp: percentText(THRESHOLD_DEFAULTS.newOpp),
    activity: percentText(THRESHOLD_DEFAULTS.activity),
    base: percentText(THRESHOLD_DEFAULTS.base),
    challenge: percentText(THRESHOLD_DEFAULTS.challenge),
    replanDate: "",
  };
}

// ---- numbers --------------------------------------------------------------------------------

/**
 * A number as people type it: "500000", "500,000", "¥5,000", "50万", "1.2亿", "5%", full-width
 * digits and punctuation. Null when it is not a number. The one reader, src/domain/numbers.ts.
 */
export const parseAmount: (text: string) => number | null = parseNumber;

/** A rate: "5%" → 0.05, "0.05" → 0.05; "5" stays 5 (the domain explains 5 vs 5%). */
export const parseRate: (text: string) => number | null = parseNumber;

// ---- owners ---------------------------------------------------------------------------------

/** An owner as the form holds it (the domain's OwnerInput: name and optional weight). */
export type OwnerRow = Pick<OwnerInput, "name" | "weight">;

export { formatOwners, parseOwners };

// ---- import from the selection -------------------------------------------------------------

/** Header words a first row of names may carry (any language). */
const HEADER_WORDS =
  /^(姓名|名字|名称|名稱|负责人|負責人|责任主体|責任主體|销售|銷售|销售代表|銷售代表|业务员|業務員|成员|成員|人员|人員|团队|團隊|员工|員工|name|names|owner|owners|rep|reps|sales ?rep|salesperson|member|members|team|person|people)$/i;

export type ImportResult =
  | {
      ok: true;
      owners: OwnerRow[];
      /** What the second column held. */
      kind: "names" | "weights" | "targets";
      /** Targets: their total (the sprint target to use). */
      total: number;
      /** Where the names came from, e.g. "Sheet1!A2:B6". */
      source: string;
      skippedHeader: boolean;
      /** Rows whose name repeated an earlier one (their numbers were added to it). */
      merged: number;
      /** The second column had values that were not numbers, so it was ignored. */
      ignoredSecondColumn: boolean;
      truncated: boolean;
    }
  | { ok: false; reason: "noSelection" | "noNames" };

/** A second-column value at or above this means targets (amounts), below it weights. */
export const TARGET_MIN = 1000;

function cellText(v: CellConstant): string {
  if (v === null || typeof v === "boolean") return "";
  return String(v).trim();
}

function cellNumber(v: CellConstant): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" && v.trim() !== "") return parseAmount(v);
  return null;
}

/**
 * Owners from the selected range: a column of names, optionally a second column of weights
 * (30, 33, 35) or targets (amounts of 1,000 or more, which then sum to the sprint target).
 */
export function importOwners(selection: SelectionSnapshot | null): ImportResult {
  if (!selection || selection.values.length === 0) return { ok: false, reason: "noSelection" };
  let rows = selection.values.filter((row) => row.length > 0);
  let skippedHeader = false;
  if (rows.length > 0) {
    const [first, second] = rows[0];
    const firstText = cellText(first);
    const secondIsLabel = second !== undefined && cellText(second) !== "" && cellNumber(second) === null;
    const laterHaveNumbers = rows.slice(1).some((r) => r[1] !== undefined && cellNumber(r[1]) !== null);
    if (HEADER_WORDS.test(firstText) || (secondIsLabel && laterHaveNumbers)) {
      rows = rows.slice(1);
      skippedHeader = true;
    }
  }
  const named = rows.map((r) => ({ name: cellText(r[0]), value: r[1] })).filter((r) => r.name !== "");
  if (named.length === 0) return { ok: false, reason: "noNames" };

  const hasSecond = named.some((r) => r.value !== undefined && cellText(r.value) !== "");
  const numbers = named.map((r) => (r.value === undefined ? null : cellNumber(r.value)));
  const allNumbers = numbers.every((n) => n !== null && n > 0);
  const useNumbers = hasSecond && allNumbers;
  const ignoredSecondColumn = hasSecond && !allNumbers;

  const byName = new Map<string, OwnerRow>();
  let merged = 0;
  named.forEach((r, i) => {
    const n = useNumbers ? (numbers[i] as number) : undefined;
    const seen = byName.get(r.name);
    if (seen) {
      merged++;
      if (n !== undefined) seen.weight = (seen.weight ?? 0) + n;
      return;
    }
    byName.set(r.name, n === undefined ? { name: r.name } : { name: r.name, weight: n });
  });
  const owners = [...byName.values()];
  const total = owners.reduce((a, o) => a + (o.weight ?? 0), 0);
  const kind = !useNumbers ? "names" : owners.some((o) => (o.weight ?? 0) >= TARGET_MIN) ? "targets" : "weights";
  const sheet = /^[A-Za-z_][\w.]*$/.test(selection.sheet) ? selection.sheet : `'${selection.sheet.replace(/'/g, "''")}'`;
  return {
    ok: true,
    owners,
    kind,
    total: kind === "targets" ? Math.round(total) : 0,
    source: `${sheet}!${selection.valuesAddress || selection.address}`,
    skippedHeader,
    merged,
    ignoredSecondColumn,
    truncated: selection.truncated,
  };
}

/** What the pane says after an import, in the user's language. */
export function describeImport(result: Extract<ImportResult, { ok: true }>, t: UiStrings, locale: Locale): string {
  const count = result.owners.length;
  const parts = [
    format(result.kind === "targets" ? t.importedTargets : result.kind === "weights" ? t.importedWeights : t.importedNames, {
      count,
      source: result.source,
      total: formatNumber(result.total, locale),
    }),
  ];
  if (result.skippedHeader) parts.push(t.importSkippedHeader);
  if (result.merged > 0) parts.push(format(t.importMerged, { count: result.merged }));
  if (result.ignoredSecondColumn) parts.push(t.importIgnoredColumn);
  if (result.truncated) parts.push(t.importTruncated);
  return parts.join(locale === "en" ? " " : "");
}

// ---- check ----------------------------------------------------------------------------------

export type FieldErrors = Partial<Record<FieldId, string>>;

/**
 * The key behind each field's message: a catalog key (src/domain/errorKeys.ts) for everything
 * the input model and the domain judge, or "pane.*" for what only the pane asks (name and goal
 * length, the owners and funnel-share lists as typed).
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

/**
 * The form → sprint inputs and plan, or the errors per field. Text that is not a number gets
 * the pane's own message; everything else is the domain's judgement, in `locale`.
 */
export function checkForm(form: FormState, locale: Locale): FormCheck {
  const t = UI[locale];
  const errors: FieldErrors = {};
  const keys: FieldKeys = {};
  const add = (field: FieldId, key: string, message: string): void => {
    if (errors[field]) return;
    errors[field] = message;
    keys[field] = key;
  };
  /** A field of the input model, read as the command line reads it; its messages name the pane's label. */
  const number = (id: SprintInputId & FieldId, label: string): number | undefined => {
    const r = readInput(id, form[id]);
    if (r.ok) return r.value;
    add(id, r.issue.key, renderMessage(r.issue.key, { field: label, ...r.issue.params }, locale));
    return undefined;
  };
  const missing = (field: FieldId, label: string): void => add(field, "input.missing", renderMessage("input.missing", { field: label }, locale));

  if (form.name.length > MAX_NAME_LENGTH) add("name", "pane.tooLong", format(t.errTooLong, { field: t.fieldName, max: MAX_NAME_LENGTH }));
  if (form.goal.length > MAX_GOAL_LENGTH) add("goal", "pane.tooLong", format(t.errTooLong, { field: t.fieldGoal, max: MAX_GOAL_LENGTH }));
  const target = number("target", t.fieldTarget);
  const avgOrderValue = number("avgOrderValue", t.fieldAvgOrderValue);
  let conversion: number | undefined;
  let funnelShares: number[] | undefined;
  if (form.useFunnel) {
    const shares = form.funnelShares.slice(0, STAGE_COUNT).map((s) => (s.trim() === "" ? null : parseRate(s)));
    if (shares.length !== STAGE_COUNT || shares.some((s) => s === null)) add("funnelShares", "pane.shares", t.errShares);
    else funnelShares = shares as number[];
  } else {
    conversion = number("conversion", t.fieldConversion);
  }
  const days = number("days", t.fieldDays);
  if (form.start.trim() === "") missing("start", t.fieldStart);
  const parsedOwners = parseOwners(form.owners);
  if (parsedOwners.errors.length > 0) {
    add("owners", parsedOwners.errors[0].key, inputErrorMessage(parsedOwners.errors[0], locale));
  } else if (parsedOwners.owners.length === 0) {
    missing("owners", t.fieldOwners);
  }
  const activity: Partial<Record<ActivityField, number>> = {};
  for (const k of ACTIVITY_FIELDS) activity[k] = number(k, activityLabel(t, k));
  const thresholds: Partial<Record<ThresholdField, number>> = {};
  for (const k of THRESHOLD_FIELDS) thresholds[k] = number(k, thresholdLabel(t, k));

  const owners: OwnerInput[] = parsedOwners.owners.map((o) => (o.weight === undefined ? { name: o.name } : { name: o.name, weight: o.weight }));
  const inputs: SprintInputs = {
    target: target ?? NaN,
    avgOrderValue: avgOrderValue ?? NaN,
    conversion,
    funnelShares,
    owners: owners.length > 0 ? owners : [{ name: "-" }],
    start: readDateInput(form.start),
    days: days ?? NaN,
    weekends: form.weekends,
    dailyActivity: { calls: activity.calls, emails: activity.emails },
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
  // The domain checks everything; fields the pane already flagged keep the pane's message.
  const result = planSprint(inputs);
  if (!result.ok) {
    for (const e of result.errors) add(fieldOfPath(e.path, form.useFunnel) ?? "target", e.key, inputErrorMessage(e, locale));
  }
  if (Object.keys(errors).length > 0 || !result.ok) return { ok: false, errors, keys };
  return { ok: true, inputs, plan: result.plan, errors, keys };
}

export function activityLabel(t: UiStrings, k: ActivityField): string {
  return k === "calls" ? t.fieldCalls : t.fieldEmails;
}

export function thresholdLabel(t: UiStrings, k: ThresholdField): string {
  const labels: Record<ThresholdField, string> = {
    red: t.fieldRed,
    green: t.fieldGreen,
    coverage: t.fieldCoverage,
    newOpp: t.fieldNewOpp,
    activity: t.fieldActivity,
    base: t.fieldBase,
    challenge: t.fieldChallenge,
  };
  return labels[k];
}

export function fieldLabel(t: UiStrings, field: FieldId): string {
  switch (field) {
    case "name":
      return t.fieldName;
    case "target":
      return t.fieldTarget;
    case "avgOrderValue":
      return t.fieldAvgOrderValue;
    case "conversion":
      return t.fieldConversion;
    case "funnelShares":
      return t.fieldFunnel;
    case "start":
      return t.fieldStart;
    case "days":
      return t.fieldDays;
    case "owners":
      return t.fieldOwners;
    case "goal":
      return t.fieldGoal;
    case "calls":
    case "emails":
      return activityLabel(t, field);
    default:
      return thresholdLabel(t, field);
  }
}

// ---- numbers for display ------------------------------------------------------------------

export function formatNumber(n: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(n);
}

// ---- saved inputs ---------------------------------------------------------------------------

/** Marks our JSON in the document settings. */
export const SAVED_INPUTS_APP = "sales-sprint-planner";
export const SAVED_INPUTS_VERSION = 1;
/** Longest text field we restore (an owners list of 500 names fits easily). */
const MAX_SAVED_TEXT = 100_000;

const TEXT_FIELDS = [
  "name",
  "target",
  "avgOrderValue",
  "conversion",
  "start",
  "days",
  "owners",
  "goal",
  ...ACTIVITY_FIELDS,
  ...THRESHOLD_FIELDS,
  "replanDate",
] as const satisfies readonly (keyof FormState)[];
const BOOLEAN_FIELDS = ["useFunnel", "weekends"] as const satisfies readonly (keyof FormState)[];

/** The form as the JSON text stored in the workbook. */
export function serializeForm(form: FormState): string {
  return JSON.stringify({ app: SAVED_INPUTS_APP, v: SAVED_INPUTS_VERSION, form });
}

/**
 * A saved form laid over `base`: only fields of the right type and size are taken, anything else
 * (garbage, another add-in's JSON, a newer version's unknown fields) is ignored. Null when the
 * text holds nothing usable.
 */
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
  const shares = saved.funnelShares;
  if (Array.isArray(shares) && shares.length === STAGE_COUNT && shares.every((s) => typeof s === "string" && s.length < 50)) {
    out.funnelShares = shares as string[];
    taken++;
  }
  if (out.replanDate !== "" && isoToSerial(out.replanDate) === null) out.replanDate = "";
  return taken > 0 ? out : null;
}

// ---- dates ----------------------------------------------------------------------------------

/** The local calendar day of `now` as YYYY-MM-DD. */
export function todayIso(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${String(now.getFullYear()).padStart(4, "0")}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
