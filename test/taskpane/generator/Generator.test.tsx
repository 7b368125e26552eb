/** @jest-environment jsdom */
/**
 * The sprint generator as a user meets it, found by role and label, with a fake WorkbookHost
 * (../fakeHost) standing in for Excel: validation as you type, the disabled reason, the import
 * from the selection, the language switch, the update-or-copy dialog, progress, errors, saved
 * inputs, re-plan and make-shareable.
 */
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { UI } from "../../../src/i18n/ui";
import { format } from "../../../src/i18n/locale";
import { renderMessage } from "../../../src/i18n/errors";
import type { FormState } from "../../../src/taskpane/generator/formState";
import { serializeForm } from "../../../src/taskpane/generator/savedInputs";
import { workbookLayout } from "../../../src/workbook";
import { isoToSerial } from "../../../src/domain/dates";
import type { CellConstant, WorkbookSpec } from "../../../src/workbook/spec";
import { context, deferred, fakeHost, HostError, selection, writeResult, type FakeHost } from "../fakeHost";
import { NOW, SEED_FORM, SEED_SHEETS } from "../seed";
import { seedPlan } from "../../fixtures/seedPlan";
import type { WriteOptions, WriteResult } from "../../../src/hosts/host";

// Dialogs, the spec builders and the SMART checker load on demand: give them time on a busy machine.
// Fluent's dialogs keep the rest of the pane aria-hidden until their exit motion ends, which on
// a loaded 2-core machine can take seconds: waits are generous (they only cost time on failure).
configure({ asyncUtilTimeout: 15000 });
// A test that opens three dialogs and writes twice takes more than the default 20 s under load.
jest.setTimeout(180_000);

const now = (): Date => NOW;
/** The sprint sheet of a written spec. */
const sprintOf = (spec: WorkbookSpec): WorkbookSpec["sheets"][number] => spec.sheets.find((s) => s.key === "sprint")!;
const en = UI.en;

function setup(host: FakeHost = fakeHost()) {
  const user = userEvent.setup();
  const view = render(<App host={host} now={now} />);
  return { user, host, ...view };
}

/**
 * Waits until the pane has read the workbook on open (the first readContext settled) and drawn
 * all of the generator tab (the summary and the tool cards come one render after the form).
 */
async function opened(host: FakeHost): Promise<void> {
  await waitFor(() => expect(host.readContext).toHaveBeenCalled());
  await act(async () => {
    await host.readContext.mock.results[0]?.value;
  });
  // In whatever language the pane is in: the last card's heading, by its id.
  await waitFor(() => expect(document.querySelector('[id$="-share"]')).not.toBeNull());
}

const field = (label: RegExp | string): HTMLInputElement => screen.getByLabelText(label) as HTMLInputElement;
const generateButton = (): HTMLElement => screen.getByRole("button", { name: en.generate });
/** The Generate button once it is reachable again (after a dialog has closed). */
const generateWhenReady = (): Promise<HTMLElement> => screen.findByRole("button", { name: en.generate });
/**
 * The open dialog, and a button in it. In jsdom, once an earlier test has mounted and unmounted
 * the pane, Fluent's focus manager (tabster) can miss the focus moving into a new dialog and keep
 * the dialog itself aria-hidden as an inactive modal (a browser does not); so dialogs are
 * queried with `hidden: true`: their role and names are still checked, that state is not.
 */
const findDialog = (name?: string): Promise<HTMLElement> => screen.findByRole("alertdialog", { name, hidden: true });
const dialogButton = (dialog: HTMLElement, name: string): HTMLElement => within(dialog).getByRole("button", { name, hidden: true });
/** Waits until no dialog is open (hidden or not). */
const noDialog = (): Promise<void> => waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());

async function fillSeed(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.type(field(/^Sprint target/), "300000");
  await user.type(field(/^Average order value/), "5000");
  fireEvent.change(field(/^Start date/), { target: { value: "2025-03-03" } });
  await user.type(field(/^Owners/), "Ann, Bob, Cat");
}

function hostWithSavedSeed(extra: Partial<FormState> = {}, sheetNames = ["Sheet1", ...SEED_SHEETS]): FakeHost {
  return fakeHost("en-US", context({ sheetNames, savedInputs: serializeForm({ ...SEED_FORM, ...extra }) }));
}

