/**
 * The sprint summary (冲刺总览): the one-page answer to "how is the sprint going?" for the
 * person the workbook is emailed to, first in the workbook and the sheet it opens on. One A4
 * landscape page (docs/using.md "The summary for your boss"):
 * - the headline: the sprint sheet's KPIs (target, actual to date, pacing target, attainment with
 *   its colour, projected total, required daily rate) by their defined names, working days left
 *   and the last reported day;
 * - the burn-up chart (the sprint sheet's, src/workbook/sprintSheet.ts `burnUpChart`);
 * - the owners by revenue attainment from the board, the leader marked, those below the red
 *   line or due a target review flagged and counted; with many owners the top and the bottom of
 *   the ranking and how many are between (the board's hidden place column lists them in order);
 * - this week's block of the weekly review (the week of the last reported day) and the sprint
 *   sheet's warnings that are on;
 * - when the figures are from, and which sheet holds the details.
 * Before any report is logged (LastReportedDay = 0) each part shows the plan instead: the
 * plan's weekly and daily targets, deals and leads needed, owners' targets, the first week.
 *
 * It computes no figure another sheet shows: every number is a reference (a defined name, a
 * board or review cell), looked up (INDEX / MATCH / CHOOSE) or counted (COUNTIF).
 */
import { format } from "../i18n/locale";
import type { SprintPlan } from "../domain/sprint";
import { SUMMARY_TILES, SHEET_KEYS, type SummaryTile } from "../domain/vocabulary";
import type { CellSpec, CellStyle, SheetSpec } from "./spec";
import { colLetter, colNumber, colRange } from "./a1";
import { REVIEW_ROWS, SUMMARY_TILE_SPAN, SUMMARY_WIDTH, type SummaryListRow, type WorkbookLayout } from "./layout";
import { KPI_NAMES, burnUpChart } from "./sprintSheet";
import { LEADER, TEAM_HIT_CHANCE } from "./board";
import { calc, displayWidth, EMPTY, fitWidth, FMT, lineCount, lit, LOOK, moneyFormat, pctText, SheetDraft, STYLE, templateF, text, TWO_LINES } from "./kit";

/** True before any report: the summary shows the plan. */
const NO_REPORTS = "LastReportedDay=0";
const ifPlan = (plan: string, reported: string): string => (plan === reported ? plan : `IF(${NO_REPORTS},${plan},${reported})`);
const dateText = (f: string): string => `TEXT(${f},"yyyy-mm-dd")`;

const SECTION: CellStyle = { ...STYLE.title, fontSize: 12 };
const TILE_VALUE: CellStyle = { ...STYLE.kpiValue, fontSize: 14 };
const TILE_NOTE: CellStyle = { color: "#595959", hAlign: "center" };
const CENTER: CellStyle = { ...STYLE.calc, hAlign: "center" };
const SPACER_PT = 8;
const LINE_PT = 15;
const TILE_VALUE_PT = 24;

/** Column width of A–P: sixteen of them make about 730 pt, one landscape page at 100 % in Excel. */
const COLUMN_WIDTH = 8;

