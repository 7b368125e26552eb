/**
 * The function reference card: for each SALES function its syntax, what it answers, its
 * arguments and two worked examples, each with an Insert button that writes the formula into the
 * selected cell through the host. Outcome (success or the error) shows in a MessageBar in the
 * user's language. No Office calls here: everything goes through `host`.
 *
 * Built like the pane's other tabs: the state in a hook (`useReference`), the styles in
 * ./styles.ts, a component per function (./FunctionEntry.tsx); this one composes them.
 */
import { Body1, Button, Caption1, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { REFERENCE } from "./reference";
import { FunctionEntry } from "./FunctionEntry";
import { useReferenceStyles } from "./styles";
import { useReference, type ReferenceModel, type ReferenceOptions } from "./useReference";

export type ReferenceCardProps = ReferenceOptions;

export function ReferenceCard(props: ReferenceCardProps): JSX.Element {
  const styles = useReferenceStyles();
  const reference = useReference(props);
  const { t, locale } = reference;
  return (
    <div className={styles.root}>
      <InsertOutcome reference={reference} />
      <div className={styles.intro}>
        <Body1>{t.referenceIntro}</Body1>
        <Caption1 className={styles.hint}>{t.optionalHint}</Caption1>
      </div>
      {REFERENCE.map((fn) => (
        <FunctionEntry key={fn.id} fn={fn} locale={locale} t={t} pending={reference.pending} onInsert={reference.insert} />
      ))}
    </div>
  );
}

/** The last insert's message, kept in view at the top while the card scrolls. */
function InsertOutcome({ reference }: { reference: ReferenceModel }): JSX.Element {
  const styles = useReferenceStyles();
  const { message, t } = reference;
  return (
    // MessageBar announces itself (polite for success, assertive for errors).
    <div className={styles.status}>
      {message && (
        <MessageBar className={styles.message} intent={message.intent} layout="multiline">
          <MessageBarBody className={styles.messageBody}>
            <MessageBarTitle>{message.title}</MessageBarTitle> {message.text}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={reference.dismiss}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </div>
  );
}

export default ReferenceCard;
