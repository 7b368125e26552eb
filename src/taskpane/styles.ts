/** Styles shared by the pane's components (tokens only, so dark mode and high contrast work). */
import { makeStyles, tokens } from "@fluentui/react-components";

/** A raised panel: the generator's action sections, the summary, each reference-card entry. */
export const useCardStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
});
