/**
 * Reads the cells of an .xlsx straight from its XML parts (no ExcelJS in between, which would
 * turn date-formatted numbers into Dates and drop empty text results): for each sheet, each
 * cell's formula (if any) and its stored value with its type, exactly as the file holds them.
 */
import JSZip from "jszip";
import { sheetPaths } from "../../src/xlsx/charts";

export type RawValue = { t: "n"; v: number } | { t: "s"; v: string } | { t: "b"; v: boolean } | { t: "e"; v: string };

export interface RawCell {
  /** Formula text without "=", or undefined for a constant. */
  f?: string;
  /** Stored value; undefined when the cell has no `<v>`. */
  value?: RawValue;
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Every cell of every sheet: sheet name → address → cell. */
export async function readRawCells(bytes: Buffer | Uint8Array): Promise<Map<string, Map<string, RawCell>>> {
  const zip = await JSZip.loadAsync(bytes);
  const sstFile = zip.file("xl/sharedStrings.xml");
  const shared: string[] = [];
  if (sstFile) {
    const sst = await sstFile.async("string");
    for (const si of sst.matchAll(/<si>([\s\S]*?)<\/si>/g)) {
      shared.push([...si[1].matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t\s*\/>/g)].map((t) => decode(t[1] ?? "")).join(""));
    }
  }
  const out = new Map<string, Map<string, RawCell>>();
  for (const [name, path] of await sheetPaths(zip)) {
    const xml = await zip.file(path)!.async("string");
    const cells = new Map<string, RawCell>();
    for (const m of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const tag = m[1];
      const body = m[2] ?? "";
      const r = attr(tag, "r")!;
      const t = attr(tag, "t") ?? "n";
      const f = /<f\b[^>]*>([\s\S]*?)<\/f>/.exec(body)?.[1];
      const vm = /<v>([\s\S]*?)<\/v>|<v\s*\/>/.exec(body);
      const is = /<is>([\s\S]*?)<\/is>/.exec(body);
      const cell: RawCell = {};
      if (f !== undefined) cell.f = decode(f);
      const v = vm ? decode(vm[1] ?? "") : undefined;
      if (t === "s" && v !== undefined) cell.value = { t: "s", v: shared[Number(v)] };
      else if (t === "inlineStr" && is) cell.value = { t: "s", v: decode([...is[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((x) => x[1]).join("")) };
      else if (t === "str" && v !== undefined) cell.value = { t: "s", v };
      else if (t === "b" && v !== undefined) cell.value = { t: "b", v: v === "1" };
      else if (t === "e" && v !== undefined) cell.value = { t: "e", v };
      else if (v !== undefined && v !== "") cell.value = { t: "n", v: Number(v) };
      cells.set(r, cell);
    }
    out.set(name, cells);
  }
  return out;
}
