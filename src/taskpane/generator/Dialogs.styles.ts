/**
 * The confirmations' styles (tokens only), beside ./Dialogs.tsx rather than in ./styles.ts so
 * they load with the dialogs' chunk, not in the pane's first load.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useDialogStyles = makeStyles({
  actions: { flexWrap: "wrap" },
  hint: { display: "block", color: tokens.colorNeutralForeground3, marginBottom: tokens.spacingVerticalS },
  list: { margin: 0, marginBottom: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalL },
});
