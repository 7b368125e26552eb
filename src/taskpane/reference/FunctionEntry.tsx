/** One function of the reference card: its syntax, what it answers, its arguments, and two worked examples with Insert. */
import { Body1, Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { format, type Locale, type Localized } from "../../i18n/locale";
import type { UiStrings } from "../../i18n/ui";
import { FUNCTION_HELP } from "../../i18n/functionsHelp";
import { useCardStyles } from "../styles";
import { formatValue, syntaxOf, type ReferenceExample, type ReferenceFunction } from "./reference";
import { useReferenceStyles } from "./styles";

export interface FunctionEntryProps {
  fn: ReferenceFunction;
  locale: Locale;
  t: UiStrings;
  /** The formula being inserted (every Insert waits), or null. */
  pending: string | null;
  onInsert: (formula: string) => void;
}

function helpText(text: Localized | undefined, locale: Locale): string {
  return text?.[locale] ?? text?.en ?? "";
}

export function FunctionEntry({ fn, locale, t, pending, onInsert }: FunctionEntryProps): JSX.Element {
  const styles = useReferenceStyles();
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

type ExampleItemProps = Omit<FunctionEntryProps, "fn"> & { example: ReferenceExample };

/** A worked example: the formula, what Excel shows, one line of explanation, and Insert. */
function ExampleItem({ example, locale, t, pending, onInsert }: ExampleItemProps): JSX.Element {
  const styles = useReferenceStyles();
  const formula = example.formula[locale];
  return (
    <li className={styles.example}>
      <code className={styles.code}>{formula}</code>
      <div className={styles.exampleRow}>
        <Body1 className={styles.result}>{format(t.result, { value: formatValue(example.value[locale], locale) })}</Body1>
        <Button
          size="small"
          appearance="primary"
          aria-label={format(t.insertAria, { formula })}
          disabledFocusable={pending !== null}
          onClick={() => onInsert(formula)}
        >
          {pending === formula ? t.inserting : t.insert}
        </Button>
      </div>
      <Caption1 className={styles.note}>{example.note[locale]}</Caption1>
    </li>
  );
}
