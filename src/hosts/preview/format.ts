/**
 * Excel number formats, the subset a sprint workbook uses, for the preview grid and for the
 * engine's TEXT function: sections (`pos;neg;zero;text`), quoted literals, thousands
 * separators, fixed decimals, percent, dates (`yyyy-mm-dd`, `m/d`, weekday names), and
 * "General". Pure; no DOM.
 *
 * Not covered (shown as General or approximately): fractions, scientific notation, elapsed
 * times (`[h]`), fill characters (`*`), conditional sections (`[>100]`). Colour sections
 * (`[Red]`) are read and ignored.
 */
import { serialToUtc } from "../../domain/dates";


const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A serial date (src/domain/dates.ts) as a Date at that UTC time. */
export function serialToDate(serial: number): Date {
  return new Date(serialToUtc(serial));
}

/** Splits a format into sections at `;` outside quotes and escapes. */
function sections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      cur += format.slice(i, stop + 1);
      i = stop;
    } else if (ch === "\\") {
      cur += format.slice(i, i + 2);
      i++;
    } else if (ch === ";") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

type Token = { t: "lit"; s: string } | { t: "code"; s: string };

/** Literals (quoted, escaped, `[$¥-804]` currency) vs format code. */
function tokenize(section: string): Token[] {
  const out: Token[] = [];
  const push = (t: Token["t"], s: string): void => {
    const last = out[out.length - 1];
    if (last && last.t === t) last.s += s;
    else out.push({ t, s } as Token);
  };
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      push("lit", section.slice(i + 1, stop));
      i = stop;
    } else if (ch === "\\") {
      push("lit", section[i + 1] ?? "");
      i++;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const stop = end < 0 ? section.length : end;
      const inner = section.slice(i + 1, stop);
      // [$¥-804]: a currency symbol with a locale; [Red], [h]: ignored.
      if (inner.startsWith("$")) push("lit", inner.slice(1).split("-")[0]);
      i = stop;
    } else if (ch === "_") {
      // Padding as wide as the next character: a space is close enough.
      push("lit", " ");
      i++;
    } else if (ch === "*") {
      i++;
    } else if (/[$€¥£ ()+\-:/!^&'~{}<>=]/.test(ch) && !isDateSep(section, i)) {
      push("lit", ch);
    } else {
      push("code", ch);
    }
  }
  return out;
}

/** `/`, `:` and `-` between date or time codes belong to the date code. */
function isDateSep(section: string, i: number): boolean {
  const ch = section[i];
  if (ch !== "/" && ch !== ":" && ch !== "-") return false;
  return /[ymdhs]/i.test(section[i - 1] ?? "") && /[ymdhs]/i.test(section[i + 1] ?? "");
}

