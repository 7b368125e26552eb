/** The host-neutral planner's defined names (src/hosts/write/names.ts): scope, what is added, replaced or kept. */
import { planNames } from "../../../src/hosts/write/names";
import type { WorkbookSpec } from "../../../src/workbook/spec";

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
