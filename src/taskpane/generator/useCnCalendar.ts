/**
 * Mainland China's working calendar (src/calendar/cn.ts, docs/domain.md §10) for the form, loaded
 * the first time the form means it: its module and the holiday data stay out of the pane's first
 * bundle (docs/figures.md). A module that cannot load is reported (with a retry), never hidden.
 */
import { useEffect, useState } from "react";
import type { SprintCalendarOf } from "../../domain/calendar";

/**
 * The calendar module's entry point, once loaded. Not prefetched during start (a prefetch is
 * fetched before the pane is interactive): loaded when the form means it, else by
 * ./lazy.ts warmUpAfterOpen once the pane is interactive.
 */
export const loadCnCalendar = (): Promise<SprintCalendarOf> =>
  import(/* webpackChunkName: "calendar" */ "../../calendar/cn").then((m) => m.cnSprintCalendar);

/**
 * Mainland China's calendar, loading it the first time `wanted` is true; null until it is there.
 * `onError` gets a failed load and a retry.
 */
export function useCnCalendar(wanted: boolean, onError: (error: unknown, retry: () => void) => void): SprintCalendarOf | null {
  const [cn, setCn] = useState<{ of: SprintCalendarOf } | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!wanted || cn) return;
    let live = true;
    loadCnCalendar().then(
      (of) => {
        if (live) setCn({ of });
      },
      (error: unknown) => {
        if (live) onError(error, () => setAttempt((a) => a + 1));
      },
    );
    return () => {
      live = false;
    };
    // `onError` is a fresh closure each render; the load depends only on `wanted` and the attempt.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wanted, cn, attempt]);
  return cn?.of ?? null;
}
