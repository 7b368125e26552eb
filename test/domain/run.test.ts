/**
 * Running the sprint: the run sheets' words in every language (src/i18n/runSheets.ts).
 */
import { RUN_SHEET_STRINGS } from "../../src/i18n/runSheets";
import { LOCALES } from "../../src/i18n/locale";

test("every run-sheet string exists in every language, non-empty, with the same placeholders", () => {
  const flat = (o: unknown, prefix = ""): [string, string][] =>
    typeof o === "string"
      ? [[prefix, o]]
      : Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => flat(v, prefix ? `${prefix}.${k}` : k));
  const en = flat(RUN_SHEET_STRINGS.en);
  for (const l of LOCALES) {
    const mine = flat(RUN_SHEET_STRINGS[l]);
    expect(mine.map(([k]) => k)).toEqual(en.map(([k]) => k));
    mine.forEach(([k, v], i) => {
      expect([l, k, v.trim() === ""]).toEqual([l, k, false]);
      expect([l, k, v.match(/\{\w+\}/g) ?? []]).toEqual([l, k, en[i][1].match(/\{\w+\}/g) ?? []]);
    });
  }
});
