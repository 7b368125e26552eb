/**
 * What a write sends, built only when the user writes (Generate, Re-plan): the workbook spec
 * with the sprint's name in its titles and, when asked, the re-plan block; and where the sprint
 * sheet keeps its actual revenue. Loaded on demand (see generator/actions.ts), so the builders are not
 * part of the pane's first load.
 */
import type { SprintPlan } from "../../domain/sprint";
import { buildWorkbook, workbookLayout } from "../../workbook";
import { withReplan } from "../../workbook/replan";
import { withSprintName } from "../../workbook/titled";
import type { WorkbookSpec } from "../../workbook/spec";
import type { CellsRef } from "../../hosts/host";

export { replanSprint } from "../../domain/replan";

/** The spec of a write: the plan, its name in the titles, and the re-plan block when dated. */
export function specFor(plan: SprintPlan, name: string, replanSerial: number | null): WorkbookSpec {
  const spec = withSprintName(buildWorkbook(plan), name);
  return replanSerial === null ? spec : withReplan(spec, plan, replanSerial);
}

/** The sprint sheet's actual-revenue column (one cell per day), for re-planning. */
export function actualRevenueRef(plan: SprintPlan): CellsRef {
  const layout = workbookLayout(plan);
  return { sheet: layout.sheetNames.sprint, address: layout.sprint.days("act.revenue").replace(/\$/g, "") };
}
