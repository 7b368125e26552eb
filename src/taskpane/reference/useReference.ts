/**
 * The reference card's state and behaviour, without any markup (Fluent UI v9's hook / styles /
 * render split): which example's formula is being inserted, and the outcome of the last insert
 * put into words in the user's language. The insert goes through the host (no Office call here).
 */
import { useState } from "react";
import type { Host } from "../../hosts/host";
import { format, type Locale } from "../../i18n/locale";
import { UI, type UiStrings } from "../../i18n/ui";
import { OFFICE_UNAVAILABLE } from "../offlineHost";

export interface ReferenceOptions {
  host: Host;
  locale: Locale;
}

type InsertOutcome = { kind: "success"; formula: string } | { kind: "error"; formula: string; error: unknown };

/** The last insert's message bar: its intent, title and sentence. */
export interface InsertMessage {
  intent: "success" | "error";
  title: string;
  text: string;
}

export interface ReferenceModel {
  t: UiStrings;
  locale: Locale;
  /** The formula being inserted, or null. */
  pending: string | null;
  /** What the last insert did; null before the first or once dismissed. */
  message: InsertMessage | null;
  insert: (formula: string) => void;
  dismiss: () => void;
}

/** The host's error, in the user's language where we know the case; otherwise the host's own message. */
export function describeInsertError(error: unknown, t: UiStrings): string {
  const code = typeof error === "object" && error !== null && "code" in error ? String((error as { code: unknown }).code) : "";
  if (code === OFFICE_UNAVAILABLE) return t.officeUnavailable;
  if (code === "InvalidOperationInCellEditMode") return t.cellEditMode;
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return code || String(error);
}

function insertMessage(outcome: InsertOutcome, t: UiStrings): InsertMessage {
  return outcome.kind === "success"
    ? { intent: "success", title: t.insertedTitle, text: format(t.inserted, { formula: outcome.formula }) }
    : { intent: "error", title: t.insertFailedTitle, text: format(t.insertFailed, { formula: outcome.formula, message: describeInsertError(outcome.error, t) }) };
}

export function useReference({ host, locale }: ReferenceOptions): ReferenceModel {
  const t = UI[locale];
  const [outcome, setOutcome] = useState<InsertOutcome | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  const insert = async (formula: string): Promise<void> => {
    setPending(formula);
    setOutcome(null);
    try {
      await host.insertFormula(formula);
      setOutcome({ kind: "success", formula });
    } catch (error) {
      setOutcome({ kind: "error", formula, error });
    } finally {
      setPending(null);
    }
  };

  return {
    t,
    locale,
    pending,
    message: outcome && insertMessage(outcome, t),
    insert: (formula) => void insert(formula),
    dismiss: () => setOutcome(null),
  };
}
