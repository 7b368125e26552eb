/**
 * writeWorkbook against the in-memory Excel: what lands where, round trips, nothing lost
 * (create / update / copy), rollback after a failure at any point, payload splitting,
 * requirement sets.
 */
import { HostError, isHostError, type WriteResult } from "../../../src/hosts/host";
import { INPUT_FILL, widthToPoints } from "../../../src/hosts/write/ops";
import { INPUTS_KEY, RECORD_KEY, parseRecord } from "../../../src/hosts/write/record";
import { FakeExcel } from "../fakeExcel";
import { setup, sheetView, userView } from "./helpers";
import { ownerName, synthSpec } from "./specs";

const SPRINT = "30天冲刺计划";

async function rejection(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    if (isHostError(e)) return e;
    throw new Error(`expected a HostError, got ${String(e)}`);
  }
  throw new Error("expected a rejection");
}

describe("create: the spec lands where expected", () => {
  const spec = synthSpec({ owners: 5, days: 30 });
  let fake: FakeExcel;
  let result: WriteResult;

  beforeAll(async () => {
    const s = setup();
    fake = s.fake;
    result = await s.host.writeWorkbook(spec, { mode: "create", savedInputs: '{"target":500000}', activate: "sprint" });
  });

  test("sheets are added after the user's, in spec order, and reported", () => {
    expect(fake.sheetNames()).toEqual(["Sheet1", "输入", SPRINT, "目标表"]);
    expect(result.sheets).toEqual([
      { key: "inputs", name: "输入", created: true, keptInputs: 0 },
      { key: "sprint", name: SPRINT, created: true, keptInputs: 0 },
      { key: "targets", name: "目标表", created: true, keptInputs: 0 },
    ]);
    expect(result.mode).toBe("create");
    expect(result.namesScope).toBe("workbook");
  });

  test("values, formulas with '=', number formats", () => {
    expect(fake.valueAt("输入", "B3")).toBe(500000);
    expect(fake.cell("输入", "B3")?.numberFormat).toBe("#,##0");
    expect(fake.cell("输入", "B5")?.numberFormat).toBe("0.0%");
    expect(fake.formulaAt(SPRINT, "B5")).toBe("=SprintStart+A5-1");
    expect(fake.cell(SPRINT, "B5")?.numberFormat).toBe("yyyy-mm-dd");
    expect(fake.formulaAt(SPRINT, "Y34")).toBe("=IF(SprintDays-A34<=0,0,(SprintTarget-U34)/(SprintDays-A34))");
    expect(fake.formulaAt("目标表", "H8")).toBe(`=SUM('${SPRINT}'!M5:M34)`);
    expect(fake.valueAt(SPRINT, "F5")).toBe("客户筛选与分类");
  });

  test("strings that look like formulas or numbers stay text", () => {
    expect([ownerName(3), ownerName(4)]).toEqual(["=销售4", "-5 组"]);
    const c = fake.cell("目标表", "A5");
    expect(c?.formula).toBeNull();
    expect(c?.value).toBe("=销售4");
    expect(fake.cell("目标表", "A6")?.value).toBe("-5 组");
    expect(fake.cell("目标表", "A6")?.formula).toBeNull();
  });

  test("input cells are empty unless the spec fills them, and look like inputs", () => {
    expect(fake.cell(SPRINT, "N5")?.value).toBe("");
    expect(fake.cell(SPRINT, "N5")?.format.fill).toBe(INPUT_FILL);
    expect(fake.cell("目标表", "G2")?.value).toBe("重点攻坚A类客户");
    expect(fake.cell("目标表", "G2")?.format).toMatchObject({ fill: INPUT_FILL, wrap: true });
  });

  test("styles, borders, column widths and hidden columns, merges, freeze, tab colour", () => {
    const h = fake.cell(SPRINT, "C4");
    expect(h?.format).toMatchObject({ bold: true, fill: "#1F4E78", color: "#FFFFFF", hAlign: "Center" });
    expect(h?.format.borders).toEqual({ top: "Continuous", bottom: "Continuous", left: "Continuous", right: "Continuous" });
    const sprint = fake.sheet(SPRINT);
    expect(sprint.columns.get(1)).toEqual({ width: widthToPoints(8) });
    expect(sprint.columns.get(4)).toEqual({ width: widthToPoints(8), hidden: true });
    expect(sprint.columns.get(7)).toEqual({ width: widthToPoints(11) });
    expect(sprint.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 6 }]);
    expect(sprint.freeze).toEqual({ rows: 4, columns: 2 });
    expect(sprint.tabColor).toBe("#C00000");
    expect(fake.sheet("目标表").freeze).toEqual({ rows: 1, columns: 0 + 1 });
  });

  test("defined names are workbook-level and point at the inputs", () => {
    expect(fake.model.names.get("sprinttarget")).toEqual({ name: "SprintTarget", formula: "='输入'!$B$3", comment: "冲刺目标" });
    expect([...fake.model.names.values()].map((n) => n.name)).toEqual(["SprintTarget", "AvgOrderValue", "ConversionRate", "SprintStart", "SprintDays"]);
  });

  test("conditional formats keep the spec's order (priority 1 runs first)", () => {
    const cfs = fake.sheet(SPRINT).conditionalFormats;
    expect(cfs.map((c) => c.formula)).toEqual(['=AND(V5<>"",V5<0.8)', '=AND(V5<>"",V5>=0.8,V5<1)', '=AND(V5<>"",V5>=1)']);
    expect(cfs[0]).toMatchObject({ type: "Custom", rect: { top: 5, bottom: 34, left: 22, right: 22 }, fill: "#F8CBAD", fontColor: "#9C0006" });
    expect(cfs[2].bold).toBe(true);
  });

  test("data validation on the actual columns", () => {
    const [dv] = fake.sheet(SPRINT).validations;
    expect(dv.rect).toEqual({ top: 5, bottom: 34, left: 14, right: 19 });
    expect(dv.rule).toEqual({ decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } });
    expect(dv.ignoreBlanks).toBe(true);
    expect(dv.errorAlert).toEqual({ showAlert: true, style: "Stop", title: "实际值", message: "请输入非负数" });
    expect(dv.prompt?.message).toBe("填写当天实际完成数");
  });

  test("page layout: A4 landscape at 75 %, print titles, margins, page order, breaks, header and footer", () => {
    expect(fake.sheet(SPRINT).pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      zoom: { scale: 75 },
      printTitleRows: "$4:$4",
      printTitleColumns: "$A:$B",
      printOrder: "OverThenDown",
      margins: { unit: "Inches", left: 0.25, right: 0.25, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 },
      headerFooterState: "Default",
      headerFooter: {
        leftHeader: '&11&"DengXian,Regular"三月冲刺',
        centerHeader: '&11&"DengXian,Regular"&A',
        rightHeader: '&11&"DengXian,Regular"2025-10-01 至 2025-10-30',
        leftFooter: "",
        centerFooter: '&11&"DengXian,Regular"第 &P 页，共 &N 页',
        rightFooter: "",
      },
    });
    // "The range immediately after the page break": day 21's row and the first actual column.
    expect(fake.sheet(SPRINT).pageBreaks).toEqual({ rows: [25], columns: [14] });
    // Fitted to a width and as many pages tall as needed: documented values only
    // (PageLayoutZoomOptions: numbers of pages, 0 is not one), one page per row.
    expect(fake.sheet("输入").pageLayout).toMatchObject({ orientation: "Portrait", zoom: { horizontalFitToPages: 1, verticalFitToPages: 7 } });
    expect(fake.sheet("目标表").pageLayout.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
  });

  test("one font: every written cell in the workbook's font at the body size; chart text too", () => {
    for (const [sheet, address] of [["输入", "A1"], ["输入", "B3"], [SPRINT, "A4"], [SPRINT, "N5"], ["目标表", "G2"]] as const) {
      expect([sheet, address, fake.cell(sheet, address)?.format.fontName]).toEqual([sheet, address, "DengXian"]);
    }
    expect(fake.cell("输入", "A1")?.format.size).toBe(14);
    expect(fake.cell("输入", "B3")?.format.size).toBe(11);
    const [chart] = fake.sheet(SPRINT).charts;
    expect(chart).toMatchObject({ font: { name: "DengXian", size: 11 }, titleSize: 14 });
  });

  test("the burn-up chart with both series", () => {
    const [chart] = fake.sheet(SPRINT).charts;
    expect(chart).toMatchObject({ name: "SalesSprint_sprint_1", type: "Line", title: "累计收入：计划 vs 实际", position: ["AA4", "AI22"] });
    expect(chart.series).toEqual([
      { name: "累计计划", values: `${SPRINT}!T5:T34`, xValues: `${SPRINT}!B5:B34`, color: "#1F4E78" },
      { name: "累计实际", values: `${SPRINT}!U5:U34`, xValues: `${SPRINT}!B5:B34`, color: "#C00000" },
    ]);
  });

  test("notes, saved inputs, write record, activation", () => {
    expect([...fake.sheet("输入").notes.values()]).toEqual(["线索到成交"]);
    expect(fake.model.settings.get(INPUTS_KEY)).toBe('{"target":500000}');
    const record = parseRecord(fake.model.settings.get(RECORD_KEY));
    expect(record?.pending).toBeUndefined();
    expect(record?.sheets["目标表"]).toMatchObject({ key: "targets", footprint: ["A1:I1", "A2:I6", "A8:I8"], inputs: ["G2:H6"] });
    expect(record?.sheets[SPRINT].inputs).toEqual(["N5:S34"]);
    expect(fake.activeSheet()).toBe(SPRINT);
  });

  test("two round trips; the write is one suspended batch of 2-D writes, one per block", () => {
    expect(result.syncs).toBe(2);
    expect(result.batches).toBe(1);
    expect(fake.syncs).toBe(2);
    expect(fake.log[1].suspended).toBe(true);
    expect(result.requestBytes).toBeGreaterThan(fake.log[1].requestBytes);
    expect(result.warnings).toEqual([]);
  });
});