describe("tabs", () => {
  it("with a workbook host the generator is the first tab, the reference card the second; switching keeps the form", async () => {
    const { user, host } = setup();
    await opened(host);
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((t) => t.textContent)).toEqual([en.tabGenerator, en.tabReference]);
    expect(tabs[0].getAttribute("aria-selected")).toBe("true");
    await user.type(field(/^Sprint target/), "123");
    await user.click(screen.getByRole("tab", { name: en.tabReference }));
    expect(await screen.findByRole("article", { name: "SALES.REQUIRED_LEADS" })).toBeTruthy();
    expect(screen.queryByRole("textbox", { name: /^Sprint target/ })).toBeNull(); // the panel is hidden
    await user.click(screen.getByRole("tab", { name: en.tabGenerator }));
    expect(field(/^Sprint target/).value).toBe("123");
  });

  it("arrow keys move between tabs (keyboard only)", async () => {
    const { user, host } = setup();
    await opened(host);
    act(() => screen.getByRole("tab", { name: en.tabGenerator }).focus());
    await user.keyboard("{ArrowRight}");
    const reference = screen.getByRole("tab", { name: en.tabReference });
    expect(reference.getAttribute("aria-selected")).toBe("true");
    expect(document.activeElement).toBe(reference);
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: en.tabGenerator }).getAttribute("aria-selected")).toBe("true");
    expect(reference.tabIndex).toBe(-1);
  });
});

describe("validation as the user types", () => {
  it("shows the field's message next to it: not a number, 5 instead of 5%, length out of range", async () => {
    const { user, host } = setup();
    await opened(host);
    const target = field(/^Sprint target/);
    await user.type(target, "abc");
    expect(screen.getByText(renderMessage("input.notNumber", { field: en.fieldTarget, value: "abc" }, "en"))).toBeTruthy();
    expect(target.getAttribute("aria-invalid")).toBe("true");

    const conversion = field(/^Conversion rate/);
    await user.clear(conversion);
    await user.type(conversion, "5");
    expect(screen.getByText(/Conversion rate is 5 \(= 500%\).*enter 5% or 0\.05/)).toBeTruthy();

    const days = field(/^Length in days/);
    await user.clear(days);
    await user.type(days, "100");
    expect(screen.getByText(/Sprint length must be a whole number from 7 to 92; got 100/)).toBeTruthy();
    await user.clear(days);
    await user.type(days, "30");
    expect(screen.queryByText(/Sprint length must be/)).toBeNull();
  });

  it("owners: a weight that is not a number, and duplicates (the domain's message)", async () => {
    const { user, host } = setup();
    await opened(host);
    const owners = field(/^Owners/);
    await user.type(owners, "Ann, Bob:x");
    expect(screen.getByText("Owners: “Bob:x” is not “name” or “name:weight” (a weight is a number above 0).")).toBeTruthy();
    await user.clear(owners);
    await user.type(owners, "Ann, Ann");
    expect(screen.getByText(/“Ann” appears more than once/)).toBeTruthy();
  });

  it("Generate is disabled with a visible reason listing the fields; it enables once the form is valid", async () => {
    const { user, host } = setup();
    await opened(host);
    const button = generateButton();
    expect(button.getAttribute("aria-disabled")).toBe("true");
    const reasonText = format(en.disabledReason, { fields: [en.fieldTarget, en.fieldAvgOrderValue, en.fieldOwners].join(", ") });
    const reason = screen.getByText(reasonText);
    expect(button.getAttribute("aria-describedby")).toBe(reason.id);
    await user.click(button);
    expect(host.writeWorkbook).not.toHaveBeenCalled();

    await fillSeed(user);
    expect(generateButton().getAttribute("aria-disabled")).not.toBe("true");
    expect(screen.queryByText(/Fill in or fix first/)).toBeNull();
    // Untouched advanced fields carry the seeds' defaults.
    await user.click(screen.getByRole("button", { name: en.advanced }));
    expect(field(/^Red below/).value).toBe("80%");
    expect(field(/^Pipeline coverage warning below/).value).toBe("150%");
    expect(field(/^Calls/).value).toBe(""); // blank: from the plan
    expect(field(/^Emails/).value).toBe("");
    expect(field(/^Challenge target/).value).toBe("120%");
  });

  it("an invalid advanced field opens the Advanced section and is named in the reason", async () => {
    const { user, host } = setup();
    await opened(host);
    await fillSeed(user);
    await user.click(screen.getByRole("button", { name: en.advanced }));
    const red = field(/^Red below/);
    await user.clear(red);
    await user.type(red, "120%");
    expect(screen.getByText(/the red threshold 120% must not be above the green threshold 100%/)).toBeTruthy();
    expect(screen.getByText(format(en.disabledReason, { fields: en.fieldRed }))).toBeTruthy();
  });
});

