/**
 * The daily-log tab (日报 / 日報 / Daily log; docs/using.md "Record a day / Import reports"):
 * - Record a day: owner, date (today, clamped to the sprint), the seven numbers and a note;
 *   one `appendReports` call (1 read + 1 write); the same owner and date asks whether to
 *   update the earlier row (only the fields filled in change; blank ones keep the row's
 *   numbers and note, and the pane says which changed) or add another.
 * - Import reports from the selection: reads the selection (1 round trip), shows how many
 *   rows it will add and which it skips and why, then appends them in one call.
 *
 * Built like the generator: the state and the host calls in a hook (`useLog`, its reducer in
 * ./state.ts), the styles in ./styles.ts, a small component per card; this one composes them.
 * Loaded on demand (src/taskpane/App.tsx), so none of it is in the pane's first load.
 */
import { MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { ImportCard } from "./ImportCard";
import { RecordCard } from "./RecordCard";
import { useLogStyles } from "./styles";
import { useLog, type LogOptions } from "./useLog";

export type LogTabProps = LogOptions;

export default function LogTab(props: LogTabProps): JSX.Element {
  const styles = useLogStyles();
  const log = useLog(props);
  const { setup, setupError } = log.state;
  if (setupError) {
    return (
      <MessageBar layout="multiline" intent="warning">
        <MessageBarBody>{setupError}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!setup) return <Spinner size="tiny" />;
  return (
    <div className={styles.root}>
      <RecordCard log={log} setup={setup} />
      <ImportCard log={log} />
    </div>
  );
}
