/**
 * Cached formula results in the .xlsx: every formula cell the writer stores carries
 * its result, and each result equals what LibreOffice computes after a full recalculation
 * (fresh profile, "recalculate on load: always", scripts/lo-recalc.ts). This also shows that
 * the evaluator (src/workbook/evaluate) and LibreOffice agree on every formula the builders write.
 *
 * And the burn-up chart is drawn: LibreOffice prints the workbook to PDF, poppler's pdftoppm
 * renders the pages, and the sprint sheet's page shows the plan and actual lines' colours, which
 * the same workbook without chart parts does not.
 *
 * All workbooks go through one LibreOffice run per output format (it is slow). Needs `soffice`
 * and `pdftoppm` / `pdftotext` (Debian: poppler-utils); fails without them.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { convertWithLibreOffice, findSoffice, SOFFICE_MISSING } from "../../scripts/lo-recalc";
import { planSprint, type SprintInputs } from "../../src/domain/sprint";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { colLetter, parseCell } from "../../src/workbook/a1";
import { INPUT_VALUE_COL } from "../../src/workbook/inputs";
import { REVIEW_ROWS, type WorkbookLayout } from "../../src/workbook/layout";
import type { WorkbookSpec } from "../../src/workbook/spec";
import type { SheetKey } from "../../src/domain/vocabulary";
import { writeXlsx } from "../../src/xlsx/writer";
import { SPRINT_METRICS } from "../../src/domain/vocabulary";
import JSZip from "jszip";
import { readRawCells, type RawCell, type RawValue } from "../xlsx/rawCells";
import { seedInputs } from "../fixtures/seedPlan";

jest.setTimeout(900_000); // one LibreOffice run of several workbooks: minutes on a loaded machine

/** Sets a constant into the spec's cell at `address` of `sheet`, as the preview's download does with typed cells. */
function type(spec: WorkbookSpec, sheet: SheetKey, address: string, v: number): void {
  const { row, col } = parseCell(address);
  const s = spec.sheets.find((x) => x.key === sheet)!;
  for (const b of s.blocks) {
    const o = parseCell(b.at);
    const cell = b.cells[row - o.row]?.[col - o.col];
    if (cell) {
      expect(cell.input).toBe(true); // only input cells are typed into
      delete cell.f;
      cell.v = v;
      return;
    }
  }
  throw new Error(`no cell ${sheet}!${address}`);
}

/**
 * Typed actuals: daily reports as rows of the daily log (the sprint sheet sums them),
 * added to the spec as the preview's download adds typed cells; owner actuals before the log
 * as opening figures; funnel actuals; the pipeline value.
 */
function typeActuals(spec: WorkbookSpec, L: WorkbookLayout): void {
  const G = L.log;
  const log = spec.sheets.find((x) => x.key === "log")!;
  const start = spec.names.find((n) => n.name === "SprintStart")!;
  const startSerial = namedConstant(spec, start.ref);
  const cols = [G.col.date, G.col.owner, ...SPRINT_METRICS.map((m) => G.col[m])].map((c) => parseCell(`${c}1`).col);
  const left = Math.min(...cols);
  const rows = [1, 2, 3, 4, 5, 8, 9, 10].map((day, k) => {
    const line: { v?: number | string }[] = new Array(Math.max(...cols) - left + 1).fill(null).map(() => ({}));
    line[parseCell(`${G.col.date}1`).col - left] = { v: startSerial + day - 1 };
    line[parseCell(`${G.col.owner}1`).col - left] = { v: L.run.teamOwner };
    SPRINT_METRICS.forEach((m, i) => (line[parseCell(`${G.col[m]}1`).col - left] = { v: (k + 1) * 7 + i * 13 + (m === "revenue" ? 18000 : 0) }));
    return line;
  });
  log.blocks.push({ at: `${colLetter(left)}${G.firstRow}`, cells: rows });
  // Opening figures on the funnel (its actuals add the log's sums), typed per-rep daily figures (one below the funnel's need).
  [1000, 700, 400, 120, 50].forEach((n, i) => type(spec, "funnel", `${L.funnel.col.opening}${L.funnel.firstStageRow + i}`, n));
  type(spec, "inputs", `${INPUT_VALUE_COL}${L.inputs.runRow.DailyDemos}`, 1);
  type(spec, "inputs", `${INPUT_VALUE_COL}${L.inputs.row.DailyCalls}`, 25);
  [30000, 45000, 20000].forEach((n, i) => type(spec, "targets", `${L.targets.col.opening}${L.targets.firstOwnerRow + i}`, n));
  type(spec, "inputs", `${INPUT_VALUE_COL}${L.inputs.row.PipelineValue}`, 400000);
}

