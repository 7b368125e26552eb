/**
 * The generator's parts that the first screen does not need, each loaded by one function here:
 * the host actions with the spec builders (the "writer" chunk) and the confirmation dialogs.
 * Nothing is prefetched during start: once the form is open and the browser is idle,
 * `warmUpAfterOpen` fetches what a click on Generate needs, so the pane becomes interactive
 * first and the click does not wait (the start budget and the time to interactive beside
 * Microsoft's template are measured by bench/pane.bench.ts, docs/figures.md).
 */
import type { WorkbookHost } from "../../hosts/host";
import { loadCnCalendar } from "./useCnCalendar";

export const loadActions = (): Promise<typeof import("./actions")> => import(/* webpackChunkName: "writer" */ "./actions");

export const loadDialogs = (): Promise<typeof import("./Dialogs")> => import(/* webpackChunkName: "dialogs" */ "./Dialogs");

/** Calls `work` when the browser is next idle (at the latest after `timeoutMs`); returns a cancel. */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof window !== "undefined" && typeof window.requestIdleCallback === "function") {
    const id = window.requestIdleCallback(work, { timeout: timeoutMs });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}

/**
 * After the form has opened: fetch the writer, the dialogs, mainland China's calendar (a choice
 * of the form) and whatever the host loads to write (`WorkbookHost.warmUp`), when the browser is
 * idle. A failed fetch is not an error here: the
 * click that needs the chunk loads it again and reports a failure then.
 */
export function warmUpAfterOpen(host: WorkbookHost): () => void {
  return whenIdle(() => {
    void loadActions().catch(() => undefined);
    void loadDialogs().catch(() => undefined);
    void loadCnCalendar().catch(() => undefined);
    host.warmUp?.();
  });
}
