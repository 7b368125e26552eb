/**
 * Native charts in the .xlsx (src/xlsx/charts.ts): the parts are where a spreadsheet
 * looks for them, the sprint sheet's line chart points at the cumulative plan and actual columns
 * with cached values equal to the plan model's, the funnel sheet has a column chart of required
 * vs actual per stage, and relationship ids continue what ExcelJS wrote (the re-plan note's
 * comment parts). LibreOffice drawing the chart is test/integration/cache.test.ts.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { writeXlsx } from "../../src/xlsx/writer";
import { sheetPaths } from "../../src/xlsx/charts";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { withReplan } from "../../src/workbook/replan";
import { isoToSerial } from "../../src/domain/dates";
import { DEFAULT_FUNNEL } from "../../src/domain/funnel";
import { seedPlan } from "../fixtures/seedPlan";

const p = seedPlan({ owners: 3 });
const L = workbookLayout(p);
let zip: JSZip;
let report: { charts: number; chartsOmitted: number };
let buffer: Buffer;

const text = async (path: string): Promise<string> => {
  const f = zip.file(path);
  if (!f) throw new Error(`no part ${path}`);
  return f.async("string");
};

/** `Id → Target` of a relationships part, targets resolved against the part's folder. */
async function rels(partPath: string): Promise<Map<string, { type: string; target: string }>> {
  const dir = partPath.slice(0, partPath.lastIndexOf("/"));
  const xml = await text(`${dir}/_rels/${partPath.slice(dir.length + 1)}.rels`);
  const out = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*Id="([^"]+)"[^>]*Type="([^"]+)"[^>]*Target="([^"]+)"/g)) {
    const parts = `${dir}/${m[3]}`.split("/");
    const resolved: string[] = [];
    for (const x of parts) {
      if (x === "..") resolved.pop();
      else resolved.push(x);
    }
    out.set(m[1], { type: m[2].split("/").pop()!, target: resolved.join("/") });
  }
  return out;
}

/** The chart parts drawn on a sheet. */
async function chartsOn(sheetName: string): Promise<string[]> {
  const sheetPath = (await sheetPaths(zip)).get(sheetName)!;
  const sheetXml = await text(sheetPath);
  const ids = [...sheetXml.matchAll(/<drawing r:id="([^"]+)"\/>/g)].map((m) => m[1]);
  const sheetRels = await rels(sheetPath);
  const out: string[] = [];
  for (const id of ids) {
    const d = sheetRels.get(id);
    expect(d?.type).toBe("drawing");
    const drawing = await text(d!.target);
    for (const m of drawing.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)) out.push(await text((await rels(d!.target)).get(m[1])!.target));
  }
  return out;
}

interface Series {
  name: string;
  cat: string;
  val: string;
  points: Map<number, string>;
  catPoints: Map<number, string>;
}

function series(chartXml: string): Series[] {
  return [...chartXml.matchAll(/<c:ser>([\s\S]*?)<\/c:ser>/g)].map((m) => {
    const body = m[1];
    const cat = /<c:cat>([\s\S]*?)<\/c:cat>/.exec(body)![1];
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(body)![1];
    const pts = (xml: string): Map<number, string> => new Map([...xml.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v><\/c:pt>/g)].map((x) => [Number(x[1]), x[2]]));
    const f = (xml: string): string => /<c:f>([^<]*)<\/c:f>/.exec(xml)![1].replace(/&apos;/g, "'");
    return { name: /<c:tx><c:v>([^<]*)<\/c:v><\/c:tx>/.exec(body)![1], cat: f(cat), val: f(val), points: pts(val), catPoints: pts(cat) };
  });
}

// Writing the workbook takes seconds, longer on a loaded machine.
jest.setTimeout(120_000);

beforeAll(async () => {
  // With the re-plan block: the sprint sheet then also has a note (comment parts ExcelJS writes).
  const spec = withReplan(buildWorkbook(p), p, isoToSerial("2025-03-12") as number);
  ({ buffer, report } = await writeXlsx(spec));
  zip = await JSZip.loadAsync(buffer);
});

