/**
 * The .xlsx package (a zip of XML parts) as the writer builds it: ExcelJS renders its parts into
 * a `Package` instead of its own zip (`renderExcelJs`), ./print.ts, ./validations.ts and
 * ./charts.ts edit and add parts as strings, and `zipPackage` compresses each part once.
 *
 * Before, ExcelJS wrote an uncompressed zip (through JSZip) that was read back with JSZip, edited
 * and compressed again with pako: on the largest workbook that round trip was about a sixth of
 * the writer's time (docs/figures.md, workbook.bench.ts). Compression here uses Node's zlib when
 * it runs in Node (native, several times faster than pako), the platform's `CompressionStream`
 * in a browser (the preview's download), and stores the parts uncompressed where neither exists
 * (a valid, larger file). The zip itself is written here: local headers, data, central directory
 * (PKWARE APPNOTE 6.3, no zip64: a workbook's parts are far below 4 GB).
 */
import type ExcelJS from "exceljs";
import { sheetDataXml, type RowModel } from "./sheetData";

/** A part's content: XML as a string, or bytes (ExcelJS's theme and media). */
type PartData = string | Uint8Array;

/** The package's parts by path ("xl/worksheets/sheet1.xml"), in the order they were written. */
export class Package {
  private readonly parts = new Map<string, PartData>();

  has(name: string): boolean {
    return this.parts.has(name);
  }

  /** A part as text (UTF-8); throws when the part is missing. */
  text(name: string): string {
    const data = this.parts.get(name);
    if (data === undefined) throw new Error(`the package has no part ${name}`);
    return typeof data === "string" ? data : new TextDecoder().decode(data);
  }

  set(name: string, data: PartData): void {
    this.parts.set(name, data);
  }

  entries(): IterableIterator<[string, PartData]> {
    return this.parts.entries();
  }
}

/**
 * ExcelJS's `xlsx.write` step by step (exceljs 4.4 lib/xlsx/xlsx.js), its zip replaced by the
 * package: the same parts, in the same order, from the same methods. They are not in ExcelJS's
 * types, so they are looked up and checked here: a version without them fails loudly.
 */
export async function renderExcelJs(wb: ExcelJS.Workbook, pkg: Package): Promise<void> {
  const steps = [
    "addContentTypes",
    "addOfficeRels",
    "addWorkbookRels",
    "addWorksheets",
    "addSharedStrings",
    "addDrawings",
    "addTables",
    "addThemes",
    "addStyles",
    "addMedia",
    "addApp",
    "addCore",
    "addWorkbook",
  ] as const;
  type Zip = { append(data: PartData | ArrayBuffer, options: { name: string; base64?: boolean }): void };
  type Step = (zip: Zip, model: unknown) => Promise<void>;
  // ExcelJS's XLSX class: its rendering methods are internal (not in exceljs's index.d.ts).
  const xlsx = wb.xlsx as unknown as Record<string, unknown> & { prepareModel(model: unknown, options: object): void };
  const missing = ["prepareModel", ...steps].filter((s) => typeof xlsx[s] !== "function");
  if (missing.length > 0) throw new Error(`this ExcelJS version cannot render into a package (missing ${missing.join(", ")})`);
  const zip: Zip = {
    append(data, options) {
      if (options.base64) throw new Error(`base64 part ${options.name} is not supported`);
      pkg.set(options.name, data instanceof ArrayBuffer ? new Uint8Array(data) : data);
    },
  };
  // `workbook.model` builds a new model at each read: one model for every step, as xlsx.write does.
  const model = (wb as unknown as { model: { worksheets: { id: number; rows: RowModel[] }[] } }).model;
  xlsx.prepareModel(model, {});
  // Each sheet's cells are written by ./sheetData.ts from the prepared rows; ExcelJS writes the rest of the sheet around an empty <sheetData/>.
  const sheetData = new Map<string, string>();
  for (const ws of model.worksheets) {
    const xml = sheetDataXml(ws.rows);
    if (xml === null) continue;
    sheetData.set(`xl/worksheets/sheet${ws.id}.xml`, xml);
    ws.rows = [];
  }
  for (const step of steps) await (xlsx[step] as Step).call(xlsx, zip, model);
  for (const [name, xml] of sheetData) {
    const sheet = pkg.text(name);
    const at = sheet.indexOf("<sheetData/>");
    if (at < 0) throw new Error(`${name} has no <sheetData/> to fill`);
    pkg.set(name, sheet.slice(0, at) + xml + sheet.slice(at + "<sheetData/>".length));
  }
}

