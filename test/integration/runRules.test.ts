/** The oracle of the board's rules (./runRules.ts) against the rules' own examples. */
import { competitionRanks, needsAdjustment } from "./runRules";

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
