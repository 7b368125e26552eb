/** @jest-environment jsdom */
/**
 * The generator's hook without its markup: the reducer's transitions (pure), and the host
 * actions' paths through `useGenerator` with a fake WorkbookHost (../fakeHost) — refusals,
 * errors turned into outcomes, dialogs or the import message, one action at a time.
 * The same behaviour seen through the rendered pane is in Generator.test.tsx.
 */
import { act, renderHook, waitFor } from "@testing-library/react";
import { defaultForm } from "../../../src/taskpane/generator/formState";
import { importOwners } from "../../../src/taskpane/generator/importSelection";
import { serializeForm } from "../../../src/taskpane/generator/savedInputs";
import { generatorReducer, initialState, type GeneratorState } from "../../../src/taskpane/generator/state";
import { useGenerator, type GeneratorModel } from "../../../src/taskpane/generator/useGenerator";
import type { WriteResult } from "../../../src/hosts/host";
import type { SheetKey } from "../../../src/domain/vocabulary";
import { context, deferred, fakeHost, HostError, selection, type FakeHost } from "../fakeHost";
import { NOW, SEED_FORM, SEED_SHEETS } from "../seed";
import { warmUpAfterOpen } from "../../../src/taskpane/generator/lazy";

// The warm-up itself (idle callback, chunk loads) is tested in lazy.test.ts; here, only when it starts.
jest.mock("../../../src/taskpane/generator/lazy", () => ({
  ...jest.requireActual<object>("../../../src/taskpane/generator/lazy"),
  warmUpAfterOpen: jest.fn(() => () => undefined),
}));

const now = (): Date => NOW;
const KEYS: SheetKey[] = ["summary", "inputs", "sprint", "targets", "funnel"];
const written = (names: string[]): WriteResult => ({
  mode: "create",
  sheets: names.map((name, i) => ({ key: KEYS[i % KEYS.length], name, created: true, keptInputs: 0 })),
  namesScope: "workbook",
  warnings: [],
  syncs: 2,
  batches: 1,
  requestBytes: 1000,
});

describe("generatorReducer", () => {
  const start = (): GeneratorState => initialState(NOW);

  it("starts from the default form, nothing touched, no re-plan date typed", () => {
    const s = start();
    expect(s.form).toEqual(defaultForm(NOW));
    expect(s.touched.size).toBe(0);
    expect(s.replanDate).toBe("");
    expect(s.busy).toBeNull();
  });

  it("restores the saved inputs on open, unless the user has started typing", () => {
    const saved = SEED_FORM;
    const restored = generatorReducer(start(), { type: "opened", sheetNames: ["Sheet1"], saved });
    expect(restored.form).toEqual(saved);
    expect(restored.restored).toBe(true);
    expect(restored.touched.has("target") && restored.touched.has("owners")).toBe(true);

    const typed = generatorReducer(start(), { type: "edit", patch: { target: "123" }, touch: "target" });
    const kept = generatorReducer(typed, { type: "opened", sheetNames: ["Sheet1", "Plan"], saved });
    expect(kept.form.target).toBe("123");
    expect(kept.restored).toBe(false);
    expect(kept.sheetNames).toEqual(["Sheet1", "Plan"]);
  });

  it("a write adds its sheets once each (names compare case-insensitively) and keeps the saved re-plan date", () => {
    const s = { ...start(), sheetNames: ["Sheet1", "inputs"] };
    const next = generatorReducer(s, {
      type: "written",
      outcome: { kind: "written", result: written(["Inputs", "Funnel"]), describe: () => [] },
      replanDate: "2025-03-12",
    });
    expect(next.sheetNames).toEqual(["Sheet1", "inputs", "Funnel"]);
    expect(next.form.replanDate).toBe("2025-03-12");
    expect(next.outcome?.kind).toBe("written");
  });

  it("an import with targets fills owners and target and shows both fields' errors; a failed one changes no input", () => {
    const imported = importOwners(selection([["Ann", 2000], ["Bob", 1000]]));
    expect(imported).toMatchObject({ ok: true, kind: "targets" });
    const next = generatorReducer(start(), { type: "imported", imported });
    expect(next.form.owners).toContain("Ann");
    expect(next.form.owners).toContain("Bob");
    expect(next.form.target).toBe("3000");
    expect([...next.touched].sort()).toEqual(["owners", "target"]);
    expect(next.edited).toBe(true);

    const failed = generatorReducer(start(), { type: "imported", imported: { ok: false, error: new Error("gone") } });
    expect(failed.form).toEqual(start().form);
    expect(failed.edited).toBe(false);
    expect(failed.imported).toEqual({ ok: false, error: new Error("gone") });
  });

  it("the end of the read on open clears only its own busy state", () => {
    const opening = generatorReducer(start(), { type: "set", busy: { kind: "open" } });
    expect(generatorReducer(opening, { type: "openDone" }).busy).toBeNull();
    const importing = generatorReducer(start(), { type: "set", busy: { kind: "import" } });
    expect(generatorReducer(importing, { type: "openDone" }).busy).toEqual({ kind: "import" });
  });
});

