/** The daily-log tab's styles (tokens only, so dark mode and high contrast work); its cards are the pane's (../styles.ts). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useLogStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fill, minmax(96px, 1fr))", gap: tokens.spacingHorizontalS },
  /** Number inputs shrink to their grid cell (Fluent's Input has a wide minimum). */
  number: { minWidth: 0, width: "100%" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
