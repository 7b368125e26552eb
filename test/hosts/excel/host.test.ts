/**
 * The rest of the Excel host: reading the context (selection import, saved inputs),
 * inserting a formula, activating a sheet, reading cells for a re-plan, making the
 * workbook shareable; and the default wiring to the Office globals (office-addin-mock).
 */
import { OfficeMockObject } from "office-addin-mock";
import { createExcelHost } from "../../../src/hosts/excel";
import { isHostError, SELECTION_MAX_ROWS, type HostError } from "../../../src/hosts/host";
import { setup } from "./helpers";
import { synthSpec } from "./specs";

// office-addin-mock only needs office-addin-manifest's OfficeApp enum; the real module pulls in
// an ES-module dependency this jest config does not transform.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));

async function rejection(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    if (isHostError(e)) return e;
    throw e;
  }
  throw new Error("expected a rejection");
}

describe("readContext: one round trip", () => {
  test("sheet names, active sheet, the selection's data, saved inputs, our plan sheets", async () => {
    const { fake, host } = setup(["Team", "Other"]);
    await host.writeWorkbook(synthSpec({ owners: 2, days: 7 }), { mode: "create", savedInputs: '{"v":1}' });
    fake.type("Team", "A2", "张三");
    fake.type("Team", "B2", 2);
    fake.type("Team", "A3", "李四");
    fake.type("Team", "B3", 1);
    fake.type("Team", "A4", "王五");
    fake.select("Team", "A1:B10");
    const before = fake.syncs;
    const ctx = await host.readContext();
    expect(fake.syncs - before).toBe(1);
    expect(ctx.sheetNames).toEqual(["Team", "Other", "输入", "7天冲刺计划", "目标表"]);
    expect(ctx.activeSheet).toBe("Team");
    expect(ctx.savedInputs).toBe('{"v":1}');
    expect(ctx.planSheets).toEqual([
      { name: "输入", key: "inputs" },
      { name: "7天冲刺计划", key: "sprint" },
      { name: "目标表", key: "targets" },
    ]);
    expect(ctx.selection).toEqual({
      sheet: "Team",
      address: "A1:B10",
      rowCount: 10,
      columnCount: 2,
      values: [
        ["张三", 2],
        ["李四", 1],
        ["王五", ""],
      ],
      valuesAddress: "A2:B4",
      truncated: false,
    });
  });

  test("an empty selection and a fresh workbook", async () => {
    const { host } = setup();
    const ctx = await host.readContext();
    expect(ctx.selection).toMatchObject({ address: "A1", values: [], valuesAddress: "", truncated: false });
    expect(ctx.savedInputs).toBeNull();
    expect(ctx.planSheets).toEqual([]);
  });

  test("a whole-column selection returns its data part, capped", async () => {
    const { fake, host } = setup();
    for (let r = 1; r <= SELECTION_MAX_ROWS + 5; r++) fake.type("Sheet1", `A${r}`, `n${r}`);
    fake.select("Sheet1", "A:A");
    const ctx = await host.readContext();
    expect(ctx.selection?.values).toHaveLength(SELECTION_MAX_ROWS);
    expect(ctx.selection?.truncated).toBe(true);
    expect(ctx.selection?.valuesAddress).toBe(`A1:A${SELECTION_MAX_ROWS}`);
  });

  test("when the selection is not a range, the rest is still read", async () => {
    const { fake, host } = setup();
    fake.model.selection = null;
    const ctx = await host.readContext();
    expect(ctx.selection).toBeNull();
    expect(ctx.sheetNames).toEqual(["Sheet1"]);
  });
});

test("saveInputs stores the pane's JSON in the workbook, one sync", async () => {
  const { fake, host } = setup();
  await host.saveInputs('{"target":300000}');
  expect(fake.syncs).toBe(1);
  expect((await host.readContext()).savedInputs).toBe('{"target":300000}');
});