describe("round trips do not grow with owners and days", () => {
  /** The content calls of one create: every Office.js operation's location, counted. */
  async function contentCalls(owners: number, days: number, apiVersion: string): Promise<{ fake: FakeExcel; syncs: number; calls: Record<string, number> }> {
    const { fake, host } = setup();
    fake.apiVersion = apiVersion;
    const calls: Record<string, number> = { "Range.formulas": 0, "Range.numberFormat": 0, "Range.copyFrom": 0 };
    fake.failWhen((op) => {
      if (op.location in calls) calls[op.location]++;
      return false;
    });
    const result = await host.writeWorkbook(synthSpec({ owners, days }), { mode: "create" });
    return { fake, syncs: result.syncs, calls };
  }

  // Number formats go one call per rectangle of equal formats, or as arrays where a block is so
  // small that these are fewer bytes (src/hosts/write/batch.ts blockFormatOps): 5 owners may take
  // fewer calls, never more, and from 50 owners on the count stays the same.
  test.each([
    [5, 30],
    [200, 30],
    [200, 92],
  ])("%i owners × %i days: exactly 2 syncs; content calls as many as for 50 × 30 (one formulas call per block without copies)", async (owners, days) => {
    const spec = synthSpec({ owners, days });
    const { fake, syncs, calls } = await contentCalls(owners, days, "1.18");
    expect(syncs).toBe(2);
    expect(fake.syncs).toBe(2);
    const at50 = (await contentCalls(50, 30, "1.18")).calls;
    if (owners === 5) {
      expect({ ...calls, "Range.numberFormat": 0 }).toEqual({ ...at50, "Range.numberFormat": 0 });
      expect(calls["Range.numberFormat"]).toBeLessThanOrEqual(at50["Range.numberFormat"]);
    } else expect(calls).toEqual(at50);
    expect(calls["Range.copyFrom"]).toBeGreaterThan(0);
    // An Excel without Range.copyFrom (ExcelApi 1.8) gets every cell: one formulas call per block.
    const blocks = spec.sheets.reduce((n, s) => n + s.blocks.length, 0);
    const whole = await contentCalls(owners, days, "1.8");
    expect(whole.syncs).toBe(2);
    expect(whole.calls["Range.formulas"]).toBe(blocks);
    expect(whole.calls["Range.numberFormat"]).toBeLessThanOrEqual(blocks);
    expect(whole.calls["Range.copyFrom"]).toBe(0);
    expect(fake.sheet("目标表").cells.get(0)).toBeUndefined();
    expect(fake.valueAt("目标表", `A${1 + owners}`)).toBe(ownerName(owners - 1));
  });
});

