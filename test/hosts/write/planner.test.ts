/** Units of the host-neutral write planner (src/hosts/write/): names, reads, bounded ranges. */
import { failedStep } from "../../../src/hosts/excel/recover";
import { planNames } from "../../../src/hosts/write/names";
import { boundedRects, cellsToRead, contentAt, covers, existingSheet } from "../../../src/hosts/write/state";
import type { SheetRecord } from "../../../src/hosts/write/record";
import type { SheetSpec, WorkbookSpec } from "../../../src/workbook/spec";

const spec = {
  sheets: [],
  names: [
    { name: "SprintTarget", ref: "'输入'!$B$3" },
    { name: "SprintDays", ref: "'输入'!$B$7" },
  ],
} as unknown as WorkbookSpec;
const same = (f: string): string => f;

describe("planNames", () => {
  test("no names yet: workbook-level adds", () => {
    const p = planNames(spec, [], "create", { created: ["输入"], written: ["输入"] }, same);
    expect(p.ops.map((o) => o.op)).toEqual([
      { t: "addName", scope: null, name: "SprintTarget", ref: "'输入'!$B$3", comment: "" },
      { t: "addName", scope: null, name: "SprintDays", ref: "'输入'!$B$7", comment: "" },
    ]);
    expect(p.scope).toBe("workbook");
    expect(p.warnings).toEqual([]);
  });

  test("a sheet-level twin elsewhere: that name goes on the plan's sheets, the others stay workbook-level, and it is said", () => {
    const names = [{ name: "SprintTarget", formula: "='输入 (2)'!$B$3", scope: "输入 (2)" }];
    const p = planNames(spec, names, "create", { created: ["输入", "计划"], written: ["输入", "计划"] }, same);
    expect(p.ops.map((o) => [o.op.t, "scope" in o.op ? o.op.scope : undefined, "name" in o.op ? o.op.name : undefined])).toEqual([
      ["addName", "输入", "SprintTarget"],
      ["addName", "计划", "SprintTarget"],
      ["addName", null, "SprintDays"],
    ]);
    expect(p.added).toEqual(["SprintDays"]);
    expect(p.warnings).toEqual([{ code: "NamesScoped", params: { names: "SprintTarget", sheets: "输入 (2)" } }]);
  });

  test("update: a sheet-level name already on a plan sheet is repointed, not added twice", () => {
    const names = [{ name: "SprintTarget", formula: "='输入'!$B$99", scope: "输入" }];
    const p = planNames(spec, names, "update", { created: [], written: ["输入", "计划"] }, same);
    expect(p.ops.slice(0, 2).map((o) => o.op)).toEqual([
      { t: "setName", scope: "输入", name: "SprintTarget", ref: "'输入'!$B$3", comment: "" },
      { t: "addName", scope: "计划", name: "SprintTarget", ref: "'输入'!$B$3", comment: "" },
    ]);
  });

  test("copy next to live workbook-level names: all names sheet-level on the copies, no warning (as Excel's own sheet copy)", () => {
    const names = spec.names.map((n) => ({ name: n.name, formula: `=${n.ref}`, scope: null }));
    const p = planNames(spec, names, "copy", { created: ["输入 (2)"], written: ["输入 (2)"] }, (f) => f.replace("输入", "输入 (2)"));
    expect(p.scope).toBe("sheet");
    expect(p.ops.map((o) => o.op)).toEqual([
      { t: "addName", scope: "输入 (2)", name: "SprintTarget", ref: "'输入 (2)'!$B$3", comment: "" },
      { t: "addName", scope: "输入 (2)", name: "SprintDays", ref: "'输入 (2)'!$B$7", comment: "" },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

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

test.each([
  ["PageLayout.zoom", "pageSetup"],
  ["ChartCollection.add", "charts"],
  ["ChartSeries.setValues", "charts"],
  ["NoteCollection.add", "notes"],
  ["Worksheet.activate", "activate"],
  ["Range.formulas", null],
  [undefined, null],
])("the cosmetic step of errorLocation %s is %s", (location, step) => {
  expect(failedStep(location)).toBe(step);
});
