/**
 * The sprint's name in the sheet titles: "三月冲刺 · 30天销售冲刺计划", and at the top left of
 * every printed page. Sheet names stay the builders' (formulas and defined names refer to them);
 * only the title text in A1 and the page header change.
 */
import type { WorkbookSpec } from "./spec";

/** Longest name put in front of a title. */
export const MAX_TITLE_NAME = 60;

export function withSprintName(spec: WorkbookSpec, name: string): WorkbookSpec {
  const n = name.trim().slice(0, MAX_TITLE_NAME);
  if (!n) return spec;
  return {
    ...spec,
    sheets: spec.sheets.map((s) => {
      const header = s.pageSetup.header && { ...s.pageSetup.header, title: n };
      const sheet = header ? { ...s, pageSetup: { ...s.pageSetup, header } } : s;
      const i = sheet.blocks.findIndex((b) => b.at === "A1");
      const title = i < 0 ? undefined : sheet.blocks[i].cells[0]?.[0];
      if (!title || typeof title.v !== "string") return sheet;
      const block = sheet.blocks[i];
      const firstRow = [{ ...title, v: `${n} · ${title.v}` }, ...block.cells[0].slice(1)];
      const blocks = [...sheet.blocks];
      blocks[i] = { ...block, cells: [firstRow, ...block.cells.slice(1)] };
      return { ...sheet, blocks };
    }),
  };
}