export function buildSummarySheet(plan: SprintPlan, L: WorkbookLayout): SheetSpec {
  const w = L.summaryWords;
  const s = L.strings;
  const U = L.summary;
  const B = L.board;
  const T = L.targets;
  const S = L.sprint;
  const R = L.run;
  const money = moneyFormat(plan.inputs.currency);
  const draft = new SheetDraft();
  const rk = w.ranking;
  const rv = R.review;
  // Every column COLUMN_WIDTH wide, but the two percentage columns (the review's, the list's)
  // wide enough for their headers and the list's last column for the leader's mark.
  const widths = Array.from({ length: SUMMARY_WIDTH }, () => COLUMN_WIDTH);
  widths[colNumber(U.reviewCol.pct) - 1] = fitWidth(COLUMN_WIDTH, rv.attainment);
  widths[colNumber(U.listCol.pct) - 1] = fitWidth(COLUMN_WIDTH, rk.pct, rk.share);
  widths[SUMMARY_WIDTH - 1] = Math.min(2 * COLUMN_WIDTH, Math.max(COLUMN_WIDTH, displayWidth(`★ ${R.board.leader}`) + 3 - COLUMN_WIDTH));
  const width = SUMMARY_WIDTH + 1; // and the hidden helper column
  const grid: CellSpec[][] = Array.from({ length: U.lastRow }, () => Array.from({ length: width }, () => EMPTY));
  /** A cell at (row, column letter); `span` columns merged, the covered cells styled alike (borders). */
  const put = (row: number, col: string, cell: CellSpec, span = 1, rows = 1): void => {
    const c = colNumber(col);
    for (let r = row; r < row + rows; r++) for (let k = c; k < c + span; k++) grid[r - 1][k - 1] = cell.style ? { style: cell.style } : EMPTY;
    grid[row - 1][c - 1] = cell;
    draft.merge(`${col}${row}:${colLetter(c + span - 1)}${row + rows - 1}`);
  };
  const board = (range: string): string => L.ref("board", range);
  const boardCol = (col: string, first = B.firstOwnerRow, last = B.lastOwnerRow): string => board(colRange(colNumber(col), first, last, true));
  const targetsCol = (col: string): string => L.ref("targets", colRange(colNumber(col), T.firstOwnerRow, T.lastOwnerRow, true));
  const reportDate = board(`$B$${B.dayDateRow}`);
  const lastDate = L.ref("sprint", `$${S.col.date}$${S.lastDayRow}`);
  const moneyText = (f: string): string => `${plan.inputs.currency ? `${lit(plan.inputs.currency)}&` : ""}TEXT(${f},"#,##0")`;

  // ---- title and period ----
  put(U.titleRow, "A", text(w.title, STYLE.title), SUMMARY_WIDTH);
  const period = templateF(w.period, { from: dateText("SprintStart"), to: dateText(lastDate), workingDays: "WorkingDays", owners: "TeamSize" });
  put(U.periodRow, "A", calc(`${period}&${ifPlan(lit(w.noReports), templateF(w.asOf, { date: dateText(reportDate) }))}`, undefined, STYLE.hint), SUMMARY_WIDTH);

  // ---- headline tiles ----
  const kpi = (key: keyof typeof KPI_NAMES): string => {
    const name = KPI_NAMES[key];
    if (!name) throw new Error(`no defined name for the KPI ${key}`);
    return name;
  };
  const flagOf = (key: "attainment"): string => L.ref("sprint", `$${S.kpiCol[key]}$${S.flagRow}`);
  const tiles: Record<SummaryTile, { label: string; value: string; fmt: string; note?: string }> = {
    target: { label: s.sprint.kpis.target, value: "SprintTarget", fmt: money },
    actualToDate: {
      label: ifPlan(lit(w.planTiles.actualToDate), lit(s.sprint.kpis.actualToDate)),
      value: ifPlan(L.ref("targets", `$${T.col.weekly}$${T.totalRow}`), kpi("actualToDate")),
      fmt: money,
    },
    pacing: { label: ifPlan(lit(w.planTiles.pacing), lit(s.sprint.kpis.pacing)), value: ifPlan(kpi("requiredDaily"), kpi("pacing")), fmt: money },
    attainment: {
      label: ifPlan(lit(w.planTiles.attainment), lit(s.sprint.kpis.attainment)),
      value: ifPlan(`TEXT(RequiredDeals,"#,##0")`, kpi("attainment")),
      fmt: FMT.pct,
      note: ifPlan('""', flagOf("attainment")),
    },
    projected: {
      label: ifPlan(lit(w.planTiles.projected), lit(s.sprint.kpis.projected)),
      value: ifPlan(`TEXT(RequiredLeads,"#,##0")`, kpi("projected")),
      fmt: money,
      // The projection says where the run rate leads; the board's chance says how sure that is.
      note: ifPlan('""', `IF(ISNUMBER(${TEAM_HIT_CHANCE}),${pctText(w.tileNotes.chance, TEAM_HIT_CHANCE)},"")`),
    },
    requiredDaily: {
      label: ifPlan(lit(w.planTiles.requiredDaily), lit(s.sprint.kpis.requiredDaily)),
      value: ifPlan(`TEXT(TeamSize,"0")`, kpi("requiredDaily")),
      fmt: money,
    },
    daysLeft: {
      label: ifPlan(lit(w.planTiles.daysLeft), lit(w.tiles.daysLeft)),
      value: "WorkingDays-WorkingDaysElapsed",
      fmt: FMT.count,
      note: ifPlan('""', templateF(w.tileNotes.daysOf, { n: "WorkingDays" })),
    },
    lastDay: {
      label: ifPlan(lit(w.planTiles.lastDay), lit(w.tiles.lastDay)),
      value: ifPlan("SprintStart", reportDate),
      fmt: FMT.date,
      note: ifPlan(templateF(w.tileNotes.until, { date: dateText(lastDate) }), templateF(w.tileNotes.dayOf, { day: "LastReportedDay", days: "SprintDays" })),
    },
  };
  /** Both faces of a tile's label (plan, progress), for the label row's height. */
  const tileLabels = (key: SummaryTile): string[] => (key === "target" ? [s.sprint.kpis.target] : [w.planTiles[key], key === "daysLeft" || key === "lastDay" ? w.tiles[key] : s.sprint.kpis[key]]);
  for (const key of SUMMARY_TILES) {
    const t = tiles[key];
    const col = U.tileCol[key];
    put(U.tileLabelRow, col, t.label.startsWith("IF(") ? calc(t.label, undefined, STYLE.kpiLabel) : text(t.label, STYLE.kpiLabel), SUMMARY_TILE_SPAN);
    put(U.tileValueRow, col, calc(t.value, t.fmt, TILE_VALUE), SUMMARY_TILE_SPAN);
    put(U.tileNoteRow, col, t.note ? calc(t.note, undefined, TILE_NOTE) : { style: TILE_NOTE }, SUMMARY_TILE_SPAN);
  }
  const proj = U.tileCol.projected;
  draft.highlight(`${proj}${U.tileNoteRow}`, `AND(ISNUMBER(${TEAM_HIT_CHANCE}),${TEAM_HIT_CHANCE}<ChanceWarn)`, LOOK.red);
  const att = U.tileCol.attainment;
  draft.attainment(`${att}${U.tileValueRow}:${colLetter(colNumber(att) + SUMMARY_TILE_SPAN - 1)}${U.tileNoteRow}`, `$${att}$${U.tileValueRow}`);

  // ---- burn-up chart ----
  draft.chart(burnUpChart(L, U.chartAnchor));

  // ---- owners: ranked by revenue attainment (the plan: their targets) ----
  const c = U.listCol;
  const label = (plan: string, reported: string, style: CellStyle): CellSpec =>
    plan === reported ? text(plan, style) : calc(ifPlan(lit(plan), lit(reported)), undefined, style);
  put(U.listTitleRow, c.rank, label(rk.planTitle, rk.title, SECTION), SUMMARY_WIDTH / 2);
  put(U.listHeaderRow, c.rank, label(rk.index, rk.rank, STYLE.header));
  put(U.listHeaderRow, c.owner, label(rk.owner, rk.owner, STYLE.header), 2);
  put(U.listHeaderRow, c.revenue, label(rk.target, rk.revenue, STYLE.header), 2);
  put(U.listHeaderRow, c.pct, label(rk.share, rk.pct, STYLE.header));
  put(U.listHeaderRow, c.note, label(rk.weekly, rk.note, STYLE.header), 2);

  const n = plan.owners.length;
  const order = boardCol(B.orderCol);
  const ranked = `COUNT(${order})`;
  const rankRange = boardCol(B.rankCol);
  const revenuePct = boardCol(B.toDateCol("revenue", "pct"));
  const adjust = boardCol(B.adjustCol, B.firstWeekOwnerRow, B.lastWeekOwnerRow);
  const shown = U.listRows.filter((x) => x.kind !== "more").length;
  const fromTop = U.listRows.filter((x) => x.kind === "top").length;
  /** The board's position of a list row's owner (the plan: the target table's order). */
  const index = (x: Exclude<SummaryListRow, { kind: "more" }>): string => {
    // The places run 1, 2, 3 … up to the number of ranked owners, without gaps.
    if (x.kind === "top") return ifPlan(String(x.k), `IF(${x.k}<=${ranked},MATCH(${x.k},${order},0),"")`);
    const place = `${ranked}-${x.k - 1}`;
    // Never one of the top rows again when fewer owners than the list holds have an attainment.
    return ifPlan(String(n - x.k + 1), `IF(${place}>${fromTop},MATCH(${place},${order},0),"")`);
  };
  const star = `"★ "&${lit(R.board.leader)}`;
  const sep = lit(s.listSeparator);
  U.listRows.forEach((x, i) => {
    const r = U.firstListRow + i;
    if (x.kind === "more") {
      const more = templateF(rk.more, { n: `(${ranked}-${shown})`, sheet: lit(L.sheetNames.board) });
      const planMore = format(rk.more, { n: n - shown, sheet: L.sheetNames.targets });
      put(r, c.rank, calc(ifPlan(lit(planMore), `IF(${ranked}>${shown},${more},"")`), undefined, { ...STYLE.hint, hAlign: "center" }), SUMMARY_WIDTH / 2);
      return;
    }
    const q = `$${U.helperCol}${r}`;
    const at = (range: string): string => `INDEX(${range},${q})`;
    const guard = (f: string): string => `IF(${q}="","",${f})`;
    grid[r - 1][colNumber(U.helperCol) - 1] = calc(index(x), FMT.count);
    const pct = `${c.pct}${r}`;
    const lead = `IF(${at(rankRange)}=1,${star},IF(AND(ISNUMBER(${pct}),${pct}<ThresholdRed),${lit(rk.belowRed)},""))`;
    const note = `${lead}&IF(${at(adjust)}<>"",IF(${lead}<>"",${sep},"")&${lit(R.board.adjustYes)},"")`;
    put(r, c.rank, calc(guard(ifPlan(q, at(rankRange))), FMT.count, CENTER));
    put(r, c.owner, calc(guard(at(boardCol("A")))), 2);
    put(r, c.revenue, calc(guard(ifPlan(at(targetsCol(T.col.target)), at(boardCol(B.toDateCol("revenue", "actual"))))), money), 2);
    put(r, c.pct, calc(guard(ifPlan(`IF(N(SprintTarget)>0,${at(targetsCol(T.col.target))}/SprintTarget,"")`, at(revenuePct))), FMT.pct));
    put(r, c.note, calc(guard(ifPlan(moneyText(at(targetsCol(T.col.weekly))), note))), 2);
  });
  if (U.listRows.length > 0) {
    const last = U.firstListRow + U.listRows.length - 1;
    draft.attainment(`${c.pct}${U.firstListRow}:${c.pct}${last}`, `${c.pct}${U.firstListRow}`, "LastReportedDay>0");
    draft.highlight(`${c.rank}${U.firstListRow}:${U.lastCol}${last}`, `AND(LastReportedDay>0,$${c.rank}${U.firstListRow}=1)`, LEADER);
  }
  // Who needs attention: below the red line, due a target review (counts, each said only when not 0).
  const red = `COUNTIF(${revenuePct},"<"&ThresholdRed)`;
  const due = `COUNTIF(${adjust},${lit(R.board.adjustYes)})`;
  const redPct = `TEXT(ThresholdRed,"0%")`;
  const parts = `IF(${red}>0,${templateF(rk.belowRedCount, { n: red, pct: redPct })},"")&IF(AND(${red}>0,${due}>0),${sep},"")&IF(${due}>0,${templateF(rk.dueCount, { n: due })},"")`;
  const attention = templateF(rk.attention, { who: parts, sheet: lit(L.sheetNames.board) });
  put(
    U.attentionRow,
    c.rank,
    calc(ifPlan('""', `IF(${red}+${due}>0,${attention},${templateF(rk.noAttention, { pct: redPct })})`), undefined, { bold: true, color: "#C00000", wrap: true }),
    SUMMARY_WIDTH / 2,
    2,
  );

  // ---- this week's review (the plan: the first week) ----
  const week = `$${U.helperCol}$${U.reviewTitleRow}`;
  grid[U.reviewTitleRow - 1][colNumber(U.helperCol) - 1] = calc(`IF(${NO_REPORTS},1,INDEX(${L.ref("sprint", S.days("week"))},LastReportedDay))`, FMT.count);
  /** The review cell at (column, offset) of the current week's block. */
  const review = (col: string, offset: number): string =>
    `CHOOSE(${week},${plan.weeks.map((wk) => L.ref("review", `$${col}$${L.review.blockRow(wk.week) + offset}`)).join(",")})`;
  const weekParts = { week: review("A", REVIEW_ROWS.title), from: dateText(review("B", REVIEW_ROWS.title)), to: dateText(review("D", REVIEW_ROWS.title)) };
  put(U.reviewTitleRow, "A", calc(ifPlan(templateF(w.review.planTitle, weekParts), templateF(w.review.title, weekParts)), undefined, SECTION), SUMMARY_WIDTH / 2);
  const rc = U.reviewCol;
  put(U.reviewHeaderRow, rc.item, text(rv.item, STYLE.header), 3);
  put(U.reviewHeaderRow, rc.planned, text(rv.planned, STYLE.header), 2);
  put(U.reviewHeaderRow, rc.actual, text(rv.actual, STYLE.header), 2);
  put(U.reviewHeaderRow, rc.pct, text(rv.attainment, STYLE.header));
  for (const [key, offset, fmt] of [
    ["revenue", REVIEW_ROWS.revenue, money],
    ["deals", REVIEW_ROWS.deals, FMT.count],
  ] as const) {
    const r = U.reviewRow[key];
    put(r, rc.item, text(rv[key]), 3);
    put(r, rc.planned, calc(review("B", offset), fmt), 2);
    put(r, rc.actual, calc(review("C", offset), fmt), 2);
    put(r, rc.pct, calc(review("D", offset), FMT.pct));
  }
  for (const [key, offset, name] of [
    ["best", REVIEW_ROWS.best, rv.bestOwner],
    ["weakest", REVIEW_ROWS.weakest, rv.weakestStage],
  ] as const) {
    const r = U.reviewRow[key];
    put(r, rc.item, text(name, { ...STYLE.label, bold: true }), 3);
    put(r, rc.planned, calc(review("B", offset)), 4);
    put(r, rc.pct, calc(review("C", offset), FMT.pct));
  }
  draft.attainment(`${rc.pct}${U.reviewRow.revenue}:${rc.pct}${U.reviewRow.deals}`, `${rc.pct}${U.reviewRow.revenue}`);

  // ---- warnings that are on (the sprint sheet's flags), one a row, the first saying when none is ----
  put(U.warningsTitleRow, "I", text(w.warnings.title, SECTION), SUMMARY_WIDTH / 2);
  const [f1, f2, f3] = (["coverage", "newOpps", "activity"] as const).map((k) => L.ref("sprint", `$${S.kpiCol[k]}$${S.flagRow}`));
  const on = (f: string): string => `${f}<>""`;
  const warnings = [
    `IF(${on(f1)},${f1},IF(${on(f2)},${f2},IF(${on(f3)},${f3},${lit(w.warnings.none)})))`,
    `IF(${on(f1)},IF(${on(f2)},${f2},${f3}),IF(${on(f2)},${f3},""))`,
    `IF(AND(${on(f1)},${on(f2)}),${f3},"")`,
  ];
  U.warningRows.forEach((r, i) => put(r, "I", calc(warnings[i], undefined, { bold: true }), SUMMARY_WIDTH / 2));
  const [firstWarning] = U.warningRows;
  const lastWarning = U.warningRows[U.warningRows.length - 1];
  draft.highlight(`I${firstWarning}:${U.lastCol}${lastWarning}`, `AND($I${firstWarning}<>"",$I${firstWarning}<>${lit(w.warnings.none)})`, LOOK.yellow);

  // ---- when and where ----
  const others = SHEET_KEYS.filter((k) => k !== "summary").map((k) => L.sheetNames[k]);
  put(U.detailsRow, "A", text(format(w.details, { sheets: others.join(w.listSeparator) }), STYLE.hint), SUMMARY_WIDTH);

  draft.block("A1", grid);
  // The tiles' labels (either face) in as many lines as the longest needs.
  const tileWidth = (key: SummaryTile): number => widths.slice(colNumber(U.tileCol[key]) - 1, colNumber(U.tileCol[key]) - 1 + SUMMARY_TILE_SPAN).reduce((a, b) => a + b, 0);
  const labelLines = Math.max(
    2,
    ...SUMMARY_TILES.map((key) => Math.max(...tileLabels(key).map((t) => lineCount(t, tileWidth(key))))),
  );
  draft
    .rowHeight(LINE_PT * labelLines, U.tileLabelRow)
    .rowHeight(TWO_LINES, U.listHeaderRow, U.reviewHeaderRow)
    .rowHeight(TILE_VALUE_PT, U.titleRow, U.tileValueRow)
    .rowHeight(SPACER_PT, U.tileNoteRow + 1, U.attentionRow + 2, U.detailsRow - 1);
  return draft.build({
    key: "summary",
    name: L.sheetNames.summary,
    tabColor: "#1F3864",
    columns: [...widths.map((width) => ({ width })), { width: 6, hidden: true }],
    // The whole summary on one landscape page (checked to print at 8 pt or more).
    print: { orientation: "landscape", fitTo: { wide: 1, tall: 1 } },
  });
}