describe("create refuses to overwrite", () => {
  test("an existing sheet with the same name: SheetExists, nothing written", async () => {
    const { fake, host } = setup(["Sheet1", "目标表"]);
    fake.type("目标表", "A1", "my own table");
    const before = userView(fake);
    const err = await rejection(host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create" }));
    expect(err.source).toBe("host");
    expect(err.code).toBe("SheetExists");
    expect(err.params).toEqual({ sheets: "目标表" });
    expect(userView(fake)).toEqual(before);
    expect(fake.syncs).toBe(1);
  });

  test("sheet names compare case-insensitively, like Excel", async () => {
    const { host } = setup(["Targets"]);
    const err = await rejection(host.writeWorkbook(synthSpec({ owners: 2, days: 7, names: { targets: "TARGETS" } }), { mode: "create" }));
    expect(err.code).toBe("SheetExists");
  });
});

/** A plan written, then the team types actuals, a strategy, a note of their own. */
async function plannedAndTyped(): Promise<ReturnType<typeof setup>> {
  const s = setup();
  await s.host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create" });
  s.fake.type(SPRINT, "N5", 12);
  s.fake.type(SPRINT, "S5", 18000);
  s.fake.type(SPRINT, "S6", "=1000*12");
  s.fake.type("目标表", "H2", 50000);
  s.fake.type("目标表", "G3", "电话回访");
  s.fake.type("输入", "B3", 480000);
  // A plan cell changed by hand: ours, regenerated on update.
  s.fake.type(SPRINT, "M5", 1);
  // Somebody's own note beside the plan, outside its footprint.
  s.fake.type("目标表", "K20", "my note");
  return s;
}

describe("update keeps every actual the team typed", () => {
  test("same layout: actuals, strategies and typed inputs stay; plan cells are regenerated", async () => {
    const { fake, host } = await plannedAndTyped();
    const result = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "update" });
    expect(result.syncs).toBe(2);
    expect(fake.valueAt(SPRINT, "N5")).toBe(12);
    expect(fake.valueAt(SPRINT, "S5")).toBe(18000);
    expect(fake.formulaAt(SPRINT, "S6")).toBe("=1000*12");
    expect(fake.valueAt("目标表", "H2")).toBe(50000);
    expect(fake.valueAt("目标表", "G3")).toBe("电话回访");
    expect(fake.valueAt("输入", "B3")).toBe(480000);
    expect(fake.formulaAt(SPRINT, "M5")).toBe("=SprintTarget/SUM($D$5:$D$34)*D5");
    expect(fake.valueAt("目标表", "K20")).toBe("my note");
    // Kept: what the team typed; our unchanged pre-filled values are refreshed, not "kept".
    expect(result.sheets.map((s) => [s.name, s.created, s.keptInputs])).toEqual([
      ["输入", false, 1],
      [SPRINT, false, 3],
      ["目标表", false, 2],
    ]);
    // No duplicate rules, validations or charts after an update.
    expect(fake.sheet(SPRINT).conditionalFormats).toHaveLength(3);
    expect(fake.sheet(SPRINT).validations).toHaveLength(1);
    expect(fake.sheet(SPRINT).charts.map((c) => c.name)).toEqual(["SalesSprint_sprint_1"]);
    expect(fake.sheetNames()).toEqual(["Sheet1", "输入", SPRINT, "目标表"]);
    expect(result.namesScope).toBe("workbook");
  });

  test("replaceInputsOn: the pane's own parameters are rewritten, actuals still kept", async () => {
    const { fake, host } = await plannedAndTyped();
    const spec = synthSpec({ owners: 5, days: 30 });
    const inputs = spec.sheets[0].blocks[0].cells;
    inputs[2][1] = { ...inputs[2][1], v: 600000 };
    await host.writeWorkbook(spec, { mode: "update", replaceInputsOn: ["inputs"] });
    expect(fake.valueAt("输入", "B3")).toBe(600000);
    expect(fake.valueAt(SPRINT, "S5")).toBe(18000);
    expect(fake.valueAt("目标表", "G3")).toBe("电话回访");
  });

  test("names are repointed, not duplicated", async () => {
    const { fake, host } = await plannedAndTyped();
    fake.model.names.get("sprinttarget")!.formula = "='输入'!$Z$1";
    await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "update" });
    expect(fake.model.names.get("sprinttarget")?.formula).toBe("='输入'!$B$3");
    expect(fake.model.names.size).toBe(5);
  });

  test("more days and more owners: actuals keep their cells, our old cells are reused or cleared", async () => {
    const { fake, host } = await plannedAndTyped();
    const spec = synthSpec({ owners: 8, days: 45, names: { sprint: SPRINT } });
    const result = await host.writeWorkbook(spec, { mode: "update" });
    expect(result.syncs).toBe(2);
    expect(fake.valueAt(SPRINT, "S5")).toBe(18000);
    expect(fake.formulaAt(SPRINT, "B49")).toBe("=SprintStart+A49-1");
    expect(fake.valueAt("目标表", "H2")).toBe(50000);
    // Row 8 held our old total row; now it is owner 7's row.
    expect(fake.valueAt("目标表", "A8")).toBe(ownerName(6));
    expect(fake.valueAt("目标表", "G8")).toBe("重点攻坚A类客户");
    expect(fake.formulaAt("目标表", "H8")).toBe("");
    expect(fake.formulaAt("目标表", "H11")).toBe(`=SUM('${SPRINT}'!M5:M49)`);
    expect(fake.valueAt("目标表", "K20")).toBe("my note");
  });

  test("fewer days: our old rows below the new plan are cleared", async () => {
    const { fake, host } = setup();
    await host.writeWorkbook(synthSpec({ owners: 3, days: 30, names: { sprint: "Plan" } }), { mode: "create" });
    await host.writeWorkbook(synthSpec({ owners: 3, days: 20, names: { sprint: "Plan" } }), { mode: "update" });
    expect(fake.formulaAt("Plan", "B24")).toBe("=SprintStart+A24-1");
    expect(fake.cell("Plan", "B25")?.formula ?? null).toBeNull();
    expect(fake.valueAt("Plan", "A34")).toBe("");
    expect(fake.cell("Plan", "N34")?.format.fill).toBeUndefined();
  });

  test("fewer owners while a removed owner has an actual: refused, nothing touched", async () => {
    const { fake, host } = await plannedAndTyped();
    fake.type("目标表", "H6", 7000);
    const before = userView(fake);
    const err = await rejection(host.writeWorkbook(synthSpec({ owners: 3, days: 30 }), { mode: "update" }));
    expect(err.code).toBe("UpdateWouldLoseInput");
    expect(err.params).toMatchObject({ sheet: "目标表", count: 1, cells: "H6" });
    expect(userView(fake)).toEqual(before);
  });

  test("fewer owners whose cells hold only our defaults: allowed, the rows are cleared", async () => {
    const { fake, host } = await plannedAndTyped();
    const result = await host.writeWorkbook(synthSpec({ owners: 3, days: 30 }), { mode: "update" });
    expect(result.sheets[2].keptInputs).toBe(2);
    expect(fake.valueAt("目标表", "G3")).toBe("电话回访");
    expect(fake.valueAt("目标表", "A4")).toBe(ownerName(2));
    expect(fake.formulaAt("目标表", "H6")).toBe(`=SUM('${SPRINT}'!M5:M34)`);
    expect(fake.valueAt("目标表", "G6")).toBe("计划合计");
    expect(fake.valueAt("目标表", "A8")).toBe("");
    expect(fake.cell("目标表", "G5")?.format.fill).toBeUndefined();
  });

  test("a new layout reaching somebody's content outside our footprint: refused", async () => {
    const { fake, host } = await plannedAndTyped();
    fake.type("目标表", "B11", "not ours");
    const err = await rejection(host.writeWorkbook(synthSpec({ owners: 10, days: 30 }), { mode: "update" }));
    expect(err.code).toBe("UpdateWouldOverwrite");
    expect(err.params).toMatchObject({ sheet: "目标表", count: 1, cells: "B11" });
  });

  test("a host that has not listed the sheets yet reads them once more (3 syncs), still keeping actuals", async () => {
    const { fake } = await plannedAndTyped();
    const { createExcelHost } = await import("../../../src/hosts/excel");
    const cold = createExcelHost(fake.env());
    const result = await cold.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "update" });
    expect(result.syncs).toBe(3);
    expect(fake.valueAt(SPRINT, "S5")).toBe(18000);
  });

  test("after readContext the same host updates in 2 syncs", async () => {
    const { fake } = await plannedAndTyped();
    const { createExcelHost } = await import("../../../src/hosts/excel");
    const host = createExcelHost(fake.env());
    await host.readContext();
    const result = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "update" });
    expect(result.syncs).toBe(2);
  });

  test("a sheet deleted since the host listed it: read again (2 extra reads), then created", async () => {
    const { fake, host } = await plannedAndTyped();
    fake.model.sheets = fake.model.sheets.filter((s) => s.name !== "目标表");
    const result = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "update" });
    expect(result.syncs).toBe(4);
    expect(result.sheets.find((s) => s.key === "targets")?.created).toBe(true);
    expect(fake.valueAt(SPRINT, "S5")).toBe(18000);
  });

  test("without a write record (a workbook from the .xlsx writer) the same layout is assumed", async () => {
    const { fake, host } = await plannedAndTyped();
    fake.model.settings.delete(RECORD_KEY);
    await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "update" });
    expect(fake.valueAt(SPRINT, "S5")).toBe(18000);
    expect(fake.valueAt("目标表", "H2")).toBe(50000);
  });

  test("a merge that would swallow an actual: refused", async () => {
    const { fake, host } = await plannedAndTyped();
    const spec = synthSpec({ owners: 5, days: 30 });
    spec.sheets[1].merges = ["A1:F1", "R5:S5"];
    const before = userView(fake);
    const err = await rejection(host.writeWorkbook(spec, { mode: "update" }));
    expect(err.code).toBe("UpdateWouldLoseInput");
    expect(err.params.cells).toBe("S5");
    expect(userView(fake)).toEqual(before);
  });
});

