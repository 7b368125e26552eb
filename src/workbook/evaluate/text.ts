/**
 * The TEXT function's number formats, for the formula evaluator. Dates are Excel serial numbers
 * in the 1900 date system (src/domain/dates.ts).
 */
import { serialParts } from "../../domain/dates";
import { EvaluateError, numberToText, roundHalfAway } from "./values";

const NUMBER_FORMAT = /^([#,0]*0|#)(\.(0*)(#*))?(%?)$/;
const DATE_TOKEN = /yyyy|yy|mm|m|dd|d|[-/. 年月日]/g;

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * `TEXT(n, format)` for the formats the builders use: numbers (`0`, `0.0`, `#,##0`, `#,##0.00`,
 * `0%`, `0.0%`), dates (`yyyy-mm-dd`, `m/d`, `yyyy年m月d日` …) and `General`. Any other format
 * throws, so a new builder format is added here rather than cached wrongly.
 */
export function formatText(n: number, format: string): string {
  if (/^general$/i.test(format)) return numberToText(n);
  const m = NUMBER_FORMAT.exec(format);
  if (m) {
    const pct = m[5] === "%";
    const decimals = (m[3] ?? "").length;
    const optional = (m[4] ?? "").length;
    const x = roundHalfAway(pct ? n * 100 : n, decimals + optional);
    let s = Math.abs(x).toFixed(decimals + optional);
    if (optional > 0) s = s.replace(/0+$/, "").padEnd(s.indexOf(".") + 1 + decimals, "0");
    if (s.endsWith(".")) s = s.slice(0, -1);
    const [whole, frac] = s.split(".");
    let int = whole;
    if (m[1] === "#" && int === "0") int = "";
    if (m[1].includes(",")) int = groupThousands(int);
    const body = frac !== undefined ? `${int}.${frac}` : int;
    return (x < 0 ? "-" : "") + body + (pct ? "%" : "");
  }
  if (format.replace(DATE_TOKEN, "") === "" && /[yd]/.test(format)) {
    const p = serialParts(n);
    return format.replace(DATE_TOKEN, (t) => {
      switch (t) {
        case "yyyy":
          return String(p.year);
        case "yy":
          return String(p.year % 100).padStart(2, "0");
        case "mm":
          return String(p.month).padStart(2, "0");
        case "m":
          return String(p.month);
        case "dd":
          return String(p.day).padStart(2, "0");
        case "d":
          return String(p.day);
        default:
          return t;
      }
    });
  }
  throw new EvaluateError(`TEXT format "${format}" is not known to the evaluator (src/workbook/evaluate/text.ts); add it there`);
}
