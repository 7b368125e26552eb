/** @jest-environment jsdom */
/**
 * The daily-log tab as a user meets it (docs/using.md "Record a day / Import reports"), with a fake
 * ReportsHost: the tab appears only with a log-capable host, a day is recorded in one call
 * and the pane says where it went, a duplicate asks replace-or-add, bad numbers get a
 * message in the user's language, and an import previews added and skipped rows.
 */
import { act, configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { defaultForm } from "../../../src/taskpane/generator/formState";
import { serializeForm } from "../../../src/taskpane/generator/savedInputs";
import { format } from "../../../src/i18n/locale";
import { LOG_UI } from "../../../src/i18n/logUi";
import { isoToSerial } from "../../../src/domain/dates";
import { defaultDate } from "../../../src/taskpane/log/logSetup";
import { describeMigration } from "../../../src/taskpane/log/migration";
import { appendResult, context, fakeHost, fakeLogHost, selection, type FakeLogHost } from "../fakeHost";
import type { CellConstant } from "../../../src/workbook/spec";

configure({ asyncUtilTimeout: 8000 });
// Typing into Fluent inputs and loading the tab on demand is slow on a busy 2-core machine.
jest.setTimeout(60_000);

const NOW = new Date(2025, 2, 10); // Monday 10 March 2025, day 8 of the sprint below
const now = (): Date => NOW;
const en = LOG_UI.en;
const saved = serializeForm({ ...defaultForm(NOW), target: "300000", avgOrderValue: "5000", conversion: "5%", start: "2025-03-03", owners: "Ann, Bob, Cat" });
const START = isoToSerial("2025-03-03") ?? 0;

function logHost(sel: CellConstant[][] | null = null): FakeLogHost {
  return fakeLogHost(
    "en-US",
    context({
      sheetNames: ["Inputs", "Daily log"],
      savedInputs: saved,
      planSheets: [{ name: "Daily log", key: "log" }],
      selection: sel ? selection(sel) : null,
    }),
  );
}

async function openLogTab(host: FakeLogHost): Promise<ReturnType<typeof userEvent.setup>> {
  const user = userEvent.setup();
  render(<App host={host} now={now} />);
  await user.click(screen.getByRole("tab", { name: "Daily log" }));
  await screen.findByRole("heading", { name: en.recordTitle });
  return user;
}

test("the tab is there only with a host that can append to the log", () => {
  render(<App host={fakeHost()} now={now} />);
  expect(screen.queryByRole("tab", { name: "Daily log" })).toBeNull();
});

test("record a day: owners from the plan plus Team, today's date, one call, where it went", async () => {
  const host = logHost();
  const user = await openLogTab(host);
  const owner = screen.getByLabelText(en.owner) as HTMLSelectElement;
  expect([...owner.options].map((o) => o.value)).toEqual(["Ann", "Bob", "Cat", "Team"]);
  expect((screen.getByLabelText(en.date) as HTMLInputElement).value).toBe("2025-03-10");
  await user.selectOptions(owner, "Bob");
  await user.type(screen.getByLabelText(en.metrics.calls), "20");
  await user.type(screen.getByLabelText(en.metrics.revenue), "5,000");
  await user.click(screen.getByRole("button", { name: en.record }));
  await screen.findByText(format(en.recorded, { sheet: "Daily log", row: 4 }));
  expect(host.appendReports).toHaveBeenCalledTimes(1);
  const [target, reports, choice] = host.appendReports.mock.calls[0];
  expect(target).toMatchObject({ sheet: "Daily log", headerRow: 3, lastRow: 10003, columns: { date: "A", owner: "B", revenue: "I", note: "J" } });
  expect(reports).toEqual([
    { date: START + 7, owner: "Bob", values: { leads: null, calls: 20, emails: null, demos: null, quotes: null, deals: null, revenue: 5000 }, note: "" },
  ]);
  expect(choice).toBe("ask");
});

test("bad numbers are refused with the field's message and nothing is written", async () => {
  const host = logHost();
  const user = await openLogTab(host);
  await user.type(screen.getByLabelText(en.metrics.deals), "1.5x");
  await user.click(screen.getByRole("button", { name: en.record }));
  expect(await screen.findByText(format(en.errNumber, { field: en.metrics.deals, value: "1.5x" }))).toBeTruthy();
  expect(host.appendReports).not.toHaveBeenCalled();
});

test("the same owner and date asks: replace writes over the earlier row", async () => {
  const host = logHost();
  host.appendReports.mockImplementation((target, reports, choice) =>
    Promise.resolve(
      choice === "ask"
        ? { ...appendResult(target, 0), written: false, duplicates: [{ index: 0, row: 9, owner: "Ann", date: START + 7 }], rows: [] }
        : { ...appendResult(target, 1), rows: [9], added: null, replaced: [9] },
    ),
  );
  const user = await openLogTab(host);
  await user.type(screen.getByLabelText(en.metrics.calls), "3");
  await user.click(screen.getByRole("button", { name: en.record }));
  const dialog = await screen.findByRole("alertdialog", { name: en.duplicateTitle });
  expect(dialog.textContent).toContain(format(en.duplicateBody, { owner: "Ann", date: "2025-03-10", row: 9 }));
  await user.click(screen.getByRole("button", { name: en.replace }));
  await screen.findByText(format(en.replacedAt, { sheet: "Daily log", row: 9 }));
  expect(host.appendReports.mock.calls.map((c) => c[2])).toEqual(["ask", "replace"]);
});

test("import from the selection: preview with skipped rows and reasons, then one append", async () => {
  const host = logHost([
    ["Owner", "Date", "Calls", "Revenue"],
    ["Ann", "2025-03-04", 10, 1000],
    ["Bob", "someday", 5, 0],
    ["Zed", "2025-03-05", 2, 300],
  ]);
  const user = await openLogTab(host);
  await user.click(screen.getByRole("button", { name: en.readSelection }));
  expect(await screen.findByText(format(en.importPreview, { count: 2, address: "'Sheet1'!A1:D4" }))).toBeTruthy();
  expect(screen.getByText(format(en.skipRow, { row: 3, reason: format(en.reasons.badDate, { value: "someday" }) }))).toBeTruthy();
  expect(screen.getByText(format(en.unknownOwners, { names: "Zed" }))).toBeTruthy();
  await user.click(screen.getByRole("button", { name: format(en.importAdd, { count: 2 }) }));
  await screen.findByText(format(en.imported, { count: 2, sheet: "Daily log", first: 4, last: 5 }));
  expect(host.appendReports.mock.calls[0][1].map((r) => [r.owner, r.date])).toEqual([
    ["Ann", START + 1],
    ["Zed", START + 2],
  ]);
});

test("without a saved plan the tab says to generate first, in the user's language", async () => {
  const host = fakeLogHost("zh-CN", context());
  const user = userEvent.setup();
  render(<App host={host} now={now} />);
  await user.click(screen.getByRole("tab", { name: "日报" }));
  await waitFor(() => expect(screen.getByText(LOG_UI["zh-CN"].noPlan)).toBeTruthy());
  await act(async () => undefined);
});

test("helpers: the date is clamped to the sprint; a migration is described", () => {
  expect(defaultDate({ startSerial: START, endSerial: START + 29 }, new Date(2025, 1, 1))).toEqual({ iso: "2025-03-03", clamped: true });
  const lines = describeMigration(
    { teamDays: 5, cells: 29, logSheet: "日报", firstRow: 4, lastRow: 8, fromDate: 1, toDate: 2, openingFigures: [{ owner: "张三", value: 20000 }] },
    "zh-CN",
  );
  expect(lines).toEqual([
    format(LOG_UI["zh-CN"].migrated, { days: 5, cells: 29, sheet: "日报", first: 4, last: 8, team: "团队" }),
    format(LOG_UI["zh-CN"].migratedOpening, { owners: "张三 20,000" }),
  ]);
});