describe("live summary", () => {
  it("shows leads, deals, per-owner targets and weekly figures for the form as typed", async () => {
    const { user, host } = setup();
    await opened(host);
    const summary = screen.getByRole("region", { name: en.summaryTitle });
    expect(within(summary).getByText(en.summaryEmpty)).toBeTruthy();
    await fillSeed(user);
    // 300,000 ÷ 5,000 ÷ 5% = 1,200 leads (1,200 × 5 ÷ 22 ≈ 273 a full working week); 60 deals;
    // 22 working days (weekdays of 30 days from a Monday; no holiday calendar in English).
    expect(within(summary).getByText("1,200 (about 273 a week)")).toBeTruthy();
    expect(within(summary).getByText("60")).toBeTruthy();
    expect(within(summary).getByText("22")).toBeTruthy();
    const owners = within(summary).getByRole("table", { name: en.ownersCaption });
    expect(within(owners).getByRole("rowheader", { name: "Ann" })).toBeTruthy();
    expect(within(owners).getAllByText("100,000")).toHaveLength(3);
    const weeks = within(summary).getByRole("table", { name: en.weeksCaption });
    expect(within(weeks).getAllByRole("row")).toHaveLength(1 + 5); // header + weeks 1–5
  });

  it("gives SMART feedback on the goal sentence", async () => {
    const { user, host } = setup();
    await opened(host);
    const goal = field(/^Goal sentence/);
    await user.type(goal, "Increase sales");
    expect(await screen.findByText(/SMART score: 1\/5\. Missing: Specific/)).toBeTruthy();
    await user.clear(goal);
    await user.type(goal, "Increase product A revenue by 15% through phone sales to SME customers within the next 30 days");
    expect(await screen.findByText(/SMART score: 5\/5/)).toBeTruthy();
    expect(goal.getAttribute("aria-describedby")).toBeTruthy();
  });
});

describe("take owners from the selection", () => {
  it("names with targets: the owners and the sprint target come from the sheet, and the pane says what it imported", async () => {
    const host = fakeHost();
    host.readContext.mockResolvedValueOnce(context()).mockResolvedValueOnce(
      context({
        selection: selection([
          ["Owner", "Target"],
          ["Ann", 300000],
          ["Bob", 200000],
        ]),
      }),
    );
    const { user } = setup(host);
    await opened(host);
    await user.click(screen.getByRole("button", { name: /^Take from selection/ }));
    expect(await screen.findByText(/Imported 2 owners with their targets from 'Sheet1'!A1:B3; the sprint target is now their total, 500,000\./)).toBeTruthy();
    expect(screen.getByText(/Skipped the header row\./)).toBeTruthy();
    expect(field(/^Owners/).value).toBe("Ann:300000\nBob:200000");
    expect(field(/^Sprint target/).value).toBe("500000");
    expect(host.readContext).toHaveBeenCalledTimes(2);
  });

  it("a column of names only", async () => {
    const host = fakeHost();
    host.readContext.mockResolvedValueOnce(context()).mockResolvedValueOnce(context({ selection: selection([["Ann"], ["Bob"], ["Cat"]]) }));
    const { user } = setup(host);
    await opened(host);
    await user.click(screen.getByRole("button", { name: /^Take from selection/ }));
    expect(await screen.findByText("Imported 3 owners from 'Sheet1'!A1:A3 (equal shares).")).toBeTruthy();
    expect(field(/^Owners/).value).toBe("Ann\nBob\nCat");
  });

  it("nothing selected: says what to select; a failing host: shows its error", async () => {
    const host = fakeHost();
    host.readContext
      .mockResolvedValueOnce(context())
      .mockResolvedValueOnce(context({ selection: null }))
      .mockRejectedValueOnce(new HostError("excel", "GeneralException", "Excel is busy."));
    const { user } = setup(host);
    await opened(host);
    await user.click(screen.getByRole("button", { name: /^Take from selection/ }));
    expect(await screen.findByText(en.importNoSelection)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: /^Take from selection/ }));
    expect(await screen.findByText(/Excel reported: Excel is busy\. \(GeneralException\)/)).toBeTruthy();
  });
});

