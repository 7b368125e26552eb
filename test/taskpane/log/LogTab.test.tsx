/** @jest-environment jsdom */
/**
 * The daily-log tab as a user meets it (docs/using.md "Record a day / Import reports"), with a fake
 * ReportsHost: the tab appears only with a log-capable host, a day is recorded in one call
 * and the pane says where it went, a duplicate asks update-or-add and an update keeps every
 * field not retyped, bad numbers get a
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
import type { LogTarget } from "../../../src/hosts/host";
import { appendOps, logSnapshotOf, logSpan, planAppend } from "../../../src/hosts/write/reports";
import { colLetter, parseRange } from "../../../src/workbook/a1";

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

test("the same owner and date asks: update changes the earlier row's typed fields and says which", async () => {
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
  expect(dialog.textContent).toContain(en.replaceKeeps);
  await user.click(screen.getByRole("button", { name: en.replace }));
  await screen.findByText(format(en.replacedAt, { sheet: "Daily log", row: 9, fields: en.metrics.calls }));
  const kept = ["leads", "emails", "demos", "quotes", "deals", "revenue"] as const;
  expect(screen.getByText(format(en.replacedKept, { fields: [...kept.map((m) => en.metrics[m]), en.note].join(", ") }))).toBeTruthy();
  expect(host.appendReports.mock.calls.map((c) => c[2])).toEqual(["ask", "replace"]);
});

/**
 * A log host over an in-memory grid that decides and writes through the host-neutral code both
 * real hosts use (src/hosts/write/reports.ts): what lands in the cells is what Excel and the
 * preview would hold.
 */
function gridLogHost(): { host: FakeLogHost; cells: Map<string, string | number | boolean> } {
  const host = logHost();
  const cells = new Map<string, string | number | boolean>();
  const snapshot = (target: LogTarget) => {
    const { left, right } = logSpan(target);
    const values = Array.from({ length: 20 }, (_, i) =>
      Array.from({ length: right - left + 1 }, (_, j) => cells.get(`${colLetter(left + j)}${target.headerRow + 1 + i}`) ?? ""),
    );
    return logSnapshotOf(target, target.headerRow + 1, left, values);
  };
  host.appendReports.mockImplementation((target, reports, choice) => {
    const plan = planAppend(target, snapshot(target), reports, choice);
    for (const op of appendOps(target, plan)) {
      if (op.t !== "formulas") continue;
      const r = parseRange(op.address);
      op.data.forEach((line, i) => line.forEach((v, j) => v !== null && cells.set(`${colLetter(r.left + j)}${r.top + i}`, v)));
    }
    return Promise.resolve({ ...plan.result, syncs: 2 });
  });
  return { host, cells };
}

test("correcting a report: a full report, then the same owner and day with three numbers, update keeps every other field", async () => {
  const { host, cells } = gridLogHost();
  const user = await openLogTab(host);
  const full = { leads: "4", calls: "20", emails: "30", demos: "2", quotes: "3", deals: "1", revenue: "5000" } as const;
  // Pasted rather than typed key by key: the same change events, fast enough on a busy machine.
  const fill = async (label: string, v: string): Promise<void> => {
    await user.click(screen.getByLabelText(label));
    await user.paste(v);
  };
  for (const [m, v] of Object.entries(full)) await fill(en.metrics[m as keyof typeof full], v);
  await fill(en.note, "signed with ACME");
  await user.click(screen.getByRole("button", { name: en.record }));
  await screen.findByText(format(en.recorded, { sheet: "Daily log", row: 4 }));

  const again = { calls: "25", deals: "2", revenue: "9000" } as const;
  for (const [m, v] of Object.entries(again)) await fill(en.metrics[m as keyof typeof again], v);
  await user.click(screen.getByRole("button", { name: en.record }));
  await screen.findByRole("alertdialog", { name: en.duplicateTitle });
  await user.click(screen.getByRole("button", { name: en.replace }));
  await screen.findByText(format(en.replacedAt, { sheet: "Daily log", row: 4, fields: [en.metrics.calls, en.metrics.deals, en.metrics.revenue].join(", ") }));
  expect(screen.getByText(format(en.replacedKept, { fields: [en.metrics.leads, en.metrics.emails, en.metrics.demos, en.metrics.quotes, en.note].join(", ") }))).toBeTruthy();
  // One row, every field: the three retyped numbers changed, the rest as first recorded.
  expect(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J"].map((c) => cells.get(`${c}4`))).toEqual([START + 7, "Ann", 4, 25, 30, 2, 3, 2, 9000, "signed with ACME"]);
  expect(cells.has("B5")).toBe(false);
}, 180_000);

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
