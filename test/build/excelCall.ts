/**
 * Test helpers that call custom functions the way Excel does, from a formula or from values:
 * an omitted optional argument is null; a parameter the metadata declares as a matrix
 * ("dimensionality": "matrix") receives a 2-D array even for a single value (5% → [[0.05]]);
 * a 1×1 result shows as a single value.
 */
import type { MetadataFunction } from "../../scripts/localize-metadata";

export type Arg = number | string | boolean | null | (number | string | boolean | null)[][];

/** Excel's arguments for `meta`'s parameters: padded with null, scalars wrapped for matrix parameters. */
export function excelArgs(meta: MetadataFunction, args: readonly Arg[]): Arg[] {
  if (args.length > meta.parameters.length) throw new Error(`${meta.id}: ${args.length} arguments for ${meta.parameters.length} parameters`);
  return meta.parameters.map((p, i) => {
    const v = i < args.length ? args[i] : null;
    if (v === null || p.dimensionality !== "matrix" || Array.isArray(v)) return v;
    return [[v]];
  });
}

/** What a cell shows for a result: a 1×1 array is its value; bigger arrays spill as they are. */
export function cellValue(result: unknown): unknown {
  if (Array.isArray(result) && result.length === 1 && Array.isArray(result[0]) && result[0].length === 1) return result[0][0];
  return result;
}

/**
 * Parses `=SALES.NAME(arg, ...)` in Excel's invariant syntax: numbers (with %), "text" ("" escapes
 * a quote), TRUE/FALSE, {array;constants}, and empty arguments (null).
 */
export function parseFormula(formula: string): { name: string; args: Arg[] } {
  const m = /^=SALES\.([A-Z_]+)\((.*)\)$/s.exec(formula);
  if (!m) throw new Error(`not a SALES formula: ${formula}`);
  const src = m[2];
  let i = 0;
  const scalar = (): number | string | boolean | null => {
    if (src[i] === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated text in ${formula}`);
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          return s;
        }
        s += src[i++];
      }
    }
    const tok = /^[^,;{}]*/.exec(src.slice(i))![0];
    i += tok.length;
    const t = tok.trim();
    if (t === "") return null;
    if (/^TRUE$/i.test(t)) return true;
    if (/^FALSE$/i.test(t)) return false;
    const pct = t.endsWith("%");
    const n = Number(pct ? t.slice(0, -1) : t);
    if (!Number.isFinite(n)) throw new Error(`cannot parse "${t}" in ${formula}`);
    return pct ? n / 100 : n;
  };
  const arg = (): Arg => {
    if (src[i] !== "{") return scalar();
    i++;
    const rows: (number | string | boolean | null)[][] = [[]];
    for (;;) {
      rows[rows.length - 1].push(scalar());
      const c = src[i++];
      if (c === "}") return rows;
      if (c === ";") rows.push([]);
      else if (c !== ",") throw new Error(`bad array constant in ${formula}`);
    }
  };
  const args: Arg[] = [];
  if (src.trim() === "") return { name: m[1], args };
  for (;;) {
    args.push(arg());
    if (i >= src.length) break;
    if (src[i++] !== ",") throw new Error(`expected "," at ${i} in ${formula}`);
  }
  return { name: m[1], args };
}
