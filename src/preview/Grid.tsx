/**
 * The preview's sheet grid: a real <table> with column and row headers, the active sheet's
 * values in their number formats, styles and conditional formats in colour, merged cells,
 * charts drawn as simple SVG lines, sheet tabs, a name box and a formula bar.
 *
 * Keyboard: arrows move (Shift extends the selection), Enter or F2 or double-click edits,
 * typing starts an edit, Enter commits and moves down, Tab right, Escape cancels, Delete
 * clears. The formula bar edits the active cell too.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { cellAddress, cellKey, colLetter, keyCol, keyRow, parseRange, rangeAddress, rectContains, splitSheetRef } from "../workbook/a1";
import type { CellStyle, ChartSpec } from "../workbook/spec";
import { isEngineError } from "../hosts/preview/engine";
import { formulaOf, type PreviewSheet, type PreviewWorkbook } from "../hosts/preview/workbook";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: 0,
    flexGrow: 1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: "13px",
  },
  bar: {
    display: "flex",
    gap: "6px",
    alignItems: "center",
    padding: "6px 8px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  nameBox: {
    width: "90px",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: "13px",
    padding: "3px 6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: "3px",
  },
  fx: { fontStyle: "italic", color: tokens.colorNeutralForeground2 },
  formula: {
    flexGrow: 1,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: "13px",
    padding: "3px 6px",
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: "3px",
  },
  scroller: {
    flexGrow: 1,
    overflow: "auto",
    minHeight: 0,
    backgroundColor: "#ffffff",
  },
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    color: "#000000",
  },
  colHeader: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: "#f3f3f3",
    color: "#444444",
    fontWeight: "normal",
    border: "1px solid #d4d4d4",
    height: "20px",
    fontSize: "12px",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: "#f3f3f3",
    color: "#444444",
    fontWeight: "normal",
    border: "1px solid #d4d4d4",
    width: "40px",
    minWidth: "40px",
    fontSize: "12px",
    textAlign: "center",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
  },
  cell: {
    border: "1px solid #e1e1e1",
    padding: "1px 4px",
    height: "20px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "clip",
    cursor: "cell",
    outlineStyle: "none",
  },
  selected: {
    boxShadow: "inset 0 0 0 9999px rgba(33, 115, 70, 0.12)",
  },
  active: {
    outline: "2px solid #217346",
    outlineOffset: "-2px",
  },
  editor: {
    width: "100%",
    boxSizing: "border-box",
    border: "none",
    padding: 0,
    fontFamily: "inherit",
    fontSize: "inherit",
    outline: "none",
    backgroundColor: "#ffffff",
    color: "#000000",
  },
  tabs: {
    display: "flex",
    gap: "2px",
    padding: "4px 8px",
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: "auto",
  },
  tab: {
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomWidth: "3px",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    padding: "4px 12px",
    cursor: "pointer",
    fontSize: "13px",
    whiteSpace: "nowrap",
    fontFamily: "inherit",
  },
  tabSelected: {
    fontWeight: "bold",
    backgroundColor: "#ffffff",
    color: "#000000",
  },
  alert: {
    padding: "6px 10px",
    backgroundColor: "#fde7e9",
    color: "#a80000",
    borderBottom: "1px solid #f1bbbc",
  },
  charts: {
    display: "flex",
    flexWrap: "wrap",
    gap: "12px",
    padding: "12px",
    backgroundColor: "#ffffff",
    color: "#000000",
  },
  figure: { margin: 0, border: "1px solid #d4d4d4", padding: "8px" },
  legend: { display: "flex", gap: "12px", fontSize: "12px", marginTop: "4px" },
});

/** Excel's default column width (8.43 characters) in pixels. */
const DEFAULT_WIDTH_PX = 64;

function widthPx(sheet: PreviewSheet, col: number): number {
  const c = sheet.columns.get(col);
  return c?.points !== undefined ? Math.round(c.points / 0.75) : DEFAULT_WIDTH_PX;
}

interface Extent {
  rows: number;
  cols: number;
}

