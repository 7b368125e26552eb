/**
 * SMART_SCORE's explanation (explain = TRUE, and the pane's live feedback): the score and a
 * hint per missing criterion, in the user's language, from the one catalog (./errors.ts).
 * The judgement itself is the domain's (src/domain/smart.ts).
 */
import { format, type Locale } from "./locale";
import { MESSAGES } from "./errors";
import { ACHIEVABLE_CHANGE, SMART_CRITERIA, type SmartResult } from "../domain/smart";

const NAME_KEY = {
  specific: "smart.name.specific",
  measurable: "smart.name.measurable",
  achievable: "smart.name.achievable",
  relevant: "smart.name.relevant",
  timeBound: "smart.name.timeBound",
} as const;

const HINT_KEY = {
  specific: "smart.hint.specific",
  measurable: "smart.hint.measurable",
  relevant: "smart.hint.relevant",
  timeBound: "smart.hint.timeBound",
} as const;

function showChange(change: number): string {
  if (!Number.isFinite(change) || change > 10) return ">1000%";
  return `${Math.round(change * 100)}%`;
}

function achievableHint(result: SmartResult, locale: Locale): string {
  const c = result.change;
  if (c && c.ratio !== null && c.ratio > ACHIEVABLE_CHANGE) {
    const key = c.from === "values" ? "smart.hint.achievableValues" : "smart.hint.achievableText";
    return format(MESSAGES[key][locale], { change: showChange(c.ratio) });
  }
  return MESSAGES["smart.hint.achievableNone"][locale];
}

/** "SMART score: 4/5. Missing: Achievable (...)" in the user's language, a hint per missing criterion. */
export function explainSmart(result: SmartResult, locale: Locale): string {
  const summary = format(MESSAGES["smart.summary"][locale], { score: result.score });
  const missing: string[] = [];
  for (const c of SMART_CRITERIA) {
    if (result.met[c]) continue;
    const hint = c === "achievable" ? achievableHint(result, locale) : MESSAGES[HINT_KEY[c]][locale];
    missing.push(format(MESSAGES["smart.item"][locale], { name: MESSAGES[NAME_KEY[c]][locale], hint }));
  }
  const gap = locale === "en" ? " " : "";
  if (missing.length === 0) return summary + gap + MESSAGES["smart.allMet"][locale];
  const list = missing.join(MESSAGES["smart.separator"][locale]);
  return summary + gap + format(MESSAGES["smart.missing"][locale], { list });
}
