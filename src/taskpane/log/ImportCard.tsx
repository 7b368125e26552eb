/**
 * "Import reports": read the selection (1 round trip), preview what it adds and skips, then
 * append the rows in one call; the duplicate question and the outcome.
 */
import { Button, Subtitle2, Text } from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import { useCardStyles } from "../styles";
import { ImportPreview } from "./ImportPreview";
import { DuplicatePrompt, StatusMessage } from "./Outcome";
import { useLogStyles } from "./styles";
import type { LogModel } from "./useLog";

export function ImportCard({ log }: { log: LogModel }): JSX.Element {
  const styles = useLogStyles();
  const { card } = useCardStyles();
  const { t, state } = log;
  const { pending, preview } = state;
  return (
    <section className={card} aria-labelledby="log-import-title">
      <Subtitle2 as="h2" id="log-import-title">
        {t.importTitle}
      </Subtitle2>
      <Text size={200}>{t.importHint}</Text>
      <div className={styles.row}>
        <Button disabled={state.busy} onClick={() => void log.readSelection()}>
          {t.readSelection}
        </Button>
      </div>
      {preview && <ImportPreview log={log} preview={preview} />}
      {pending?.kind === "import" && (
        <DuplicatePrompt
          t={t}
          body={format(t.importDuplicates, { count: pending.duplicates.length })}
          onReplace={() => log.resolve("replace")}
          onAdd={() => log.resolve("add")}
          onCancel={log.cancel}
        />
      )}
      <StatusMessage status={state.status.import} />
    </section>
  );
}