/** The constant a defined name's single cell holds in the spec. */
function namedConstant(spec: WorkbookSpec, ref: string): number {
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)$/.exec(ref)!;
  const sheet = spec.sheets.find((x) => x.name === m[1].replace(/''/g, "'"))!;
  const { row, col } = parseCell(`${m[2]}${m[3]}`);
  for (const b of sheet.blocks) {
    const o = parseCell(b.at);
    const v = b.cells[row - o.row]?.[col - o.col]?.v;
    if (typeof v === "number") return v;
  }
  throw new Error(`no number at ${ref}`);
}

interface Case {
  file: string;
  spec: WorkbookSpec;
  layout: WorkbookLayout;
  /** Reports are logged (the summary shows progress rather than the plan). */
  reported: boolean;
}

function makeCase(file: string, inputs: SprintInputs, edit?: (spec: WorkbookSpec, L: WorkbookLayout) => void): Case {
  const r = planSprint(inputs);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const spec = buildWorkbook(r.plan);
  const layout = workbookLayout(r.plan);
  edit?.(spec, layout);
  return { file, spec, layout, reported: edit !== undefined };
}

const SEED = seedInputs();

const cases: Case[] = [
  makeCase("seed.xlsx", SEED),
  makeCase("tw-45-weighted-weekends.xlsx", {
    target: 987654,
    avgOrderValue: 2500,
    conversion: 0.03,
    owners: [
      { name: "北區", weight: 3 },
      { name: "南區", weight: 2 },
      { name: "新人", weight: 0.5 },
    ],
    start: "2028-02-14", // spans leap day 2028-02-29
    days: 45,
    weekends: true,
    locale: "zh-TW",
  }),
  makeCase("seed-typed-actuals.xlsx", seedInputs({ owners: 3 }), typeActuals),
];