describe("copy makes a numbered copy and leaves the original alone", () => {
  test("numbered names, self-consistent formulas, names, chart; original untouched", async () => {
    const { fake, host } = await plannedAndTyped();
    const originals = ["输入", SPRINT, "目标表"].map((n) => sheetView(fake, n));
    const namesBefore = JSON.stringify([...fake.model.names.values()]);
    const result = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "copy" });
    expect(fake.sheetNames()).toEqual(["Sheet1", "输入", SPRINT, "目标表", "输入 (2)", `${SPRINT} (2)`, "目标表 (2)"]);
    expect(["输入", SPRINT, "目标表"].map((n) => sheetView(fake, n))).toEqual(originals);
    expect(JSON.stringify([...fake.model.names.values()])).toBe(namesBefore);
    expect(result.namesScope).toBe("sheet");
    expect(result.sheets.map((s) => s.name)).toEqual(["输入 (2)", `${SPRINT} (2)`, "目标表 (2)"]);
    expect(fake.formulaAt("目标表 (2)", "H8")).toBe(`=SUM('${SPRINT} (2)'!M5:M34)`);
    for (const sheet of ["输入 (2)", `${SPRINT} (2)`, "目标表 (2)"]) {
      expect(fake.sheet(sheet).names.get("sprinttarget")?.formula).toBe("='输入 (2)'!$B$3");
    }
    expect(fake.sheet(`${SPRINT} (2)`).charts[0].series[0].values).toBe(`${SPRINT} (2)!T5:T34`);
    expect(fake.valueAt(`${SPRINT} (2)`, "S5")).toBe("");
    const record = parseRecord(fake.model.settings.get(RECORD_KEY));
    expect(Object.keys(record?.sheets ?? {}).sort()).toEqual(["输入", "输入 (2)", SPRINT, `${SPRINT} (2)`, "目标表", "目标表 (2)"].sort());
  });

  test("a second copy gets (3)", async () => {
    const { fake, host } = await plannedAndTyped();
    await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "copy" });
    await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "copy" });
    expect(fake.sheetNames().slice(-3)).toEqual(["输入 (3)", `${SPRINT} (3)`, "目标表 (3)"]);
  });

  test("copy with no clash writes the plain names", async () => {
    const { fake, host } = setup();
    const result = await host.writeWorkbook(synthSpec({ owners: 2, days: 7 }), { mode: "copy" });
    expect(fake.sheetNames()).toEqual(["Sheet1", "输入", "7天冲刺计划", "目标表"]);
    expect(result.namesScope).toBe("workbook");
  });

  test("create after the old plan's sheets were deleted repoints the dead (#REF!) names", async () => {
    const { fake, host } = setup();
    await host.writeWorkbook(synthSpec({ owners: 2, days: 7 }), { mode: "create" });
    fake.model.sheets = fake.model.sheets.filter((s) => s.name === "Sheet1");
    for (const n of fake.model.names.values()) n.formula = "=#REF!$B$3";
    const result = await host.writeWorkbook(synthSpec({ owners: 2, days: 7 }), { mode: "create" });
    expect(result.namesScope).toBe("workbook");
    expect(fake.model.names.get("sprintdays")?.formula).toBe("='输入'!$B$7");
  });
});

