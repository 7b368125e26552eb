/**
 * The generator's lazy parts: nothing is fetched while the pane starts; once the form is open,
 * `warmUpAfterOpen` loads the writer, the dialogs and mainland China's calendar and asks the host
 * to load its own writer, when the browser is idle, once; cancelling before then loads nothing.
 */
import { warmUpAfterOpen, whenIdle } from "../../../src/taskpane/generator/lazy";
import type { WorkbookHost } from "../../../src/hosts/host";

const loaded: string[] = [];
// Stand-ins for the two chunks: loading the real modules would compile the whole writer here.
jest.mock("../../../src/taskpane/generator/actions", () => {
  loaded.push("actions");
  return {};
});
jest.mock("../../../src/taskpane/generator/Dialogs", () => {
  loaded.push("dialogs");
  return {};
});
jest.mock("../../../src/calendar/cn", () => {
  loaded.push("calendar");
  return {};
});

const tick = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  loaded.length = 0;
  jest.resetModules();
});

describe("whenIdle", () => {
  it("runs the work later, not synchronously, and not at all once cancelled", async () => {
    const ran: string[] = [];
    whenIdle(() => ran.push("kept"));
    const cancel = whenIdle(() => ran.push("cancelled"));
    cancel();
    expect(ran).toEqual([]);
    await tick(400);
    expect(ran).toEqual(["kept"]);
  });
});

describe("warmUpAfterOpen", () => {
  it("loads the writer, the dialogs and the calendar and warms the host up, once, after a pause", async () => {
    const warmUp = jest.fn();
    warmUpAfterOpen({ warmUp } as unknown as WorkbookHost);
    expect(warmUp).not.toHaveBeenCalled();
    await tick(400);
    expect(warmUp).toHaveBeenCalledTimes(1);
    expect([...loaded].sort()).toEqual(["actions", "calendar", "dialogs"]);
  });

  it("a host without warmUp is fine; cancelled before idle, nothing loads", async () => {
    const cancel = warmUpAfterOpen({} as WorkbookHost);
    cancel();
    await tick(400);
    expect(loaded).toEqual([]);
    warmUpAfterOpen({} as WorkbookHost);
    await tick(400);
    expect(loaded.length).toBe(3);
  });
});