function isDateCode(code: string): boolean {
  return /[ydhs]/i.test(code) || (/m/i.test(code) && !/[0#?]/.test(code));
}

/** Round half away from zero at `digits` decimals, in decimal (not binary) terms. */
export function roundHalfAway(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const sign = x < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(x)}e${digits}`);
  return sign * Number(`${Math.round(shifted)}e-${digits}`);
}

function groupThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** A number code like `#,##0.00` or `0%` applied to a non-negative number. */
function formatNumberCode(value: number, code: string): string {
  const percent = (code.match(/%/g) ?? []).length;
  let v = value * 100 ** percent;
  const core = code.replace(/%/g, "");
  const dot = core.indexOf(".");
  const intCode = dot < 0 ? core : core.slice(0, dot);
  const fracCode = dot < 0 ? "" : core.slice(dot + 1);
  // Trailing commas scale by thousands (`#,##0,` shows thousands).
  const trailingCommas = /,+$/.exec(intCode)?.[0].length ?? 0;
  v /= 1000 ** trailingCommas;
  const decimals = (fracCode.match(/[0#?]/g) ?? []).length;
  const minDecimals = (fracCode.match(/0/g) ?? []).length;
  const thousands = intCode.replace(/,+$/, "").includes(",");
  const minInt = (intCode.match(/0/g) ?? []).length;
  const rounded = roundHalfAway(v, decimals);
  let [i, f = ""] = rounded.toFixed(decimals).split(".");
  if (i === "0" && minInt === 0) i = "";
  i = i.padStart(minInt, "0");
  if (thousands) i = groupThousands(i);
  while (f.length > minDecimals && f.endsWith("0")) f = f.slice(0, -1);
  return `${i}${f.length > 0 ? `.${f}` : ""}${"%".repeat(percent)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

/** A date/time code like `yyyy-mm-dd` or `m/d ddd`. */
function formatDateCode(serial: number, code: string): string {
  const d = serialToDate(serial);
  const y = d.getUTCFullYear();
  const mo = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const h = d.getUTCHours();
  const mi = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const re = /(yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|AM\/PM|.)/gi;
  const parts = [...code.matchAll(re)].map((m) => m[0]);
  let out = "";
  parts.forEach((p, idx) => {
    const lower = p.toLowerCase();
    const prev = parts.slice(0, idx).reverse().find((x) => /^[a-z]/i.test(x))?.toLowerCase() ?? "";
    const next = parts.slice(idx + 1).find((x) => /^[a-z]/i.test(x))?.toLowerCase() ?? "";
    const isMinute = (lower === "m" || lower === "mm") && (prev.startsWith("h") || next.startsWith("s"));
    switch (lower) {
      case "yyyy":
        out += String(y);
        break;
      case "yy":
        out += pad(y % 100, 2);
        break;
      case "mmmm":
        out += MONTHS[mo - 1];
        break;
      case "mmm":
        out += MONTHS[mo - 1].slice(0, 3);
        break;
      case "mm":
        out += pad(isMinute ? mi : mo, 2);
        break;
      case "m":
        out += String(isMinute ? mi : mo);
        break;
      case "dddd":
        out += WEEKDAYS[d.getUTCDay()];
        break;
      case "ddd":
        out += WEEKDAYS[d.getUTCDay()].slice(0, 3);
        break;
      case "dd":
        out += pad(day, 2);
        break;
      case "d":
        out += String(day);
        break;
      case "hh":
        out += pad(h, 2);
        break;
      case "h":
        out += String(h);
        break;
      case "ss":
        out += pad(s, 2);
        break;
      case "s":
        out += String(s);
        break;
      case "am/pm":
        out += h < 12 ? "AM" : "PM";
        break;
      default:
        out += p;
    }
  });
  return out;
}

/** Excel's General format: up to 11 characters, integers as they are. */
export function formatGeneral(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return value.toExponential(5).replace(/\.?0+e/, "E").replace(/E([+-])(\d)$/, "E$10$2");
  const intDigits = abs < 1 ? 1 : Math.floor(Math.log10(abs)) + 1;
  const decimals = Math.max(0, 10 - intDigits);
  return String(roundHalfAway(value, decimals));
}

/** Formats a number or text with an Excel number format. */
export function formatValue(value: number | string | boolean, format: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const fmt = format && format.trim() !== "" ? format : "General";
  const secs = sections(fmt);
  if (typeof value === "string") {
    const textSection = secs[3] ?? (secs.length === 1 && secs[0].includes("@") ? secs[0] : undefined);
    if (!textSection) return value;
    return tokenize(textSection)
      .map((t) => (t.t === "lit" ? t.s : t.s.replace(/@/g, value)))
      .join("");
  }
  if (!Number.isFinite(value)) return "#NUM!";
  let section = secs[0];
  let v = value;
  let sign = value < 0 ? "-" : "";
  if (value < 0 && secs.length >= 2 && secs[1] !== "") {
    section = secs[1];
    v = -value;
    sign = "";
  } else if (value === 0 && secs.length >= 3) {
    section = secs[2];
  } else if (value < 0) {
    v = -value;
  }
  if (/^general$/i.test(section.trim())) return formatGeneral(value);
  const tokens = tokenize(section);
  const code = tokens
    .filter((t) => t.t === "code")
    .map((t) => t.s)
    .join("");
  if (code.trim() === "") {
    // Only literals, e.g. "Yes": the section's text is the whole display.
    return tokens.map((t) => t.s).join("");
  }
  if (isDateCode(code)) {
    return tokens.map((t) => (t.t === "lit" ? t.s : formatDateCode(value, t.s))).join("");
  }
  let placed = false;
  const body = tokens
    .map((t) => {
      if (t.t === "lit") return t.s;
      if (placed) return t.s.replace(/[0#?.,%]/g, "");
      placed = true;
      const all = tokens
        .filter((x) => x.t === "code")
        .map((x) => x.s)
        .join("");
      const numberCode = all.replace(/[^0#?.,%]/g, "");
      const rest = t.s.replace(/[0#?.,%]/g, "");
      return formatNumberCode(v, numberCode) + rest;
    })
    .join("");
  const isZero = /^[^1-9]*$/.test(body);
  return `${isZero ? "" : sign}${body}`;
}
