/**
 * The board's rules, written out in TypeScript as the oracle the LibreOffice test
 * (./dailyLog.test.ts) holds the board's formulas to (src/workbook/board.ts computes them in
 * the sheet; nothing in src needs them in code).
 */

/**
 * The adjust-target rule on a run of weekly attainments (null: week not full or not measured):
 * true when two consecutive measured weeks are both below `low` or both above `high`.
 */
export function needsAdjustment(weekly: readonly (number | null)[], low: number, high: number): boolean {
  for (let i = 1; i < weekly.length; i++) {
    const a = weekly[i - 1];
    const b = weekly[i];
    if (a === null || b === null) continue;
    if ((a < low && b < low) || (a > high && b > high)) return true;
  }
  return false;
}

/**
 * Competition ranks (1, 2, 2, 4): the sheet's COUNTIF rank, ties share a rank. Blank
 * (null) values get no rank.
 */
export function competitionRanks(values: readonly (number | null)[]): (number | null)[] {
  return values.map((v) => (v === null ? null : 1 + values.filter((w) => w !== null && w > v).length));
}
