/**
 * What a card of the log tab says after the user acted: the message of the last call (recorded,
 * imported, refused, failed), and the question when the log already holds the same owner and
 * day (replace, add another, cancel).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { LogUiStrings } from "../../i18n/logUi";
import type { Status } from "./state";

/** The message under a card, one line per sentence; an error is announced at once. */
export function StatusMessage({ status }: { status: Status | null }): JSX.Element | null {
  if (!status) return null;
  return (
    <MessageBar layout="multiline" intent={status.intent} role={status.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>
        {status.lines.map((l) => (
          <div key={l}>{l}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}

export interface DuplicatePromptProps {
  t: LogUiStrings;
  /** What is already there (the earlier row, or how many rows). */
  body: string;
  onReplace: () => void;
  onAdd: () => void;
  onCancel: () => void;
}

/** The log holds reports for the same owner and day: update them (the fields filled in only), add another row, or cancel. */
export function DuplicatePrompt({ t, body, onReplace, onAdd, onCancel }: DuplicatePromptProps): JSX.Element {
  return (
    <MessageBar layout="multiline" intent="warning" role="alertdialog" aria-label={t.duplicateTitle}>
      <MessageBarBody>
        <strong>{t.duplicateTitle}</strong>
        <div>{body}</div>
        <div>{t.replaceKeeps}</div>
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onReplace}>{t.replace}</Button>
        <Button onClick={onAdd}>{t.addAnother}</Button>
        <Button appearance="subtle" onClick={onCancel}>
          {t.cancel}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
