import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeXlsx } from "../../src/xlsx/writer";
import { sheetPaths } from "../../src/xlsx/charts";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { INPUT_VALUE_COL } from "../../src/workbook/inputs";
import { parseRange } from "../../src/workbook/a1";
import type { SprintPlan } from "../../src/domain/sprint";
import { defaultOwners } from "../../src/i18n/sheet";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { seedPlan } from "../fixtures/seedPlan";

const INJECTION = ["=1+1", "+SUM(A1:A2)", "-2", "@now", '=HYPERLINK("http://x","y")', "=cmd|' /C calc'!A0"];

let plan: SprintPlan;
let spec: WorkbookSpec;
let wb: ExcelJS.Workbook;
let zip: JSZip;
let charts = -1;
let chartsOmitted = -1;

beforeAll(async () => {
  plan = seedPlan({ owners: [...defaultOwners("zh-CN", 2), ...INJECTION.map((name) => ({ name, strategy: name }))] });
  spec = buildWorkbook(plan);
  const { buffer, report } = await writeXlsx(spec);
  ({ charts, chartsOmitted } = report);
  zip = await JSZip.loadAsync(buffer);
  wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer); // ExcelJS's types want an ArrayBuffer; a Buffer works
});

/** A private field of ExcelJS's worksheet model, read for checking only. */
function model<T>(ws: ExcelJS.Worksheet, key: string): T {
  return (ws as unknown as { model: Record<string, T> }).model[key];
}

