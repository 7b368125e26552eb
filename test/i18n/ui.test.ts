/** Every UI string exists, non-empty, in every language, with the same {placeholders}. */
import { LOCALES } from "../../src/i18n/locale";
import { LANGUAGE_NAMES, UI, type UiStrings } from "../../src/i18n/ui";

const placeholders = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI strings", () => {
  const keys = Object.keys(UI.en) as (keyof UiStrings)[];

  it("has the same keys in every locale", () => {
    for (const locale of LOCALES) expect(Object.keys(UI[locale]).sort()).toEqual([...keys].sort());
  });

  it.each(LOCALES)("%s: every string is non-empty and has the English placeholders", (locale) => {
    for (const key of keys) {
      const text = UI[locale][key];
      expect([key, text.trim().length > 0]).toEqual([key, true]);
      expect([key, placeholders(text)]).toEqual([key, placeholders(UI.en[key])]);
    }
  });

  it("Chinese strings are translated (not English), and zh-TW is not a copy of zh-CN", () => {
    const differs = keys.filter((k) => UI["zh-TW"][k] !== UI["zh-CN"][k]);
    expect(differs.length).toBeGreaterThan(keys.length / 2);
    for (const key of keys) {
      expect([key, /[\u4e00-\u9fff]/.test(UI["zh-CN"][key])]).toEqual([key, true]);
      expect([key, /[\u4e00-\u9fff]/.test(UI["zh-TW"][key])]).toEqual([key, true]);
    }
  });

  it("the accessible name of Insert starts with its visible label (label in name)", () => {
    for (const locale of LOCALES) expect(UI[locale].insertAria.startsWith(UI[locale].insert)).toBe(true);
  });

  it("names every language in that language", () => {
    expect(LANGUAGE_NAMES).toEqual({ "zh-CN": "简体中文", "zh-TW": "繁體中文", en: "English" });
  });
});
