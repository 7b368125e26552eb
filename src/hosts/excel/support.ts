/**
 * Requirement sets (docs/deploying.md "Which Excel runs the add-in"). The manifest requires
 * CustomFunctionsRuntime 1.1, so the add-in loads only in Excel on the web, Microsoft 365 for
 * Windows from version 1903, Microsoft 365 for Mac from 16.34, and Office 2021 / 2024; never in
 * Excel 2016 / 2019 perpetual or Excel for iPad, where this code therefore never runs. Every
 * Excel that loads the add-in has ExcelApi 1.8 or later (Microsoft's requirement-set tables).
 *
 * The minimum for the generator is ExcelApi 1.7: everything the plan needs to be correct and
 * usable (sheets, 2-D writes, defined names incl. repointing them, conditional formats, frozen
 * panes, tab colours, calc suspension, chart series). It is checked anyway, before anything is
 * written, as a guard against a host that reports less than its version promises.
 *
 * Above the minimum, features degrade instead of failing: input validation needs 1.8, page
 * setup 1.9, cell notes 1.18 (Microsoft 365 from version 2501 / Mac 16.93 and the web; not
 * Office 2021 / 2024, which get the plan without notes).
 *
 * Not a feature the user sees: with ExcelApi 1.9 a write copies a column's formulas that fill
 * down with `Range.copyFrom` instead of sending every cell, which keeps the largest request of a
 * 200-owner, 92-day plan far below Excel on the web's limit (docs/figures.md); below 1.9 every
 * cell is sent, as before, and the workbook is the same.
 */
import type { HostFeature, SupportReport } from "../host";

export const MINIMUM = { set: "ExcelApi", version: "1.7" } as const;

export const FEATURE_SETS: Record<HostFeature, string> = {
  dataValidation: "1.8",
  pageSetup: "1.9",
  notes: "1.18",
};

/** `Range.copyFrom` (src/hosts/write/copyDown.ts). */
export const COPY_SET = { set: "ExcelApi", version: "1.9" } as const;

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

/** Can a write copy ranges (`Range.copyFrom`) instead of sending every cell? */
export function canCopyRanges(isSetSupported: IsSetSupported): boolean {
  return isSetSupported(COPY_SET.set, COPY_SET.version);
}