describe(".xlsx written with ExcelJS", () => {
  test("sheets in order, with their localized names and tab colours", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(spec.sheets.map((s) => s.name));
    expect(wb.worksheets[0].properties.tabColor).toEqual({ argb: "FF1F3864" });
    expect(wb.getWorksheet(spec.sheets.find((s) => s.key === "sprint")!.name)!.properties.tabColor).toEqual({ argb: "FF4472C4" });
  });

  test("every formula is written as a formula, exactly as in the spec, and every constant as a constant", () => {
    let formulas = 0;
    for (const s of spec.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      for (const b of s.blocks) {
        const o = parseRange(b.at);
        b.cells.forEach((row, i) =>
          row.forEach((c, j) => {
            const cell = ws.getCell(o.top + i, o.left + j);
            if (c.f !== undefined) {
              formulas++;
              expect([cell.address, cell.formula]).toEqual([cell.address, c.f]);
            } else if (c.v !== undefined && c.v !== null) {
              // ExcelJS reads a number with a date format back as a Date.
              const expected = c.fmt === "yyyy-mm-dd" ? new Date(Date.UTC(1899, 11, 30) + (c.v as number) * 86400000) : c.v;
              expect([cell.address, cell.formula, cell.value]).toEqual([cell.address, undefined, expected]);
            }
            if (c.fmt) expect([cell.address, cell.numFmt]).toEqual([cell.address, c.fmt]);
          }),
        );
      }
    }
    expect(formulas).toBeGreaterThan(500);
  });

  test("names and strategies that start with = + - @ are text, never formulas", () => {
    const L = workbookLayout(plan);
    const ws = wb.getWorksheet(L.sheetNames.targets)!;
    INJECTION.forEach((name, i) => {
      const r = L.targets.firstOwnerRow + 2 + i;
      for (const col of [L.targets.col.owner, L.targets.col.strategy]) {
        const cell = ws.getCell(`${col}${r}`);
        expect([cell.type, cell.formula, cell.value]).toEqual([ExcelJS.ValueType.String, undefined, name]);
      }
    });
  });

  test("workbook-level defined names", () => {
    const L = workbookLayout(plan);
    const names = (wb.definedNames as unknown as { model: { name: string; ranges: string[]; localSheetId?: number }[] }).model;
    const target = names.find((n) => n.name === "SprintTarget");
    expect(target).toEqual({ name: "SprintTarget", ranges: [`'输入'!$B$${L.inputs.row.SprintTarget}`] });
    for (const n of spec.names) expect(names.map((x) => x.name)).toContain(n.name);
  });

  test("inputs look like inputs and stay unlocked; widths, hidden helper column, frozen panes, merges", () => {
    const L = workbookLayout(plan);
    const inputs = wb.getWorksheet(L.sheetNames.inputs)!;
    const target = inputs.getCell(`${INPUT_VALUE_COL}${L.inputs.row.SprintTarget}`);
    expect(target.fill).toEqual({ type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } });
    expect(target.protection).toMatchObject({ locked: false });
    const sprint = wb.getWorksheet(L.sheetNames.sprint)!;
    for (const s of spec.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      // Widths to 1/100 of a character (a column 9 wide is written 9.0001: see the writer).
      const width = (w: number | undefined): number | undefined => (w === undefined ? w : Math.round(w * 100) / 100);
      expect(s.columns.map((_, i) => [width(ws.getColumn(i + 1).width), ws.getColumn(i + 1).hidden])).toEqual(
        s.columns.map((c) => [c.width, c.hidden === true]),
      );
      for (const { row, height } of s.rowHeights ?? []) expect([row, ws.getRow(row).height]).toEqual([row, height]);
    }
    expect(sprint.getColumn(30).hidden).toBe(true);
    expect(sprint.views[0]).toMatchObject({ state: "frozen", xSplit: 3, ySplit: L.sprint.headerRow });
    expect(model<string[]>(sprint, "merges")).toEqual(expect.arrayContaining(["A2:C2", "J3:L3", `F${L.sprint.firstWeekRow}:H${L.sprint.firstWeekRow}`]));
  });

  test("each sheet's page setup: A4, orientation, margins, scale or fit, print titles, page order, header and footer", () => {
    for (const s of spec.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      const p = s.pageSetup;
      const scale = "percent" in p.scale ? { fitToPage: false, scale: p.scale.percent } : { fitToPage: true, fitToWidth: p.scale.pagesWide, fitToHeight: p.scale.pagesTall ?? 0 };
      expect([s.key, ws.pageSetup]).toMatchObject([s.key, { paperSize: 9, orientation: p.orientation, pageOrder: p.pageOrder, margins: p.margins, ...scale }]);
      expect([s.key, ws.pageSetup.printTitlesRow, ws.pageSetup.printTitlesColumn]).toEqual([s.key, p.printTitleRows, p.printTitleColumns]);
      expect(ws.headerFooter.oddHeader).toBe('&C&11&"DengXian,Regular"&A&R&11&"DengXian,Regular"2025-03-03 至 2025-04-01');
      expect(ws.headerFooter.oddFooter).toBe('&C&11&"DengXian,Regular"第 &P 页，共 &N 页');
    }
    const fixed = spec.sheets.filter((s) => "percent" in s.pageSetup.scale).map((s) => s.key);
    expect(fixed).toEqual(expect.arrayContaining(["sprint", "board", "review"]));
  });

  test("manual page breaks: a page starts at each of the spec's rows and columns", async () => {
    const paths = await sheetPaths(zip);
    // A break's id is the zero-based row (column) it is above (left of): the 1-based row (column) before it.
    const breaks = (xml: string, tag: string): number[] =>
      [...(new RegExp(`<${tag}\\b[^>]*>(.*?)</${tag}>`).exec(xml)?.[1] ?? "").matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]) + 1);
    for (const s of spec.sheets) {
      const xml = await zip.file(paths.get(s.name)!)!.async("string");
      expect([s.key, breaks(xml, "rowBreaks"), breaks(xml, "colBreaks")]).toEqual([s.key, s.pageSetup.rowBreaks, s.pageSetup.columnBreaks]);
    }
    expect(spec.sheets.find((s) => s.key === "sprint")!.pageSetup.rowBreaks.length).toBeGreaterThan(0);
    expect(spec.sheets.find((s) => s.key === "sprint")!.pageSetup.columnBreaks.length).toBeGreaterThan(0);
    // The schema's order: after the page setup and row breaks, before the drawing.
    const sprintXml = await zip.file((await sheetPaths(zip)).get(spec.sheets.find((s) => s.key === "sprint")!.name)!)!.async("string");
    expect(sprintXml.indexOf("<colBreaks")).toBeGreaterThan(sprintXml.indexOf("<headerFooter"));
    expect(sprintXml.indexOf("<colBreaks")).toBeLessThan(sprintXml.indexOf("<drawing"));
  });

  test("one font family: every font entry of styles.xml, the Normal style's included, names the workbook's font", async () => {
    const styles = await zip.file("xl/styles.xml")!.async("string");
    const fonts = [.../<fonts\b[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)![1].matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]);
    expect(fonts.length).toBeGreaterThan(3);
    for (const f of fonts) {
      expect(f).toContain('<name val="DengXian"/>');
      expect(f).toContain('<family val="2"/>');
      expect(f).toContain('<charset val="134"/>');
      expect(f).toMatch(/<sz val="\d+"\/>/);
    }
    // The first font is the Normal style's: cells without a style of their own (typed reports).
    expect(fonts[0]).toMatch(/<sz val="11"\/>/);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain('<a:latin typeface="DengXian"/><a:ea typeface="DengXian"/>');
    // Chart text at the body size or larger (hundredths of a point).
    const sizes = [...chart.matchAll(/\bsz="(\d+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(2);
    expect(Math.min(...sizes)).toBe(1100);
  });

  test("conditional formats and data validations come through", () => {
    for (const s of spec.sheets) {
      const ws = wb.getWorksheet(s.name)!;
      const cfs = model<{ ref: string; rules: { formulae: string[]; priority: number }[] }[]>(ws, "conditionalFormattings");
      expect(cfs.map((cf) => [cf.ref, cf.rules[0].formulae[0]])).toEqual(s.conditionalFormats.map((cf) => [cf.range, cf.formula]));
      const dv = model<Record<string, { type: string; formulae: unknown[] }>>(ws, "dataValidations");
      // ExcelJS reads validations back cell by cell: check both corners of each range.
      for (const v of s.validations) {
        const r = v.range.split(":");
        // A range-source list is an ordinary list validation in the file.
        const type = v.kind === "listRange" ? "list" : v.kind;
        expect([v.range, dv[r[0]]?.type, dv[r[r.length - 1]]?.type]).toEqual([v.range, type, type]);
      }
    }
    const L = workbookLayout(plan);
    const dv = model<Record<string, { formulae: unknown[] }>>(wb.getWorksheet(L.sheetNames.inputs)!, "dataValidations");
    expect(dv[`${INPUT_VALUE_COL}${L.inputs.row.IncludeWeekends}`].formulae).toEqual(['"是,否"']);
  });

  test("the charts are written as native chart parts, none omitted (test/xlsx/charts.test.ts checks them)", () => {
    expect([charts, chartsOmitted]).toEqual([spec.sheets.reduce((a, s) => a + s.charts.length, 0), 0]);
    expect(charts).toBe(3); // the sprint sheet's burn-up, the funnel's, the summary's burn-up
  });
});
