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

/** The generator tab's layout (Generator.tsx and its parts under ./generator). */
export const useGeneratorStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  sectionTitle: { margin: 0, padding: 0 },
  row: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalM,
    "& > *": { minWidth: 0 },
  },
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
  control: { minWidth: 0, width: "100%" },
  ownersActions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  advancedPanel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, paddingBottom: tokens.spacingVerticalM },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  fieldError: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  reason: { color: tokens.colorNeutralForeground2 },
  muted: { color: tokens.colorNeutralForeground3 },
  status: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  message: { minWidth: 0, maxWidth: "100%" },
  messageBody: { minWidth: 0, overflowWrap: "anywhere" },
  links: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
});