describe("insertFormula", () => {
  test("writes into the top-left cell of the selection and selects it", async () => {
    const { fake, host } = setup();
    fake.select("Sheet1", "C3:E9");
    await host.insertFormula("=SALES.REQUIRED_LEADS(100000,5000,5%)");
    expect(fake.formulaAt("Sheet1", "C3")).toBe("=SALES.REQUIRED_LEADS(100000,5000,5%)");
    expect(fake.cell("Sheet1", "D3")).toBeUndefined();
    expect(fake.model.selection?.rect).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    await host.insertFormula("SUM(1,2)");
    expect(fake.formulaAt("Sheet1", "C3")).toBe("=SUM(1,2)");
  });

  test("Excel's error reaches the pane with Excel's code", async () => {
    const { fake, host } = setup();
    fake.failWhen(() => true, "InvalidOperationInCellEditMode", "Excel is in cell-editing mode.");
    const err = await rejection(host.insertFormula("=1"));
    expect([err.source, err.code, err.message]).toEqual(["excel", "InvalidOperationInCellEditMode", "Excel is in cell-editing mode."]);
  });
});

describe("activateSheet and readCells", () => {
  test("activates; a missing sheet is SheetNotFound", async () => {
    const { fake, host } = setup(["A", "B"]);
    await host.activateSheet("B");
    expect(fake.activeSheet()).toBe("B");
    const err = await rejection(host.activateSheet("Gone"));
    expect([err.code, err.params.name]).toEqual(["SheetNotFound", "Gone"]);
  });

  test("re-plan: several ranges of actuals in one round trip", async () => {
    const { fake, host } = setup();
    await host.writeWorkbook(synthSpec({ owners: 2, days: 30 }), { mode: "create" });
    // Week 1 delivered 50,000 of 300,000 (docs/domain.md §5.4).
    [8000, 7000, 9000, 6000, 10000, 5000, 5000].forEach((v, i) => fake.type("30天冲刺计划", `S${5 + i}`, v));
    const before = fake.syncs;
    const [actuals, inputs] = await host.readCells([
      { sheet: "30天冲刺计划", address: "S5:S11" },
      { sheet: "输入", address: "B3:B7" },
    ]);
    expect(fake.syncs - before).toBe(1);
    expect(actuals.flat().reduce<number>((n, v) => n + Number(v), 0)).toBe(50000);
    expect(inputs.flat()).toEqual([500000, 5000, 0.05, 45931, 30]);
  });
});

