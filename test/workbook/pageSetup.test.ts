/**
 * The page setup of every generated sheet (src/workbook/print.ts): readable (never below 8 pt
 * at print scale), split by whole column groups that each fit a page, rows that belong
 * together on one page, a page header and footer. Checked on the sprint's shapes that matter:
 * the seeds' case, four owners in English and Traditional Chinese, 200 owners × 92 days.
 * test/integration/print.test.ts checks the printed pages themselves (LibreOffice).
 */
import { planSprint, type SprintInputs, type SprintPlan } from "../../src/domain/sprint";
import { defaultOwners } from "../../src/i18n/sheet";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { parseCell, parseRange } from "../../src/workbook/a1";
import { BODY_PT, SheetDraft, text } from "../../src/workbook/kit";
import { REVIEW_BLOCK_ROWS, SPRINT_COLUMNS } from "../../src/workbook/layout";
import {
  headerFooterSections,
  joinSections,
  MIN_PRINTED_PT,
  minScaleFor,
  PAGE_MARGINS,
  planPageSetup,
  printableArea,
  rowBudget,
  widthToPoints,
} from "../../src/workbook/print";
import type { SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { withSprintName } from "../../src/workbook/titled";

function plan(inputs: Partial<SprintInputs> & Pick<SprintInputs, "owners" | "locale">): SprintPlan {
  const r = planSprint({ target: 800000, avgOrderValue: 8000, conversion: 0.04, start: "2025-03-03", days: 30, ...inputs });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.plan;
}

const CASES: [string, SprintPlan][] = [
  ["seeds (zh-CN, 5 owners)", plan({ target: 500000, avgOrderValue: 5000, conversion: 0.05, owners: defaultOwners("zh-CN", 5), locale: "zh-CN" })],
  ["4 owners (en)", plan({ owners: [{ name: "Ann" }, { name: "Bob", weight: 2 }, { name: "Cat" }, { name: "Dan" }], locale: "en" })],
  ["4 owners (zh-TW)", plan({ owners: [{ name: "張三" }, { name: "李四", weight: 2 }, { name: "王五" }, { name: "趙六" }], locale: "zh-TW" })],
  ["200 owners × 92 days", plan({ target: 50000000, avgOrderValue: 5000, conversion: 0.05, owners: defaultOwners("zh-CN", 200), days: 92, locale: "zh-CN" })],
];

/** The smallest font on a sheet (cells; charts print at the body size). */
function minFont(s: SheetSpec): number {
  return Math.min(BODY_PT, ...s.blocks.flatMap((b) => b.cells.flat().map((c) => c.style?.fontSize ?? BODY_PT)));
}

/** The budget height of a row, as the planner reckons it. */
function rowHeight(s: SheetSpec): (row: number) => number {
  const fonts = new Map<number, number>();
  for (const b of s.blocks) {
    const top = parseCell(b.at).row;
    b.cells.forEach((cells, i) => fonts.set(top + i, Math.max(fonts.get(top + i) ?? BODY_PT, ...cells.map((c) => c.style?.fontSize ?? BODY_PT))));
  }
  const explicit = new Map((s.rowHeights ?? []).map((h) => [h.row, h.height]));
  return (row) => explicit.get(row) ?? rowBudget(fonts.get(row) ?? BODY_PT);
}

/** Column pages: [first, last] column of each, from the column breaks. */
function columnPages(s: SheetSpec): [number, number][] {
  const starts = [1, ...s.pageSetup.columnBreaks];
  return starts.map((c, i) => [c, (starts[i + 1] ?? s.columns.length + 1) - 1]);
}

const widthOf = (s: SheetSpec, from: number, to: number): number =>
  s.columns.slice(from - 1, to).reduce((a, c) => a + (c.hidden ? 0 : widthToPoints(c.width)), 0);

describe.each(CASES)("%s", (_name, p) => {
  const spec: WorkbookSpec = buildWorkbook(p);
  const L = workbookLayout(p);
  const sheet = (key: SheetSpec["key"]): SheetSpec => spec.sheets.find((s) => s.key === key)!;

  test("every sheet prints its smallest text at 8 pt or more", () => {
    for (const s of spec.sheets) {
      const sc = s.pageSetup.scale;
      if ("percent" in sc) {
        expect([s.key, (minFont(s) * sc.percent) / 100 >= MIN_PRINTED_PT]).toEqual([s.key, true]);
      } else {
        // Fitted: shrunk only as far as the columns need (the funnel, fitted to one page, a little), never below 8 pt.
        const shrink = Math.min(1, printableArea(s.pageSetup.orientation).width / widthOf(s, 1, s.columns.length));
        expect([s.key, sc.pagesWide, minFont(s) * shrink >= MIN_PRINTED_PT]).toEqual([s.key, 1, true]);
      }
    }
  });

  test("a sheet wider than a page is split by whole column groups, each page fitting its width", () => {
    for (const s of spec.sheets) {
      const sc = s.pageSetup.scale;
      if (!("percent" in sc)) continue;
      const titles = s.pageSetup.printTitleColumns ? parseRange(`${s.pageSetup.printTitleColumns.split(":")[0]}1:${s.pageSetup.printTitleColumns.split(":")[1]}1`) : null;
      const width = (printableArea(s.pageSetup.orientation).width * 100) / sc.percent;
      columnPages(s).forEach(([from, to], i) => {
        const repeated = i > 0 && titles ? widthOf(s, titles.left, titles.right) : 0;
        expect([s.key, i, repeated + widthOf(s, from, to) <= width]).toEqual([s.key, i, true]);
      });
      if (s.pageSetup.columnBreaks.length > 0) {
        expect([s.key, s.pageSetup.pageOrder, s.pageSetup.printTitleColumns]).toEqual([s.key, "overThenDown", expect.stringMatching(/^A:/)]);
      }
    }
  });

  test("the sprint sheet: two pages wide at the day's plan | its actuals, day and date repeated, the weekly table with its chart on a page of its own", () => {
    const s = sheet("sprint");
    expect(s.pageSetup).toMatchObject({
      orientation: "landscape",
      scale: { percent: 75 },
      printTitleRows: `${L.sprint.headerRow}:${L.sprint.headerRow}`,
      printTitleColumns: "A:B",
      columnBreaks: [SPRINT_COLUMNS.indexOf("act.leads") + 1],
      rowBreaks: [L.sprint.weeklyTitleRow],
    });
  });

  test("the board: pages of whole metrics with the owner column and the to-date headers repeated", () => {
    const s = sheet("board");
    const B = L.board;
    expect(s.pageSetup).toMatchObject({ orientation: "landscape", printTitleColumns: "A:A", printTitleRows: `${B.toDateHeaderRow}:${B.toDateHeaderRow + 1}` });
    // Metrics span four columns from B: a page starts at a metric's first column or right of the rank.
    for (const c of s.pageSetup.columnBreaks) expect([c, (c - 2) % 4 === 0 || c > parseCell(`${B.rankCol}1`).col]).toEqual([c, true]);
    expect(s.pageSetup.columnBreaks.length).toBeGreaterThan(0);
  });

  test("the weekly review: every week's block on one page; no block split", () => {
    const s = sheet("review");
    const height = (printableArea(s.pageSetup.orientation).height * 100) / (s.pageSetup.scale as { percent: number }).percent;
    const h = rowHeight(s);
    const starts = [1, ...s.pageSetup.rowBreaks];
    const lastRow = L.review.blockRow(p.weeks.length) + REVIEW_BLOCK_ROWS - 1;
    starts.forEach((top, i) => {
      const bottom = (starts[i + 1] ?? lastRow + 1) - 1;
      let used = 0;
      for (let r = top; r <= bottom; r++) used += h(r);
      // At the generous budget heights the page holds all its rows: no break of the app's own.
      expect([top, used <= height]).toEqual([top, true]);
    });
    // Breaks fall on blocks' first rows only.
    for (const r of s.pageSetup.rowBreaks) expect((r - L.review.firstBlockRow) % REVIEW_BLOCK_ROWS).toBe(0);
    expect(s.pageSetup.printTitleRows).toBeUndefined();
    if (p.weeks.length > 3) expect(s.pageSetup.rowBreaks.length).toBeGreaterThan(0);
  });

  test("the daily log and inputs fit one page wide, the funnel (table and chart) one page; the log prints its used rows only", () => {
    for (const key of ["inputs", "log"] as const) {
      expect([key, sheet(key).pageSetup.scale]).toEqual([key, { pagesWide: 1, pagesTall: null }]);
    }
    expect(sheet("funnel").pageSetup.scale).toEqual({ pagesWide: 1, pagesTall: 1 });
    expect(sheet("log").pageSetup.printArea).toBeUndefined();
    expect(sheet("log").pageSetup.printTitleRows).toBe(`${L.log.headerRow}:${L.log.headerRow}`);
  });

  test("every sheet has the page header and footer; the sprint's name goes to the top left", () => {
    const named = withSprintName(spec, "Q3 & 冲刺");
    for (const s of named.sheets) {
      expect(s.pageSetup.header?.title).toBe("Q3 & 冲刺");
      expect(s.pageSetup.margins).toEqual(PAGE_MARGINS);
    }
  });
});

describe("planPageSetup", () => {
  const shape = (widths: number[], rows: number, fontPt = 11) => ({
    columns: widths.map((width) => ({ width })),
    lastRow: rows,
    minFontPt: fontPt,
    rowHeight: () => 18,
  });

  test("the smallest scale keeps 8 pt: 75 % for 11-pt text, 80 % for 10 pt, 100 % for 8 pt", () => {
    expect([minScaleFor(11), minScaleFor(10), minScaleFor(8)]).toEqual([75, 80, 100]);
  });

  test("a one-page summary: fit to 1 × 1 pages when that keeps its text readable, an error when it would not", () => {
    expect(planPageSetup({ orientation: "landscape", fitTo: { wide: 1, tall: 1 } }, shape([20, 20, 20, 20], 25))).toMatchObject({
      orientation: "landscape",
      scale: { pagesWide: 1, pagesTall: 1 },
      rowBreaks: [],
      columnBreaks: [],
    });
    // 60 rows of 18 pt on a landscape page would print at about 47 %.
    expect(() => planPageSetup({ orientation: "landscape", fitTo: { wide: 1, tall: 1 } }, shape([20, 20], 60))).toThrow(/below the 75 %/);
  });

  test("narrow sheets are portrait; manual breaks rule out fitting (apps ignore them while fitting)", () => {
    expect(planPageSetup({}, shape([20, 20], 10))).toMatchObject({ orientation: "portrait", scale: { pagesWide: 1, pagesTall: null } });
    expect(planPageSetup({ keepTogether: [{ top: 5, bottom: 8 }] }, shape([20, 20], 10)).scale).toEqual({ percent: 100 });
  });

  test("the fewest pages wide at the largest scale that gives them", () => {
    // 30 columns of 10 characters (56.25 pt each), the first repeated: 3 pages wide down to 90 %, 2 from 85 %.
    const s = planPageSetup({ titleColumns: "A:A" }, shape(Array.from({ length: 30 }, () => 10), 10));
    expect(s.scale).toEqual({ percent: 85 });
    expect(s.columnBreaks).toHaveLength(1);
    expect(s.printTitleColumns).toBe("A:A");
  });

  test("SheetDraft.build plans from the sheet's own rows and fonts", () => {
    const d = new SheetDraft();
    d.block("A1", [[text("x", { fontSize: 9 })], ...Array.from({ length: 5 }, () => [text("y")])]);
    const s = d.build({ key: "inputs", name: "S", columns: Array.from({ length: 40 }, () => ({ width: 12 })), print: {} });
    // 9-pt text: never below 90 %.
    expect((s.pageSetup.scale as { percent: number }).percent).toBeGreaterThanOrEqual(90);
  });
});

describe("page header and footer codes", () => {
  const font = { name: "DengXian", size: 11, charset: 134 };

  test("sprint name, sheet name, dates; page N of M; a literal & doubled", () => {
    const hf = headerFooterSections({ title: "Q3 & 冲刺", period: "2025-03-03 至 2025-04-01", pageOf: "第 {page} 页，共 {pages} 页" }, font);
    expect(joinSections(hf.header)).toBe('&L&11&"DengXian,Regular"Q3 && 冲刺&C&11&"DengXian,Regular"&A&R&11&"DengXian,Regular"2025-03-03 至 2025-04-01');
    expect(joinSections(hf.footer)).toBe('&C&11&"DengXian,Regular"第 &P 页，共 &N 页');
  });

  test("refuses a header over Excel's 255 characters", () => {
    expect(() => headerFooterSections({ title: "x".repeat(250), period: "", pageOf: "{page}" }, font)).toThrow(/over Excel's 255/);
  });
});
