/**
 * The printed workbook, checked from the PDF LibreOffice makes of it: three
 * workbooks — the seeds' case; 800,000 with four owners (李四 weighted 2) and two weeks of
 * reports in the daily log, named "三月冲刺"; 200 owners × 92 days — go through one
 * LibreOffice run to PDF, and the pages are read back with poppler (`pdftotext -bbox`,
 * `pdffonts`):
 * - every page carries its header (sprint name, sheet name, sprint dates) and the footer
 *   "第 N 页，共 M 页" with the right numbers;
 * - no text prints below 8 pt, and LibreOffice printed each fixed-scale sheet at the spec's
 *   scale (measured from the glyph boxes, calibrated on the weekly review printed at 100 %);
 * - no weekly-review block is split: every week's heading is on the page of its last row,
 *   and the review breaks where the page setup says;
 * - the daily log prints its filled rows only: one page without reports, every report row
 *   once with them, no blank page;
 * - the sprint sheet's and the board's header rows and date / owner column repeat on every page;
 * - no serif font anywhere.
 * The pages per sheet are printed to the console.
 *
 * Needs `soffice` and poppler-utils (`pdftotext`, `pdffonts`).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice, findSoffice, SOFFICE_MISSING } from "../../scripts/lo-recalc";
import { planSprint, type SprintInputs, type SprintPlan } from "../../src/domain/sprint";
import { defaultOwners } from "../../src/i18n/sheet";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { FMT } from "../../src/workbook/kit";
import type { WorkbookLayout } from "../../src/workbook/layout";
import { MIN_PRINTED_PT, PAGE_MARGINS } from "../../src/workbook/print";
import type { CellSpec, WorkbookSpec } from "../../src/workbook/spec";
import { SUMMARY_TILES, type SheetKey } from "../../src/domain/vocabulary";
import { withSprintName } from "../../src/workbook/titled";
import { writeXlsx } from "../../src/xlsx/writer";
import { evaluateWorkbook } from "../../src/workbook/evaluate";
import { formatText } from "../../src/workbook/evaluate/text";
import { parseCell } from "../../src/workbook/a1";

jest.setTimeout(600_000);

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}

interface Page {
  width: number;
  height: number;
  words: Word[];
  /** The sheet the page belongs to (from its header). */
  sheet: SheetKey;
  header: Word[];
  footer: Word[];
  body: Word[];
}

interface Case {
  file: string;
  plan: SprintPlan;
  layout: WorkbookLayout;
  spec: WorkbookSpec;
  name: string;
  /** Report rows put into the daily log. */
  reports: number;
  pages: Page[];
}

const START = "2025-03-03"; // a Monday

function makeCase(file: string, inputs: SprintInputs, name: string, reportDays: number): Case {
  const r = planSprint(inputs);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const layout = workbookLayout(r.plan);
  let spec = buildWorkbook(r.plan);
  if (name) spec = withSprintName(spec, name);
  // Reports of the first `reportDays` days' working days, one per owner, as the preview's
  // "Download .xlsx" carries typed reports: a block in the log's entry range.
  const rows: CellSpec[][] = [];
  for (const d of r.plan.days.slice(0, reportDays)) {
    if (!d.working) continue;
    r.plan.owners.forEach((o, i) =>
      rows.push([{ v: d.serial, fmt: FMT.date }, { v: o.name }, { v: 12 }, { v: 18 + i }, { v: 30 }, { v: 2 }, { v: 1 }, { v: 1 }, { v: 9000 + 1000 * i }, {}]),
    );
  }
  if (rows.length > 0) {
    spec = { ...spec, sheets: spec.sheets.map((s) => (s.key === "log" ? { ...s, blocks: [...s.blocks, { at: `A${layout.log.firstRow}`, cells: rows }] } : s)) };
  }
  return { file, plan: r.plan, layout, spec, name, reports: rows.length, pages: [] };
}

const CASES: Case[] = [
  makeCase("seed.xlsx", { target: 500000, avgOrderValue: 5000, conversion: 0.05, owners: defaultOwners("zh-CN", 5), start: START, days: 30, locale: "zh-CN" }, "", 0),
  makeCase(
    "team.xlsx",
    {
      target: 800000,
      avgOrderValue: 8000,
      conversion: 0.04,
      owners: [{ name: "张三" }, { name: "李四", weight: 2 }, { name: "王五" }, { name: "赵六" }],
      start: START,
      days: 30,
      locale: "zh-CN",
    },
    "三月冲刺",
    14,
  ),
  makeCase("big.xlsx", { target: 50000000, avgOrderValue: 5000, conversion: 0.05, owners: defaultOwners("zh-CN", 200), start: START, days: 92, locale: "zh-CN" }, "", 0),
];

