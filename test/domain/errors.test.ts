/**
 * The message catalog and error values: every key in all three languages with the same
 * placeholders, every key the code uses exists, every key is used, and messages render
 * with the argument's name and valid range.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { errorMessage, MESSAGES } from "../../src/i18n/errors";
import { LOCALES } from "../../src/i18n/locale";
import { fail, isSalesError, SalesError, showNumber, showValue } from "../../src/domain/errors";

const SRC = join(__dirname, "..", "..", "src");
const CATALOG_FILE = join(SRC, "i18n", "errors.ts");
const KEY_PREFIXES = ["range", "arg", "leads", "split", "smart", "funnel", "chance", "input", "internal"];
/** The declaration of the keys (src/domain/errorKeys.ts) is skipped like the catalog: it names every key trivially. */
const KEYS_FILE = join(SRC, "domain", "errorKeys.ts");
/** Code that returns or renders catalog keys: the domain, the custom functions, the SMART explanation and the pane's form (src/taskpane/generator). */
const scannedFiles = (): string[] =>
  [...sourceFiles(join(SRC, "domain")), ...sourceFiles(join(SRC, "functions")), join(SRC, "i18n", "smart.ts"), ...sourceFiles(join(SRC, "taskpane", "generator"))].filter(
    (f) => f !== KEYS_FILE,
  );
const KEY_LITERAL = new RegExp(`["'\`]((?:${KEY_PREFIXES.join("|")})\\.[A-Za-z.]+)["'\`]`, "g");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Message keys written as string literals in the code that uses the catalog. */
function keysUsedInCode(): Set<string> {
  const used = new Set<string>();
  for (const file of scannedFiles()) {
    for (const m of readFileSync(file, "utf8").matchAll(KEY_LITERAL)) used.add(m[1]);
  }
  return used;
}

function placeholders(s: string): string[] {
  return [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}

describe("message catalog", () => {
  const keys = Object.keys(MESSAGES) as (keyof typeof MESSAGES)[];

  it("has a non-empty text in zh-CN, zh-TW and en for every key", () => {
    const missing: string[] = [];
    for (const key of keys) {
      for (const locale of LOCALES) {
        const text = (MESSAGES[key] as Record<string, string | undefined>)[locale];
        if (typeof text !== "string" || text.trim() === "") missing.push(`${key} ${locale}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("uses the same placeholders in every language", () => {
    const mismatched = keys.filter((key) =>
      LOCALES.some((l) => placeholders(MESSAGES[key][l]).join() !== placeholders(MESSAGES[key].en).join()),
    );
    expect(mismatched).toEqual([]);
  });

  it("has Chinese (not English) text in the Chinese columns of sentences", () => {
    const untranslated = keys.filter((key) => {
      const m: Record<string, string> = MESSAGES[key];
      return /[a-z]{4,}\s+[a-z]{4,}/i.test(m.en) && (m["zh-CN"] === m.en || m["zh-TW"] === m.en);
    });
    expect(untranslated).toEqual([]);
  });

  it("contains every key the code uses", () => {
    const used = keysUsedInCode();
    expect(used.size).toBeGreaterThan(20);
    const unknown = [...used].filter((k) => !(k in MESSAGES));
    expect(unknown).toEqual([]);
  });

  it("has no key the code never uses", () => {
    const used = keysUsedInCode();
    const unused = keys.filter((k) => !used.has(k));
    expect(unused).toEqual([]);
  });

  it("is the file the scan skips (the scan would otherwise find every key trivially)", () => {
    const scanned = scannedFiles();
    expect(scanned).not.toContain(CATALOG_FILE);
    expect(scanned).not.toContain(KEYS_FILE);
  });
});

describe("errorMessage", () => {
  it("renders a range phrase into {range} in each language", () => {
    const e = fail("#VALUE!", "arg.outOfRange", { arg: "periods", range: "range.wholeBetween", min: 1, max: "10,000", value: 0 });
    expect(errorMessage(e, "en")).toBe("periods must be a whole number from 1 to 10,000; got 0.");
    expect(errorMessage(e, "zh-CN")).toBe("periods 必须是1 到 10,000 之间的整数，当前为 0。");
    expect(errorMessage(e, "zh-TW")).toBe("periods 必須是1 到 10,000 之間的整數，目前為 0。");
  });

  it("uses a parameter's per-language value (name@locale) where one is given", () => {
    const e = fail("#N/A", "funnel.unknownStage", { stage: "x", count: 5, names: "A, B", "names@zh-CN": "甲、乙" });
    expect(errorMessage(e, "zh-CN")).toContain("（甲、乙）");
    expect(errorMessage(e, "en")).toContain("(A, B)");
    expect(errorMessage(e, "zh-TW")).toContain("（A, B）");
  });

  it("falls back to the generic message for a key missing from the catalog", () => {
    const e = new SalesError("#VALUE!", "no.such.key");
    expect(errorMessage(e, "en")).toBe("Unexpected error in no.such.key. Please report it to the add-in's support with the arguments used.");
  });

  it("leaves an unfilled placeholder visible rather than silently dropping it", () => {
    expect(errorMessage(fail("#VALUE!", "arg.notSingle"), "en")).toBe("{arg} must be a single value, not a range.");
  });
});

describe("error values", () => {
  it("isSalesError tells error values from results", () => {
    expect(isSalesError(fail("#NUM!", "leads.tooLarge"))).toBe(true);
    expect(isSalesError({ code: "#NUM!", key: "leads.tooLarge", params: {} })).toBe(false);
    expect(isSalesError(0)).toBe(false);
    expect(isSalesError(null)).toBe(false);
  });

  it("keeps code, key and params", () => {
    const e = new SalesError("#DIV/0!", "split.weightsZero");
    expect([e.code, e.key, e.params]).toEqual(["#DIV/0!", "split.weightsZero", {}]);
  });

  it("shows numbers with thousands separators from 10,000 and values readably", () => {
    expect(showNumber(1e15)).toBe("1,000,000,000,000,000");
    expect(showNumber(-25000)).toBe("-25,000");
    expect(showNumber(9999)).toBe("9999");
    expect(showNumber(0.05)).toBe("0.05");
    expect(showValue(true)).toBe("TRUE");
    expect(showValue(null)).toBe("");
    expect(showValue("x".repeat(50))).toBe("x".repeat(37) + "...");
  });
});