describe("chart parts in the .xlsx", () => {
  test("every chart is written (the sprint sheet's, the funnel's, the summary's burn-up) and none omitted", () => {
    expect(report).toEqual({ charts: 3, chartsOmitted: 0 });
  });

  test("the sprint sheet has a line chart over the dates, pointing at the cumulative plan and actual columns, with cached values", async () => {
    const [chart, ...more] = await chartsOn(L.sheetNames.sprint);
    expect(more).toEqual([]);
    expect(chart).toContain("<c:lineChart>");
    expect(chart).toContain('<c:plotVisOnly val="0"/>'); // the actual line reads a hidden column
    const S = L.sprint;
    const col = (k: "date" | "cumPlan" | "chartActual"): string => `'${L.sheetNames.sprint}'!$${S.col[k]}$${S.firstDayRow}:$${S.col[k]}$${S.lastDayRow}`;
    const [plan, actual, revised] = series(chart);
    expect([plan.cat, plan.val, actual.val]).toEqual([col("date"), col("cumPlan"), col("chartActual")]); // the actual line stops at the last reported day
    expect(revised.name).not.toBe(plan.name); // the re-plan's third line
    // Cached points: the plan model's cumulative revenue and the dates, one per day.
    expect([...plan.points.values()].map(Number)).toEqual(p.days.map((d) => d.cumRevenue));
    expect(plan.catPoints.get(0)).toBe(String(isoToSerial("2025-03-03")));
    expect(plan.catPoints.size).toBe(p.days.length);
    expect(chart).toMatch(/<c:ptCount val="30"\/>/);
    expect(actual.points.size).toBe(0); // nothing typed yet: gaps, not zeros
  });

  test("the summary shows the sprint sheet's burn-up chart: the same series over the same cells, the re-plan's line too", async () => {
    const [sprint] = await chartsOn(L.sheetNames.sprint);
    const [summary, ...more] = await chartsOn(L.sheetNames.summary);
    expect(more).toEqual([]);
    expect(summary).toContain("<c:lineChart>");
    const strip = (xs: Series[]): Omit<Series, "points" | "catPoints">[] => xs.map(({ name, cat, val }) => ({ name, cat, val }));
    expect(strip(series(summary))).toEqual(strip(series(sprint)));
    expect(series(summary)).toHaveLength(3);
  });

  test("the funnel sheet has a column chart of required vs actual per stage", async () => {
    const [chart] = await chartsOn(L.sheetNames.funnel);
    expect(chart).toContain('<c:barChart><c:barDir val="col"/>');
    const F = L.funnel;
    const col = (k: "stage" | "required" | "actual"): string => `'${L.sheetNames.funnel}'!$${F.col[k]}$${F.firstStageRow}:$${F.col[k]}$${F.lastStageRow}`;
    const [required, actual] = series(chart);
    expect([required.cat, required.val, actual.val]).toEqual([col("stage"), col("required"), col("actual")]);
    expect([...required.catPoints.values()]).toEqual(DEFAULT_FUNNEL.map((s) => s.names["zh-CN"]));
    expect([...required.points.values()].map(Number)).toEqual(p.funnel.map((s) => s.required));
  });

  test("relationship ids continue the sheet's numbering and every part has its content type", async () => {
    const sprintPath = (await sheetPaths(zip)).get(L.sheetNames.sprint)!;
    const r = await rels(sprintPath);
    const types = [...r.values()].map((x) => x.type).sort();
    expect(types).toEqual(["comments", "drawing", "vmlDrawing"]);
    expect(new Set(r.keys()).size).toBe(3);
    const xml = await text(sprintPath);
    // <drawing> comes before <legacyDrawing> (the schema's order), each pointing at its own relationship.
    expect(xml.indexOf("<drawing ")).toBeLessThan(xml.indexOf("<legacyDrawing "));
    expect(r.get(/<legacyDrawing r:id="([^"]+)"/.exec(xml)![1])?.type).toBe("vmlDrawing");
    const ct = await text("[Content_Types].xml");
    for (const part of Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(n))) {
      expect([part, ct.includes(`PartName="/${part}"`)]).toEqual([part, true]);
    }
  });

  test("the file still opens with ExcelJS, with its formulas and cached results", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(L.sheetNames.sprint)!;
    const cell = ws.getCell(`${L.sprint.col.cumPlan}${L.sprint.lastDayRow}`);
    expect(cell.formula).toBeTruthy();
    expect(cell.result).toBe(500000);
  });
});