const unescape = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** The pages of a PDF with their words, told apart into header, body and footer by the page margins. */
function readPages(pdf: string, c: Case): Page[] {
  const xml = execFileSync("pdftotext", ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: 512 * 1024 * 1024 });
  const names = new Map(c.spec.sheets.map((s) => [s.name, s.key]));
  const top = PAGE_MARGINS.top * 72;
  const bottom = PAGE_MARGINS.bottom * 72;
  return [...xml.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m, i) => {
    const width = Number(m[1]);
    const height = Number(m[2]);
    const words = [...m[3].matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (w): Word => ({ x0: Number(w[1]), y0: Number(w[2]), x1: Number(w[3]), y1: Number(w[4]), text: unescape(w[5]) }),
    );
    const header = words.filter((w) => w.y1 <= top);
    const footer = words.filter((w) => w.y0 >= height - bottom);
    const sheet = header.map((w) => names.get(w.text)).find((k) => k !== undefined);
    if (!sheet) throw new Error(`${c.file} page ${i + 1}: no sheet name in the header (${header.map((w) => w.text).join(" ")})`);
    return { width, height, words, sheet, header, footer, body: words.filter((w) => w.y1 > top && w.y0 < height - bottom) };
  });
}

const pagesOf = (c: Case, key: SheetKey): Page[] => c.pages.filter((p) => p.sheet === key);
const has = (p: Page, text: string): boolean => p.body.some((w) => w.text === text);

/** Height of a word's box per point of font size, measured on the weekly review printed at 100 %. */
let boxPerPt = 0;
let dir = "";
let fonts = "";