type Zlib = {
  deflateRawSync(data: Uint8Array, options: { level: number }): Uint8Array;
  crc32?: (data: Uint8Array) => number;
};

/** Node's zlib, when this runs in Node (`process.getBuiltinModule`: Node ≥ 20.16); bundlers see no import. */
function nodeZlib(): Zlib | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return typeof p?.getBuiltinModule === "function" ? (p.getBuiltinModule("node:zlib") as Zlib | undefined) : undefined;
}

let CRC_TABLE: Uint32Array | undefined;

/** CRC-32 (ISO 3309, as zip wants it) of `data`. */
export function crc32(data: Uint8Array): number {
  if (!CRC_TABLE) {
    CRC_TABLE = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABLE[n] = c >>> 0;
    }
  }
  const t = CRC_TABLE;
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Raw deflate (RFC 1951) of each input, or null where the platform has no compressor (then stored). */
async function deflateAll(inputs: readonly Uint8Array[], level: number): Promise<(Uint8Array | null)[]> {
  const zlib = nodeZlib();
  if (zlib) return inputs.map((d) => zlib.deflateRawSync(d, { level }));
  if (typeof CompressionStream === "function") {
    try {
      return await Promise.all(
        inputs.map(async (d) => new Uint8Array(await new Response(new Blob([d as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer())),
      );
    } catch {
      // A CompressionStream without "deflate-raw" (older engines): stored below.
    }
  }
  return inputs.map(() => null);
}

/** MS-DOS time and date of `d` (local time, as zip tools write it). */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The package as a zip file: every part deflated at `level` (zlib's 6 by default), in the order written. */
export async function zipPackage(pkg: Package, level = 6, now = new Date()): Promise<Uint8Array> {
  const encoder = new TextEncoder();
  const files = [...pkg.entries()].map(([name, data]) => ({ name: encoder.encode(name), data: typeof data === "string" ? encoder.encode(data) : data }));
  const deflated = await deflateAll(
    files.map((f) => f.data),
    level,
  );
  const zlib = nodeZlib();
  const crc = zlib?.crc32 ?? crc32;
  const { time, date } = dosDateTime(now);
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  files.forEach((f, i) => {
    const body = deflated[i] ?? f.data;
    const method = deflated[i] ? 8 : 0;
    const sum = crc(f.data) >>> 0;
    const local = new Uint8Array(30 + f.name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true); // version needed: 2.0 (deflate)
    lv.setUint16(6, 0, true); // flags
    lv.setUint16(8, method, true);
    lv.setUint16(10, time, true);
    lv.setUint16(12, date, true);
    lv.setUint32(14, sum, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, f.data.length, true);
    lv.setUint16(26, f.name.length, true);
    lv.setUint16(28, 0, true); // extra field length
    local.set(f.name, 30);
    const central = new Uint8Array(46 + f.name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true); // version made by: MS-DOS, 2.0
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, time, true);
    cv.setUint16(14, date, true);
    cv.setUint32(16, sum, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, f.data.length, true);
    cv.setUint16(28, f.name.length, true);
    // extra, comment, disk number, internal and external attributes: 0
    cv.setUint32(42, offset, true);
    central.set(f.name, 46);
    locals.push(local, body);
    centrals.push(central);
    offset += local.length + body.length;
  });
  const centralSize = centrals.reduce((a, c) => a + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, files.length, true);
  ev.setUint16(10, files.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + end.length);
  let at = 0;
  for (const part of [...locals, ...centrals, end]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
