/**
 * The form's team section: the owners (one per line or comma-separated, `:n` a weight), the
 * button that takes them from the selected cells, and what that import found.
 */
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Subtitle2, Textarea } from "@fluentui/react-components";
import { useGeneratorStyles } from "./styles";
import { format, type Locale } from "../../i18n/locale";
import type { UiStrings } from "../../i18n/ui";
import type { ImportResult } from "./importSelection";
import { formatNumber, joinSentences } from "../format";
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

/**
 * What the pane says after an import, in the user's language. Here rather than beside the import
 * (./importSelection.ts, loaded with the writer), so the pane's start does not carry the reading.
 */
function describeImport(result: Extract<ImportResult, { ok: true }>, t: UiStrings, locale: Locale): string {
  const count = result.owners.length;
  const parts = [
    format(result.kind === "targets" ? t.importedTargets : result.kind === "weights" ? t.importedWeights : t.importedNames, {
      count,
      source: result.source,
      total: formatNumber(result.total, locale),
    }),
  ];
  if (result.skippedHeader) parts.push(t.importSkippedHeader);
  if (result.merged > 0) parts.push(format(t.importMerged, { count: result.merged }));
  if (result.ignoredSecondColumn) parts.push(t.importIgnoredColumn);
  if (result.truncated) parts.push(t.importTruncated);
  return joinSentences(parts, locale);
}