/** Renders the hook, waits for the read on open, and types the seed case in. */
async function seeded(host: FakeHost): Promise<{ current: GeneratorModel }> {
  const { result } = renderHook(() => useGenerator({ host, locale: "en", now }));
  await waitFor(() => expect(result.current.state.busy).toBeNull());
  act(() => result.current.update(SEED_FORM));
  expect(result.current.check.ok).toBe(true);
  return result;
}

describe("useGenerator actions", () => {
  it("reads the workbook once on open and restores its saved inputs", async () => {
    const host = fakeHost("en-US", context({ sheetNames: ["Sheet1"], savedInputs: serializeForm(SEED_FORM) }));
    const { result } = renderHook(() => useGenerator({ host, locale: "en", now }));
    await waitFor(() => expect(result.current.state.restored).toBe(true));
    expect(host.readContext).toHaveBeenCalledTimes(1);
    expect(result.current.state.form.owners).toBe("Ann, Bob, Cat");
    expect(result.current.plan?.inputs.target).toBe(300000);
  });

  it("starts the warm-up of the lazy parts once, after the form has opened, not before", async () => {
    const open = deferred<Awaited<ReturnType<FakeHost["readContext"]>>>();
    const host = fakeHost();
    host.readContext.mockReturnValueOnce(open.promise);
    jest.mocked(warmUpAfterOpen).mockClear();
    const { result } = renderHook(() => useGenerator({ host, locale: "en", now }));
    await new Promise((r) => setTimeout(r, 100));
    expect(host.readContext).toHaveBeenCalledTimes(1);
    expect(warmUpAfterOpen).not.toHaveBeenCalled();
    await act(async () => open.resolve(context()));
    await waitFor(() => expect(result.current.state.busy).toBeNull());
    expect(warmUpAfterOpen).toHaveBeenCalledTimes(1);
    expect(jest.mocked(warmUpAfterOpen).mock.calls[0][0]).toBe(host);
  });

  it("a failed read on open becomes an error outcome", async () => {
    const host = fakeHost();
    host.readContext.mockRejectedValueOnce(new HostError("excel", "GeneralException", "Excel is busy."));
    const { result } = renderHook(() => useGenerator({ host, locale: "en", now }));
    await waitFor(() => expect(result.current.state.outcome?.kind).toBe("error"));
    expect(result.current.state.busy).toBeNull();
  });

  it("an invalid form writes nothing and the reason names the fields", async () => {
    const host = fakeHost();
    const { result } = renderHook(() => useGenerator({ host, locale: "en", now }));
    await waitFor(() => expect(result.current.state.busy).toBeNull());
    expect(result.current.blocked).toBe(true);
    expect(result.current.reason).toMatch(/Sprint target/);
    await act(() => result.current.generate("ask"));
    expect(host.writeWorkbook).not.toHaveBeenCalled();
  });

  it("an Excel without the needed APIs: the outcome says what is missing, nothing is written", async () => {
    const host = fakeHost();
    host.checkSupport.mockReturnValue({ ok: false, missing: ["ExcelApi 1.9"], degraded: [] });
    const result = await seeded(host);
    await act(() => result.current.generate("ask"));
    expect(result.current.state.outcome).toEqual({ kind: "unsupported", missing: ["ExcelApi 1.9"] });
    expect(host.writeWorkbook).not.toHaveBeenCalled();
  });

  it("SheetExists from the host: the pane learns the sheets and asks update / copy instead of failing", async () => {
    const host = fakeHost();
    host.writeWorkbook.mockRejectedValueOnce(new HostError("host", "SheetExists", "exists", { sheets: "Inputs,Funnel" }));
    const result = await seeded(host);
    await act(() => result.current.generate("ask"));
    expect(result.current.state.dialog).toEqual({ kind: "clash", sheets: ["Inputs", "Funnel"], copyExample: expect.stringContaining("30-Day Sprint") });
    expect(result.current.state.sheetNames).toEqual(expect.arrayContaining(["Sheet1", "Inputs", "Funnel"]));
    expect(result.current.state.outcome).toBeNull();
  });

  it("an update refused because it would lose typed values offers a copy, and the copy writes in copy mode", async () => {
    const host = fakeHost();
    host.writeWorkbook.mockRejectedValueOnce(new HostError("host", "UpdateWouldLoseInput", "lose", { sheet: "30-Day Sprint", count: 2, cells: "K5,K6" }));
    const result = await seeded(host);
    await act(() => result.current.generate("update"));
    const outcome = result.current.state.outcome;
    expect(outcome?.kind).toBe("error");
    const retry = outcome?.kind === "error" ? outcome.retry : undefined;
    expect(retry).toBeDefined();
    act(() => retry?.());
    await waitFor(() => expect(result.current.state.outcome?.kind).toBe("written"));
    expect(host.writeWorkbook.mock.calls.map(([, o]) => o.mode)).toEqual(["update", "copy"]);
  });

  it("an error that a copy cannot fix offers no retry", async () => {
    const host = fakeHost();
    host.writeWorkbook.mockRejectedValueOnce(new HostError("excel", "AccessDenied", "The workbook is protected."));
    const result = await seeded(host);
    await act(() => result.current.generate("ask"));
    expect(result.current.state.outcome).toEqual({ kind: "error", error: expect.any(HostError), retry: undefined });
    expect(result.current.state.busy).toBeNull();
  });

  it("one action at a time: a second click while a write runs is refused", async () => {
    const host = fakeHost();
    const write = deferred<WriteResult>();
    host.writeWorkbook.mockReturnValueOnce(write.promise);
    const result = await seeded(host);
    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current.generate("ask");
    });
    await waitFor(() => expect(host.writeWorkbook).toHaveBeenCalledTimes(1));
    expect(result.current.state.busy?.kind).toBe("write");
    await act(() => result.current.findShareable());
    expect(host.findCustomFunctionCells).not.toHaveBeenCalled();
    await act(async () => {
      write.resolve(written(SEED_SHEETS));
      await first;
    });
    expect(result.current.state.busy).toBeNull();
    expect(result.current.state.sheetNames).toEqual(["Sheet1", ...SEED_SHEETS]);
  });

  it("the re-plan date defaults to a day inside the sprint, follows the sprint's dates until one is typed", async () => {
    const host = fakeHost();
    const { result } = renderHook(() => useGenerator({ host, locale: "en", now }));
    await waitFor(() => expect(result.current.state.busy).toBeNull());
    // A fresh form starts next Monday (17 March): today (10 March) is before it, so its first day.
    act(() => result.current.update({ target: "300000", avgOrderValue: "5000", owners: "Ann" }));
    expect(result.current.check.ok).toBe(true);
    expect(result.current.replanDate).toBe("2025-03-17");
    expect(result.current.replanDateError).toBeUndefined();
    // A sprint that started on 3 March: today is inside it.
    act(() => result.current.update({ start: "2025-03-03" }));
    expect(result.current.replanDate).toBe("2025-03-10");
    // A 7-day sprint that ended on 9 March: its last day.
    act(() => result.current.update({ start: "2025-03-03", days: "7" }));
    expect(result.current.replanDate).toBe("2025-03-09");
    // A date typed stays as typed.
    act(() => result.current.dispatch({ type: "set", replanDate: "2025-03-05" }));
    act(() => result.current.update({ start: "2025-03-17" }));
    expect(result.current.replanDate).toBe("2025-03-05");
  });

  it("re-plan: a failed read of the actuals is an error outcome, and nothing is written", async () => {
    const host = fakeHost("en-US", context({ sheetNames: ["Sheet1", ...SEED_SHEETS] }));
    host.readCells.mockRejectedValueOnce(new HostError("excel", "GeneralException", "Excel is busy."));
    const result = await seeded(host);
    act(() => result.current.dispatch({ type: "set", replanDate: "2025-03-12" }));
    await act(() => result.current.replan());
    expect(result.current.state.outcome?.kind).toBe("error");
    expect(host.writeWorkbook).not.toHaveBeenCalled();
    expect(result.current.state.busy).toBeNull();
  });

  it("import: a failing host shows its error under the owners and leaves the form as typed", async () => {
    const host = fakeHost();
    const result = await seeded(host);
    host.readContext.mockRejectedValueOnce(new HostError("excel", "GeneralException", "Excel is busy."));
    await act(() => result.current.importSelection());
    expect(result.current.state.imported).toEqual({ ok: false, error: expect.any(HostError) });
    expect(result.current.state.form.owners).toBe("Ann, Bob, Cat");
  });

  it("import: names with targets from the selection replace the owners and the target", async () => {
    const host = fakeHost();
    const result = await seeded(host);
    host.readContext.mockResolvedValueOnce(context({ selection: selection([["Dan", 1000], ["Eve", 2000]]) }));
    await act(() => result.current.importSelection());
    expect(result.current.state.imported).toMatchObject({ ok: true, kind: "targets" });
    expect(result.current.state.form.target).toBe("3000");
    expect(result.current.state.form.owners).toMatch(/Dan.*Eve/s);
  });

  it("nothing to freeze: says so without a dialog; found cells open the confirmation", async () => {
    const host = fakeHost();
    const result = await seeded(host);
    await act(() => result.current.findShareable());
    expect(result.current.state.outcome).toEqual({ kind: "shareNone", scope: "workbook" });
    const found = { total: 2, pending: 0, sheets: [{ sheet: "Sheet1", count: 2, sample: ["A1", "A2"] }] };
    host.findCustomFunctionCells.mockResolvedValueOnce(found);
    await act(() => result.current.findShareable());
    expect(result.current.state.dialog).toEqual({ kind: "share", found, scope: "workbook" });
  });
});
