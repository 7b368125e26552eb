/**
 * Running the sprint from the pane in real Chromium, on the browser preview (docs/using.md
 * "Record a day / Import reports"): generate; record a day through the 日报 tab; import a
 * selected range of five reports; see the board, the target table and the sprint sheet change.
 * Steps run in order on one page. Saves docs/screenshots/preview-board-zh-CN.png.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { UI } from "../../src/i18n/ui";
import { LOG_UI } from "../../src/i18n/logUi";
import { format } from "../../src/i18n/locale";
import { workbookLayout } from "../../src/workbook";
import { baseUrl, launch, SCREENSHOTS, type Browser } from "./env";
import { E2E_START, eventually, previewPage } from "./page";
import { seedPlan } from "../fixtures/seedPlan";

const zh = UI["zh-CN"];
const L = LOG_UI["zh-CN"];

let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launch();
  page = browser.page;
});

afterAll(async () => {
  await browser?.close();
});

const { cell, grid, pane, sheetTab, text, openSheet, typeInFormulaBar, typeWithInputMethod, fillPlanForm } = previewPage(() => page);
/** The pane's daily-log panel (the generator has an owner field too). */
const logPanel = () => page.locator("#panel-log");
/** Waits until the log panel shows `expected` (a failure prints what it shows instead). */
async function logSays(expected: string): Promise<void> {
  await eventually(async () => expect(await logPanel().innerText()).toContain(expected), 20000);
}

const OWNERS = ["张三", "李四", "王五"];
/** The plan the pane generates below (fillPlanForm), for finding cells. */
const layout = workbookLayout(seedPlan({ owners: OWNERS.map((name) => ({ name })), start: E2E_START }));
const num = (s: string): number => Number(s.replace(/[^0-9.-]/g, ""));

test("generate the plan in Chinese", async () => {
  await page.goto(`${baseUrl()}preview/?lang=zh-CN`);
  await fillPlanForm(zh, OWNERS);
  await pane().getByRole("button", { name: zh.generate }).click();
  await pane().getByText(zh.successTitle).waitFor();
  await sheetTab(layout.sheetNames.log).waitFor();
});

test("record a day through the pane: one row in the log, the sprint sheet and target table follow", async () => {
  await pane().getByRole("tab", { name: L.tab }).click();
  await pane().getByRole("heading", { name: L.recordTitle }).waitFor();
  await logPanel().getByLabel(L.owner, { exact: true }).selectOption("张三");
  await logPanel().getByLabel(L.date, { exact: true }).fill("2025-03-10");
  await logPanel().getByLabel(L.metrics.calls, { exact: true }).fill("20");
  await logPanel().getByLabel(L.metrics.deals, { exact: true }).fill("1");
  await logPanel().getByLabel(L.metrics.revenue, { exact: true }).fill("5000");
  await logPanel().getByRole("button", { name: L.record, exact: true }).click();
  await logSays(format(L.recorded, { sheet: layout.sheetNames.log, row: 4 }));

  await openSheet(layout.sheetNames.log);
  await eventually(async () => expect(await text("B4")).toBe("张三"));
  expect(num(await text("I4"))).toBe(5000);

  await openSheet(layout.sheetNames.sprint);
  const rev = `${layout.sprint.col["act.revenue"]}${layout.sprint.firstDayRow}`;
  await eventually(async () => expect(num(await text(rev))).toBe(5000));
  await openSheet(layout.sheetNames.targets);
  await eventually(async () => expect(num(await text(`${layout.targets.col.actual}${layout.targets.firstOwnerRow}`))).toBe(5000));
});

