/**
 * The preview page: the in-browser workbook (grid, sheet tabs, formula bar) beside the real
 * task pane, which talks to it through the preview WorkbookHost; a "Download .xlsx" button
 * writes the last generated plan with the command line's .xlsx writer.
 */
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button, FluentProvider, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import type { WorkbookHost, WrittenSheet } from "../hosts/host";
import type { WorkbookSpec } from "../workbook/spec";
import { renderPane } from "../taskpane/mount";
import { Grid } from "./Grid";
import { downloadXlsx, specWithInputs } from "./download";
import type { PreviewWorkbook } from "../hosts/preview/workbook";

const useStyles = makeStyles({
  page: {
    display: "grid",
    gridTemplateRows: "auto minmax(0, 1fr)",
    height: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    gap: "12px",
    padding: "8px 12px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: "#217346",
    color: "#ffffff",
  },
  title: { margin: 0, fontSize: "16px", fontWeight: 600 },
  note: { color: "#ffffff", opacity: 0.9 },
  spacer: { flexGrow: 1 },
  status: { color: "#ffffff" },
  main: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 400px",
    minHeight: 0,
  },
  workbook: { minWidth: 0, minHeight: 0, display: "flex", flexDirection: "column" },
  pane: {
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    overflowY: "auto",
    minHeight: 0,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

export interface LastWrite {
  spec: WorkbookSpec;
  sheets: WrittenSheet[];
}

export interface PreviewAppProps {
  wb: PreviewWorkbook;
  host: WorkbookHost;
  /** The last plan the pane wrote; the page subscribes to changes. */
  lastWrite: () => LastWrite | null;
  onLastWrite: (listener: () => void) => () => void;
}

export function PreviewApp({ wb, host, lastWrite, onLastWrite }: PreviewAppProps): ReactNode {
  const styles = useStyles();
  const paneRef = useRef<HTMLDivElement>(null);
  const mounted = useRef(false);
  const [last, setLast] = useState<LastWrite | null>(lastWrite());
  const [status, setStatus] = useState("");

  useEffect(() => onLastWrite(() => setLast(lastWrite())), [lastWrite, onLastWrite]);

  useEffect(() => {
    // The real task pane, in its own React root, exactly as the add-in mounts it.
    if (mounted.current || !paneRef.current) return;
    mounted.current = true;
    renderPane(paneRef.current, host);
  }, [host]);

  const download = async (): Promise<void> => {
    if (!last) return;
    setStatus("Writing…");
    try {
      const spec = specWithInputs(last.spec, last.sheets, wb);
      const { bytes, chartsOmitted } = await downloadXlsx(spec, "sprint-plan.xlsx");
      setStatus(
        `sprint-plan.xlsx: ${(bytes / 1024).toFixed(0)} KB${chartsOmitted > 0 ? ` (${chartsOmitted} chart(s) are drawn only by Excel through the add-in)` : ""}`,
      );
    } catch (e) {
      setStatus(`Download failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <div className={styles.page}>
        <header className={styles.header} role="banner">
          <h1 className={styles.title}>Sales Sprint Planner · 销售冲刺规划 — preview</h1>
          <Text className={styles.note} size={200}>
            Development preview in the browser, not Excel: formulas by HyperFormula, SALES.* by the add-in&apos;s functions.js code.
          </Text>
          <span className={styles.spacer} />
          <Text className={styles.status} role="status" aria-live="polite" size={200}>
            {status}
          </Text>
          <Button appearance="secondary" disabled={!last} onClick={() => void download()} title={last ? "The last generated plan with the typed actuals" : "Generate a plan first"}>
            Download .xlsx
          </Button>
        </header>
        <div className={styles.main}>
          <section className={styles.workbook} aria-label="Workbook">
            <Grid wb={wb} />
          </section>
          {/* The pane brings its own landmarks (its <main>), as in Excel's task pane frame. */}
          <div className={styles.pane} ref={paneRef} data-testid="pane" />
        </div>
      </div>
    </FluentProvider>
  );
}
