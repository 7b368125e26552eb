import { SHEET_STRINGS } from "../../src/i18n/sheet";
import { TARGET_TYPES } from "../../src/domain/vocabulary";
import { CLI_STRINGS } from "../../src/i18n/cli";
import { LOCALES, format } from "../../src/i18n/locale";
import { isValidSheetName } from "../../src/workbook/a1";

/** path → string for every string leaf (arrays by index). */
function leaves(x: unknown, path = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof x === "string") out.set(path, x);
  else if (x && typeof x === "object") {
    for (const [k, v] of Object.entries(x)) for (const [p, s] of leaves(v, path ? `${path}.${k}` : k)) out.set(p, s);
  }
  return out;
}

const placeholders = (s: string): string[] => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort();

describe.each([
  ["sheet strings", SHEET_STRINGS],
  ["CLI strings", CLI_STRINGS],
])("%s", (_name, catalog) => {
  const en = leaves(catalog.en);

  test.each(LOCALES)("%s has every key, non-empty, with the same placeholders as English", (locale) => {
    const l = leaves(catalog[locale]);
    expect([...l.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [path, s] of l) {
      expect([path, s.trim().length > 0]).toEqual([path, true]);
      expect([path, placeholders(s)]).toEqual([path, placeholders(en.get(path) as string)]);
    }
  });

  test("the Chinese catalogs differ from each other and from English", () => {
    const cn = leaves(catalog["zh-CN"]);
    const tw = leaves(catalog["zh-TW"]);
    const differ = (a: Map<string, string>, b: Map<string, string>): number => [...a].filter(([k, v]) => b.get(k) !== v).length;
    expect(differ(cn, en)).toBeGreaterThan(en.size * 0.9);
    expect(differ(cn, tw)).toBeGreaterThan(en.size * 0.5);
  });
});

describe("strings that end up in workbook structures", () => {
  test.each(LOCALES)("%s: sheet names are valid for every sprint length", (locale) => {
    const n = SHEET_STRINGS[locale].sheetNames;
    for (let days = 7; days <= 92; days++) expect(isValidSheetName(format(n.sprint, { days }))).toBe(true);
    expect([n.inputs, n.targets, n.funnel].every(isValidSheetName)).toBe(true);
  });

  test.each(LOCALES)("%s: list-validation values have no commas; messages fit Excel's limits", (locale) => {
    const s = SHEET_STRINGS[locale];
    for (const v of [s.yes, s.no, ...TARGET_TYPES.map((t) => s.targetTypes[t])]) expect(v).not.toMatch(/,/);
    expect(s.validation.title.length).toBeLessThanOrEqual(32);
    for (const m of Object.values(s.validation)) expect(m.length).toBeLessThanOrEqual(255);
    expect(new Set(s.weekdays).size).toBe(7);
    expect(new Set(s.phases).size).toBe(4);
    expect(s.status.achieved).not.toBe(s.status.notAchieved);
  });

  test("status words are the glossary's", () => {
    expect(SHEET_STRINGS["zh-CN"].status).toEqual({ achieved: "达成", notAchieved: "未达成" });
    expect(SHEET_STRINGS["zh-TW"].status).toEqual({ achieved: "達成", notAchieved: "未達成" });
  });
});