beforeAll(async () => {
  if (!findSoffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(join(tmpdir(), "sprint-print-"));
  const files: string[] = [];
  for (const c of CASES) {
    const path = join(dir, c.file);
    writeFileSync(path, (await writeXlsx(c.spec)).buffer);
    files.push(path);
  }
  const pdfs = await convertWithLibreOffice(files, { to: "pdf", outDir: dir, timeoutMs: 540_000 });
  CASES.forEach((c, i) => (c.pages = readPages(pdfs[i], c)));
  fonts = pdfs.map((p) => execFileSync("pdffonts", [p], { encoding: "utf8" })).join("\n");
  // The review prints at 100 % (a narrow sheet, fixed scale): its header is 11-pt text.
  const review = CASES[0].spec.sheets.find((s) => s.key === "review")!.pageSetup.scale;
  if (!("percent" in review) || review.percent !== 100) throw new Error("the weekly review was expected at 100 %");
  const heights = pagesOf(CASES[0], "review").flatMap((p) => p.header.map((w) => w.y1 - w.y0));
  boxPerPt = heights.sort((a, b) => a - b)[Math.floor(heights.length / 2)] / 11;

  const table = CASES.map((c) => `${c.file}: ${c.pages.length} pages — ${c.spec.sheets.map((s) => `${s.name} ${pagesOf(c, s.key).length}`).join(", ")}`);
  console.log(`Pages printed by LibreOffice\n${table.join("\n")}`);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe.each(CASES.map((c) => [c.file, c] as const))("%s printed by LibreOffice", (_file, c) => {
  test("every sheet prints, in tab order", () => {
    const order = [...new Set(c.pages.map((p) => p.sheet))];
    expect(order).toEqual(c.spec.sheets.map((s) => s.key));
  });

  test("every page: header with the sprint's name, the sheet's name and dates; footer 第 N 页，共 M 页", () => {
    const from = c.plan.days[0].date;
    const to = c.plan.days[c.plan.days.length - 1].date;
    c.pages.forEach((p, i) => {
      const header = p.header.map((w) => w.text);
      expect([i + 1, header]).toEqual([i + 1, expect.arrayContaining([from, to, ...(c.name ? [c.name] : [])])]);
      const footer = p.footer.map((w) => w.text).join(" ");
      expect([i + 1, footer]).toEqual([i + 1, `第 ${i + 1} 页，共 ${c.pages.length} 页`]);
    });
  });

  test(`no text below ${MIN_PRINTED_PT} pt; fixed-scale sheets printed at their scale`, () => {
    expect(boxPerPt).toBeGreaterThan(1.1);
    expect(boxPerPt).toBeLessThan(1.5);
    let smallest = Infinity;
    let where = "";
    for (const p of c.pages) {
      for (const w of p.words) {
        const pt = (w.y1 - w.y0) / boxPerPt;
        if (pt < smallest) [smallest, where] = [pt, `${p.sheet}: ${w.text}`];
      }
      const scale = c.spec.sheets.find((s) => s.key === p.sheet)!.pageSetup.scale;
      if ("percent" in scale) {
        // The header is 11-pt text scaled with the page.
        const size = Math.min(...p.header.map((w) => (w.y1 - w.y0) / boxPerPt));
        expect([p.sheet, Math.abs(size - (11 * scale.percent) / 100) < 0.3]).toEqual([p.sheet, true]);
      }
    }
    // The smallest text and where it is, so a failure names the sheet and the words.
    expect([where, smallest >= MIN_PRINTED_PT - 0.05 ? "ok" : smallest]).toEqual([where, "ok"]);
  });

  test("no weekly-review block is split: each week's heading is on the page of its last row", () => {
    const pages = pagesOf(c, "review");
    const weeks = pages.map((p) =>
      p.body
        .filter((w) => /^第\d+周$/.test(w.text))
        .sort((a, b) => a.y0 - b.y0)
        .map((w) => w.text),
    );
    expect(weeks.flat()).toEqual(c.plan.weeks.map((w) => `第${w.week}周`));
    pages.forEach((p, i) => {
      // A block: heading, 销售额, 成交数, 本周最佳, the stage header and the weakest-stage row (最弱转化阶段 twice).
      const count = (t: string): number => p.body.filter((w) => w.text === t).length;
      expect([i, count("销售额"), count("本周最佳"), count("最弱转化阶段")]).toEqual([i, weeks[i].length, weeks[i].length, 2 * weeks[i].length]);
      expect(weeks[i].length).toBeGreaterThan(0);
    });
    // LibreOffice broke the pages where the page setup says.
    const setup = c.spec.sheets.find((s) => s.key === "review")!.pageSetup;
    expect(pages).toHaveLength(setup.rowBreaks.length + 1);
  });

  test("the daily log prints its filled rows only", () => {
    const pages = pagesOf(c, "log");
    const dates = pages.map((p) => p.body.filter((w) => /^\d{4}-\d{2}-\d{2}$/.test(w.text)).length);
    expect(dates.reduce((a, b) => a + b, 0)).toBe(c.reports);
    if (c.reports === 0) expect(pages).toHaveLength(1);
    else expect(dates.every((n) => n > 0)).toBe(true);
  });

  test("the sprint sheet and the board repeat their header rows and date / owner column on every page", () => {
    const sprint = pagesOf(c, "sprint");
    for (const p of sprint) expect(has(p, "日期")).toBe(true);
    // The actuals print on pages of their own, with the day and date repeated.
    expect(sprint.some((p) => has(p, "实际线索") && has(p, c.plan.days[0].date) && !has(p, "计划线索"))).toBe(true);
    for (const p of pagesOf(c, "board")) expect(has(p, "负责人")).toBe(true);
    expect(sprint.length).toBeGreaterThan(1);
  });

  test("the summary prints first, on exactly one page, with the sprint sheet's headline figures", () => {
    const summary = pagesOf(c, "summary");
    expect(summary).toHaveLength(1);
    expect(c.pages[0].sheet).toBe("summary");
    const [page] = summary;
    const sprint = pagesOf(c, "sprint");
    // The sprint sheet's KPIs as it shows them (its cells' number formats), from the cached results.
    const values = evaluateWorkbook(c.spec);
    const S = c.layout.sprint;
    const sprintSheet = c.spec.sheets.find((s) => s.key === "sprint")!;
    const shown = (address: string): string => {
      const { row, col } = parseCell(address);
      const v = values.get(sprintSheet.name, row, col);
      const fmt = sprintSheet.blocks.flatMap((b) => {
        const o = parseCell(b.at);
        const cell = b.cells[row - o.row]?.[col - o.col];
        return cell?.fmt ? [cell.fmt] : [];
      })[0];
      if (typeof v !== "number" || !fmt) throw new Error(`no number at ${address}`);
      return formatText(v, fmt.replace(/"[^"]*"/g, ""));
    };
    const keys = c.reports > 0 ? (["target", "actualToDate", "pacing", "attainment", "projected", "requiredDaily"] as const) : (["target"] as const);
    const U = c.layout.summary;
    // The tiles' values: the words on the summary's value row, left to right.
    for (const k of keys) {
      const figure = shown(`${S.kpiCol[k]}${S.kpiValueRow}`);
      expect([k, has(page, figure), sprint.some((p) => has(p, figure))]).toEqual([k, true, true]);
    }
    const targetWord = page.body.find((w) => w.text === shown(`${S.kpiCol.target}${S.kpiValueRow}`))!;
    const tileRow = page.body.filter((w) => Math.abs(w.y0 - targetWord.y0) < 2).sort((a, b) => a.x0 - b.x0);
    expect(tileRow).toHaveLength(SUMMARY_TILES.length);
    if (c.reports > 0) {
      expect(tileRow.slice(0, keys.length).map((w) => w.text)).toEqual(keys.map((k) => shown(`${S.kpiCol[k]}${S.kpiValueRow}`)));
      // The last reported day: the last date with reports.
      const lastDay = c.plan.days.slice(0, 14).filter((d) => d.working).pop()!.date;
      expect(tileRow[tileRow.length - 1].text).toBe(lastDay);
    } else {
      // Before any report: the plan (the first owners' targets listed), no attainment in red.
      expect(has(page, c.plan.owners[0].name)).toBe(true);
      expect(has(page, "0.0%")).toBe(false);
    }
    // With many owners: the top and the bottom of the list and a count of the rest.
    const n = c.plan.owners.length;
    if (n > U.listRows.length) {
      expect(has(page, c.plan.owners[0].name)).toBe(true);
      expect(has(page, c.plan.owners[n - 1].name)).toBe(true);
      expect(has(page, c.plan.owners[Math.floor(n / 2)].name)).toBe(false);
    } else for (const o of c.plan.owners) expect([o.name, has(page, o.name)]).toEqual([o.name, true]);
  });

  test("no serif font", () => {
    expect(fonts).not.toMatch(/serif/i);
    expect(fonts).toMatch(/DejaVuSans|NotoSansCJK/);
  });
});