/** How much of the sheet to draw: everything with content, format or layout, plus a margin. */
function extentOf(sheet: PreviewSheet): Extent {
  let rows = 0;
  let cols = 0;
  for (const k of sheet.cells.keys()) {
    rows = Math.max(rows, keyRow(k));
    cols = Math.max(cols, keyCol(k));
  }
  for (const r of [...sheet.merges, ...sheet.conditionalFormats.map((c) => c.range)]) {
    rows = Math.max(rows, r.bottom);
    cols = Math.max(cols, r.right);
  }
  return { rows: Math.max(rows + 3, 30), cols: Math.max(cols + 2, 12) };
}

function cellCss(style: CellStyle | undefined, cf: Pick<CellStyle, "fill" | "color" | "bold"> | null, align: "left" | "right" | "center") {
  const s = { ...(style ?? {}), ...(cf ?? {}) };
  return {
    backgroundColor: s.fill,
    color: s.color,
    fontWeight: s.bold ? 700 : undefined,
    fontStyle: s.italic ? "italic" : undefined,
    fontSize: s.fontSize ? `${Math.round((s.fontSize * 4) / 3)}px` : undefined,
    textAlign: s.hAlign ?? align,
    whiteSpace: s.wrap ? ("normal" as const) : undefined,
    border: s.border ? "1px solid #bfbfbf" : undefined,
  };
}

export interface GridProps {
  wb: PreviewWorkbook;
}

