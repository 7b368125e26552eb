/**
 * The one reader of numbers typed as text, used by every entry point: the task pane's form,
 * the command line, the sprint input model (./inputs.ts) and the custom functions' text
 * arguments (./args.ts). docs/cli.md "Numbers" lists the forms.
 *
 * Accepted: "500000", "500,000", "1 000" (groups of three, one separator throughout),
 * "0.05", ".5", "1e3", "-12.5", "5%" (= 0.05), "50万" / "50萬" (× 10⁴), "1.2亿" / "1.2億"
 * (× 10⁸), a leading currency sign ("¥5,000", "$ 12.5"), and everything a Chinese IME types
 * in full width: "５０万", "５％", "１，０００", "０．０５" (NFKC folds them to ASCII).
 *
 * Ambiguous text is refused rather than guessed (null):
 * - "1,5" and "1,00": a comma must group thousands, so a decimal comma is never read as
 *   15 or 1.5; "1.000" is one (a point is always the decimal point);
 * - "5%%", "50万%" (a unit and a percent), "万" alone, "。" as a decimal point, "--1", words.
 * A rate typed as "5" stays 5: the input's checker (./args.ts checkNumber) says whether
 * 5% was meant, rather than this reader guessing.
 *
 * readNumber also takes a unit word after the number where the quantity has one ("50万元",
 * "30天", "20通"): the words of UNIT_WORDS for that kind of quantity, and no other.
 */

/** Sign, integer part (plain, or grouped by "," or " " used consistently), fraction, exponent. */
const NUMBER = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+|\d*)(\.\d+)?(?:e([+-]?\d+))?$/i;
const UNIT_SHIFT: Readonly<Record<string, number>> = { 万: 4, 萬: 4, 亿: 8, 億: 8 };

/** The number in `text`, or null when it is not one (see the module comment for the forms). */
export function parseNumber(text: string): number | null {
  // normalize() is missing only in very old script engines; there full-width text is simply not a number.
  let t = (typeof text.normalize === "function" ? text.normalize("NFKC") : text).replace(/[\u2212\uFE63]/g, "-").trim();
  t = t.replace(/^([+-]?)\s*[$¥€£]\s*/, "$1");
  // Scale in decimal text (an exponent) so 1.2亿 is exactly 120000000 and 0.07% exactly 0.0007.
  let shift = 0;
  const last = t.slice(-1);
  if (last in UNIT_SHIFT) {
    shift = UNIT_SHIFT[last];
    t = t.slice(0, -1).trimEnd();
  } else if (last === "%") {
    shift = -2;
    t = t.slice(0, -1).trimEnd();
  }
  const m = NUMBER.exec(t);
  if (!m || !/\d/.test(m[2] + (m[3] ?? ""))) return null;
  const digits = (m[2].replace(/[ ,]/g, "") || "0") + (m[3] ?? "");
  const n = Number(`${m[1]}${digits}e${Number(m[4] ?? 0) + shift}`);
  if (!Number.isFinite(n)) return null;
  return n === 0 ? 0 : n;
}

/**
 * The unit words a number may carry after it, per kind of quantity (compared case-insensitively,
 * after NFKC): money for amounts, days for a length, and each daily count's own words. Used by
 * the sprint inputs (./inputs.ts: the task pane and the command line) and the daily reports
 * (./reports.ts: the log tab and the import); docs/cli.md "Numbers" lists them.
 */
export const UNIT_WORDS = {
  money: ["元", "块", "塊", "块钱", "塊錢", "圆", "圓", "RMB", "CNY", "yuan"],
  days: ["天", "日", "day", "days"],
  leads: ["个", "個", "条", "條", "lead", "leads"],
  calls: ["个", "個", "通", "次", "call", "calls"],
  emails: ["封", "个", "個", "email", "emails"],
  demos: ["个", "個", "次", "场", "場", "demo", "demos"],
  quotes: ["个", "個", "份", "quote", "quotes"],
  deals: ["个", "個", "单", "單", "笔", "筆", "deal", "deals"],
} as const satisfies Record<string, readonly string[]>;
export type UnitKind = keyof typeof UNIT_WORDS;

/** A number read with its unit: the value, or why not (`unit`: a unit word this quantity does not take). */
export type NumberRead = { ok: true; value: number } | { ok: false; unit?: string };

/**
 * The number in `text`, as parseNumber reads it, followed by an optional unit word of `kind`
 * ("50万元", "30 天", "20 calls"). Without `kind` no unit is taken. A number followed by any
 * other word is refused with that word in `unit`, so the message can name it ("30元" for days).
 */
export function readNumber(text: string, kind?: UnitKind): NumberRead {
  const t = (typeof text.normalize === "function" ? text.normalize("NFKC") : text).trim();
  // The tail after the last digit: a scale (万, 亿) or percent stays with the number, a word after it is the unit.
  const at = t.search(/\d[^\d]*$/);
  if (at < 0) return { ok: false };
  let head = t.slice(0, at + 1);
  let tail = t.slice(at + 1).trim();
  if (tail !== "" && (tail[0] in UNIT_SHIFT || tail[0] === "%")) {
    head += tail[0];
    tail = tail.slice(1).trim();
  }
  // Not a word, or an exponent's "e" without digits ("5e"): not a number with a unit.
  if (tail === "" || !/^\p{L}+$/u.test(tail) || /^e$/i.test(tail)) {
    const n = parseNumber(t);
    return n === null ? { ok: false } : { ok: true, value: n };
  }
  const n = parseNumber(head);
  if (n === null || head.endsWith("%")) return { ok: false };
  const words: readonly string[] = kind ? UNIT_WORDS[kind] : [];
  return words.some((w) => w.toLowerCase() === tail.toLowerCase()) ? { ok: true, value: n } : { ok: false, unit: tail };
}