describe("make shareable: SALES.* formulas", () => {
  async function workbookWithCustomFunctions(): Promise<ReturnType<typeof setup>> {
    const s = setup(["Report", "Data"]);
    const { fake } = s;
    fake.type("Report", "B2", "=SALES.REQUIRED_LEADS(100000,5000,0.05)");
    fake.setComputed("Report", "B2", 400);
    fake.type("Report", "B3", "=sales.weekly(B2)");
    fake.setComputed("Report", "B3", 100);
    fake.type("Report", "B4", "=SUM(B2:B3)");
    fake.setComputed("Report", "B4", 500);
    fake.type("Report", "C4", "=SALES.SMART_SCORE(A1)");
    fake.setComputed("Report", "C4", "=text that looks like a formula");
    fake.type("Report", "D4", '="SALES.NOT(1)"');
    fake.type("Data", "A1", "=SALES.SPLIT(1000,3)");
    fake.setComputed("Data", "A1", "#VALUE!", true);
    fake.type("Data", "A2", "=SALES.REQUIRED_LEADS(1,1,1)");
    fake.setComputed("Data", "A2", "#BUSY!", true);
    fake.type("Data", "Z900", "plain");
    return s;
  }

  test("find: counts per sheet, with samples, bounded syncs", async () => {
    const { fake, host } = await workbookWithCustomFunctions();
    const found = await host.findCustomFunctionCells("workbook");
    expect(found).toEqual({
      total: 5,
      sheets: [
        { sheet: "Report", count: 3, sample: ["B2", "B3", "C4"] },
        { sheet: "Data", count: 2, sample: ["A1", "A2"] },
      ],
      pending: 0,
    });
    expect(fake.syncs).toBe(2);
  });

  test("freeze: only SALES.* cells become their values; other cells untouched", async () => {
    const { fake, host } = await workbookWithCustomFunctions();
    const result = await host.freezeCustomFunctions("workbook");
    expect(fake.syncs).toBe(4);
    expect(result.total).toBe(5);
    expect(result.pending).toBe(1);
    expect(fake.cell("Report", "B2")).toMatchObject({ formula: null, value: 400 });
    expect(fake.cell("Report", "B3")).toMatchObject({ formula: null, value: 100 });
    expect(fake.cell("Report", "C4")).toMatchObject({ formula: null, value: "=text that looks like a formula" });
    expect(fake.formulaAt("Report", "B4")).toBe("=SUM(B2:B3)");
    expect(fake.formulaAt("Report", "D4")).toBe('="SALES.NOT(1)"');
    expect(fake.cell("Data", "A1")).toMatchObject({ formula: null, value: "#VALUE!", error: true });
    expect(fake.formulaAt("Data", "A2")).toBe("=SALES.REQUIRED_LEADS(1,1,1)");
    expect(fake.valueAt("Data", "Z900")).toBe("plain");
    expect(await host.findCustomFunctionCells("workbook")).toMatchObject({ total: 1 });
  });

  test("freeze: a spilled (dynamic array) result is frozen whole, not just its anchor", async () => {
    const { fake, host } = setup(["Funnel"]);
    fake.spill("Funnel", "B2", "=SALES.FUNNEL_STAGE(400)", [
      ["线索获取", 1, 400],
      ["初步接触", 0.7, 280],
      ["成交", 0.08, 32],
    ]);
    const result = await host.freezeCustomFunctions("workbook");
    expect(result.total).toBe(1);
    expect(fake.syncs).toBe(4);
    expect(fake.cell("Funnel", "B2")).toMatchObject({ formula: null, value: "线索获取" });
    expect(fake.valueAt("Funnel", "D4")).toBe(32);
    expect(fake.valueAt("Funnel", "C3")).toBe(0.7);
  });

  test("without ExcelApi 1.12 (no dynamic arrays) freezing skips the spill query", async () => {
    const { fake, host } = await workbookWithCustomFunctions();
    fake.apiVersion = "1.11";
    await host.freezeCustomFunctions("workbook");
    expect(fake.syncs).toBe(3);
    expect(fake.cell("Report", "B2")?.formula).toBeNull();
  });

  test("selection scope: only the selected cells, one sync to read", async () => {
    const { fake, host } = await workbookWithCustomFunctions();
    fake.select("Report", "B2:B4");
    expect(await host.findCustomFunctionCells("selection")).toEqual({ total: 2, sheets: [{ sheet: "Report", count: 2, sample: ["B2", "B3"] }], pending: 0 });
    expect(fake.syncs).toBe(1);
    await host.freezeCustomFunctions("selection");
    expect(fake.cell("Report", "B2")?.formula).toBeNull();
    expect(fake.cell("Report", "C4")?.formula).toBe("=SALES.SMART_SCORE(A1)");
  });

  test("a generated plan has nothing to freeze", async () => {
    const { host } = setup();
    await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create" });
    expect((await host.findCustomFunctionCells("workbook")).total).toBe(0);
  });
});

describe("default wiring to the Office globals", () => {
  const g = globalThis as Record<string, unknown>;
  afterEach(() => {
    delete g.Office;
    delete g.Excel;
  });

  test("display language from Office, else the browser's", () => {
    // Office.context is plain data in Office.js (not a proxy to load), so a plain object.
    g.Office = { context: { displayLanguage: "zh-TW", requirements: { isSetSupported: () => true } } };
    const host = createExcelHost();
    expect(host.displayLanguage()).toBe("zh-TW");
    expect(host.checkSupport()).toEqual({ ok: true, degraded: [] });
    delete g.Office;
    expect(host.displayLanguage()).toBe(globalThis.navigator?.language ?? "en");
    expect(host.checkSupport()).toMatchObject({ ok: false });
  });

  test("insertFormula goes through Excel.run", async () => {
    const data = {
      context: {
        workbook: {
          cell: { formulas: [[""]], select: () => undefined },
          range: {
            getCell(): unknown {
              return data.context.workbook.cell;
            },
          },
          getSelectedRange(): unknown {
            return data.context.workbook.range;
          },
        },
        sync: async () => undefined,
      },
      run: async (callback: (context: unknown) => Promise<unknown>) => callback(data.context),
    };
    g.Excel = new OfficeMockObject(data);
    await createExcelHost().insertFormula("=SALES.WEEKLY(400)");
    expect(data.context.workbook.cell.formulas).toEqual([["=SALES.WEEKLY(400)"]]);
  });
});
