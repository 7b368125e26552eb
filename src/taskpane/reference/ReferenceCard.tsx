/**
 * The function reference card: for each SALES function its syntax, what it answers, its
 * arguments and two worked examples, each with an Insert button that writes the formula into the
 * selected cell through the host. Outcome (success or the error) shows in a MessageBar in the
 * user's language. No Office calls here: everything goes through `host`.
 */
import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCardStyles } from "../styles";
import type { Host } from "../../hosts/host";
import { format, type Locale, type Localized } from "../../i18n/locale";
import { UI, type UiStrings } from "../../i18n/ui";
import { FUNCTION_HELP } from "../../i18n/functionsHelp";
import { REFERENCE, formatValue, syntaxOf, type ReferenceExample, type ReferenceFunction } from "./reference";
import { OFFICE_UNAVAILABLE } from "../offlineHost";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  intro: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  fnTitle: {
    margin: 0,
  },
  label: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground1,
  },
  params: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  paramRow: {
    display: "contents",
  },
  paramName: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  paramText: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  examples: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  example: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  exampleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  result: {
    fontWeight: tokens.fontWeightSemibold,
  },
  note: {
    color: tokens.colorNeutralForeground2,
  },
  status: {
    position: "sticky",
    top: 0,
    zIndex: 1,
  },
  message: {
    minWidth: 0,
    maxWidth: "100%",
  },
  messageBody: {
    minWidth: 0,
    overflowWrap: "anywhere",
  },
});

type InsertOutcome = { kind: "success"; formula: string } | { kind: "error"; formula: string; error: unknown };

export interface ReferenceCardProps {
  host: Host;
  locale: Locale;
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

export function ReferenceCard({ host, locale }: ReferenceCardProps): JSX.Element {
  const styles = useStyles();
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

  return (
    <div className={styles.root}>
      {/* MessageBar announces itself (polite for success, assertive for errors). */}
      <div className={styles.status}>
        {outcome && (
          <MessageBar className={styles.message} intent={outcome.kind === "success" ? "success" : "error"} layout="multiline">
            <MessageBarBody className={styles.messageBody}>
              <MessageBarTitle>{outcome.kind === "success" ? t.insertedTitle : t.insertFailedTitle}</MessageBarTitle>{" "}
              {outcome.kind === "success"
                ? format(t.inserted, { formula: outcome.formula })
                : format(t.insertFailed, { formula: outcome.formula, message: describeInsertError(outcome.error, t) })}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" appearance="transparent" onClick={() => setOutcome(null)}>
                {t.dismiss}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
      </div>
      <div className={styles.intro}>
        <Body1>{t.referenceIntro}</Body1>
        <Caption1 className={styles.hint}>{t.optionalHint}</Caption1>
      </div>
      {REFERENCE.map((fn) => (
        <FunctionEntry key={fn.id} fn={fn} locale={locale} t={t} pending={pending} onInsert={(f) => void insert(f)} />
      ))}
    </div>
  );
}

interface FunctionEntryProps {
  fn: ReferenceFunction;
  locale: Locale;
  t: UiStrings;
  pending: string | null;
  onInsert: (formula: string) => void;
}

function helpText(text: Localized | undefined, locale: Locale): string {
  return text?.[locale] ?? text?.en ?? "";
}

function FunctionEntry({ fn, locale, t, pending, onInsert }: FunctionEntryProps): JSX.Element {
  const styles = useStyles();
  const { card } = useCardStyles();
  const help = FUNCTION_HELP[fn.id];
  const headingId = `fn-${fn.id}`;
  return (
    <article className={card} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.fnTitle}>
        {`SALES.${fn.id}`}
      </Subtitle2>
      <Body1>{helpText(help.description, locale)}</Body1>

      <h3 className={styles.label}>{t.syntax}</h3>
      <code className={styles.code}>{syntaxOf(fn)}</code>

      <h3 className={styles.label}>{t.parameters}</h3>
      <dl className={styles.params}>
        {fn.params.map((p) => (
          <div key={p.name} className={styles.paramRow}>
            <dt className={styles.paramName}>{p.optional ? `[${p.name}]` : p.name}</dt>
            <dd className={styles.paramText}>{helpText(help.params[p.name], locale)}</dd>
          </div>
        ))}
      </dl>

      <h3 className={styles.label}>{t.returns}</h3>
      <Body1>{helpText(help.result, locale)}</Body1>

      <h3 className={styles.label}>{t.examples}</h3>
      <ul className={styles.examples}>
        {fn.examples.map((ex, i) => (
          <ExampleItem key={i} example={ex} locale={locale} t={t} pending={pending} onInsert={onInsert} />
        ))}
      </ul>
    </article>
  );
}

interface ExampleItemProps {
  example: ReferenceExample;
  locale: Locale;
  t: UiStrings;
  pending: string | null;
  onInsert: (formula: string) => void;
}

function ExampleItem({ example, locale, t, pending, onInsert }: ExampleItemProps): JSX.Element {
  const styles = useStyles();
  const formula = example.formula[locale];
  const busy = pending === formula;
  return (
    <li className={styles.example}>
      <code className={styles.code}>{formula}</code>
      <div className={styles.exampleRow}>
        <Body1 className={styles.result}>
          {format(t.result, { value: formatValue(example.value[locale], locale) })}
        </Body1>
        <Button
          size="small"
          appearance="primary"
          aria-label={format(t.insertAria, { formula })}
          disabledFocusable={pending !== null}
          onClick={() => onInsert(formula)}
        >
          {busy ? t.inserting : t.insert}
        </Button>
      </div>
      <Caption1 className={styles.note}>{example.note[locale]}</Caption1>
    </li>
  );
}

export default ReferenceCard;
