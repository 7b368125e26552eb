/**
 * The daily-log tab's reducer (src/taskpane/log/state.ts) without React: the first read never
 * overwrites what was typed, a record starts the form again for the same owner and day, a
 * duplicate question replaces the card's message, and each card keeps its own message.
 */
import { initialLogState, logReducer, type LogAction, type LogState } from "../../../src/taskpane/log/state";
import type { LogSetup } from "../../../src/taskpane/log/logSetup";
import type { Report } from "../../../src/domain/reports";

const SETUP: LogSetup = {
  target: { sheet: "Daily log", headerRow: 3, columns: {} as LogSetup["target"]["columns"], lastRow: 10003, dateFormat: "yyyy-mm-dd" },
  owners: ["Ann", "Bob", "Team"],
  teamOwner: "Team",
  startSerial: 45719,
  endSerial: 45748,
};
const REPORT: Report = { date: 45726, owner: "Bob", values: { leads: null, calls: 3, emails: null, demos: null, quotes: null, deals: null, revenue: null }, note: "" };

const run = (...actions: LogAction[]): LogState => actions.reduce(logReducer, initialLogState());

describe("logReducer", () => {
  it("opens on the first owner and today, with the clamped-date note; what was typed first stays", () => {
    const note = { intent: "info" as const, lines: ["clamped"] };
    const opened = run({ type: "setup", setup: SETUP }, { type: "opened", owner: "Ann", date: "2025-03-10", note });
    expect(opened.form).toMatchObject({ owner: "Ann", date: "2025-03-10" });
    expect(opened.status.record).toEqual(note);
    const typed = run({ type: "edit", patch: { owner: "Bob" } }, { type: "opened", owner: "Ann", date: "2025-03-10", note: null });
    expect(typed.form).toMatchObject({ owner: "Bob", date: "2025-03-10" });
    expect(typed.status.record).toBeNull();
  });

  it("a recorded day empties the numbers and the note, keeping owner and date; the duplicate question is gone", () => {
    const s = run(
      { type: "edit", patch: { owner: "Bob", date: "2025-03-10", note: "call back" } },
      { type: "editMetric", metric: "calls", value: "3" },
      { type: "duplicates", pending: { kind: "record", reports: [REPORT], duplicates: [{ index: 0, row: 9, owner: "Bob", date: 45726 }] } },
      { type: "appended", card: "record", status: { intent: "success", lines: ["Recorded"] } },
    );
    expect(s.form).toEqual({ owner: "Bob", date: "2025-03-10", note: "", values: { leads: "", calls: "", emails: "", demos: "", quotes: "", deals: "", revenue: "" } });
    expect(s.pending).toBeNull();
    expect(s.status).toEqual({ record: { intent: "success", lines: ["Recorded"] }, import: null });
  });

  it("a duplicate question clears its card's message only; an import closes its preview once written", () => {
    const busy = { intent: "info" as const, lines: ["Recording…"] };
    const asked = run(
      { type: "status", card: "record", status: { intent: "success", lines: ["earlier"] } },
      { type: "status", card: "import", status: busy },
      { type: "duplicates", pending: { kind: "import", reports: [REPORT], duplicates: [] } },
    );
    expect(asked.status).toEqual({ record: { intent: "success", lines: ["earlier"] }, import: null });
    const preview = { result: { ok: true, headerRow: 1, header: {}, reports: [], skipped: [], outsideSprint: [], unknownOwners: [] }, address: "'Sheet1'!A1:D4", truncated: false };
    const withPreview = logReducer(asked, { type: "preview", preview: preview as unknown as LogState["preview"] });
    const done = logReducer(withPreview, { type: "appended", card: "import", status: { intent: "success", lines: ["Imported"] } });
    expect(done.preview).toBeNull();
    expect(done.pending).toBeNull();
    expect(done.form).toEqual(withPreview.form);
    expect(logReducer(done, { type: "cancel" }).pending).toBeNull();
  });
});
