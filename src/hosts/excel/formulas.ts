/**
 * Text-level helpers for what goes into and comes out of cells: constants that must stay
 * text, sheet references inside formulas, `SALES.*` calls. Pure; no Office calls.
 */
import type { CellConstant, CellSpec } from "../../workbook/spec";
import { sheetPrefix } from "../../workbook/a1";

/**
 * Would Excel reinterpret this string if it were typed into a cell? Formulas (`=`, `+`,
 * `-`, `@`), a leading apostrophe, error literals (`#N/A`), TRUE/FALSE, and anything with a
 * digit (numbers, dates, times, percentages, "3月5日" in a Chinese Excel) are guarded;
 * ordinary labels are not.
 */
export function needsTextGuard(s: string): boolean {
  if (s === "") return false;
  if (/^[=+\-@'#]/.test(s)) return true;
  if (/^\s*(true|false)\s*$/i.test(s)) return true;
  return /[0-9\uff10-\uff19]/.test(s);
}

/**
 * A string constant as Excel must receive it to store exactly that text: a leading
 * apostrophe is Excel's "this is text" prefix (not part of the value; `values` and
 * `formulas` read it back without it).
 */
export function textInput(s: string): string {
  return needsTextGuard(s) ? `'${s}` : s;
}

/** A spec constant -> the value to put in a `formulas` 2-D array. */
export function constantInput(v: CellConstant | undefined): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return textInput(v);
  if (typeof v === "number" && !Number.isFinite(v)) throw new RangeError(`not a finite number: ${v}`);
  return v;
}

/** A spec cell -> its `formulas` entry ("=" + formula, or the constant). */
export function cellInput(cell: CellSpec): string | number | boolean {
  if (cell.f !== undefined) return `=${cell.f}`;
  return constantInput(cell.v);
}

/** Is this cell content empty (what `formulas` returns for a blank cell)? */
export function isBlank(x: unknown): boolean {
  return x === "" || x === null || x === undefined;
}

/**
 * Rewrites sheet references in a formula: `'输入'!$B$3` / `Sheet1!A1` whose sheet is a key
 * of `renames` (compared case-insensitively, like Excel) get the new name, always quoted.
 * String literals are left alone. With an empty map the formula comes back unchanged.
 */
export function renameSheetRefs(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  const lookup = new Map<string, string>();
  for (const [from, to] of renames) lookup.set(from.toLowerCase(), to);
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      // String literal: copy through, "" is an escaped quote.
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      // Quoted sheet name: '' is an escaped apostrophe.
      let j = i + 1;
      let name = "";
      while (j < n) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
          } else break;
        } else name += formula[j++];
      }
      if (formula[j + 1] === "!") {
        const to = lookup.get(name.toLowerCase());
        out += to !== undefined ? sheetPrefix(to) : formula.slice(i, j + 2);
        i = j + 2;
      } else {
        out += formula.slice(i, j + 1);
        i = j + 1;
      }
      continue;
    }
    if (isNameStart(ch) && (i === 0 || !isNameChar(formula[i - 1]))) {
      let j = i;
      while (j < n && isNameChar(formula[j])) j++;
      const word = formula.slice(i, j);
      if (formula[j] === "!") {
        const to = lookup.get(word.toLowerCase());
        out += to !== undefined ? sheetPrefix(to) : `${word}!`;
        i = j + 1;
      } else {
        out += word;
        i = j;
      }
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

function isNameStart(ch: string): boolean {
  return /[A-Za-z_\\]/.test(ch) || ch.charCodeAt(0) > 0x7f;
}

function isNameChar(ch: string | undefined): boolean {
  return ch !== undefined && (/[A-Za-z0-9_.\\]/.test(ch) || ch.charCodeAt(0) > 0x7f);
}

/** "'目标表'!$B$5:$B$34" / "Sheet1!A1" -> sheet and address; a bare address has sheet null. */
export function splitSheetRef(ref: string): { sheet: string | null; address: string } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return { sheet: null, address: ref };
  let sheet = ref.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: ref.slice(bang + 1) };
}

/** Does this formula call a `SALES.*` function (any case), outside string literals? */
export function callsSalesFunction(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return /(^|[^A-Za-z0-9_.])SALES\.[A-Za-z_][A-Za-z0-9_.]*\s*\(/i.test(code);
}