export function Grid({ wb }: GridProps): ReactNode {
  const styles = useStyles();
  const version = useSyncExternalStore(wb.subscribe, wb.getVersion);
  const sheet = wb.findSheet(wb.activeSheet) ?? wb.sheets[0];
  const sel = wb.selection.sheet === sheet.name ? wb.selection.range : { top: 1, left: 1, bottom: 1, right: 1 };
  const [anchor, setAnchor] = useState({ row: sel.top, col: sel.left });
  const [editing, setEditing] = useState<{ text: string } | null>(null);
  const [bar, setBar] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const editorRef = useRef<HTMLInputElement>(null);

  // Keep the anchor inside the selection when the host moves it (insertFormula, a new sheet).
  const active = rectContains(sel, anchor.row, anchor.col) ? anchor : { row: sel.top, col: sel.left };
  const activeContent = formulaOf(wb.findSheet(sheet.name)?.cells.get(cellKey(active.row, active.col)));
  const barText = bar ?? (typeof activeContent === "boolean" ? (activeContent ? "TRUE" : "FALSE") : String(activeContent));

  // Focus the in-cell editor as soon as it exists (before the next key arrives), caret at the end.
  useLayoutEffect(() => {
    const input = editorRef.current;
    if (!editing || !input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [editing]);

  const focusActive = useCallback(() => {
    requestAnimationFrame(() => {
      const td = tableRef.current?.querySelector<HTMLElement>('td[tabindex="0"]');
      td?.focus({ preventScroll: false });
    });
  }, []);

  const selectCell = (row: number, col: number, extend = false): void => {
    const r = Math.max(1, row);
    const c = Math.max(1, col);
    if (extend) {
      wb.select(sheet.name, { top: Math.min(active.row, r), left: Math.min(active.col, c), bottom: Math.max(active.row, r), right: Math.max(active.col, c) });
      return;
    }
    setAnchor({ row: r, col: c });
    setBar(null);
    wb.select(sheet.name, { top: r, left: c, bottom: r, right: c });
  };

  const commit = (text: string, move: "down" | "right" | "none"): boolean => {
    const result = wb.enter(sheet.name, active.row, active.col, text);
    if (!result.ok) {
      setAlert(`${result.title}: ${result.message}`);
      return false;
    }
    setAlert(null);
    setEditing(null);
    setBar(null);
    if (move === "down") selectCell(active.row + 1, active.col);
    else if (move === "right") selectCell(active.row, active.col + 1);
    focusActive();
    return true;
  };

  const onGridKey = (e: KeyboardEvent<HTMLTableElement>): void => {
    if (editing) return;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const m = moves[e.key];
    if (m) {
      e.preventDefault();
      if (e.shiftKey) {
        const far = { row: sel.top === active.row ? sel.bottom : sel.top, col: sel.left === active.col ? sel.right : sel.left };
        selectCell(far.row + m[0], far.col + m[1], true);
      } else selectCell(active.row + m[0], active.col + m[1]);
      focusActive();
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      setEditing({ text: barText });
    } else if (e.key === "Tab" && !e.shiftKey && active.col < extent.cols) {
      e.preventDefault();
      selectCell(active.row, active.col + 1);
      focusActive();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      const entries = [];
      for (let row = sel.top; row <= sel.bottom; row++) for (let col = sel.left; col <= sel.right; col++) entries.push({ row, col, content: null });
      wb.setContents(sheet.name, entries);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setEditing({ text: e.key });
    }
  };

  const onEditorKey = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === "Enter") {
      e.preventDefault();
      e.stopPropagation();
      commit(e.currentTarget.value, "down");
    } else if (e.key === "Tab") {
      e.preventDefault();
      e.stopPropagation();
      commit(e.currentTarget.value, "right");
    } else if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      setEditing(null);
      setAlert(null);
      focusActive();
    }
  };

  const extent = useMemo(() => extentOf(sheet), [sheet, version]); // eslint-disable-line react-hooks/exhaustive-deps

  // Merged areas: the top-left cell spans, the others are not drawn.
  const covered = new Set<number>();
  const spans = new Map<number, { rowSpan: number; colSpan: number }>();
  for (const m of sheet.merges) {
    spans.set(cellKey(m.top, m.left), { rowSpan: m.bottom - m.top + 1, colSpan: m.right - m.left + 1 });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(cellKey(r, c));
  }
  const visibleCols: number[] = [];
  for (let c = 1; c <= extent.cols; c++) if (!sheet.columns.get(c)?.hidden) visibleCols.push(c);

  const rows: ReactNode[] = [];
  for (let r = 1; r <= extent.rows; r++) {
    const tds: ReactNode[] = [];
    for (const c of visibleCols) {
      const k = cellKey(r, c);
      if (covered.has(k)) continue;
      const span = spans.get(k);
      const cell = sheet.cells.get(k);
      const value = wb.value(sheet.name, r, c);
      const isActive = r === active.row && c === active.col;
      const isSelected = rectContains(sel, r, c);
      const align = typeof value === "number" ? "right" : typeof value === "boolean" || isEngineError(value) ? "center" : "left";
      const cf = sheet.conditionalFormats.length > 0 ? wb.conditionalStyle(sheet.name, r, c) : null;
      const addr = cellAddress(r, c);
      const title = isEngineError(value) ? value.message || value.error : cell?.note;
      const className = `${styles.cell}${isSelected ? ` ${styles.selected}` : ""}${isActive ? ` ${styles.active}` : ""}`;
      tds.push(
        <td
          key={c}
          role="gridcell"
          data-address={addr}
          className={className}
          style={cellCss(cell?.style, cf, align)}
          rowSpan={span?.rowSpan}
          colSpan={span?.colSpan}
          tabIndex={isActive ? 0 : -1}
          aria-selected={isSelected}
          title={title}
          onMouseDown={(e) => {
            if (editing && isActive) return;
            if (editing) commit(editorRef.current?.value ?? editing.text, "none");
            selectCell(r, c, e.shiftKey);
          }}
          onDoubleClick={() => setEditing({ text: barText })}
        >
          {isActive && editing ? (
            <input
              ref={editorRef}
              className={styles.editor}
              aria-label={`Edit ${addr}`}
              defaultValue={editing.text}
              onKeyDown={onEditorKey}
              onBlur={(e) => {
                if (editing) commit(e.currentTarget.value, "none");
              }}
            />
          ) : (
            wb.display(sheet.name, r, c)
          )}
        </td>,
      );
    }
    rows.push(
      <tr key={r}>
        <th scope="row" className={styles.rowHeader}>
          {r}
        </th>
        {tds}
      </tr>,
    );
  }

  const name = rangeAddress(sel);

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <input
          className={styles.nameBox}
          aria-label="Name box"
          value={name}
          onChange={() => undefined}
          onKeyDown={(e) => {
            if (e.key !== "Enter") return;
            try {
              const r = parseRange(e.currentTarget.value.trim().toUpperCase());
              setAnchor({ row: r.top, col: r.left });
              wb.select(sheet.name, r);
              focusActive();
            } catch {
              setAlert(`Not a cell reference: ${e.currentTarget.value}`);
            }
          }}
        />
        <span className={styles.fx} aria-hidden="true">
          fx
        </span>
        <input
          className={styles.formula}
          aria-label="Formula bar"
          value={barText}
          onChange={(e) => setBar(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit(e.currentTarget.value, "down");
            } else if (e.key === "Escape") {
              setBar(null);
              focusActive();
            }
          }}
        />
      </div>
      {alert ? (
        <div role="alert" className={styles.alert}>
          {alert}
        </div>
      ) : null}
      <div className={styles.scroller}>
        <table ref={tableRef} role="grid" aria-label={sheet.name} aria-readonly={false} className={styles.table} onKeyDown={onGridKey}>
          <colgroup>
            <col style={{ width: "40px" }} />
            {visibleCols.map((c) => (
              <col key={c} style={{ width: `${widthPx(sheet, c)}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className={styles.corner} aria-hidden="true" />
              {visibleCols.map((c) => (
                <th key={c} scope="col" className={styles.colHeader}>
                  {colLetter(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
        {sheet.charts.length > 0 ? (
          <div className={styles.charts}>
            {sheet.charts.map((ch) => (
              <LineChart key={ch.name} wb={wb} sheet={sheet.name} spec={ch.spec} />
            ))}
          </div>
        ) : null}
      </div>
      <div role="tablist" aria-label="Sheets" className={styles.tabs}>
        {wb.sheets.map((s) => (
          <button
            key={s.name}
            type="button"
            role="tab"
            aria-selected={s.name === sheet.name}
            className={`${styles.tab}${s.name === sheet.name ? ` ${styles.tabSelected}` : ""}`}
            style={{ borderBottomColor: s.tabColor ?? "transparent" }}
            onClick={() => {
              setEditing(null);
              setBar(null);
              setAlert(null);
              wb.activate(s.name);
              setAnchor({ row: wb.selection.range.top, col: wb.selection.range.left });
            }}
          >
            {s.name}
          </button>
        ))}
      </div>
    </div>
  );
}

const SERIES_COLOURS = ["#4472C4", "#ED7D31", "#A5A5A5", "#FFC000"];

function LineChart({ wb, sheet, spec }: { wb: PreviewWorkbook; sheet: string; spec: ChartSpec }): ReactNode {
  const styles = useStyles();
  const series = spec.series.map((s, i) => {
    const ref = splitSheetRef(s.values);
    let values: number[] = [];
    try {
      values = wb
        .values(ref.sheet ?? sheet, parseRange(ref.address))
        .flat()
        .map((v) => (typeof v === "number" ? v : NaN));
    } catch {
      values = [];
    }
    return { name: s.name, color: s.color ?? SERIES_COLOURS[i % SERIES_COLOURS.length], values };
  });
  const all = series.flatMap((s) => s.values.filter((v) => Number.isFinite(v)));
  const max = Math.max(1, ...all);
  const w = 480;
  const h = 180;
  const n = Math.max(2, ...series.map((s) => s.values.length));
  const points = (values: number[]): string =>
    values
      .map((v, i) => (Number.isFinite(v) ? `${((i / (n - 1)) * (w - 20) + 10).toFixed(1)},${(h - 10 - (v / max) * (h - 20)).toFixed(1)}` : ""))
      .filter(Boolean)
      .join(" ");
  // A "bar" chart (the funnel's required vs actual): one column per series in each category's slot.
  const bars = (values: number[], k: number, color: string): ReactNode[] => {
    const slot = (w - 20) / Math.max(1, values.length);
    const bw = slot / (series.length + 1);
    return values.map((v, i) =>
      Number.isFinite(v) ? <rect key={i} x={10 + i * slot + bw * (k + 0.5)} y={h - 10 - (v / max) * (h - 20)} width={bw} height={(v / max) * (h - 20)} fill={color} /> : null,
    );
  };
  return (
    <figure className={styles.figure}>
      <svg width={w} height={h} role="img" aria-label={spec.title}>
        <rect x={0} y={0} width={w} height={h} fill="#ffffff" stroke="#e1e1e1" />
        {series.map((s, k) =>
          spec.kind === "bar" ? (
            <g key={s.name}>{bars(s.values, k, s.color)}</g>
          ) : (
            <polyline key={s.name} points={points(s.values)} fill="none" stroke={s.color} strokeWidth={2} />
          ),
        )}
      </svg>
      <figcaption>
        <strong>{spec.title}</strong>
        <span className={styles.legend}>
          {series.map((s) => (
            <span key={s.name} style={{ color: s.color }}>
              ━ {s.name}
            </span>
          ))}
        </span>
      </figcaption>
    </figure>
  );
}
