/** What update reads before it writes (src/hosts/write/state.ts): input cells, old and new footprints, bounded ranges. */
import { boundedRects, cellsToRead, contentAt, covers, existingSheet } from "../../../src/hosts/write/state";
import type { SheetRecord } from "../../../src/hosts/write/record";
import type { SheetSpec } from "../../../src/workbook/spec";

describe("what update reads", () => {
  const sheet = {
    key: "targets",
    name: "目标表",
    blocks: [{ at: "A1", cells: [[{ v: "h" }, { v: "h" }], [{ v: 1 }, { input: true }], [{ v: 2 }, { input: true }]] }],
  } as unknown as SheetSpec;
  const old: SheetRecord = { key: "targets", footprint: ["A1:B2"], inputs: ["B2", "D9"], merges: [], conditionalFormats: [], validations: [], charts: [], seeded: [] };

  test("without a record: the new input cells only", () => {
    expect(cellsToRead(sheet, null)).toEqual([{ top: 2, left: 2, bottom: 3, right: 2 }]);
  });

  test("with a record: old and new inputs, and new cells outside the old footprint", () => {
    const rects = cellsToRead(sheet, old);
    expect(covers(rects, [{ top: 3, left: 1, bottom: 3, right: 2 }, { top: 9, left: 4, bottom: 9, right: 4 }])).toBe(true);
    expect(covers(rects, [{ top: 1, left: 1, bottom: 1, right: 1 }])).toBe(false);
  });

  test("a cell that was not read is never taken for blank", () => {
    const s = existingSheet("目标表", [], [{ rect: { top: 2, left: 2, bottom: 2, right: 2 }, formulas: [[5]] }]);
    expect(contentAt(s, 2, 2)).toBe(5);
    expect(() => contentAt(s, 1, 1)).toThrow(/was not read/);
  });

  test("ranges are cut into pieces of bounded size", () => {
    const pieces = boundedRects([{ top: 1, left: 1, bottom: 1000, right: 50 }], 20_000);
    expect(pieces).toHaveLength(3);
    expect(pieces.every((r) => (r.bottom - r.top + 1) * 50 <= 20_000)).toBe(true);
    expect(pieces[2]).toEqual({ top: 801, left: 1, bottom: 1000, right: 50 });
  });
});
