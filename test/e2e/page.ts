/**
 * What the end-to-end suites do on the browser preview's page, written once: find a cell, the
 * grid, the pane and a sheet tab; read a cell; open a sheet; type into a cell (key by key, or
 * through the formula bar); fill the pane's form with the seed plan; wait for a check to pass.
 *
 * The suites create their page in `beforeAll`, so `previewPage` takes a getter and reads the
 * page at each call: `const { cell, openSheet } = previewPage(() => page);` at module level.
 */
import type { Locator, Page } from "playwright-core";
import { SEED_CASE } from "../../src/domain/inputs";
import type { UiStrings } from "../../src/i18n/ui";

/** The first day the suites type into the pane's form, a Monday. */
export const E2E_START = "2025-03-10";

/** Playwright-style polling for jest: retries `check` until it passes or `ms` runs out (then throws its last failure). */
export async function eventually(check: () => Promise<void>, ms = 15000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      await check();
      return;
    } catch (e) {
      if (Date.now() > until) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export interface PreviewPage {
  /** The grid cell at an A1 address of the sheet shown. */
  cell(address: string): Locator;
  /** The sheet grid (its accessible name is the sheet's name). */
  grid(): Locator;
  /** The task pane. */
  pane(): Locator;
  /** A workbook sheet's tab (the pane has tabs of its own, e.g. the daily log's). */
  sheetTab(name: string): Locator;
  /** A cell's shown text, trimmed. */
  text(address: string): Promise<string>;
  /** Waits until the grid shows sheet `name`. */
  showsSheet(name: string): Promise<void>;
  /** Clicks sheet `name`'s tab and waits until the grid shows it. */
  openSheet(name: string): Promise<void>;
  /** Waits until a cell shows `expected` (exactly, or matching). */
  toHaveText(address: string, expected: string | RegExp, ms?: number): Promise<void>;
  /** Types into a cell the way a person does: select it, type key by key, Enter. */
  typeInCell(address: string, value: string): Promise<void>;
  /** Selects a cell and enters `value` through the formula bar (Chinese text cannot be typed key by key into the grid). */
  typeInFormulaBar(address: string, value: string): Promise<void>;
  /**
   * Selects a cell and types `committed` through an input method, as Chinese is typed: the
   * keyboard's raw key (keyCode 229), a composition of `composing` (pinyin), the committed
   * text, then Enter. Through the DevTools protocol, as Chromium's own IME events.
   */
  typeWithInputMethod(address: string, composing: string, committed: string): Promise<void>;
  /** Fills the generator's form with the seeds' worked case from E2E_START for `owners`, in the pane's language `t`. */
  fillPlanForm(t: UiStrings, owners: readonly string[]): Promise<void>;
}

export function previewPage(page: () => Page): PreviewPage {
  const cell = (address: string) => page().locator(`td[data-address="${address}"]`);
  const grid = () => page().getByRole("grid");
  const pane = () => page().getByTestId("pane");
  const sheetTab = (name: string) => page().getByRole("tablist", { name: "Sheets" }).getByRole("tab", { name, exact: true });
  const text = async (address: string) => (await cell(address).innerText({ timeout: 2000 })).trim();
  const showsSheet = (name: string) => eventually(async () => expect(await grid().getAttribute("aria-label")).toBe(name));
  return {
    cell,
    grid,
    pane,
    sheetTab,
    text,
    showsSheet,
    async openSheet(name) {
      await sheetTab(name).click();
      await showsSheet(name);
    },
    toHaveText: (address, expected, ms) =>
      eventually(async () => {
        const t = await text(address);
        if (typeof expected === "string") expect(t).toBe(expected);
        else expect(t).toMatch(expected);
      }, ms),
    async typeInCell(address, value) {
      await cell(address).click();
      await page().keyboard.type(value);
      await page().keyboard.press("Enter");
    },
    async typeInFormulaBar(address, value) {
      await cell(address).click();
      const bar = page().getByLabel("Formula bar");
      await bar.fill(value);
      await bar.press("Enter");
    },
    async typeWithInputMethod(address, composing, committed) {
      await cell(address).click();
      const cdp = await page().context().newCDPSession(page());
      try {
        await cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", key: "Process", code: "KeyZ", windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
        for (let i = 1; i <= composing.length; i++) {
          await cdp.send("Input.imeSetComposition", { text: composing.slice(0, i), selectionStart: i, selectionEnd: i });
        }
        await cdp.send("Input.insertText", { text: committed });
        await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", key: "Process", code: "KeyZ", windowsVirtualKeyCode: 229, nativeVirtualKeyCode: 229 });
      } finally {
        await cdp.detach();
      }
      await page().keyboard.press("Enter");
    },
    async fillPlanForm(t, owners) {
      await pane().getByLabel(t.fieldTarget).fill(String(SEED_CASE.target));
      await pane().getByLabel(t.fieldAvgOrderValue).fill(String(SEED_CASE.avgOrderValue));
      await pane().getByLabel(t.fieldStart).fill(E2E_START);
      await pane().getByLabel(t.fieldOwners).fill(owners.join(", "));
    },
  };
}
