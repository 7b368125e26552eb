/**
 * buildWorkbook: a sprint plan → the declarative workbook spec every writer consumes
 * (src/xlsx here, Office.js in src/hosts/excel).
 */
import type { SprintPlan } from "../domain/sprint";
import type { WorkbookSpec } from "./spec";
import { workbookLayout } from "./layout";
import { buildInputsSheet } from "./inputs";
import { buildSprintSheet } from "./sprintSheet";
import { buildTargetsSheet } from "./targets";
import { buildFunnelSheet } from "./funnel";
import { buildLogSheet } from "./logSheet";
import { boardNames, buildBoardSheet } from "./board";
import { buildReviewSheet } from "./review";
import { buildSummarySheet } from "./summary";
import { workbookFont } from "./kit";
import { sprintPageHeader } from "./print";
import { MIGRATED_NOTE } from "../i18n/logTab";

export function buildWorkbook(plan: SprintPlan): WorkbookSpec {
  const layout = workbookLayout(plan);
  const inputs = buildInputsSheet(plan, layout);
  const sprint = buildSprintSheet(plan, layout);
  // Every printed page: the sprint's dates at the top (its name too, src/workbook/titled.ts), "page N of M" below.
  const header = sprintPageHeader(layout.strings.print, plan.days[0].date, plan.days[plan.days.length - 1].date);
  return {
    locale: plan.inputs.locale,
    font: workbookFont(plan.inputs.locale),
    // The summary first (the sheet a recipient opens on), the plan's sheets, then the sheets that run the sprint.
    sheets: [
      buildSummarySheet(plan, layout),
      inputs.sheet,
      sprint.sheet,
      buildTargetsSheet(plan, layout),
      buildFunnelSheet(plan, layout),
      buildLogSheet(plan, layout),
      buildBoardSheet(plan, layout),
      buildReviewSheet(plan, layout),
    ].map((sheet) => ({ ...sheet, pageSetup: { ...sheet.pageSetup, header } })),
    names: [...inputs.names, ...sprint.names, ...boardNames(layout)],
    logWords: { teamOwner: layout.run.teamOwner, movedNote: MIGRATED_NOTE[plan.inputs.locale] },
  };
}

export { workbookLayout } from "./layout";