describe("a failure in the middle leaves no half-written sheets", () => {
  /** Operations in the write sync of a create, measured on a clean run. */
  async function writeOps(mode: "create" | "update" | "copy"): Promise<number> {
    const { fake, host } = mode === "create" ? setup(["Mine"]) : await plannedAndTyped();
    if (mode === "create") fake.type("Mine", "A1", "keep me");
    const before = fake.log.length;
    await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode });
    return fake.log[before + 1].ops;
  }

  test("create: at every failure point the workbook is exactly as before, or complete", async () => {
    const total = await writeOps("create");
    expect(total).toBeGreaterThan(100);
    let rolledBack = 0;
    let cosmetic = 0;
    for (let n = 1; n <= total; n++) {
      const { fake, host } = setup(["Mine"]);
      fake.type("Mine", "A1", "keep me");
      fake.model.settings.set(INPUTS_KEY, "old inputs");
      const before = userView(fake);
      fake.failInSync(fake.syncs + 2, n, "GeneralException");
      try {
        const r = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create", savedInputs: "new inputs" });
        // Only a cosmetic step may fail without a rollback, and the plan is then complete.
        cosmetic++;
        expect(r.warnings.map((w) => w.code)).toContain("CosmeticFailed");
        expect(fake.sheetNames()).toEqual(["Mine", "输入", SPRINT, "目标表"]);
        expect(fake.formulaAt(SPRINT, "Y34")).toMatch(/^=IF\(/);
        expect(fake.model.settings.get(INPUTS_KEY)).toBe("new inputs");
      } catch (e) {
        rolledBack++;
        expect(isHostError(e)).toBe(true);
        const err = e as HostError;
        expect(err.source).toBe("excel");
        expect(err.code).toBe("GeneralException");
        expect(err.params.rollback).toBe("done");
        expect(userView(fake)).toEqual(before);
      }
    }
    expect(rolledBack).toBeGreaterThan(cosmetic);
    expect(cosmetic).toBeGreaterThan(0);
  }, 120000);

  test("copy: at every 5th failure point the originals and their names are untouched", async () => {
    const total = await writeOps("copy");
    for (let n = 1; n <= total; n += 5) {
      const { fake, host } = await plannedAndTyped();
      const before = userView(fake);
      fake.failInSync(fake.syncs + 2, n);
      try {
        await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "copy" });
        expect(fake.sheetNames()).toHaveLength(7);
      } catch {
        expect(userView(fake)).toEqual(before);
      }
    }
  }, 120000);

  test("update: at every failure point the typed actuals survive", async () => {
    const total = await writeOps("update");
    for (let n = 1; n <= total; n += 3) {
      const { fake, host } = await plannedAndTyped();
      fake.failInSync(fake.syncs + 2, n);
      await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "update" }).catch((e: unknown) => {
        expect(isHostError(e) && e.params.rollback).toBe("done");
      });
      expect(fake.valueAt(SPRINT, "N5")).toBe(12);
      expect(fake.valueAt(SPRINT, "S5")).toBe(18000);
      expect(fake.formulaAt(SPRINT, "S6")).toBe("=1000*12");
      expect(fake.valueAt("目标表", "H2")).toBe(50000);
      expect(fake.valueAt("目标表", "G3")).toBe("电话回访");
      expect(fake.valueAt("输入", "B3")).toBe(480000);
      expect(fake.sheetNames()).toEqual(["Sheet1", "输入", SPRINT, "目标表"]);
    }
  }, 120000);

  test("an update retried after a failure is not refused by its own half-written cells", async () => {
    const { fake, host } = await plannedAndTyped();
    fake.failWhen((op) => op.location === "Range.formulas" && op.path.includes("目标表"));
    await expect(host.writeWorkbook(synthSpec({ owners: 8, days: 30 }), { mode: "update" })).rejects.toBeInstanceOf(HostError);
    const result = await host.writeWorkbook(synthSpec({ owners: 8, days: 30 }), { mode: "update" });
    expect(result.sheets.every((s) => !s.created)).toBe(true);
    expect(fake.valueAt("目标表", "H2")).toBe(50000);
  });

  test("a cosmetic failure (page setup) keeps the plan, reports Excel's message, and the chart and activation still happen", async () => {
    const { fake, host } = setup();
    fake.failWhen((op) => op.location === "PageLayout.zoom", "InvalidArgument", "Zoom is out of range.");
    const result = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create", activate: "sprint" });
    expect(result.warnings).toEqual([{ code: "CosmeticFailed", params: { code: "InvalidArgument", message: "Zoom is out of range.", step: "pageSetup" } }]);
    // read, write (fails at page setup), check the write record, the steps after page setup.
    expect(result.syncs).toBe(4);
    expect(fake.sheetNames()).toHaveLength(4);
    expect(fake.sheet(SPRINT).charts).toHaveLength(1);
    expect(fake.model.activeSheetId).toBe(fake.sheet(SPRINT).id);
  });

  test("each cosmetic step fails on its own: page setup and the chart fail, activation still happens", async () => {
    const { fake, host } = setup();
    fake.failWhen((op) => op.location === "PageLayout.zoom", "InvalidArgument", "Zoom is out of range.");
    fake.failWhen((op) => op.location === "ChartCollection.add", "GeneralException", "no chart");
    const result = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create", activate: "sprint" });
    expect(result.warnings.map((w) => [w.code, w.params.step])).toEqual([
      ["CosmeticFailed", "pageSetup"],
      ["CosmeticFailed", "charts"],
    ]);
    expect(fake.sheet(SPRINT).charts).toHaveLength(0);
    expect(fake.model.activeSheetId).toBe(fake.sheet(SPRINT).id);
  });

  test("a failed rollback is reported, with Excel's original error", async () => {
    const { fake, host } = setup();
    fake.failWhen((op) => op.location === "Range.formulas" && op.path.includes("目标表"), "GeneralException", "boom");
    fake.failWhen((op) => op.location === "Worksheet.delete", "AccessDenied", "locked");
    const err = await rejection(host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create" }));
    expect(err.message).toBe("boom");
    expect(err.params).toMatchObject({ rollback: "failed", rollbackMessage: "locked", location: "Range.formulas" });
  });
});

