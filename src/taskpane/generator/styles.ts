/**
 * The generator tab's styles (tokens only, so dark mode and high contrast work): the form and
 * its message bars, the live summary. The raised card is the pane's (../styles.ts); the
 * confirmations' styles load with them (./Dialogs.styles.ts).
 */
import { makeStyles, tokens } from "@fluentui/react-components";

/** The generator tab's layout: the form's sections, fields and message bars. */
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

/** The live summary (./Summary.tsx): facts as a definition list, owners and weeks as tables. */
export const useSummaryStyles = makeStyles({
  heading: { margin: 0 },
  facts: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "fit-content(60%) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  term: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase300 },
  value: {
    margin: 0,
    textAlign: "end",
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
    fontSize: tokens.fontSizeBase300,
  },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    fontVariantNumeric: "tabular-nums",
  },
  caption: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase300,
    paddingBottom: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground1,
  },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  },
  td: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    overflowWrap: "anywhere",
  },
  num: { textAlign: "end", whiteSpace: "nowrap" },
  nowrap: { whiteSpace: "nowrap" },
  muted: { color: tokens.colorNeutralForeground3 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});
