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