test("import five reports from a selected range", async () => {
  await openSheet("Sheet1");
  const rows = [
    ["负责人", "日期", "电话", "成交", "销售额"],
    ["李四", "2025-03-10", "25", "2", "12000"],
    ["王五", "2025-03-10", "18", "0", "0"],
    ["张三", "2025-03-11", "22", "1", "8000"],
    ["李四", "2025-03-11", "30", "1", "6000"],
    ["团队", "2025-03-11", "5", "0", "1000"],
  ];
  for (let r = 0; r < rows.length; r++) for (let c = 0; c < rows[r].length; c++) await typeInFormulaBar(`${"ABCDE"[c]}${r + 1}`, rows[r][c]);
  await cell("A1").click();
  await cell("E6").click({ modifiers: ["Shift"] });
  await logPanel().getByRole("button", { name: L.readSelection }).click();
  await logSays(format(L.importPreview, { count: 5, address: "'Sheet1'!A1:E6" }));
  await logPanel().getByRole("button", { name: format(L.importAdd, { count: 5 }) }).click();
  await logSays(format(L.imported, { count: 5, sheet: layout.sheetNames.log, first: 5, last: 9 }));

  // Sprint sheet: day 1 = 5,000 + 12,000 + 0; day 2 = 8,000 + 6,000 + 1,000 (the team row counts here).
  await openSheet(layout.sheetNames.sprint);
  const rev = (day: number): string => `${layout.sprint.col["act.revenue"]}${layout.sprint.firstDayRow + day - 1}`;
  await eventually(async () => expect(num(await text(rev(1)))).toBe(17000));
  expect(num(await text(rev(2)))).toBe(15000);
  // Target table: owners only (the team row is in no owner's actual).
  await openSheet(layout.sheetNames.targets);
  const actual = (i: number): string => `${layout.targets.col.actual}${layout.targets.firstOwnerRow + i}`;
  await eventually(async () => expect(num(await text(actual(0)))).toBe(13000));
  expect(num(await text(actual(1)))).toBe(18000);
  expect(await text(actual(2))).toMatch(/^0?$/);
});

test("Chinese typed straight into a selected cell with an input method is kept, without the raw key", async () => {
  await openSheet("Sheet1");
  await typeWithInputMethod("G2", "zhangsan", "张三");
  await eventually(async () => expect(await text("G2")).toBe("张三"));
  // Enter committed the cell and moved down; the next composition goes into G3.
  await typeWithInputMethod("G3", "li", "李四");
  await eventually(async () => expect(await text("G3")).toBe("李四"));
  await cell("G2").click();
  await expect(page.getByLabel("Formula bar").inputValue()).resolves.toBe("张三");
});

test("the board shows the owners' figures", async () => {
  await openSheet(layout.sheetNames.board);
  await eventually(async () => expect(await grid().innerText()).toContain("张三"));
  expect(await grid().innerText()).toContain("李四");
  expect(browser.problems).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, "preview-board-zh-CN.png") });
});

test("correct a report: a full report, the same owner and day again with three numbers, update keeps every other field", async () => {
  const form = logPanel();
  const full: [keyof typeof L.metrics, string][] = [
    ["leads", "4"],
    ["calls", "20"],
    ["emails", "30"],
    ["demos", "2"],
    ["quotes", "3"],
    ["deals", "1"],
    ["revenue", "5000"],
  ];
  await form.getByLabel(L.owner, { exact: true }).selectOption("王五");
  await form.getByLabel(L.date, { exact: true }).fill("2025-03-12");
  for (const [m, v] of full) await form.getByLabel(L.metrics[m], { exact: true }).fill(v);
  await form.getByLabel(L.note, { exact: true }).fill("客户A已签");
  await form.getByRole("button", { name: L.record, exact: true }).click();
  await logSays(format(L.recorded, { sheet: layout.sheetNames.log, row: 10 }));

  const again: [keyof typeof L.metrics, string][] = [
    ["calls", "25"],
    ["deals", "2"],
    ["revenue", "9000"],
  ];
  for (const [m, v] of again) await form.getByLabel(L.metrics[m], { exact: true }).fill(v);
  await form.getByRole("button", { name: L.record, exact: true }).click();
  await form.getByRole("alertdialog", { name: L.duplicateTitle }).waitFor();
  await form.getByRole("button", { name: L.replace, exact: true }).click();
  await logSays(format(L.replacedAt, { sheet: layout.sheetNames.log, row: 10, fields: [L.metrics.calls, L.metrics.deals, L.metrics.revenue].join("、") }));
  await logSays(format(L.replacedKept, { fields: [L.metrics.leads, L.metrics.emails, L.metrics.demos, L.metrics.quotes, L.note].join("、") }));

  await openSheet(layout.sheetNames.log);
  const c = layout.log.col;
  await eventually(async () => expect(num(await text(`${c.calls}10`))).toBe(25));
  const row = async (): Promise<(number | string)[]> => [
    await text(`${c.owner}10`),
    ...(await Promise.all((["leads", "calls", "emails", "demos", "quotes", "deals", "revenue"] as const).map(async (m) => num(await text(`${c[m]}10`))))),
    await text(`${c.note}10`),
  ];
  expect(await row()).toEqual(["王五", 4, 25, 30, 2, 3, 2, 9000, "客户A已签"]);
  // Still one row for 王五 on that day.
  expect(await text(`${c.owner}11`)).toBe("");
  expect(browser.problems).toEqual([]);
});