describe("language", () => {
  it("follows Office's display language and the switch; messages already shown switch too", async () => {
    const host = fakeHost("zh-CN");
    const { user } = setup(host);
    await opened(host);
    const zh = UI["zh-CN"];
    expect(screen.getByRole("tab", { name: zh.tabGenerator }).getAttribute("aria-selected")).toBe("true");
    await user.type(field(/^冲刺目标/), "abc");
    expect(screen.getByText(renderMessage("input.notNumber", { field: zh.fieldTarget, value: "abc" }, "zh-CN"))).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: zh.languageLabel }), "en");
    expect(screen.getByText(renderMessage("input.notNumber", { field: en.fieldTarget, value: "abc" }, "en"))).toBeTruthy();
    expect(screen.getByRole("button", { name: en.generate })).toBeTruthy();
    await user.selectOptions(screen.getByRole("combobox", { name: en.languageLabel }), "zh-TW");
    expect(screen.getByRole("button", { name: UI["zh-TW"].generate })).toBeTruthy();
    expect(screen.getByText(/衝刺目標（銷售額）需要是數字/)).toBeTruthy();
  });

  it("domain messages come in the pane's language (zh-TW)", async () => {
    const host = fakeHost("zh-HK");
    const { user } = setup(host);
    await opened(host);
    const days = field(/^衝刺天數/);
    await user.clear(days);
    await user.type(days, "5");
    expect(screen.getByText(/衝刺天數必須是 7 到 92 之間的整數/)).toBeTruthy();
  });
});

describe("saved inputs", () => {
  it("reopens filled in from the workbook's saved inputs, and says so", async () => {
    const host = hostWithSavedSeed();
    setup(host);
    await opened(host);
    expect(field(/^Sprint name/).value).toBe("March push");
    expect(field(/^Sprint target/).value).toBe("300000");
    expect(field(/^Start date/).value).toBe("2025-03-03");
    expect(field(/^Owners/).value).toBe("Ann, Bob, Cat");
    expect(screen.getByText(en.restored)).toBeTruthy();
    expect(generateButton().getAttribute("aria-disabled")).not.toBe("true");
  });

  it.each([
    ["not JSON", "{oops"],
    ["another add-in's settings", JSON.stringify({ app: "other", form: { target: "1" } })],
    ["wrong types", JSON.stringify({ app: "sales-sprint-planner", v: 1, form: { target: 5, owners: ["x"], weekends: "yes" } })],
    ["a JSON array", "[1,2,3]"],
  ])("ignores garbage safely: %s", async (_name, saved) => {
    const host = fakeHost("en-US", context({ savedInputs: saved }));
    setup(host);
    await opened(host);
    expect(field(/^Sprint target/).value).toBe("");
    expect(field(/^Start date/).value).toBe("2025-03-17"); // next Monday
    expect(screen.queryByText(en.restored)).toBeNull();
  });

  it("restored values are validated: a bad saved value shows its message at once", async () => {
    const host = hostWithSavedSeed({ days: "200" });
    setup(host);
    await opened(host);
    expect(field(/^Length in days/).value).toBe("200");
    expect(screen.getByText(/Sprint length must be a whole number from 7 to 92; got 200/)).toBeTruthy();
  });

  it("generating stores the inputs with the plan (same round trip)", async () => {
    const host = hostWithSavedSeed({}, ["Sheet1"]);
    const { user } = setup(host);
    await opened(host);
    await user.click(await generateWhenReady());
    await waitFor(() => expect(host.writeWorkbook).toHaveBeenCalledTimes(1));
    const options = host.writeWorkbook.mock.calls[0][1];
    expect(JSON.parse(options.savedInputs ?? "")).toMatchObject({ app: "sales-sprint-planner", form: { target: "300000", name: "March push" } });
  });
});

