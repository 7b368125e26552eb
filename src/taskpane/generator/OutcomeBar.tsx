/**
 * The end of the last action, as a message bar: what was written (with a link per sheet), the
 * re-plan's new daily rate, what this Excel lacks, how many cells were frozen, or the error with
 * the reason and what to do (and "create a copy instead" where that is the way out).
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useGeneratorStyles } from "./styles";
import { format, type Locale } from "../../i18n/locale";
import type { UiStrings } from "../../i18n/ui";
import { describeError } from "../hostErrors";
import { joinList, joinSentences } from "../format";
import type { Outcome } from "./state";

export interface OutcomeBarProps {
  outcome: Outcome | null;
  t: UiStrings;
  locale: Locale;
  busy: boolean;
  onOpen: (sheet: string) => void;
  onDismiss: () => void;
}

type Intent = "success" | "warning" | "error" | "info";

export function OutcomeBar({ outcome, t, locale, busy, onOpen, onDismiss }: OutcomeBarProps): JSX.Element | null {
  const styles = useGeneratorStyles();
  if (!outcome) return null;
  const bar = (intent: Intent, title: string, body: JSX.Element | string, extra?: JSX.Element): JSX.Element => (
    <MessageBar className={styles.message} intent={intent} layout="multiline">
      <MessageBarBody className={styles.messageBody}>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
      </MessageBarBody>
      <MessageBarActions>
        {extra}
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
  switch (outcome.kind) {
    case "needsPlan":
      return bar("warning", t.replanHeading, format(t.replanNeedsPlan, { sheet: outcome.sheet }));
    case "unsupported":
      return bar("error", t.unsupportedTitle, format(t.errUnsupported, { missing: joinList(outcome.missing, locale) }));
    case "error": {
      const view = describeError(outcome.error, t, locale);
      const retry = outcome.retry;
      return bar(
        "error",
        t.errorTitle,
        view.advice ? `${view.message} ${view.advice}` : view.message,
        retry ? (
          <Button size="small" disabledFocusable={busy} onClick={retry}>
            {t.createCopyInstead}
          </Button>
        ) : undefined,
      );
    }
    case "shareNone":
      return bar("info", t.shareNoneTitle, format(t.shareNone, { scope: outcome.scope === "workbook" ? t.scopeWorkbook : t.scopeSelection }));
    case "shared": {
      const r = outcome.result;
      const done = format(t.shareDone, { count: r.total - r.pending });
      return bar(r.pending > 0 ? "warning" : "success", t.shareTitle, r.pending > 0 ? `${done} ${format(t.sharePending, { count: r.pending })}` : done);
    }
    case "written": {
      const r = outcome.result;
      const body = (
        <>
          {joinSentences(outcome.describe(t, locale), locale)}
          <span className={styles.links}>
            <span>{t.openSheetsLabel}</span>
            {r.sheets.map((s) => (
              <Button
                key={s.key}
                size="small"
                appearance="transparent"
                aria-label={format(t.openSheetAria, { name: s.name })}
                disabledFocusable={busy}
                onClick={() => onOpen(s.name)}
              >
                {s.name}
              </Button>
            ))}
          </span>
        </>
      );
      return bar(r.warnings.length > 0 ? "warning" : "success", outcome.replan ? t.replanTitle : t.successTitle, body);
    }
  }
}