describe("payload: split only above the limit", () => {
  test("a 200-owner × 92-day plan fits one request", async () => {
    const { host } = setup();
    const r = await host.writeWorkbook(synthSpec({ owners: 200, days: 92 }), { mode: "create" });
    expect(r.batches).toBe(1);
    expect(r.requestBytes).toBeLessThan(1_000_000);
  });

  test("a forced small limit splits, and the workbook is the same as unsplit", async () => {
    const spec = synthSpec({ owners: 200, days: 92 });
    const a = setup();
    await a.host.writeWorkbook(spec, { mode: "create" });
    const b = setup(["Sheet1"], { payloadLimitBytes: 64 * 1024 });
    const r = await b.host.writeWorkbook(spec, { mode: "create" });
    expect(r.batches).toBeGreaterThan(1);
    expect(r.syncs).toBe(1 + r.batches);
    expect(b.fake.log.slice(1).every((s) => s.suspended && s.requestBytes <= 64 * 1024)).toBe(true);
    expect(userView(b.fake)).toEqual(userView(a.fake));
  });

  // Without copies (ExcelApi 1.8, every cell sent), 30,000 owners are over 5 MB.
  test("a plan over 5 MB is split under Excel on the web's limit and lands whole", async () => {
    const spec = synthSpec({ owners: 30000, days: 30, chart: false });
    const { fake, host } = setup();
    fake.apiVersion = "1.8";
    const r = await host.writeWorkbook(spec, { mode: "create" });
    expect(r.requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(r.batches).toBeGreaterThan(1);
    expect(fake.log.every((s) => !s.failed)).toBe(true);
    expect(fake.valueAt("目标表", "A30001")).toBe(ownerName(29999));
  }, 60000);

  test("without splitting, Excel on the web would refuse it: the error reaches the caller", async () => {
    const spec = synthSpec({ owners: 30000, days: 30, chart: false });
    const { fake, host } = setup(["Sheet1"], { payloadLimitBytes: Number.POSITIVE_INFINITY });
    fake.apiVersion = "1.8";
    const err = await rejection(host.writeWorkbook(spec, { mode: "create" }));
    expect(err.source).toBe("excel");
    expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  }, 60000);
});

describe("requirement sets", () => {
  test("ExcelApi 1.7: written without validation, page setup, notes; told so", async () => {
    const { fake, host } = setup();
    fake.apiVersion = "1.7";
    expect(host.checkSupport()).toEqual({ ok: true, degraded: ["dataValidation", "pageSetup", "notes"] });
    const r = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create" });
    expect(r.warnings).toEqual([
      { code: "Degraded", params: { feature: "dataValidation" } },
      { code: "Degraded", params: { feature: "pageSetup" } },
      { code: "Degraded", params: { feature: "notes" } },
    ]);
    expect(fake.sheet(SPRINT).validations).toEqual([]);
    expect(fake.sheet(SPRINT).pageLayout).toEqual({ headerFooter: {} });
    expect(fake.sheet(SPRINT).pageBreaks).toEqual({ rows: [], columns: [] });
    expect(fake.sheet(SPRINT).conditionalFormats).toHaveLength(3);
    expect(r.syncs).toBe(2);
  });

  test("ExcelApi 1.6: refused before anything is sent, naming what is missing", async () => {
    const { fake, host } = setup();
    fake.apiVersion = "1.6";
    expect(host.checkSupport()).toEqual({ ok: false, missing: ["ExcelApi 1.7"], degraded: ["dataValidation", "pageSetup", "notes"] });
    const err = await rejection(host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create" }));
    expect(err.code).toBe("Unsupported");
    expect(err.params).toEqual({ missing: "ExcelApi 1.7" });
    expect(fake.syncs).toBe(0);
  });
});

describe("progress and invalid specs", () => {
  test("steps are reported in order", async () => {
    const { host } = setup();
    const steps: string[] = [];
    await host.writeWorkbook(synthSpec({ owners: 2, days: 7 }), { mode: "create", onProgress: (p) => steps.push(p.batches ? `${p.step} ${p.batch}/${p.batches}` : p.step) });
    expect(steps).toEqual(["read", "write 1/1", "done"]);
  });

  test("a sheet name Excel would refuse is a spec bug, reported before writing", async () => {
    const { fake, host } = setup();
    const err = await rejection(host.writeWorkbook(synthSpec({ owners: 2, days: 7, names: { targets: "目标:表" } }), { mode: "create" }));
    expect(err.code).toBe("InvalidSpec");
    expect(fake.sheetNames()).toEqual(["Sheet1"]);
  });

  test("a ragged block is a spec bug", async () => {
    const { host } = setup();
    const spec = synthSpec({ owners: 2, days: 7 });
    spec.sheets[2].blocks[1].cells[0].pop();
    const err = await rejection(host.writeWorkbook(spec, { mode: "create" }));
    expect(err.code).toBe("InvalidSpec");
  });
});
