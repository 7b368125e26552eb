/**
 * Writes that cannot be derailed: sheet-level names equal to ours, a huge
 * used range on a sheet being updated, the round-trip figure for every size and mode.
 * Page setup failing on its own is in write.test.ts ("a failure in the middle …"). The fake
 * keeps one name space as Excel for Windows does (OfficeDev/office-js#2875): a workbook-level
 * name added next to a sheet-level one of the same text is refused.
 */
import { createExcelHost } from "../../../src/hosts/excel";
import { WEB_PAYLOAD_LIMIT } from "../../../src/hosts/excel";
import { colLetter } from "../../../src/workbook/a1";
import { FakeExcel } from "../fakeExcel";
import { measuredRun } from "./measure";
import { setup } from "./helpers";
import { synthSpec } from "./specs";

const SPRINT = "30天冲刺计划";

/** A copied Inputs sheet left by hand: it carries sheet-level copies of our names. */
function copiedInputsSheet(fake: FakeExcel): void {
  const s = fake.addSheet("输入 (2)");
  for (const name of ["SprintTarget", "AvgOrderValue", "SprintDays"]) {
    s.names.set(name.toLowerCase(), { name, formula: "='输入 (2)'!$B$3", comment: "" });
  }
}

describe("a workbook that already holds sheet-level names equal to ours", () => {
  test("a host that has seen the sheets: no workbook-level name next to them, 2 round trips, the user is told", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    copiedInputsSheet(fake);
    const host = createExcelHost(fake.env());
    await host.readContext();
    const result = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create" });
    expect(result.syncs).toBe(2);
    expect(result.warnings).toContainEqual({ code: "NamesScoped", params: { names: "SprintTarget, AvgOrderValue, SprintDays", sheets: "输入 (2)" } });
    for (const n of ["sprinttarget", "avgordervalue", "sprintdays"]) expect(fake.model.names.has(n)).toBe(false);
    // Our sheets hold them at sheet level, pointing at our Inputs sheet; the copy's are untouched.
    for (const sheet of ["输入", SPRINT, "目标表"]) expect(fake.sheet(sheet).names.get("sprinttarget")?.formula).toBe("='输入'!$B$3");
    expect(fake.sheet("输入 (2)").names.get("sprinttarget")?.formula).toBe("='输入 (2)'!$B$3");
    // Names without a sheet-level twin stay workbook-level.
    expect(fake.model.names.has("conversionrate")).toBe(true);
  });

  test("a host that has not seen the sheets: the clash is rolled back and the write planned again", async () => {
    const fake = new FakeExcel(["Sheet1"]);
    copiedInputsSheet(fake);
    const host = createExcelHost(fake.env());
    const result = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create" });
    expect(result.warnings.map((w) => w.code)).toContain("NamesScoped");
    expect(fake.sheetNames()).toEqual(["Sheet1", "输入 (2)", "输入", SPRINT, "目标表"]);
    expect(fake.model.names.has("sprinttarget")).toBe(false);
    expect(fake.sheet(SPRINT).names.get("sprinttarget")?.formula).toBe("='输入'!$B$3");
  });

  test("update reuses the sheet-level names already on the plan's sheets", async () => {
    const { fake, host } = setup();
    await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create" });
    // The workbook-level names went away (Name Manager); a sheet-level one stayed on Inputs.
    fake.model.names.clear();
    fake.sheet("输入").names.set("sprinttarget", { name: "SprintTarget", formula: "='输入'!$B$99", comment: "" });
    const result = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "update" });
    expect(result.syncs).toBe(2);
    expect(fake.sheet("输入").names.get("sprinttarget")?.formula).toBe("='输入'!$B$3");
    expect(fake.model.names.has("sprinttarget")).toBe(false);
    expect(fake.model.names.has("sprintdays")).toBe(true);
  });
});

describe("a used range of 100,000 filled cells on a sheet being updated", () => {
  test("generation succeeds, nothing typed is lost, no single response exceeds the limit", async () => {
    const responses: number[] = [];
    const fake = new FakeExcel(["Sheet1"]);
    const host = createExcelHost(fake.env({ run: measuredRun(fake.env().run!, responses) }));
    await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "create" });
    fake.type(SPRINT, "S5", 18000);
    fake.type("目标表", "H2", 50000);
    // 100,000 cells of the team's own notes beside the plan, 60 characters each (> 6 MB of text).
    const sheet = fake.sheet(SPRINT);
    const text = "客户回访记录：已联系，待报价，下周二再跟进一次。".repeat(3).slice(0, 60);
    for (let c = 40; c < 65; c++) for (let r = 1; r <= 4000; r++) fake.type(SPRINT, `${colLetter(c)}${r}`, `${text}${r}`);
    expect(sheet.cells.size).toBeGreaterThan(100_000);

    // The control: reading that used range at once is refused, as Excel on the web refuses it.
    const control = fake.env().run!(async (ctx) => {
      const used = ctx.workbook.worksheets.getItem(SPRINT).getUsedRangeOrNullObject(true);
      used.load("formulas");
      await ctx.sync();
    });
    await expect(control).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });

    responses.length = 0;
    const before = fake.log.length;
    const result = await host.writeWorkbook(synthSpec({ owners: 5, days: 30 }), { mode: "update" });
    expect(result.syncs).toBe(2);
    // Measured twice: by the fake (as Office.js serializes) and by what the host loaded.
    expect(fake.log.slice(before).every((l) => !l.failed && l.responseBytes <= WEB_PAYLOAD_LIMIT)).toBe(true);
    expect(Math.max(...responses)).toBeLessThan(WEB_PAYLOAD_LIMIT / 10);
    expect(fake.valueAt(SPRINT, "S5")).toBe(18000);
    expect(fake.valueAt("目标表", "H2")).toBe(50000);
    expect(fake.valueAt(SPRINT, "AN4000")).toBe(`${text}4000`);
  });
});

describe("2 round trips for 5–200 owners × 30–92 days", () => {
  test.each([
    [5, 30],
    [5, 92],
    [200, 30],
    [200, 92],
  ])("%i owners × %i days: create, update, copy each in 2 syncs", async (owners, days) => {
    const { fake, host } = setup();
    const spec = synthSpec({ owners, days });
    const syncs = [];
    for (const mode of ["create", "update", "copy"] as const) {
      const before = fake.syncs;
      const result = await host.writeWorkbook(spec, { mode });
      syncs.push([result.syncs, fake.syncs - before]);
    }
    expect(syncs).toEqual([
      [2, 2],
      [2, 2],
      [2, 2],
    ]);
  });
});
