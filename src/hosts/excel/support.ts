/**
 * Requirement sets. The minimum is ExcelApi 1.7: everything the plan needs to be correct
 * and usable (sheets, 2-D writes, defined names incl. repointing them, conditional formats,
 * frozen panes, tab colours, calc suspension, chart series). Excel 2019 and every current
 * Excel (Microsoft 365 on Windows, Mac, web, iPad) have it; Excel 2016 without a
 * subscription does not and is told so before anything is written.
 *
 * Above the minimum, features degrade instead of failing: input validation needs 1.8,
 * page setup 1.9, cell notes 1.18.
 */
import type { HostFeature, SupportReport } from "../host";

export const MINIMUM = { set: "ExcelApi", version: "1.7" } as const;

export const FEATURE_SETS: Record<HostFeature, string> = {
  dataValidation: "1.8",
  pageSetup: "1.9",
  notes: "1.18",
};

export type IsSetSupported = (name: string, version: string) => boolean;

export function checkSupport(isSetSupported: IsSetSupported): SupportReport {
  const degraded = (Object.keys(FEATURE_SETS) as HostFeature[]).filter((f) => !isSetSupported("ExcelApi", FEATURE_SETS[f]));
  if (!isSetSupported(MINIMUM.set, MINIMUM.version)) {
    return { ok: false, missing: [`${MINIMUM.set} ${MINIMUM.version}`], degraded };
  }
  return { ok: true, degraded };
}

export function availableFeatures(isSetSupported: IsSetSupported): Set<HostFeature> {
  return new Set((Object.keys(FEATURE_SETS) as HostFeature[]).filter((f) => isSetSupported("ExcelApi", FEATURE_SETS[f])));
}
