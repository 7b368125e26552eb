/**
 * Dates and the TEXT function's number formats, for the formula evaluator. Dates are Excel
 * serial numbers in the 1900 date system (src/workbook/spec.ts), including Excel's phantom
 * 29 February 1900 (serial 60).
 */
import { EvaluateError, numberToText, roundHalfAway } from "./values";

/** Year, month (1–12), day and weekday (0 = Sunday) of a serial date. */
export function dateParts(serial: number): { y: number; m: number; d: number; weekday: number } {
  const s = Math.floor(serial);
  const weekday = (((s - 1) % 7) + 7) % 7;
  if (s === 60) return { y: 1900, m: 2, d: 29, weekday };
  const days = s < 60 ? s - 1 : s - 2; // days after 1900-01-01
  const dt = new Date(Date.UTC(1900, 0, 1) + days * 86_400_000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate(), weekday };
}

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
    const p = dateParts(n);
    return format.replace(DATE_TOKEN, (t) => {
      switch (t) {
        case "yyyy":
          return String(p.y);
        case "yy":
          return String(p.y % 100).padStart(2, "0");
        case "mm":
          return String(p.m).padStart(2, "0");
        case "m":
          return String(p.m);
        case "dd":
          return String(p.d).padStart(2, "0");
        case "d":
          return String(p.d);
        default:
          return t;
      }
    });
  }
  throw new EvaluateError(`TEXT format "${format}" is not known to the evaluator (src/workbook/evaluate/text.ts); add it there`);
}
