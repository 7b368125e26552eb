/** What an import from the selection will add and skip (and why), with the button that adds the rows. */
import { Button, Text } from "@fluentui/react-components";
import { format } from "../../i18n/locale";
import { SELECTION_MAX_ROWS } from "../../hosts/host";
import { importNotes } from "./importNotes";
import type { ImportPreview as Preview } from "./state";
import { useLogStyles } from "./styles";
import type { LogModel } from "./useLog";

export function ImportPreview({ log, preview }: { log: LogModel; preview: Preview }): JSX.Element {
  const styles = useLogStyles();
  const { t, locale, state } = log;
  const count = preview.result.reports.length;
  return (
    <div role="status">
      <Text weight="semibold">{format(t.importPreview, { count, address: preview.address })}</Text>
      {preview.truncated && <div>{format(t.truncated, { max: SELECTION_MAX_ROWS })}</div>}
      <ul className={styles.list}>
        {importNotes(preview.result, t, locale).map((l) => (
          <li key={l}>{l}</li>
        ))}
      </ul>
      <Button appearance="primary" disabled={state.busy || state.pending !== null || count === 0} onClick={log.importPreview}>
        {format(t.importAdd, { count })}
      </Button>
    </div>
  );
}
