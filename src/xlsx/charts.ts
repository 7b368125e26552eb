/**
 * Native charts in the .xlsx: ExcelJS cannot write charts, so after it has written the file the
 * spec's charts (src/workbook/spec.ts `ChartSpec`) are added as DrawingML parts: per sheet one
 * drawing part (`xl/drawings/drawingN.xml`, a two-cell anchor per chart at the spec's `anchor`),
 * per chart one chart part (`xl/charts/chartN.xml`), their relationships (the sheet's new id
 * continues its existing `rIdN` numbering), the `<drawing r:id>` element in the sheet and the
 * content types. Each series points at its ranges (`<c:f>`) and carries the values the workbook
 * computes there (`<c:numCache>` / `<c:strCache>`, from src/workbook/evaluate), so a viewer that
 * does not recalculate still draws the lines and columns.
 */
import type JSZip from "jszip";
import { cellsOf, parseCell, parseRange, splitSheetRef, type Rect } from "../workbook/a1";
import type { Scalar, WorkbookValues } from "../workbook/evaluate";
import type { Package } from "./package";
import { afterSheetData } from "./sheetData";
import type { CellSpec, ChartSeriesSpec, ChartSpec, FontSpec, SheetSpec, WorkbookSpec } from "../workbook/spec";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A series range's sheet and cells, from `'Sheet name'!$B$6:$B$35`. */
function splitRef(ref: string): Rect & { sheet: string } {
  const { sheet, address } = splitSheetRef(ref);
  if (sheet === null) throw new Error(`chart range without a sheet name: ${ref}`);
  return { sheet, ...parseRange(address) };
}

function valuesOf(ref: string, values: WorkbookValues): Scalar[] {
  const r = splitRef(ref);
  return [...cellsOf(r)].map(([row, col]) => values.get(r.sheet, row, col));
}

/** The number format of the first cell of `ref` in the spec (so dates stay dates in the cache). */
function formatOf(spec: WorkbookSpec, ref: string): string {
  const r = splitRef(ref);
  const sheet = spec.sheets.find((s) => s.name === r.sheet);
  for (const b of sheet?.blocks ?? []) {
    const o = parseCell(b.at);
    const cell: CellSpec | undefined = b.cells[r.top - o.row]?.[r.left - o.col];
    if (cell) return cell.fmt ?? "General";
  }
  return "General";
}

/** `<c:numRef>` (numbers; blanks and text are left out, as gaps) or `<c:strRef>` (any text among them). */
function dataRef(ref: string, cells: readonly Scalar[], format: string): string {
  const strings = cells.some((v) => typeof v === "string" && v !== "");
  const pts = cells
    .map((v, i) => {
      if (strings) return `<c:pt idx="${i}"><c:v>${esc(v === null ? "" : typeof v === "object" ? v.code : String(v))}</c:v></c:pt>`;
      return typeof v === "number" ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "";
    })
    .join("");
  const count = `<c:ptCount val="${cells.length}"/>`;
  if (strings) return `<c:strRef><c:f>${esc(ref)}</c:f><c:strCache>${count}${pts}</c:strCache></c:strRef>`;
  return `<c:numRef><c:f>${esc(ref)}</c:f><c:numCache><c:formatCode>${esc(format)}</c:formatCode>${count}${pts}</c:numCache></c:numRef>`;
}

