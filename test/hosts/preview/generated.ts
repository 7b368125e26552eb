/**
 * The preview tests' generated workbook: the seeds' worked case for three owners (Ann, Bob,
 * Cat) in English, written into a fresh preview workbook through the preview host as the pane
 * writes it, and the values the .xlsx the preview downloads would cache for what it holds.
 */
import { buildWorkbook, workbookLayout } from "../../../src/workbook";
import type { WorkbookLayout } from "../../../src/workbook/layout";
import type { WorkbookSpec } from "../../../src/workbook/spec";
import type { SprintPlan } from "../../../src/domain/sprint";
import { PreviewWorkbook } from "../../../src/hosts/preview/workbook";
import { createPreviewHost } from "../../../src/hosts/preview/host";
import { specWithInputs } from "../../../src/preview/download";
import { evaluateWorkbook, type WorkbookValues } from "../../../src/workbook/evaluate";
import { seedPlan } from "../../fixtures/seedPlan";

export interface Generated {
  plan: SprintPlan;
  L: WorkbookLayout;
  spec: WorkbookSpec;
  wb: PreviewWorkbook;
}

export async function generatedPreview(): Promise<Generated> {
  const plan = seedPlan({ target: 330000, owners: [{ name: "Ann" }, { name: "Bob" }, { name: "Cat" }], locale: "en" });
  const spec = buildWorkbook(plan);
  const wb = new PreviewWorkbook();
  await createPreviewHost(wb, { displayLanguage: () => "en" }).writeWorkbook(spec, { mode: "create" });
  return { plan, L: workbookLayout(plan), spec, wb };
}

/** The download's spec for what `wb` holds now (typed inputs and reports included) and the values its .xlsx caches. */
export function cachedValues({ spec, wb }: Pick<Generated, "spec" | "wb">): { out: WorkbookSpec; cached: WorkbookValues } {
  const written = spec.sheets.map((sh) => ({ key: sh.key, name: sh.name, created: true, keptInputs: 0 }));
  const out = specWithInputs(spec, written, wb);
  return { out, cached: evaluateWorkbook(out) };
}