describe("generate", () => {
  it("checks support first: an old Excel is told what is missing and nothing is written", async () => {
    const host = hostWithSavedSeed({}, ["Sheet1"]);
    host.checkSupport.mockReturnValue({ ok: false, missing: ["ExcelApi 1.7"], degraded: [] });
    const { user } = setup(host);
    await opened(host);
    await user.click(await generateWhenReady());
    expect(await screen.findByText(format(en.errUnsupported, { missing: "ExcelApi 1.7" }))).toBeTruthy();
    expect(host.writeWorkbook).not.toHaveBeenCalled();
  });

  it("writes a new plan (create), shows progress with the step name, then success with links that open each sheet", async () => {
    const host = hostWithSavedSeed({}, ["Sheet1"]);
    const write = deferred<WriteResult>();
    let progress: WriteOptions["onProgress"];
    host.writeWorkbook.mockImplementation((_spec, options) => {
      progress = options.onProgress;
      return write.promise;
    });
    const { user } = setup(host);
    await opened(host);
    await user.click(await generateWhenReady());
    await waitFor(() => expect(host.writeWorkbook).toHaveBeenCalledTimes(1));
    const [spec, options] = host.writeWorkbook.mock.calls[0];
    expect(options).toMatchObject({ mode: "create", activate: "summary" });
    expect(spec.sheets.map((s) => s.name)).toEqual(SEED_SHEETS);
    // The sprint's name is in the titles.
    expect(sprintOf(spec).blocks[0].cells[0][0].v).toBe("March push · 30-Day Sales Sprint Plan");

    act(() => progress?.({ step: "read" }));
    expect(screen.getByRole("progressbar")).toBeTruthy();
    expect(screen.getByText(en.stepRead)).toBeTruthy();
    expect(screen.getByRole("button", { name: en.generating }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByText(en.busyReason)).toBeTruthy();
    act(() => progress?.({ step: "write", batch: 2, batches: 3 }));
    expect(screen.getByText(format(en.stepWriteBatch, { batch: 2, batches: 3 }))).toBeTruthy();

    await act(async () => write.resolve(writeResult(spec, options)));
    const bar = await screen.findByRole("group", { name: en.successTitle });
    expect(within(bar).getByText(/Created 8 sheets\./)).toBeTruthy();
    expect(screen.queryByRole("progressbar")).toBeNull();
    await user.click(within(bar).getByRole("button", { name: "30-Day Sprint (go to this sheet)" }));
    expect(host.activateSheet).toHaveBeenCalledWith("30-Day Sprint");
    // The summary comes first among the sheet buttons.
    expect(within(bar).getAllByRole("button").map((b) => b.textContent)[0]).toBe("Sprint summary");
    await user.click(within(bar).getByRole("button", { name: "Sprint summary (go to this sheet)" }));
    expect(host.activateSheet).toHaveBeenLastCalledWith("Sprint summary");
  });

  it("sheets with the plan's names exist: asks update / copy / cancel", async () => {
    const host = hostWithSavedSeed({ replanDate: "2025-03-10" });
    const { user } = setup(host);
    await opened(host);

    await user.click(await generateWhenReady());
    let dialog = await findDialog(en.clashTitle);
    expect(within(dialog).getByText(/This workbook already has Sprint summary, Inputs, 30-Day Sprint, Targets, Funnel, Daily log, Board, Weekly review\./)).toBeTruthy();
    expect(within(dialog).getByText(/New sheets such as “30-Day Sprint \(2\)”/)).toBeTruthy();
    await user.click(dialogButton(dialog, en.cancel));
    await noDialog();
    expect(host.writeWorkbook).not.toHaveBeenCalled();

    await user.click(await generateWhenReady());
    dialog = await findDialog(en.clashTitle);
    await user.click(dialogButton(dialog, en.clashUpdate));
    await waitFor(() => expect(host.writeWorkbook).toHaveBeenCalledTimes(1));
    const [spec, options] = host.writeWorkbook.mock.calls[0];
    expect(options).toMatchObject({ mode: "update", replaceInputsOn: ["inputs"] });
    // An update keeps the re-plan recorded earlier.
    expect(sprintOf(spec).blocks.some((b) => b.at === "AF1")).toBe(true);
    expect(await screen.findByText(/Updated the plan on 8 sheets and kept 5 typed values\./)).toBeTruthy();

    await user.click(await generateWhenReady());
    dialog = await findDialog(en.clashTitle);
    await user.click(dialogButton(dialog, en.clashCopy));
    await waitFor(() => expect(host.writeWorkbook).toHaveBeenCalledTimes(2));
    const [copySpec, copyOptions] = host.writeWorkbook.mock.calls[1];
    expect(copyOptions.mode).toBe("copy");
    expect(sprintOf(copySpec).blocks.some((b) => b.at === "AF1")).toBe(false);
    expect(JSON.parse(copyOptions.savedInputs ?? "").form.replanDate).toBe("");
    expect(await screen.findByRole("button", { name: "30-Day Sprint (2) (go to this sheet)" })).toBeTruthy();
  });

  it("the workbook changed since the pane looked (SheetExists on create): asks instead of failing", async () => {
    const host = hostWithSavedSeed({}, ["Sheet1"]);
    host.writeWorkbook.mockRejectedValueOnce(HostError.host("SheetExists", { sheets: "Inputs,Targets" }));
    const { user } = setup(host);
    await opened(host);
    await user.click(await generateWhenReady());
    const dialog = await findDialog(en.clashTitle);
    expect(within(dialog).getByText(/already has Inputs, Targets\./)).toBeTruthy();
  });

  it("Excel's own error is shown with Excel's message and code, plus what to do and how the rollback went", async () => {
    const host = hostWithSavedSeed({}, ["Sheet1"]);
    host.writeWorkbook.mockRejectedValueOnce(
      new HostError("excel", "AccessDenied", "The workbook is protected.", { rollback: "done" }),
    );
    const { user } = setup(host);
    await opened(host);
    await user.click(await generateWhenReady());
    const bar = await screen.findByRole("group", { name: en.errorTitle });
    expect(within(bar).getByText(/Excel reported: The workbook is protected\. \(AccessDenied\)/)).toBeTruthy();
    expect(within(bar).getByText(new RegExp(en.rollbackDone.replace(/[.;]/g, ".")))).toBeTruthy();
    expect(within(bar).getByText(/Make sure no cell is being edited/)).toBeTruthy();
  });

  it("an update that would lose typed values is refused with the reason, and offers a copy", async () => {
    const host = hostWithSavedSeed();
    host.writeWorkbook.mockRejectedValueOnce(HostError.host("UpdateWouldLoseInput", { sheet: "30-Day Sprint", count: 3, cells: "P36,P37,P38" }));
    const { user } = setup(host);
    await opened(host);
    await user.click(await generateWhenReady());
    await user.click(dialogButton(await findDialog(), en.clashUpdate));
    const bar = await screen.findByRole("group", { name: en.errorTitle });
    expect(
      within(bar).getByText(format(en.errLoseInput, { sheet: "30-Day Sprint", count: 3, cells: "P36,P37,P38" })),
    ).toBeTruthy();
    await user.click(within(bar).getByRole("button", { name: en.createCopyInstead }));
    await waitFor(() => expect(host.writeWorkbook).toHaveBeenCalledTimes(2));
    expect(host.writeWorkbook.mock.calls[1][1].mode).toBe("copy");
  });

  it("host errors are localized (zh-CN); an unexpected error still shows its message", async () => {
    const host = fakeHost("zh-CN", context({ savedInputs: serializeForm(SEED_FORM) }));
    host.writeWorkbook.mockRejectedValueOnce(HostError.host("InvalidSpec", { detail: "ragged block" }));
    const { user } = setup(host);
    await opened(host);
    await user.click(screen.getByRole("button", { name: UI["zh-CN"].generate }));
    expect(await screen.findByText(format(UI["zh-CN"].errInvalidSpec, { detail: "ragged block" }))).toBeTruthy();
    host.writeWorkbook.mockRejectedValueOnce(new TypeError("x is undefined"));
    await user.click(screen.getByRole("button", { name: UI["zh-CN"].generate }));
    expect(await screen.findByText(/发生意外错误：x is undefined/)).toBeTruthy();
  });

  it("degraded features are reported with the success", async () => {
    const host = hostWithSavedSeed({}, ["Sheet1"]);
    host.writeWorkbook.mockImplementationOnce((spec, options) =>
      Promise.resolve({ ...writeResult(spec, options), warnings: [{ code: "Degraded", params: { feature: "pageSetup" } }] }),
    );
    const { user } = setup(host);
    await opened(host);
    await user.click(await generateWhenReady());
    expect(await screen.findByText(/Left out because this Excel lacks them: page setup/)).toBeTruthy();
  });
});

describe("re-plan mid-sprint", () => {
  /** Week 1 delivered 50,000 (10,000 on each of its five working days) of 300,000. */
  function actualsWeek1(): CellConstant[][] {
    return Array.from({ length: 30 }, (_, i) => [i < 5 ? 10000 : ""]);
  }

  it("reads the actuals, writes the re-plan in update mode (actuals survive) and reports the new daily rate", async () => {
    const host = hostWithSavedSeed();
    host.readCells.mockResolvedValue([actualsWeek1()]);
    const { user } = setup(host);
    await opened(host);
    expect(field(/^Date of the change/).value).toBe("2025-03-10");
    await user.click(screen.getByRole("button", { name: en.replanButton }));
    await waitFor(() => expect(host.writeWorkbook).toHaveBeenCalledTimes(1));

    const plan = seedPlan({ target: 300000, owners: [{ name: "Ann" }, { name: "Bob" }, { name: "Cat" }], locale: "en", dailyActivity: { calls: 20, emails: 30 } });
    const actualCol = workbookLayout(plan).sprint.col["act.revenue"];
    expect(host.readCells).toHaveBeenCalledWith([{ sheet: "30-Day Sprint", address: `${actualCol}6:${actualCol}35` }]);

    const [spec, options] = host.writeWorkbook.mock.calls[0] as [WorkbookSpec, WriteOptions];
    expect(options.mode).toBe("update");
    expect(options.replaceInputsOn).toBeUndefined();
    const sprint = spec.sheets.find((s) => s.key === "sprint");
    const box = sprint?.blocks.find((b) => b.at === "AF1");
    expect(box?.cells[1][1].v).toBe(isoToSerial("2025-03-10")); // the date of the change
    expect(JSON.parse(options.savedInputs ?? "").form.replanDate).toBe("2025-03-10");

    const bar = await screen.findByRole("group", { name: en.replanTitle });
    expect(
      within(bar).getByText(
        /Re-planned from 2025-03-10 \(day 8\): 50,000 actual before it; the remaining 250,000 is spread over 17 working days, 14,706 a day \(was 13,636\)\./,
      ),
    ).toBeTruthy();
  });

  it("without the plan's sheets in the workbook it asks to generate first", async () => {
    const host = hostWithSavedSeed({}, ["Sheet1"]);
    const { user } = setup(host);
    await opened(host);
    await user.click(screen.getByRole("button", { name: en.replanButton }));
    expect(await screen.findByText(format(en.replanNeedsPlan, { sheet: "30-Day Sprint" }))).toBeTruthy();
    expect(host.readCells).not.toHaveBeenCalled();
    expect(host.writeWorkbook).not.toHaveBeenCalled();
  });

  it("a failed read of the actuals is shown, not swallowed", async () => {
    const host = hostWithSavedSeed();
    host.readCells.mockRejectedValueOnce(HostError.host("SheetNotFound", { name: "30-Day Sprint" }));
    const { user } = setup(host);
    await opened(host);
    await user.click(screen.getByRole("button", { name: en.replanButton }));
    expect(await screen.findByText(format(en.errSheetNotFound, { name: "30-Day Sprint" }))).toBeTruthy();
    expect(host.writeWorkbook).not.toHaveBeenCalled();
  });
});

describe("make shareable", () => {
  const FOUND = {
    total: 5,
    pending: 0,
    sheets: [
      { sheet: "Report", count: 3, sample: ["B2", "B3", "B4"] },
      { sheet: "Summary", count: 2, sample: ["C1", "C2"] },
    ],
  };

  it("lists how many SALES cells on which sheets, then freezes them after confirmation", async () => {
    const host = fakeHost();
    host.findCustomFunctionCells.mockResolvedValue(FOUND);
    host.freezeCustomFunctions.mockResolvedValue(FOUND);
    const { user } = setup(host);
    await opened(host);
    await user.click(screen.getByRole("button", { name: en.shareButton }));
    const dialog = await findDialog(format(en.shareDialogTitle, { count: 5 }));
    expect(host.findCustomFunctionCells).toHaveBeenCalledWith("workbook");
    expect(within(dialog).getByText("Report: 3 (B2, B3, B4)")).toBeTruthy();
    expect(within(dialog).getByText("Summary: 2 (C1, C2)")).toBeTruthy();
    expect(host.freezeCustomFunctions).not.toHaveBeenCalled();
    await user.click(dialogButton(dialog, en.shareConfirm));
    await waitFor(() => expect(host.freezeCustomFunctions).toHaveBeenCalledWith("workbook"));
    expect(await screen.findByText(format(en.shareDone, { count: 5 }))).toBeTruthy();
  });

  it("selection only; cancel freezes nothing; cells still calculating are reported", async () => {
    const host = fakeHost();
    host.findCustomFunctionCells.mockResolvedValue(FOUND);
    host.freezeCustomFunctions.mockResolvedValue({ ...FOUND, pending: 2 });
    const { user } = setup(host);
    await opened(host);
    await user.selectOptions(screen.getByRole("combobox", { name: en.shareScope }), "selection");
    await user.click(screen.getByRole("button", { name: en.shareButton }));
    let dialog = await findDialog();
    expect(host.findCustomFunctionCells).toHaveBeenCalledWith("selection");
    expect(within(dialog).getByText(/Found 5 cells with SALES\.\* formulas in the selection:/)).toBeTruthy();
    await user.click(dialogButton(dialog, en.cancel));
    await noDialog();
    expect(host.freezeCustomFunctions).not.toHaveBeenCalled();

    await user.click(screen.getByRole("button", { name: en.shareButton }));
    dialog = await findDialog();
    await user.click(dialogButton(dialog, en.shareConfirm));
    expect(await screen.findByText(/Replaced 3 formulas with their current values\. 2 cells were still calculating/)).toBeTruthy();
    expect(host.freezeCustomFunctions).toHaveBeenCalledWith("selection");
  });

  it("nothing to freeze: says so", async () => {
    const host = fakeHost();
    const { user } = setup(host);
    await opened(host);
    await user.click(screen.getByRole("button", { name: en.shareButton }));
    expect(await screen.findByText(format(en.shareNone, { scope: en.scopeWorkbook }))).toBeTruthy();
  });
});

describe("accessibility", () => {
  it("every form control has an accessible name", async () => {
    const host = hostWithSavedSeed();
    const { user, container } = setup(host);
    await opened(host);
    await user.click(screen.getByRole("button", { name: en.advanced }));
    await user.click(screen.getByRole("switch", { name: en.useFunnel }));
    const controls = container.querySelectorAll("input, textarea, select, button");
    expect(controls.length).toBeGreaterThan(25);
    for (const el of Array.from(controls)) {
      const visible = !el.closest("[hidden]");
      if (!visible) continue;
      const labelled =
        el.getAttribute("aria-label") ||
        el.getAttribute("aria-labelledby") ||
        (el.id && container.querySelector(`label[for="${el.id}"]`)) ||
        el.closest("label") ||
        (el.tagName === "BUTTON" && el.textContent?.trim());
      expect([el.outerHTML.slice(0, 80), Boolean(labelled)]).toEqual([el.outerHTML.slice(0, 80), true]);
    }
    for (const name of ["Leads", "Contacted", "Qualified", "Proposal", "Won"]) expect(field(name).value).toMatch(/%$/);
  });
});
