/**
 * The SMART feedback on the goal sentence. The checker (its keyword patterns and message
 * catalog) is loaded when a goal sentence is first typed: most sprints are planned without one.
 */
import { useEffect, useMemo, useState } from "react";
import { isSalesError } from "../../domain/errors";
import type { Locale } from "../../i18n/locale";

type SmartModule = typeof import("./smartCheck");

/** The checker module once loaded, loading it the first time `wanted` is true. */
function useSmartCheck(wanted: boolean): SmartModule | null {
  const [mod, setMod] = useState<SmartModule | null>(null);
  useEffect(() => {
    if (!wanted || mod) return;
    let live = true;
    void import(/* webpackChunkName: "smart" */ "./smartCheck").then((m) => {
      if (live) setMod(m);
    });
    return () => {
      live = false;
    };
  }, [wanted, mod]);
  return mod;
}

export interface SmartFeedback {
  /** 0–5, one point per SMART criterion. */
  score: number;
  /** What is missing, in the user's language. */
  text: string;
}

/** The goal's score and explanation; null while there is no goal or the checker is loading. */
export function useSmart(goal: string, locale: Locale): SmartFeedback | null {
  const smartCheck = useSmartCheck(goal.trim() !== "");
  return useMemo(() => {
    if (!smartCheck || goal.trim() === "") return null;
    const r = smartCheck.smartScore(goal);
    return isSalesError(r) ? null : { score: r.score, text: smartCheck.explainSmart(r, locale) };
  }, [smartCheck, goal, locale]);
}
