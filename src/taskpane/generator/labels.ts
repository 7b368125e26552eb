/** Each form field's label in the pane's language (the field, its error messages, the disabled reason). */
import type { UiStrings } from "../../i18n/ui";
import type { ActivityField, FieldId, ThresholdField } from "./formState";

export function activityLabel(t: UiStrings, k: ActivityField): string {
  const labels: Record<ActivityField, string> = {
    leads: t.fieldLeads,
    calls: t.fieldCalls,
    emails: t.fieldEmails,
    demos: t.fieldDemos,
    quotes: t.fieldQuotes,
    deals: t.fieldDeals,
  };
  return labels[k];
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
    case "leads":
    case "calls":
    case "emails":
    case "demos":
    case "quotes":
    case "deals":
      return activityLabel(t, field);
    default:
      return thresholdLabel(t, field);
  }
}