function seriesXml(chart: ChartSpec, s: ChartSeriesSpec, i: number, spec: WorkbookSpec, values: WorkbookValues): string {
  const color = (s.color ?? "#4472C4").replace(/^#/, "").toUpperCase();
  const look =
    chart.kind === "line"
      ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>`
      : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
  const cat = dataRef(s.categories, valuesOf(s.categories, values), formatOf(spec, s.categories));
  const val = dataRef(s.values, valuesOf(s.values, values), formatOf(spec, s.values));
  return (
    `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${esc(s.name)}</c:v></c:tx>${look}` +
    `<c:cat>${cat}</c:cat><c:val>${val}</c:val>${chart.kind === "line" ? '<c:smooth val="0"/>' : ""}</c:ser>`
  );
}

/** Chart text in the workbook's font (Latin and East Asian), `size` in points. */
const FONT_PROPS = (font: FontSpec, size: number, bold = false): string =>
  `sz="${size * 100}"${bold ? ' b="1"' : ""}><a:latin typeface="${esc(font.name)}"/><a:ea typeface="${esc(font.name)}"/>`;
const TEXT_PROPS = (font: FontSpec): string =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${FONT_PROPS(font, font.size)}</a:defRPr></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;

/** The chart part of one ChartSpec; its text in the workbook's font, axis labels and legend at the body size. */
export function chartXml(chart: ChartSpec, spec: WorkbookSpec, values: WorkbookValues, font: FontSpec): string {
  const series = chart.series.map((s, i) => seriesXml(chart, s, i, spec, values)).join("");
  const axes = '<c:axId val="500000001"/><c:axId val="500000002"/>';
  const plot =
    chart.kind === "line"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`
      : `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axes}</c:barChart>`;
  const catFormat = chart.series[0] && /[yd]/.test(formatOf(spec, chart.series[0].categories)) ? '<c:numFmt formatCode="m/d" sourceLinked="0"/>' : "";
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ${FONT_PROPS(font, 14, true)}</a:defRPr></a:pPr><a:r><a:rPr lang="en-US" ${FONT_PROPS(font, 14, true)}</a:rPr><a:t>${esc(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}` +
    `<c:catAx><c:axId val="500000001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/>${catFormat}` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>${TEXT_PROPS(font)}<c:crossAx val="500000002"/><c:crosses val="autoZero"/>` +
    `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="500000002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${TEXT_PROPS(font)}` +
    `<c:crossAx val="500000001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx></c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${TEXT_PROPS(font)}</c:legend><c:plotVisOnly val="${chart.plotHidden ? 0 : 1}"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function drawingXml(charts: readonly { chart: ChartSpec; rId: string; id: number }[]): string {
  const anchors = charts.map(({ chart, rId, id }) => {
    const a = parseRange(chart.anchor);
    const at = (col: number, row: number): string =>
      `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(a.left - 1, a.top - 1)}</xdr:from><xdr:to>${at(a.right, a.bottom)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="${esc(`Chart ${id}`)}" descr="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}">` +
      `<c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${rId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}">${anchors.join("")}</xdr:wsDr>`;
}

function relsXml(rels: readonly { id: string; type: string; target: string; mode?: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"${r.mode ? ` TargetMode="${r.mode}"` : ""}/>`).join("") +
    `</Relationships>`
  );
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const unesc = (s: string): string => s.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, "&");

/** Worksheet part path of each sheet name (in tab order), from the workbook part and its relationships. */
export function sheetPathsOf(wb: string, rels: string): Map<string, string> {
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const t = attr(m[0], "Target")!;
    target.set(attr(m[0], "Id")!, t.startsWith("/") ? t.slice(1) : `xl/${t}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) out.set(unesc(attr(m[0], "name")!), target.get(attr(m[0], "r:id")!)!);
  return out;
}

/** `sheetPathsOf` for a written file read with JSZip (the tests read files so). */
export async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  return sheetPathsOf(await zip.file("xl/workbook.xml")!.async("string"), await zip.file("xl/_rels/workbook.xml.rels")!.async("string"));
}

/** `sheetPathsOf` for the package being written. */
export const packageSheetPaths = (pkg: Package): Map<string, string> => sheetPathsOf(pkg.text("xl/workbook.xml"), pkg.text("xl/_rels/workbook.xml.rels"));

/** Elements that follow `<drawing>` in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

function withDrawing(sheetXml: string, rId: string): string {
  const el = `<drawing r:id="${rId}"/>`;
  let at = sheetXml.lastIndexOf("</worksheet>");
  const cells = afterSheetData(sheetXml);
  for (const name of AFTER_DRAWING) {
    const i = sheetXml.indexOf(`<${name}`, cells);
    if (i >= 0 && i < at) at = i;
  }
  let xml = sheetXml.slice(0, at) + el + sheetXml.slice(at);
  if (!/<worksheet\b[^>]*\sxmlns:r=/.test(xml)) xml = xml.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  return xml;
}

/** Charts that can be drawn (at least one series). */
export const drawable = (sheet: SheetSpec): ChartSpec[] => sheet.charts.filter((c) => c.series.length > 0);

/** Adds the spec's charts to `pkg` (ExcelJS's output), their text in `font`. */
export function addChartParts(pkg: Package, spec: WorkbookSpec, values: WorkbookValues, font: FontSpec): void {
  const paths = packageSheetPaths(pkg);
  let types = pkg.text("[Content_Types].xml");
  const overrides: string[] = [];
  const free = (pattern: (n: number) => string, from: number): number => {
    let n = from;
    while (pkg.has(pattern(n))) n++;
    return n;
  };
  let nextChart = 1;
  let nextDrawing = 1;
  let shapeId = 1;
  for (const sheet of spec.sheets) {
    const charts = drawable(sheet);
    if (charts.length === 0) continue;
    const sheetPath = paths.get(sheet.name);
    if (!sheetPath) throw new Error(`sheet ${sheet.name} is missing from the written file`);
    const drawingN = (nextDrawing = free((n) => `xl/drawings/drawing${n}.xml`, nextDrawing));
    const drawingPath = `xl/drawings/drawing${drawingN}.xml`;
    nextDrawing++;
    const placed = charts.map((chart, i) => {
      const n = (nextChart = free((k) => `xl/charts/chart${k}.xml`, nextChart));
      nextChart++;
      pkg.set(`xl/charts/chart${n}.xml`, chartXml(chart, spec, values, font));
      overrides.push(`<Override PartName="/xl/charts/chart${n}.xml" ContentType="${CT_CHART}"/>`);
      return { chart, rId: `rId${i + 1}`, id: shapeId++, target: `../charts/chart${n}.xml` };
    });
    pkg.set(drawingPath, drawingXml(placed));
    pkg.set(`xl/drawings/_rels/drawing${drawingN}.xml.rels`, relsXml(placed.map((p) => ({ id: p.rId, type: REL_CHART, target: p.target }))));
    overrides.push(`<Override PartName="/${drawingPath}" ContentType="${CT_DRAWING}"/>`);

    // The sheet's relationships: keep what ExcelJS wrote (notes, …) and continue its rIdN numbering.
    const dir = sheetPath.slice(0, sheetPath.lastIndexOf("/"));
    const relsPath = `${dir}/_rels/${sheetPath.slice(dir.length + 1)}.rels`;
    const existing = pkg.has(relsPath) ? pkg.text(relsPath) : "";
    const rels = [...existing.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
      id: attr(m[0], "Id")!,
      type: attr(m[0], "Type")!,
      target: unesc(attr(m[0], "Target")!),
      mode: attr(m[0], "TargetMode"),
    }));
    const used = rels.map((r) => Number(/^rId(\d+)$/.exec(r.id)?.[1] ?? 0));
    const rId = `rId${Math.max(0, ...used) + 1}`;
    pkg.set(relsPath, relsXml([...rels, { id: rId, type: REL_DRAWING, target: `../drawings/drawing${drawingN}.xml` }]));
    pkg.set(sheetPath, withDrawing(pkg.text(sheetPath), rId));
  }
  if (overrides.length > 0) {
    types = types.replace("</Types>", `${overrides.join("")}</Types>`);
    pkg.set("[Content_Types].xml", types);
  }
}
