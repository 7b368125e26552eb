/** The reference card's styles (tokens only, so dark mode and high contrast work); each entry is the pane's card (../styles.ts). */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useReferenceStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
  },
  intro: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  hint: {
    color: tokens.colorNeutralForeground3,
  },
  fnTitle: {
    margin: 0,
  },
  label: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground3,
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground1,
  },
  params: {
    margin: 0,
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  paramRow: {
    display: "contents",
  },
  paramName: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  paramText: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  examples: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  example: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  exampleRow: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  result: {
    fontWeight: tokens.fontWeightSemibold,
  },
  note: {
    color: tokens.colorNeutralForeground2,
  },
  status: {
    position: "sticky",
    top: 0,
    zIndex: 1,
  },
  message: {
    minWidth: 0,
    maxWidth: "100%",
  },
  messageBody: {
    minWidth: 0,
    overflowWrap: "anywhere",
  },
});
