/** @jest-environment jsdom */
/**
 * The function reference card as a user meets it: found by role and label, in zh-CN, zh-TW and
 * English, with a fake host standing in for Excel.
 */
import { act, cleanup, configure, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import type { Host } from "../../../src/hosts/host";
import { UI } from "../../../src/i18n/ui";
import { LOCALES, type Locale } from "../../../src/i18n/locale";
import { FUNCTION_HELP } from "../../../src/i18n/functionsHelp";
import { REFERENCE } from "../../../src/taskpane/reference/reference";
import { createOfflineHost } from "../../../src/taskpane/offlineHost";

interface FakeHost extends Host {
  insertFormula: jest.Mock<Promise<void>, [string]>;
}

function fakeHost(language: string, insert: (formula: string) => Promise<void> = () => Promise.resolve()): FakeHost {
  return { kind: "fake", displayLanguage: () => language, insertFormula: jest.fn(insert) };
}

configure({ asyncUtilTimeout: 5000 });

// The card is loaded on demand (React.lazy): load it once, so every test below renders it at once.
beforeAll(async () => {
  render(<App host={fakeHost("en")} />);
  await screen.findAllByRole("article");
  cleanup();
});

const help = FUNCTION_HELP as unknown as Record<string, { description: Record<Locale, string> }>;
const officeTag: Record<Locale, string> = { "zh-CN": "zh-CN", "zh-TW": "zh-TW", en: "en-US" };

describe.each(LOCALES)("reference card in %s", (locale) => {
  it("shows every function with its syntax, what it answers and two examples with Insert buttons", () => {
    render(<App host={fakeHost(officeTag[locale])} />);
    const t = UI[locale];
    expect(screen.getByRole("heading", { level: 1, name: t.appTitle })).toBeTruthy();
    expect(screen.getByRole("tab", { name: t.tabReference }).getAttribute("aria-selected")).toBe("true");
    expect(screen.getByRole("combobox", { name: t.languageLabel })).toHaveProperty("value", locale);
    for (const fn of REFERENCE) {
      const article = screen.getByRole("article", { name: `SALES.${fn.id}` });
      const card = within(article);
      expect(card.getByText(help[fn.id].description[locale])).toBeTruthy();
      expect(card.getByText(new RegExp(`^=SALES\\.${fn.id}\\(${fn.params[0].name}, `))).toBeTruthy();
      const buttons = card.getAllByRole("button", { name: new RegExp(`^${t.insert} =SALES\\.${fn.id}\\(`) });
      expect(buttons).toHaveLength(2);
      for (const ex of fn.examples) {
        expect(card.getByRole("button", { name: `${t.insert} ${ex.formula[locale]}` })).toBeTruthy();
        expect(card.getByText(ex.note[locale])).toBeTruthy();
      }
    }
  });
});

describe("insert", () => {
  it("calls host.insertFormula with the example's formula and reports success", async () => {
    const user = userEvent.setup();
    const host = fakeHost("en-US");
    render(<App host={host} />);
    await user.click(screen.getByRole("button", { name: "Insert =SALES.REQUIRED_LEADS(100000,5000,5%)" }));
    expect(host.insertFormula).toHaveBeenCalledTimes(1);
    expect(host.insertFormula).toHaveBeenCalledWith("=SALES.REQUIRED_LEADS(100000,5000,5%)");
    const bar = await screen.findByRole("group", { name: "Inserted" });
    expect(within(bar).getByText("Inserted =SALES.REQUIRED_LEADS(100000,5000,5%) into the selected cell.")).toBeTruthy();
  });

  it("inserts the formula of the user's language (text arguments differ)", async () => {
    const user = userEvent.setup();
    const host = fakeHost("zh-TW");
    render(<App host={host} />);
    await user.click(screen.getByRole("button", { name: '插入 =SALES.FUNNEL_STAGE(400,"提案")' }));
    expect(host.insertFormula).toHaveBeenCalledWith('=SALES.FUNNEL_STAGE(400,"提案")');
    await user.click(screen.getByRole("button", { name: "插入 =SALES.SPLIT_TARGET(980000,{30,33,35})" }));
    expect(host.insertFormula).toHaveBeenLastCalledWith("=SALES.SPLIT_TARGET(980000,{30,33,35})");
  });

  it("shows the host's error in a MessageBar in the user's language, and can dismiss it", async () => {
    const user = userEvent.setup();
    const host = fakeHost("zh-CN", () => Promise.reject(new Error("The selection is protected.")));
    render(<App host={host} />);
    await user.click(screen.getByRole("button", { name: "插入 =SALES.SPLIT_TARGET(100,3)" }));
    const bar = await screen.findByRole("group", { name: "插入失败" });
    expect(within(bar).getByText("无法插入 =SALES.SPLIT_TARGET(100,3)：The selection is protected.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "关闭" }));
    expect(screen.queryByText(/无法插入/)).toBeNull();
  });

  it("translates known host errors (cell edit mode) instead of showing the raw code", async () => {
    const user = userEvent.setup();
    const err = Object.assign(new Error("InvalidOperationInCellEditMode"), { code: "InvalidOperationInCellEditMode" });
    render(<App host={fakeHost("en", () => Promise.reject(err))} />);
    await user.click(screen.getByRole("button", { name: "Insert =SALES.SPLIT_TARGET(100,3)" }));
    expect(await screen.findByText(/Press Enter or Esc to finish editing/)).toBeTruthy();
  });

  it("outside Excel, Insert explains that it needs Excel", async () => {
    const user = userEvent.setup();
    render(<App host={createOfflineHost(() => "zh-CN")} />);
    await user.click(screen.getByRole("button", { name: "插入 =SALES.REQUIRED_LEADS(100000,5000,5%,4)" }));
    expect(await screen.findByText(/请在 Excel 中打开本加载项后再插入公式/)).toBeTruthy();
  });

  it("is keyboard usable: Insert buttons are real, focusable buttons that Enter and Space activate", async () => {
    // (Tab order itself is checked in a real browser: Fluent's focus manager needs layout, which jsdom lacks.)
    const user = userEvent.setup();
    const host = fakeHost("en");
    render(<App host={host} />);
    const first = screen.getByRole("button", { name: "Insert =SALES.REQUIRED_LEADS(100000,5000,5%)" });
    expect(first.tagName).toBe("BUTTON");
    expect(first.tabIndex).toBe(0);
    act(() => first.focus());
    expect(document.activeElement).toBe(first);
    await user.keyboard("{Enter}");
    expect(host.insertFormula).toHaveBeenLastCalledWith("=SALES.REQUIRED_LEADS(100000,5000,5%)");
    const second = screen.getByRole("button", { name: "Insert =SALES.SPLIT_TARGET(100,3)" });
    act(() => second.focus());
    await user.keyboard(" ");
    expect(host.insertFormula).toHaveBeenLastCalledWith("=SALES.SPLIT_TARGET(100,3)");
  });

  it("keeps one insert at a time", async () => {
    const user = userEvent.setup();
    let finish: () => void = () => undefined;
    const host = fakeHost("en", () => new Promise<void>((resolve) => (finish = resolve)));
    render(<App host={host} />);
    await user.click(screen.getByRole("button", { name: "Insert =SALES.SPLIT_TARGET(100,3)" }));
    await user.click(screen.getByRole("button", { name: "Insert =SALES.REQUIRED_LEADS(100000,5000,5%)" }));
    expect(host.insertFormula).toHaveBeenCalledTimes(1);
    await act(async () => finish());
    expect(await screen.findByText(/Inserted =SALES.SPLIT_TARGET\(100,3\)/)).toBeTruthy();
  });
});

describe("language", () => {
  it("follows the host's display language: zh-HK reads Traditional, fr-FR falls back to English", () => {
    const { unmount } = render(<App host={fakeHost("zh-HK")} />);
    expect(screen.getByRole("heading", { level: 1, name: "銷售衝刺規劃" })).toBeTruthy();
    unmount();
    render(<App host={fakeHost("fr-FR")} />);
    expect(screen.getByRole("heading", { level: 1, name: "Sales Sprint Planner" })).toBeTruthy();
  });

  it("the language switch changes labels, help and examples", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en-US")} />);
    expect(screen.getByRole("tab", { name: "Function reference" })).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh-CN");
    expect(screen.getByRole("tab", { name: "函数参考" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: "语言" })).toBeTruthy();
    expect(screen.getByRole("button", { name: '插入 =SALES.FUNNEL_STAGE(400,"提案")' })).toBeTruthy();
    expect(document.documentElement.lang).toBe("zh-CN");
    await user.selectOptions(screen.getByRole("combobox", { name: "语言" }), "zh-TW");
    expect(screen.getByRole("tab", { name: "函數參考" })).toBeTruthy();
    expect(screen.getAllByText(help.SMART_SCORE.description["zh-TW"]).length).toBeGreaterThan(0);
  });

  it("a message already shown switches language with the pane", async () => {
    const user = userEvent.setup();
    render(<App host={fakeHost("en")} />);
    await user.click(screen.getByRole("button", { name: "Insert =SALES.SPLIT_TARGET(100,3)" }));
    expect(await screen.findByText("Inserted =SALES.SPLIT_TARGET(100,3) into the selected cell.")).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: "Language" }), "zh-CN");
    expect(screen.getByText("已将 =SALES.SPLIT_TARGET(100,3) 插入所选单元格。")).toBeTruthy();
  });
});

describe("theme", () => {
  it("renders in dark and light", () => {
    const { container, rerender } = render(<App host={fakeHost("en")} theme="dark" />);
    expect(container.querySelector(".fui-FluentProvider")).toBeTruthy();
    rerender(<App host={fakeHost("en")} theme="light" />);
    expect(screen.getByRole("tabpanel")).toBeTruthy();
  });
});
