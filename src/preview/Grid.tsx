/**
 * The preview's sheet grid: a real <table> with column and row headers, the active sheet's
 * values in their number formats, styles and conditional formats in colour, merged cells,
 * charts drawn as simple SVG lines, sheet tabs, a name box and a formula bar.
 *
 * Keyboard: arrows move (Shift extends the selection), Enter or F2 or double-click edits,
 * typing starts an edit (an input method's composition too: Chinese typed straight into a
 * selected cell), Enter commits and moves down, Tab right, Escape cancels, Delete clears. The
 * formula bar edits the active cell too.
 *
 * Only what is in view is drawn (rows and columns, plus a margin): the daily log's 10,000 rows
 * are a scroll height, not 120,000 cells, and values, styles and conditional formats are
 * computed for the drawn cells only. Spacers before and after the drawn part keep the
 * scrollbars those of the whole sheet; the header row and the row numbers stay sticky.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { cellAddress, cellKey, colLetter, keyCol, keyRow, parseRange, rangeAddress, rectContains, splitSheetRef, type Rect } from "../workbook/a1";
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
    flexShrink: 0,
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
    // Basis 0: a tall sheet takes the room left, it does not squeeze the bar or the tabs.
    flexGrow: 1,
    flexBasis: 0,
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
    position: "relative",
  },
  /** The active cell's editor while no edit runs: takes keys and compositions, shows nothing. */
  sink: {
    position: "absolute",
    top: 0,
    left: 0,
    width: "100%",
    height: "100%",
    boxSizing: "border-box",
    margin: 0,
    padding: 0,
    border: "none",
    opacity: 0,
    pointerEvents: "none",
  },
  spacer: {
    padding: 0,
    border: "none",
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
    flexShrink: 0,
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

/** A row's height until it has been drawn and measured (a 20 px cell, its padding and border). */
const ROW_PX = 23;
/** The column header row's height. */
const HEADER_PX = 23;
/** The row header column's width. */
const ROW_HEADER_PX = 40;
/** Rows drawn beyond each edge of the viewport: at least this many… */
const OVERSCAN_ROWS = 10;
/** …and columns drawn beyond each edge: two viewport widths (sheets scroll sideways rarely; the sprint sheet with a re-plan beside it is drawn whole, the board at 200 owners is not). */
const OVERSCAN_WIDTHS = 2;

interface Viewport {
  top: number;
  left: number;
  height: number;
  width: number;
}

/**
 * The part of the sheet to draw (rows `first..last`, visible-column indexes `c0..c1`) and the
 * space the rest takes (spacers), so the scrollbars are those of the whole sheet.
 */
interface Window {
  first: number;
  last: number;
  c0: number;
  c1: number;
  above: number;
  below: number;
  leftPx: number;
  rightPx: number;
}

/**
 * What to draw of a sheet of `rows` rows and `widths` (visible columns' widths) in `view`
 * (scroll offsets and size of the scroller), rows measured so far in `heights`. A merged area
 * that reaches into the window pulls the window out to its top-left cell, which carries it.
 */
export function windowOf(view: Viewport, rows: number, widths: readonly number[], cols: readonly number[], heights: ReadonlyMap<number, number>, merges: readonly Rect[]): Window {
  const h = (r: number): number => heights.get(r) ?? ROW_PX;
  const pad = Math.max(OVERSCAN_ROWS * ROW_PX, view.height / 2);
  const from = Math.max(0, view.top - HEADER_PX - pad);
  const to = view.top + view.height + pad;
  let first = 1;
  let y = 0;
  while (first < rows && y + h(first) <= from) y += h(first++);
  let last = first;
  let y2 = y + h(first);
  while (last < rows && y2 < to) y2 += h(++last);

  const padX = view.width * OVERSCAN_WIDTHS;
  const fromX = Math.max(0, view.left - ROW_HEADER_PX - padX);
  const toX = view.left + view.width + padX;
  let c0 = 0;
  let x = 0;
  while (c0 < widths.length - 1 && x + widths[c0] <= fromX) x += widths[c0++];
  let c1 = c0;
  let x2 = x + (widths[c0] ?? 0);
  while (c1 < widths.length - 1 && x2 < toX) x2 += widths[++c1];

  for (const m of merges) {
    if (m.bottom < first || m.top > last) continue;
    const mLeft = cols.findIndex((c) => c >= m.left);
    const mRight = cols.length - 1 - [...cols].reverse().findIndex((c) => c <= m.right);
    if (mLeft < 0 || mRight > cols.length - 1 || mRight < c0 || mLeft > c1) continue;
    first = Math.min(first, m.top);
    c0 = Math.min(c0, mLeft);
  }
  let above = 0;
  for (let r = 1; r < first; r++) above += h(r);
  let below = 0;
  for (let r = last + 1; r <= rows; r++) below += h(r);
  let leftPx = 0;
  for (let i = 0; i < c0; i++) leftPx += widths[i];
  let rightPx = 0;
  for (let i = c1 + 1; i < widths.length; i++) rightPx += widths[i];
  return { first, last, c0, c1, above, below, leftPx, rightPx };
}

/** The scroller's offsets and size. */
function viewOf(el: HTMLElement): Viewport {
  return { top: el.scrollTop, left: el.scrollLeft, height: el.clientHeight, width: el.clientWidth };
}

function sameWindow(a: Window, b: Window): boolean {
  return a.first === b.first && a.last === b.last && a.c0 === b.c0 && a.c1 === b.c1 && a.above === b.above && a.below === b.below && a.leftPx === b.leftPx && a.rightPx === b.rightPx;
}

export interface GridProps {
  wb: PreviewWorkbook;
}

/** Is this key event part of an input method's composition (Chinese pinyin, …)? Its raw key is not what is typed. */
function composing(e: KeyboardEvent<HTMLElement>): boolean {
  return e.nativeEvent.isComposing || e.keyCode === 229 || e.key === "Process";
}

export function Grid({ wb }: GridProps): ReactNode {
  const styles = useStyles();
  const version = useSyncExternalStore(wb.subscribe, wb.getVersion);
  const sheet = wb.findSheet(wb.activeSheet) ?? wb.sheets[0];
  const sel = wb.selection.sheet === sheet.name ? wb.selection.range : { top: 1, left: 1, bottom: 1, right: 1 };
  const [anchor, setAnchor] = useState({ row: sel.top, col: sel.left });
  /** The in-cell edit: its starting text (`composed`: started by an input method, whose text is in the editor already). */
  const [editing, setEditing] = useState<{ text: string; composed?: boolean } | null>(null);
  const [bar, setBar] = useState<string | null>(null);
  /** The name box's text while a person types an address into it. */
  const [nameText, setNameText] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  /** The scroller's last offsets and size; the grid draws again only when they call for another window (see `follow`). */
  const view = useRef<Viewport>({ top: 0, left: 0, height: 800, width: 1200 });
  const [, redraw] = useState(0);
  /** Bumped when drawn rows turn out taller than assumed (wrapped text), to lay the window out again. */
  const [, setMeasured] = useState(0);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const tableRef = useRef<HTMLTableElement>(null);
  const editorRef = useRef<HTMLInputElement>(null);
  const wantFocus = useRef(false);
  /** Per sheet: measured heights of drawn rows that differ from ROW_PX, and the last scroll position. */
  const heights = useRef(new Map<string, Map<number, number>>());
  const scrolls = useRef(new Map<string, { top: number; left: number }>());
  const shown = useRef(sheet.name);
  /** Per sheet: its last selection and active cell, given back when its tab is clicked again. */
  const selections = useRef(new Map<string, { range: Rect; anchor: { row: number; col: number } }>());

  // Keep the anchor inside the selection when the host moves it (insertFormula, a new sheet).
  const active = rectContains(sel, anchor.row, anchor.col) ? anchor : { row: sel.top, col: sel.left };
  const activeContent = formulaOf(wb.findSheet(sheet.name)?.cells.get(cellKey(active.row, active.col)));
  selections.current.set(sheet.name, { range: sel, anchor: active });
  const barText = bar ?? (typeof activeContent === "boolean" ? (activeContent ? "TRUE" : "FALSE") : String(activeContent));

  const extent = useMemo(() => extentOf(sheet), [sheet, version]); // eslint-disable-line react-hooks/exhaustive-deps
  const visibleCols: number[] = [];
  for (let c = 1; c <= extent.cols; c++) if (!sheet.columns.get(c)?.hidden) visibleCols.push(c);
  const widths = visibleCols.map((c) => widthPx(sheet, c));
  let rowHeights = heights.current.get(sheet.name);
  if (!rowHeights) heights.current.set(sheet.name, (rowHeights = new Map()));
  // A sheet being switched to is drawn at its own scroll position from its first drawing (the scroller follows in the effect below).
  const at = shown.current === sheet.name ? view.current : { ...(scrolls.current.get(sheet.name) ?? { top: 0, left: 0 }), height: view.current.height, width: view.current.width };
  const win = windowOf(at, extent.rows, widths, visibleCols, rowHeights, sheet.merges);
  /** The window drawn now, and how this sheet's window follows a view: what `follow` compares. */
  const drawn = useRef(win);
  drawn.current = win;
  const windowFor = useRef((v: Viewport): Window => windowOf(v, extent.rows, widths, visibleCols, rowHeights, sheet.merges));
  windowFor.current = (v: Viewport): Window => windowOf(v, extent.rows, widths, visibleCols, rowHeights, sheet.merges);

  /** The scroller moved or resized: draws again only if that shows another part of the sheet. */
  const follow = useCallback((el: HTMLElement): void => {
    view.current = viewOf(el);
    if (!sameWindow(windowFor.current(view.current), drawn.current)) redraw((n) => n + 1);
  }, []);

  // Another sheet: its own scroll position back (the top-left for a sheet not seen yet).
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el || shown.current === sheet.name) return;
    shown.current = sheet.name;
    const to = scrolls.current.get(sheet.name) ?? { top: 0, left: 0 };
    el.scrollTop = to.top;
    el.scrollLeft = to.left;
    follow(el);
  }, [sheet.name, follow]);

  // The scroller's size, now and when the page resizes.
  useLayoutEffect(() => {
    const el = scrollerRef.current;
    if (!el) return;
    const update = (): void => follow(el);
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [follow]);

  const onScroll = (): void => {
    const el = scrollerRef.current;
    if (!el) return;
    scrolls.current.set(sheet.name, { top: el.scrollTop, left: el.scrollLeft });
    follow(el);
  };

  /** Scrolls the least that shows cell (row, col) whole, below the sticky header and right of the row numbers. */
  const scrollTo = useCallback(
    (row: number, col: number): void => {
      const el = scrollerRef.current;
      if (!el) return;
      const hs = heights.current.get(sheet.name);
      let y = HEADER_PX;
      for (let r = 1; r < row; r++) y += hs?.get(r) ?? ROW_PX;
      const h = hs?.get(row) ?? ROW_PX;
      const i = visibleCols.indexOf(col);
      let x = ROW_HEADER_PX;
      for (let k = 0; k < i; k++) x += widths[k];
      const w = i >= 0 ? widths[i] : 0;
      let top = el.scrollTop;
      let left = el.scrollLeft;
      if (y - HEADER_PX < top) top = y - HEADER_PX;
      else if (y + h > top + el.clientHeight) top = y + h - el.clientHeight;
      if (i >= 0) {
        if (x - ROW_HEADER_PX < left) left = x - ROW_HEADER_PX;
        else if (x + w > left + el.clientWidth) left = x + w - el.clientWidth;
      }
      if (top === el.scrollTop && left === el.scrollLeft) return;
      el.scrollTop = top;
      el.scrollLeft = left;
      scrolls.current.set(sheet.name, { top: el.scrollTop, left: el.scrollLeft });
      follow(el);
    },
    // widths and visibleCols follow the sheet and its version.
    [sheet.name, version], // eslint-disable-line react-hooks/exhaustive-deps
  );

  // The active cell stays in view as the keyboard, the name box or the host moves it.
  useLayoutEffect(() => scrollTo(active.row, active.col), [active.row, active.col, scrollTo]);

  // After each drawing: measure the drawn rows and move focus where asked. No dependencies on
  // purpose (every drawing); it settles because a row is re-measured only when its height changed.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const tbody = tableRef.current?.tBodies[0];
    let changed = false;
    if (tbody && rowHeights) {
      for (const tr of Array.from(tbody.rows)) {
        const r = Number(tr.dataset.row);
        if (!r) continue;
        const h = tr.getBoundingClientRect().height;
        if (Math.abs(h - (rowHeights.get(r) ?? ROW_PX)) > 0.5) {
          if (Math.abs(h - ROW_PX) > 0.5) rowHeights.set(r, h);
          else rowHeights.delete(r);
          changed = true;
        }
      }
    }
    if (changed) setMeasured((n) => n + 1);
    if (wantFocus.current && editorRef.current) {
      wantFocus.current = false;
      if (document.activeElement !== editorRef.current) editorRef.current.focus({ preventScroll: true });
    }
  });

  // An edit starting: the editor holds its text (or the input method's, left alone), caret at the end.
  useLayoutEffect(() => {
    const input = editorRef.current;
    if (!input) return;
    if (!editing) {
      input.value = "";
      return;
    }
    if (!editing.composed) {
      input.value = editing.text;
      input.setSelectionRange(input.value.length, input.value.length);
    }
    input.focus({ preventScroll: true });
  }, [editing]);

  /** Focus goes to the active cell's editor (which takes typing, and an input method's composition) once it is drawn. */
  const focusActive = useCallback(() => {
    wantFocus.current = true;
    requestAnimationFrame(() => {
      if (!wantFocus.current || !editorRef.current) return;
      wantFocus.current = false;
      editorRef.current.focus({ preventScroll: true });
    });
  }, []);

  const selectCell = (row: number, col: number, extend = false): void => {
    const r = Math.max(1, row);
    const c = Math.max(1, col);
    if (extend) {
      wb.select(sheet.name, { top: Math.min(active.row, r), left: Math.min(active.col, c), bottom: Math.max(active.row, r), right: Math.max(active.col, c) });
      scrollTo(r, c);
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
    if (editing || composing(e)) return;
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
    // Enter or Escape inside a composition picks or drops the input method's candidates, not the cell's edit.
    if (!editing || composing(e)) return;
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

  // Merged areas: the top-left cell spans (cut at the window's edges), the others are not drawn.
  const covered = new Set<number>();
  const spans = new Map<number, { rowSpan: number; colSpan: number }>();
  const drawnCols = visibleCols.slice(win.c0, win.c1 + 1);
  for (const m of sheet.merges) {
    if (m.bottom < win.first || m.top > win.last) continue;
    const colSpan = drawnCols.filter((c) => c >= m.left && c <= m.right).length;
    spans.set(cellKey(m.top, m.left), { rowSpan: Math.min(m.bottom, win.last) - m.top + 1, colSpan: Math.max(1, colSpan) });
    for (let r = Math.max(m.top, win.first); r <= Math.min(m.bottom, win.last); r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(cellKey(r, c));
  }
  const spanAll = drawnCols.length + 1 + (win.leftPx > 0 ? 1 : 0) + (win.rightPx > 0 ? 1 : 0);
  const leftSpacer = win.leftPx > 0 ? <td className={styles.spacer} aria-hidden="true" /> : null;
  const rightSpacer = win.rightPx > 0 ? <td className={styles.spacer} aria-hidden="true" /> : null;

  // The drawn cells' conditional styles, all rules at once.
  const cfStyles =
    sheet.conditionalFormats.length > 0 && drawnCols.length > 0
      ? wb.conditionalStyles(sheet.name, { top: win.first, left: drawnCols[0], bottom: win.last, right: drawnCols[drawnCols.length - 1] })
      : null;

  const rows: ReactNode[] = [];
  for (let r = win.first; r <= win.last; r++) {
    const tds: ReactNode[] = [];
    for (const c of drawnCols) {
      const k = cellKey(r, c);
      if (covered.has(k)) continue;
      const span = spans.get(k);
      const cell = sheet.cells.get(k);
      const value = wb.value(sheet.name, r, c);
      const isActive = r === active.row && c === active.col;
      const isSelected = rectContains(sel, r, c);
      const align = typeof value === "number" ? "right" : typeof value === "boolean" || isEngineError(value) ? "center" : "left";
      const cf = cfStyles?.get(k) ?? null;
      const addr = cellAddress(r, c);
      const title = isEngineError(value) ? value.message || value.error : cell?.note;
      const className = `${styles.cell}${isSelected ? ` ${styles.selected}` : ""}${isActive ? ` ${styles.active}` : ""}`;
      const isEditing = isActive && editing !== null;
      tds.push(
        <td
          key={c}
          role="gridcell"
          data-address={addr}
          className={className}
          style={cellCss(cell?.style, cf, align)}
          rowSpan={span && span.rowSpan > 1 ? span.rowSpan : undefined}
          colSpan={span && span.colSpan > 1 ? span.colSpan : undefined}
          tabIndex={isActive ? 0 : -1}
          aria-selected={isSelected}
          title={title}
          onMouseDown={(e) => {
            if (editing && isActive) return;
            // Focus stays with the editor of the cell about to be active (no text selection either).
            e.preventDefault();
            if (editing) commit(editorRef.current?.value ?? editing.text, "none");
            selectCell(r, c, e.shiftKey);
            focusActive();
          }}
          onDoubleClick={() => setEditing({ text: barText })}
        >
          {isActive ? (
            // The active cell always holds the editor, hidden until an edit starts: typed keys and
            // an input method's composition (which needs an editable element from its first key) land in it.
            <input
              ref={editorRef}
              className={isEditing ? styles.editor : styles.sink}
              aria-label={isEditing ? `Edit ${addr}` : `Type into ${addr}`}
              onKeyDown={onEditorKey}
              onCompositionStart={() => {
                if (!editing) setEditing({ text: "", composed: true });
              }}
              onBlur={(e) => {
                if (editing) commit(e.currentTarget.value, "none");
              }}
            />
          ) : null}
          {isEditing ? null : wb.display(sheet.name, r, c)}
        </td>,
      );
    }
    rows.push(
      <tr key={r} data-row={r} aria-rowindex={r + 1}>
        <th scope="row" className={styles.rowHeader}>
          {r}
        </th>
        {leftSpacer}
        {tds}
        {rightSpacer}
      </tr>,
    );
  }

  const name = rangeAddress(sel);
  const tableWidth = ROW_HEADER_PX + widths.reduce((a, b) => a + b, 0);

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <input
          className={styles.nameBox}
          aria-label="Name box"
          value={nameText ?? name}
          onChange={(e) => setNameText(e.currentTarget.value)}
          onBlur={() => setNameText(null)}
          onKeyDown={(e) => {
            if (e.key === "Escape") {
              setNameText(null);
              focusActive();
            }
            if (e.key !== "Enter") return;
            try {
              const r = parseRange(e.currentTarget.value.trim().toUpperCase());
              setNameText(null);
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
            if (composing(e)) return;
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
      <div className={styles.scroller} ref={scrollerRef} onScroll={onScroll}>
        <table
          ref={tableRef}
          role="grid"
          aria-label={sheet.name}
          aria-readonly={false}
          aria-rowcount={extent.rows + 1}
          aria-colcount={visibleCols.length + 1}
          className={styles.table}
          style={{ width: `${tableWidth}px` }}
          onKeyDown={onGridKey}
        >
          <colgroup>
            <col style={{ width: `${ROW_HEADER_PX}px` }} />
            {win.leftPx > 0 ? <col style={{ width: `${win.leftPx}px` }} /> : null}
            {drawnCols.map((c, i) => (
              <col key={c} style={{ width: `${widths[win.c0 + i]}px` }} />
            ))}
            {win.rightPx > 0 ? <col style={{ width: `${win.rightPx}px` }} /> : null}
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <td className={styles.corner} aria-hidden="true" />
              {win.leftPx > 0 ? <td className={`${styles.colHeader} ${styles.spacer}`} aria-hidden="true" /> : null}
              {drawnCols.map((c) => (
                <th key={c} scope="col" className={styles.colHeader}>
                  {colLetter(c)}
                </th>
              ))}
              {win.rightPx > 0 ? <td className={`${styles.colHeader} ${styles.spacer}`} aria-hidden="true" /> : null}
            </tr>
          </thead>
          <tbody>
            {win.above > 0 ? (
              <tr aria-hidden="true" style={{ height: `${win.above}px` }}>
                <td className={styles.spacer} colSpan={spanAll} />
              </tr>
            ) : null}
            {rows}
            {win.below > 0 ? (
              <tr aria-hidden="true" style={{ height: `${win.below}px` }}>
                <td className={styles.spacer} colSpan={spanAll} />
              </tr>
            ) : null}
          </tbody>
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
              // Each sheet comes back with its own selection (and so its place in the sheet), as in Excel.
              const back = selections.current.get(s.name);
              wb.activate(s.name);
              if (back && s.name !== sheet.name) {
                wb.select(s.name, back.range);
                setAnchor(back.anchor);
              } else setAnchor({ row: wb.selection.range.top, col: wb.selection.range.left });
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
