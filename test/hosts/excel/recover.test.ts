/** Which cosmetic step an Excel error comes from (src/hosts/excel/recover.ts failedStep): the host finishes the steps after it. */
import { failedStep } from "../../../src/hosts/excel/recover";

test.each([
  ["PageLayout.zoom", "pageSetup"],
  ["HeaderFooter.centerFooter", "pageSetup"],
  ["HeaderFooterGroup.state", "pageSetup"],
  ["PageBreakCollection.add", "pageSetup"],
  ["ChartFont.size", "charts"],
  ["ChartCollection.add", "charts"],
  ["ChartSeries.setValues", "charts"],
  ["NoteCollection.add", "notes"],
  ["Worksheet.activate", "activate"],
  ["Range.formulas", null],
  [undefined, null],
])("the cosmetic step of errorLocation %s is %s", (location, step) => {
  expect(failedStep(location)).toBe(step);
});
