/**
 * The form's team section: the owners (one per line or comma-separated, `:n` a weight), the
 * button that takes them from the selected cells, and what that import found.
 */
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, Textarea } from "@fluentui/react-components";
import { useGeneratorStyles } from "./styles";
import type { Locale } from "../../i18n/locale";
import type { UiStrings } from "../../i18n/ui";
import { describeImport } from "./importSelection";
import { describeError } from "../hostErrors";
import type { Imported } from "./state";
import type { GeneratorModel } from "./useGenerator";

export function OwnersSection({ gen }: { gen: GeneratorModel }): JSX.Element {
  const styles = useGeneratorStyles();
  const { t, state, dispatch } = gen;
  const error = gen.shown("owners");
  return (
    <fieldset className={styles.section}>
      <legend className={styles.sectionTitle}>
        <Subtitle2>{t.sectionOwners}</Subtitle2>
      </legend>
      <Field label={t.fieldOwners} hint={t.hintOwners} required validationState={error ? "error" : "none"} validationMessage={error}>
        <Textarea
          resize="vertical"
          rows={3}
          value={state.form.owners}
          onChange={(_, d) => gen.update({ owners: d.value }, "owners")}
          onBlur={() => dispatch({ type: "touch", field: "owners" })}
        />
      </Field>
      <div className={styles.ownersActions}>
        <Button aria-label={t.importSelectionAria} disabledFocusable={state.busy !== null} onClick={() => void gen.importSelection()}>
          {state.busy?.kind === "import" ? t.importing : t.importSelection}
        </Button>
      </div>
      {state.imported && (
        <ImportMessage imported={state.imported} t={t} locale={gen.locale} onDismiss={() => dispatch({ type: "imported", imported: null })} />
      )}
    </fieldset>
  );
}

interface ImportMessageProps {
  imported: Imported;
  t: UiStrings;
  locale: Locale;
  onDismiss: () => void;
}

/** What the import found (owners, targets), why it found nothing, or the host's error. */
function ImportMessage({ imported, t, locale, onDismiss }: ImportMessageProps): JSX.Element {
  const styles = useGeneratorStyles();
  let intent: "success" | "warning" | "error" = "success";
  let title = t.importedTitle;
  let body: string;
  if (imported.ok) body = describeImport(imported, t, locale);
  else if ("error" in imported) {
    intent = "error";
    title = t.importFailedTitle;
    const view = describeError(imported.error, t, locale);
    body = view.advice ? `${view.message} ${view.advice}` : view.message;
  } else {
    intent = "warning";
    title = t.importFailedTitle;
    body = imported.reason === "noSelection" ? t.importNoSelection : t.importNoNames;
  }
  return (
    <MessageBar className={styles.message} intent={intent} layout="multiline">
      <MessageBarBody className={styles.messageBody}>
        <MessageBarTitle>{title}</MessageBarTitle> {body}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" appearance="transparent" onClick={onDismiss}>
          {t.dismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