/** The pages of a PDF rendered at 60 dpi by poppler's pdftoppm, as binary PPM bytes. */
function render(pdf: string, outDir: string): Buffer[] {
  execFileSync("pdftoppm", ["-r", "60", pdf, join(outDir, "page")]);
  return readdirSync(outDir)
    .filter((f) => /^page-\d+\.ppm$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
    .map((f) => readFileSync(join(outDir, f)));
}

/**
 * Per page, the pixels close to each colour (each channel within 48) in `page` where `baseline`
 * (the same page without charts) is not: what the chart added.
 */
function addedColour(page: Buffer, baseline: Buffer | undefined, colours: readonly (readonly [number, number, number])[]): number[] {
  // Binary PPM: "P6\n<width> <height>\n255\n" then RGB bytes.
  const start = /^P6\s+\d+\s+\d+\s+255\s/.exec(page.subarray(0, 40).toString("latin1"))![0].length;
  const near = (d: Buffer, i: number, [r, g, b]: readonly number[]): boolean =>
    Math.abs(d[i] - r) <= 48 && Math.abs(d[i + 1] - g) <= 48 && Math.abs(d[i + 2] - b) <= 48;
  return colours.map((c) => {
    let n = 0;
    for (let i = start; i + 2 < page.length; i += 3) if (near(page, i, c) && !(baseline && baseline.length === page.length && near(baseline, i, c))) n++;
    return n;
  });
}

const PLAN_BLUE = [0x44, 0x72, 0xc4] as const;
const ACTUAL_ORANGE = [0xed, 0x7d, 0x31] as const;
/** Per printed page of the typed-actuals workbook: [blue, orange] pixels the burn-up chart added. */
let added: number[][] = [];
let pages: [number, number] = [0, 0];
let chartPageText = "";

let dir = "";
const ours = new Map<string, Map<string, Map<string, RawCell>>>();
const theirs = new Map<string, Map<string, Map<string, RawCell>>>();

beforeAll(async () => {
  if (!findSoffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(join(tmpdir(), "sprint-cache-"));
  const files: string[] = [];
  for (const c of cases) {
    const path = join(dir, c.file);
    writeFileSync(path, (await writeXlsx(c.spec)).buffer);
    ours.set(c.file, await readRawCells(readFileSync(path)));
    files.push(path);
  }
  // The seed with every stored number replaced by -1: LibreOffice must not take cached values.
  const zip = await JSZip.loadAsync(readFileSync(files[0]));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.replace(/(<\/f>)<v>-?[\d.eE+-]+<\/v>/g, "$1<v>-1</v>"));
  }
  const poisoned = join(dir, "poisoned.xlsx");
  writeFileSync(poisoned, await zip.generateAsync({ type: "nodebuffer" }));
  files.push(poisoned);
  const outputs = await convertWithLibreOffice(files, { outDir: join(dir, "recalculated"), timeoutMs: 540_000 });
  for (const [i, c] of cases.entries()) theirs.set(c.file, await readRawCells(readFileSync(outputs[i])));
  theirs.set("poisoned.xlsx", await readRawCells(readFileSync(outputs[cases.length])));
  ours.set("poisoned.xlsx", await readRawCells(readFileSync(poisoned)));

  // The typed-actuals workbook printed to PDF with only the burn-up chart, and without any chart.
  const typed = cases[2].spec;
  const only = (keep: (key: string) => boolean): WorkbookSpec => ({ ...typed, sheets: typed.sheets.map((s) => ({ ...s, charts: keep(s.key) ? s.charts : [] })) });
  const pdfDir = join(dir, "pdf");
  const chartFile = join(dir, "burnup.xlsx");
  const bareFile = join(dir, "bare.xlsx");
  writeFileSync(chartFile, (await writeXlsx(only((k) => k === "sprint"))).buffer);
  writeFileSync(bareFile, (await writeXlsx(only(() => false))).buffer);
  const [chartPdf, barePdf] = await convertWithLibreOffice([chartFile, bareFile], { to: "pdf", outDir: pdfDir });
  try {
    const withChart = render(chartPdf, mkdtempSync(join(dir, "png-")));
    const without = render(barePdf, mkdtempSync(join(dir, "png-")));
    pages = [withChart.length, without.length];
    added = withChart.map((page, i) => addedColour(page, without[i], [PLAN_BLUE, ACTUAL_ORANGE]));
    const best = added.reduce((b, c, i) => (c[0] > added[b][0] ? i : b), 0) + 1;
    chartPageText = execFileSync("pdftotext", ["-f", String(best), "-l", String(best), chartPdf, "-"]).toString("utf8");
  } catch (e) {
    throw new Error(`pdftoppm / pdftotext failed (Debian: apt-get install poppler-utils): ${(e as Error).message}`);
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A value for comparison: LibreOffice may store an empty text result as a blank cell. */
function norm(v: RawValue | undefined): RawValue | { t: "blank" } {
  if (v === undefined || (v.t === "s" && v.v === "")) return { t: "blank" };
  return v;
}

function same(a: RawValue | undefined, b: RawValue | undefined): boolean {
  const x = norm(a);
  const y = norm(b);
  if (x.t === "n" && y.t === "n") return Math.abs(x.v - y.v) <= 1e-9 * Math.max(1, Math.abs(x.v), Math.abs(y.v));
  return JSON.stringify(x) === JSON.stringify(y);
}

describe("cached results in the written .xlsx", () => {
  test("LibreOffice recalculates rather than reading the cache (a file with wrong caches comes back right)", () => {
    const seed = cases[0];
    let poisoned = 0;
    const wrong: string[] = [];
    for (const sheet of seed.spec.sheets) {
      for (const [address, cell] of ours.get("poisoned.xlsx")!.get(sheet.name)!) {
        if (cell.f === undefined || cell.value?.t !== "n" || cell.value.v !== -1) continue;
        poisoned++;
        const right = ours.get(seed.file)!.get(sheet.name)!.get(address)!.value;
        if (!same(right, theirs.get("poisoned.xlsx")!.get(sheet.name)!.get(address)?.value)) wrong.push(`${sheet.name}!${address}`);
      }
    }
    expect(poisoned).toBeGreaterThan(200);
    expect(wrong).toEqual([]);
  });

  test("LibreOffice draws the burn-up chart on the sprint sheet's printed page (plan and actual lines)", () => {
    expect(pages[0]).toBe(pages[1]); // the chart sits inside the printed width: same pages with and without it
    const page = added.reduce((b, c, i) => (c[0] > added[b][0] ? i : b), 0);
    // The page where the plan line appears is the sprint sheet's (its day table starts on the sprint's first day)…
    expect(chartPageText).toContain("2025-03-03");
    expect(chartPageText).toContain(cases[2].spec.sheets.find((s) => s.key === "sprint")!.charts[0].series[0].name);
    // …and the chart drew both lines there: the plan over 30 days, the actuals over ten.
    expect(added[page][0]).toBeGreaterThan(60); // at 60 dpi a 2¼-point line is one or two pixels wide
    expect(added[page][1]).toBeGreaterThan(15);
  });

  test.each(cases.map((c) => [c.file, c] as const))("%s: every formula cell stores a result", (file, c) => {
    const missing: string[] = [];
    let formulas = 0;
    for (const sheet of c.spec.sheets) {
      const cells = ours.get(file)!.get(sheet.name)!;
      for (const [address, cell] of cells) {
        if (cell.f === undefined) continue;
        formulas++;
        // An empty text result is stored as t="str" with an empty <v>: it reads back as "", not as missing.
        if (cell.value === undefined) {
          missing.push(`${sheet.name}!${address} =${cell.f}`);
        }
      }
    }
    expect(formulas).toBeGreaterThan(300);
    expect(missing).toEqual([]);
  });

  test.each(cases.map((c) => [c.file, c] as const))("%s: each stored result equals LibreOffice's after a full recalculation", (file, c) => {
    const diffs: string[] = [];
    let compared = 0;
    let texts = 0;
    for (const sheet of c.spec.sheets) {
      const mine = ours.get(file)!.get(sheet.name)!;
      const lo = theirs.get(file)!.get(sheet.name);
      if (!lo) throw new Error(`LibreOffice's copy has no sheet ${sheet.name}`);
      for (const [address, cell] of mine) {
        if (cell.f === undefined) continue;
        compared++;
        const other = lo.get(address);
        if (norm(cell.value).t === "s") texts++;
        if (!same(cell.value, other?.value)) {
          diffs.push(`${sheet.name}!${address} =${cell.f}: ours ${JSON.stringify(cell.value)}, LibreOffice ${JSON.stringify(other?.value)}`);
        }
      }
    }
    expect(diffs.slice(0, 20)).toEqual([]);
    expect(compared).toBeGreaterThan(300);
    expect(texts).toBeGreaterThan(30); // weekday names and phases at least: text results are compared too
  });
});

describe("the summary after LibreOffice recalculates: the sprint sheet's, the board's and the review's figures", () => {
  test.each(cases.map((c) => [c.file, c] as const))("%s", (file, c) => {
    const L = c.layout;
    const U = L.summary;
    const lo = (key: SheetKey): Map<string, RawCell> => theirs.get(file)!.get(L.sheetNames[key])!;
    const at = (key: SheetKey, address: string): RawValue | { t: "blank" } => norm(lo(key).get(address)?.value);
    const summary = (address: string): RawValue | { t: "blank" } => at("summary", address);
    const S = L.sprint;
    const kpi = (k: keyof typeof S.kpiCol): RawValue | { t: "blank" } => at("sprint", `${S.kpiCol[k]}${S.kpiValueRow}`);
    const tile = (k: keyof typeof U.tileCol): RawValue | { t: "blank" } => summary(`${U.tileCol[k]}${U.tileValueRow}`);
    const num = (v: RawValue | { t: "blank" }): number => (v.t === "n" ? v.v : NaN);

    // The headline: the sprint sheet's KPIs once reports are logged; before, the plan's figures.
    expect(tile("target")).toEqual(kpi("target"));
    expect(num(kpi("target"))).toBeGreaterThan(0);
    if (c.reported) {
      for (const k of ["actualToDate", "pacing", "attainment", "projected", "requiredDaily"] as const) expect([k, tile(k)]).toEqual([k, kpi(k)]);
      expect(num(tile("actualToDate"))).toBeGreaterThan(0);
    } else {
      const T = L.targets;
      expect(tile("actualToDate")).toEqual(at("targets", `${T.col.weekly}${T.totalRow}`));
      expect(tile("pacing")).toEqual(kpi("requiredDaily"));
      // Not a wall of zeros: the plan's weekly and daily targets, the sprint's working days.
      for (const k of ["actualToDate", "pacing", "daysLeft"] as const) expect([k, num(tile(k)) > 0]).toEqual([k, true]);
    }

    // The owners' list: each row is the board's (reported) or the target table's (plan) owner at the row's position.
    const B = L.board;
    const T = L.targets;
    const helper = U.listRows.map((x, i) => (x.kind === "more" ? null : summary(`${U.helperCol}${U.firstListRow + i}`)));
    let listed = 0;
    const pcts: number[] = [];
    helper.forEach((q, i) => {
      if (!q || q.t !== "n") return;
      listed++;
      const r = U.firstListRow + i;
      const row = (c.reported ? B.firstOwnerRow : T.firstOwnerRow) + q.v - 1;
      if (c.reported) {
        expect([r, summary(`${U.listCol.owner}${r}`), summary(`${U.listCol.revenue}${r}`), summary(`${U.listCol.pct}${r}`), summary(`${U.listCol.rank}${r}`)]).toEqual([
          r,
          at("board", `A${row}`),
          at("board", `${B.toDateCol("revenue", "actual")}${row}`),
          at("board", `${B.toDateCol("revenue", "pct")}${row}`),
          at("board", `${B.rankCol}${row}`),
        ]);
        pcts.push(num(summary(`${U.listCol.pct}${r}`)));
      } else {
        expect([r, summary(`${U.listCol.owner}${r}`), summary(`${U.listCol.revenue}${r}`)]).toEqual([r, at("targets", `${T.col.owner}${row}`), at("targets", `${T.col.target}${row}`)]);
      }
    });
    // Ranked: attainment never rises down the list.
    expect(pcts).toEqual([...pcts].sort((a, b) => b - a));
    if (!c.reported) expect(listed).toBe(Math.min(U.listRows.length, L.targets.lastOwnerRow - L.targets.firstOwnerRow + 1));

    // This week's review: the review sheet's block of the current week.
    const week = num(summary(U.weekCell));
    expect(week).toBeGreaterThanOrEqual(1);
    const block = L.review.blockRow(week);
    for (const [key, offset] of [["revenue", REVIEW_ROWS.revenue], ["deals", REVIEW_ROWS.deals]] as const) {
      const r = U.reviewRow[key];
      expect([key, summary(`${U.reviewCol.planned}${r}`), summary(`${U.reviewCol.actual}${r}`)]).toEqual([key, at("review", `B${block + offset}`), at("review", `C${block + offset}`)]);
    }
    expect(num(summary(`${U.reviewCol.planned}${U.reviewRow.revenue}`))).toBeGreaterThan(0);
  });
});
