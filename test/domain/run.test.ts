/**
 * Running the sprint (src/domain/run.ts): the adjust-target rule and the tie-sharing ranks the
 * board's formulas implement, and the run sheets' words in every language (src/i18n/runSheets.ts).
 */
import { competitionRanks, needsAdjustment } from "../../src/domain/run";
import { RUN_SHEET_STRINGS } from "../../src/i18n/runSheets";
import { LOCALES } from "../../src/i18n/locale";

describe("adjust target?", () => {
  test("two consecutive measured weeks below the low or above the high limit", () => {
    expect(needsAdjustment([0.5, 0.6, 1], 0.7, 1.3)).toBe(true);
    expect(needsAdjustment([1, 1.4, 1.5], 0.7, 1.3)).toBe(true);
  });
  test("one week out, a week in between, limits themselves, or a gap: no", () => {
    expect(needsAdjustment([0.5, 1, 0.5], 0.7, 1.3)).toBe(false);
    expect(needsAdjustment([0.5, 1.5], 0.7, 1.3)).toBe(false);
    expect(needsAdjustment([0.7, 0.7, 1.3, 1.3], 0.7, 1.3)).toBe(false);
    expect(needsAdjustment([0.5, null, 0.5], 0.7, 1.3)).toBe(false);
    expect(needsAdjustment([], 0.7, 1.3)).toBe(false);
  });
});

test("competition ranks: ties share a rank, the next rank skips", () => {
  expect(competitionRanks([500, 900, 500, null, 100])).toEqual([2, 1, 2, null, 4]);
});

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
