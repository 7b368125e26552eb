/**
 * The team board (看板, docs/using.md "Running the sprint day by day"; docs/domain.md §5.2, §5.4):
 * - to date, per owner: leads, calls, emails, demos, quotes, deals and revenue against the
 *   owner's target to date, %, 达成 / 未达成 and red / yellow / green with the workbook's
 *   thresholds; the team's total row below (the owners' sum against the plan to date); rank by
 *   revenue attainment (ties share a rank), the leader highlighted;
 * - the last reported day: each owner's figures that day against the owner's targets that
 *   day, and the team's total row;
 * - per owner and week: revenue attainment, "weekly target reached", and "adjust target?"
 *   when two consecutive full weeks are below AdjustLow or above AdjustHigh.
 * - the chance to hit (docs/chance.md "On the board"), right of the to-date table: per owner and
 *   for the team (the total row, the defined name TeamHitChance), "needs help" below ChanceWarn,
 *   the revenue needed per working day from now on and the daily average of the last five
 *   reports. An owner's reported days are the owner's rows in the daily log (a blank revenue is
 *   0); the team's are the working days with any report (the sprint sheet's daily actuals).
 * Owners are the target table's; log rows of other owners (e.g. the team) are not on it.
 *
 * Targets (src/domain/daily.ts, docs/domain.md §5.2 "Daily figures"): the total row's target is
 * the plan's, the sum of the sprint sheet's planned column through the last reported day (or
 * that day's figure); each owner's is the total split by the target table's weights with the
 * target table's telescoping, so the owners' targets add up to it exactly; the owner's target
 * on the last reported day is the owner's target to date minus the owner's share of the plan
 * through the day before. A per-rep figure typed on the Inputs sheet (DailyLeads … DailyDeals)
 * is every owner's instead: figure × working days so far, figure on a working day.
 */
import { BOARD_METRICS, type BoardMetric } from "../domain/run";
import { ACTIVITY_INPUT, type SprintPlan } from "../domain/sprint";
import { format } from "../i18n/locale";
import type { CellSpec, DefinedNameSpec, SheetSpec } from "./spec";
import { colNumber } from "./a1";
import { hitChanceFromSums } from "./chance";
import { BOARD_FIELDS, type BoardField } from "../domain/vocabulary";
import { CHANCE_FIELDS, CHANCE_SUMS, type ChanceField, type ChanceSum, type WorkbookLayout } from "./layout";
import { calc, EMPTY, fitWidth, FMT, lit, LOOK, moneyFormat, SheetDraft, STYLE, text, yesNoFormat } from "./kit";

/** The leader's look (the board's leader line and rank; the summary's list). */
export const LEADER = { fill: "#FFD966", bold: true } as const;

/** Defined name of the team's chance to hit (the board's total row; the summary shows it). */
export const TEAM_HIT_CHANCE = "TeamHitChance";

/** The board's defined names: the team's chance to hit (docs/chance.md "On the board"). */
export function boardNames(L: WorkbookLayout): DefinedNameSpec[] {
  const B = L.board;
  return [{ name: TEAM_HIT_CHANCE, ref: L.ref("board", `$${B.chanceCol("chance")}$${B.toDateTotalRow}`), comment: L.run.board.chance.team }];
}

export function buildBoardSheet(plan: SprintPlan, L: WorkbookLayout): SheetSpec {
  const s = L.strings;
  const b = L.run.board;
  const B = L.board;
  const T = L.targets;
  const S = L.sprint;
  const money = moneyFormat(plan.inputs.currency);
  const draft = new SheetDraft();
  const W = plan.weeks.length;
  /** Through the chance block's hidden sums (right of B.lastCol). */
  const width = colNumber(B.chanceCol(CHANCE_SUMS[CHANCE_SUMS.length - 1]));
  const row = (cells: Map<number, CellSpec>): CellSpec[] => Array.from({ length: width }, (_, i) => cells.get(i + 1) ?? EMPTY);
  const put = (cells: Map<number, CellSpec>, col: string, cell: CellSpec): void => void cells.set(colNumber(col), cell);
  const logRange = (key: "owner" | "date" | BoardMetric): string => L.ref("log", L.log.rows(key));
  /** Owner i's cell of the target table, on the owner's row of a section (row-relative: a column fills down). */
  const targetsCell = (key: "owner" | "target" | "actual", i: number): string => L.rowRef("targets", T.col[key], T.firstOwnerRow + i);
  const pct = (act: string, tgt: string): string => `IF(AND(ISNUMBER(${act}),N(${tgt})>0),${act}/${tgt},"")`;
  const status = (p: string): string =>
    `IF(ISNUMBER(${p}),IF(${p}>=ThresholdGreen,${lit(s.status.achieved)},${lit(s.status.notAchieved)}),"")`;
  const fmtOf = (m: BoardMetric): string => (m === "revenue" ? money : FMT.count);
  const ownerName = (i: number): CellSpec => calc(`IF(${targetsCell("owner", i)}="","",${targetsCell("owner", i)})`, undefined, STYLE.label);
  const lastDate = "IF(LastReportedDay=0,SprintStart-1,SprintStart+LastReportedDay-1)";
  const rows: { at: number; cells: CellSpec[] }[] = [];
  const add = (at: number, cells: Map<number, CellSpec>): void => void rows.push({ at, cells: row(cells) });
  const header = (label: string): CellSpec => text(label, STYLE.header);
  /** A header cell without text (covered by a merge, or over a hidden column). */
  const headerFill: CellSpec = { style: STYLE.header };

  // ---- title, hint, leader ----
  add(1, new Map([[1, text(b.title, STYLE.title)]]));
  add(2, new Map([[1, text(b.hint, { ...STYLE.hint, wrap: true })]]));
  draft.merge(`A1:${B.lastCol}1`).merge(`A2:${B.lastCol}2`).rowHeight(30, 2);
  const rankRange = `$${B.rankCol}$${B.firstOwnerRow}:$${B.rankCol}$${B.lastOwnerRow}`;
  const ownerRange = `$A$${B.firstOwnerRow}:$A$${B.lastOwnerRow}`;
  add(
    B.leaderRow,
    new Map([
      [1, text(b.leader, { ...STYLE.label, bold: true })],
      [2, calc(`IF(COUNTIF(${rankRange},1)=0,"",INDEX(${ownerRange},MATCH(1,${rankRange},0)))`, undefined, { ...STYLE.label, ...LEADER })],
    ]),
  );

  // ---- targets (src/domain/daily.ts) ----
  const sprintDays = (key: "day" | "working" | "reported" | "act.revenue" | `plan.${BoardMetric}`): string => L.ref("sprint", S.days(key));
  const weightTotal = L.ref("targets", `${T.col.weight}${T.totalRow}`);
  /** Weights of owners 0…i, the range's end row-relative (`$B$4:$B6`) so that a column of these fills down (one copy, src/hosts/write/copyDown.ts). */
  const weightsThrough = (i: number): string => `SUM(${L.ref("targets", `${T.col.weight}${T.firstOwnerRow}`)}:$${T.col.weight}${T.firstOwnerRow + i})`;
  /** Owner i's share of the team's figure x: the target table's telescoping over cumulative weights. */
  const split = (x: string, i: number): string => {
    const cum = (k: number): string => `ROUND(${x}*${weightsThrough(k)}/${weightTotal},0)`;
    return `IF(${weightTotal}>0,${i === 0 ? cum(0) : `${cum(i)}-${cum(i - 1)}`},0)`;
  };
  /** The per-rep figure the manager typed for a metric (blank: from the plan). */
  const typed = (m: BoardMetric): string | null => (m === "revenue" ? null : ACTIVITY_INPUT[m]);
  const centered = { ...STYLE.calc, hAlign: "center" } as const;
  /** A metric's four cells (actual, target, %, status) on row r; `total`: in the total row's style. */
  const metricCells = (cells: Map<number, CellSpec>, col: (m: BoardMetric, f: BoardField) => string, r: number, m: BoardMetric, actual: string, target: string, total = false): void => {
    const at = (f: BoardField): string => `${col(m, f)}${r}`;
    const style = total ? STYLE.total : STYLE.calc;
    put(cells, col(m, "actual"), calc(actual, fmtOf(m), style));
    put(cells, col(m, "target"), calc(target, fmtOf(m), style));
    put(cells, col(m, "pct"), calc(pct(at("actual"), at("target")), FMT.pct, style));
    put(cells, col(m, "status"), calc(status(at("pct")), undefined, { ...style, hAlign: "center" }));
  };
  const ownersSum = (col: string, top: number, bottom: number): string => `IF(COUNT(${col}${top}:${col}${bottom})=0,"",SUM(${col}${top}:${col}${bottom}))`;

  // ---- to date ----
  const toDateHeader = new Map<number, CellSpec>([[1, header(b.owner)]]);
  const fieldHeader = new Map<number, CellSpec>([[1, headerFill]]);
  for (const m of BOARD_METRICS) {
    const left = B.toDateCol(m, "actual");
    put(toDateHeader, left, header(b.metrics[m]));
    for (const f of BOARD_FIELDS.slice(1)) put(toDateHeader, B.toDateCol(m, f), headerFill);
    draft.merge(`${left}${B.toDateHeaderRow}:${B.toDateCol(m, "status")}${B.toDateHeaderRow}`);
    for (const f of BOARD_FIELDS) put(fieldHeader, B.toDateCol(m, f), header(b.fields[f]));
  }
  put(toDateHeader, B.rankCol, header(b.rank));
  put(fieldHeader, B.rankCol, headerFill);
  for (const hidden of [B.rankKeyCol, B.orderCol]) {
    put(toDateHeader, hidden, headerFill);
    put(fieldHeader, hidden, headerFill);
  }
  draft.merge(`A${B.toDateHeaderRow}:A${B.toDateHeaderRow + 1}`).merge(`${B.rankCol}${B.toDateHeaderRow}:${B.rankCol}${B.toDateHeaderRow + 1}`);
  add(B.toDateTitleRow, new Map([[1, text(b.toDateTitle, { ...STYLE.title, fontSize: 12 })]]));
  add(B.toDateHeaderRow, toDateHeader);
  add(B.toDateHeaderRow + 1, fieldHeader);
  /** The team's plan to date of a metric: the sprint sheet's planned column through the last reported day. */
  const teamToDate = (m: BoardMetric): string => `$${B.toDateCol(m, "target")}$${B.toDateTotalRow}`;
  plan.owners.forEach((_, i) => {
    const r = B.firstOwnerRow + i;
    const cells = new Map<number, CellSpec>([[1, ownerName(i)]]);
    const at = (m: BoardMetric, f: BoardField): string => `${B.toDateCol(m, f)}${r}`;
    for (const m of BOARD_METRICS) {
      const actual =
        m === "revenue"
          ? `IF($A${r}="","",N(${targetsCell("actual", i)}))`
          : `IF($A${r}="","",SUMIF(${logRange("owner")},"="&$A${r},${logRange(m)}))`;
      const daily = typed(m);
      const share = split(teamToDate(m), i);
      metricCells(cells, B.toDateCol, r, m, actual, daily ? `IF(ISNUMBER(${daily}),${daily}*WorkingDaysElapsed,${share})` : share);
    }
    const key = `${B.rankKeyCol}${r}`;
    const keyRange = `$${B.rankKeyCol}$${B.firstOwnerRow}:$${B.rankKeyCol}$${B.lastOwnerRow}`;
    put(cells, B.rankKeyCol, calc(`IF(ISNUMBER(${at("revenue", "pct")}),ROUND(${at("revenue", "pct")}*1000,0),"")`));
    put(cells, B.rankCol, calc(`IF(ISNUMBER(${key}),COUNTIF(${keyRange},">"&${key})+1,"")`, FMT.count, centered));
    // Place in the ranking: owners above with the same key come first.
    const rank = `${B.rankCol}${r}`;
    put(cells, B.orderCol, calc(`IF(ISNUMBER(${rank}),${rank}+COUNTIF($${B.rankKeyCol}$${B.firstOwnerRow}:${key},${key})-1,"")`, FMT.count));
    add(r, cells);
  });
  const toDateTotal = new Map<number, CellSpec>([[1, text(s.total, STYLE.total)]]);
  for (const m of BOARD_METRICS) {
    const actual = ownersSum(B.toDateCol(m, "actual"), B.firstOwnerRow, B.lastOwnerRow);
    metricCells(toDateTotal, B.toDateCol, B.toDateTotalRow, m, actual, `SUMIF(${sprintDays("day")},"<="&LastReportedDay,${sprintDays(`plan.${m}`)})`, true);
  }
  put(toDateTotal, B.rankCol, { style: STYLE.total });
  add(B.toDateTotalRow, toDateTotal);
  for (const m of BOARD_METRICS) {
    const range = `${B.toDateCol(m, "pct")}${B.firstOwnerRow}:${B.toDateCol(m, "status")}${B.toDateTotalRow}`;
    draft.attainment(range, `$${B.toDateCol(m, "pct")}${B.firstOwnerRow}`);
  }
  draft.highlight(`A${B.firstOwnerRow}:A${B.lastOwnerRow}`, `$${B.rankCol}${B.firstOwnerRow}=1`, LEADER);
  draft.highlight(`${B.rankCol}${B.firstOwnerRow}:${B.rankCol}${B.lastOwnerRow}`, `$${B.rankCol}${B.firstOwnerRow}=1`, LEADER);

  // ---- last reported day ----
  const dateCell = `$B$${B.dayDateRow}`;
  add(B.dayTitleRow, new Map([[1, text(b.dayTitle, { ...STYLE.title, fontSize: 12 })]]));
  add(
    B.dayDateRow,
    new Map([
      [1, text(b.reportDate, STYLE.label)],
      [2, calc(`IF(LastReportedDay=0,"",SprintStart+LastReportedDay-1)`, FMT.date)],
    ]),
  );
  const dayHeader = new Map<number, CellSpec>([[1, header(b.owner)]]);
  const dayFields = new Map<number, CellSpec>([[1, headerFill]]);
  for (const m of BOARD_METRICS) {
    put(dayHeader, B.dayCol(m, "actual"), header(b.metrics[m]));
    for (const f of BOARD_FIELDS.slice(1)) put(dayHeader, B.dayCol(m, f), headerFill);
    draft.merge(`${B.dayCol(m, "actual")}${B.dayHeaderRow}:${B.dayCol(m, "status")}${B.dayHeaderRow}`);
    for (const f of BOARD_FIELDS) put(dayFields, B.dayCol(m, f), header(b.fields[f]));
  }
  draft.merge(`A${B.dayHeaderRow}:A${B.dayHeaderRow + 1}`);
  add(B.dayHeaderRow, dayHeader);
  add(B.dayHeaderRow + 1, dayFields);
  /** The plan's figure on the last reported day (the total row's target). */
  const teamDay = (m: BoardMetric): string => `$${B.dayCol(m, "target")}$${B.dayTotalRow}`;
  plan.owners.forEach((_, i) => {
    const r = B.firstDayOwnerRow + i;
    const cells = new Map<number, CellSpec>([[1, ownerName(i)]]);
    for (const m of BOARD_METRICS) {
      const actual = `IF(OR($A${r}="",${dateCell}=""),"",SUMIFS(${logRange(m)},${logRange("owner")},"="&$A${r},${logRange("date")},${dateCell}))`;
      // To date minus the owner's share of the plan through the day before.
      const share = `${B.toDateCol(m, "target")}${B.firstOwnerRow + i}-(${split(`(${teamToDate(m)}-${teamDay(m)})`, i)})`;
      const daily = typed(m);
      const target = daily ? `IF(ISNUMBER(${daily}),${daily}*INDEX(${sprintDays("working")},LastReportedDay),${share})` : share;
      metricCells(cells, B.dayCol, r, m, actual, `IF(LastReportedDay=0,"",${target})`);
    }
    add(r, cells);
  });
  const dayTotal = new Map<number, CellSpec>([[1, text(s.total, STYLE.total)]]);
  for (const m of BOARD_METRICS) {
    const actual = ownersSum(B.dayCol(m, "actual"), B.firstDayOwnerRow, B.dayTotalRow - 1);
    metricCells(dayTotal, B.dayCol, B.dayTotalRow, m, actual, `IF(LastReportedDay=0,"",INDEX(${sprintDays(`plan.${m}`)},LastReportedDay))`, true);
  }
  add(B.dayTotalRow, dayTotal);
  for (const m of BOARD_METRICS) {
    const range = `${B.dayCol(m, "pct")}${B.firstDayOwnerRow}:${B.dayCol(m, "status")}${B.dayTotalRow}`;
    draft.attainment(range, `$${B.dayCol(m, "pct")}${B.firstDayOwnerRow}`);
  }

  // ---- weeks ----
  const weekRef = (key: "from" | "to" | "workingDays", w: number): string => L.ref("sprint", `${S.weekCol[key]}${S.firstWeekRow + w - 1}`);
  add(B.weekTitleRow, new Map([[1, text(b.weekTitle, { ...STYLE.title, fontSize: 12 })]]));
  const weekHeader = new Map<number, CellSpec>([[1, header(b.owner)]]);
  const weekFields = new Map<number, CellSpec>([[1, headerFill]]);
  const fullRow = new Map<number, CellSpec>([[1, text(b.weekFull, STYLE.label)]]);
  const targetRow = new Map<number, CellSpec>([[1, text(L.run.weeklyTarget.row, STYLE.label)]]);
  for (let w = 1; w <= W; w++) {
    put(weekHeader, B.weekPctCol(w), header(format(b.week, { n: w })));
    put(weekHeader, B.weekReachedCol(w), headerFill);
    draft.merge(`${B.weekPctCol(w)}${B.weekHeaderRow}:${B.weekReachedCol(w)}${B.weekHeaderRow}`);
    put(weekFields, B.weekPctCol(w), header(b.fields.pct));
    put(weekFields, B.weekReachedCol(w), header(b.reached));
    put(
      fullRow,
      B.weekPctCol(w),
      calc(`IF(AND(${weekRef("to", w)}-${weekRef("from", w)}=6,${weekRef("to", w)}<=${lastDate}),1,0)`, yesNoFormat(s), {
        ...STYLE.calc,
        hAlign: "center",
      }),
    );
    put(fullRow, B.weekReachedCol(w), { style: STYLE.calc });
    // The week's own share of the target (the sprint sheet's weekly plan; docs/domain.md §6).
    put(targetRow, B.weekPctCol(w), calc(L.ref("sprint", `${S.weekCol.plan}${S.firstWeekRow + w - 1}`), money));
    put(targetRow, B.weekReachedCol(w), { style: STYLE.calc });
    draft.merge(`${B.weekPctCol(w)}${B.weekTargetRow}:${B.weekReachedCol(w)}${B.weekTargetRow}`);
  }
  put(targetRow, B.adjustCol, { style: STYLE.calc });
  put(weekHeader, B.adjustCol, header(b.adjust));
  put(weekFields, B.adjustCol, headerFill);
  put(fullRow, B.adjustCol, { style: STYLE.calc });
  draft.merge(`A${B.weekHeaderRow}:A${B.weekHeaderRow + 1}`).merge(`${B.adjustCol}${B.weekHeaderRow}:${B.adjustCol}${B.weekHeaderRow + 1}`);
  add(B.weekHeaderRow, weekHeader);
  add(B.weekHeaderRow + 1, weekFields);
  add(B.weekTargetRow, targetRow);
  add(B.fullWeekRow, fullRow);
  plan.owners.forEach((_, i) => {
    const r = B.firstWeekOwnerRow + i;
    const cells = new Map<number, CellSpec>([[1, ownerName(i)]]);
    const p = (w: number): string => `${B.weekPctCol(w)}${r}`;
    const full = (w: number): string => `${B.weekPctCol(w)}$${B.fullWeekRow}`;
    for (let w = 1; w <= W; w++) {
      const actual = `SUMIFS(${logRange("revenue")},${logRange("owner")},"="&$A${r},${logRange("date")},">="&${weekRef("from", w)},${logRange("date")},"<="&${weekRef("to", w)})`;
      const target = `(${targetsCell("target", i)}*${weekRef("workingDays", w)}/WorkingDays)`;
      put(cells, B.weekPctCol(w), calc(`IF(OR($A${r}="",${weekRef("from", w)}>${lastDate},N${target}<=0),"",${actual}/${target})`, FMT.pct));
      put(cells, B.weekReachedCol(w), calc(`IF(AND(ISNUMBER(${p(w)}),N(${p(w)})>=1),"✓","")`, undefined, { ...STYLE.calc, hAlign: "center" }));
    }
    const pairs = Array.from({ length: W - 1 }, (_, k) => {
      const a = p(k + 1);
      const c = p(k + 2);
      return `AND(${full(k + 1)}=1,${full(k + 2)}=1,ISNUMBER(${a}),ISNUMBER(${c}),OR(AND(N(${a})<AdjustLow,N(${c})<AdjustLow),AND(N(${a})>AdjustHigh,N(${c})>AdjustHigh)))`;
    });
    put(cells, B.adjustCol, pairs.length === 0 ? { style: STYLE.calc } : calc(`IF(OR(${pairs.join(",")}),${lit(b.adjustYes)},"")`, undefined, STYLE.flag));
    add(r, cells);
  });
  for (let w = 1; w <= W; w++) {
    draft.attainment(`${B.weekPctCol(w)}${B.firstWeekOwnerRow}:${B.weekPctCol(w)}${B.lastWeekOwnerRow}`, `${B.weekPctCol(w)}${B.firstWeekOwnerRow}`);
  }
  draft.highlight(`${B.adjustCol}${B.firstWeekOwnerRow}:${B.adjustCol}${B.lastWeekOwnerRow}`, `${B.adjustCol}${B.firstWeekOwnerRow}<>""`, LOOK.red);

  add(B.weekNoteRow, new Map([[1, text(L.run.weeklyTarget.note, { ...STYLE.hint, wrap: true })]]));
  draft.merge(`A${B.weekNoteRow}:${B.lastCol}${B.weekNoteRow}`).rowHeight(30, B.weekNoteRow);

  // ---- chance to hit (docs/chance.md "On the board"), right of the to-date table ----
  {
    const c = b.chance;
    const daysLeft = "(WorkingDays-WorkingDaysElapsed)";
    /** Sets a cell of a row already added (the chance block joins the to-date table's rows). */
    const setCell = (at: number, col: string, cell: CellSpec): void => {
      const line = rows.find((x) => x.at === at);
      if (!line) throw new Error(`board row ${at} not built`);
      line.cells[colNumber(col) - 1] = cell;
    };
    const first = B.chanceCol(CHANCE_FIELDS[0]);
    setCell(B.toDateHeaderRow, first, header(c.title));
    for (const f of CHANCE_FIELDS.slice(1)) setCell(B.toDateHeaderRow, B.chanceCol(f), headerFill);
    draft.merge(`${first}${B.toDateHeaderRow}:${B.chanceCol("last5")}${B.toDateHeaderRow}`);
    for (const f of CHANCE_FIELDS) setCell(B.toDateHeaderRow + 1, B.chanceCol(f), header(c[f]));
    for (const f of CHANCE_SUMS) {
      setCell(B.toDateHeaderRow, B.chanceCol(f), headerFill);
      setCell(B.toDateHeaderRow + 1, B.chanceCol(f), headerFill);
    }
    /**
     * One row of the block: the sums (hidden) from `sums`, then the chance, the flag, the daily
     * revenue needed and the last-five-day average from them; `guard` blanks an empty owner row.
     */
    const block = (r: number, sums: Record<ChanceSum, string>, x: { target: string; done: string; lastFive: string; guard: string }, total: boolean): void => {
      const at = (f: ChanceField | ChanceSum): string => `${B.chanceCol(f)}${r}`;
      const style = total ? STYLE.total : STYLE.calc;
      const blankIf = (f: string): string => (x.guard ? `IF(${x.guard},"",${f})` : f);
      for (const f of CHANCE_SUMS) setCell(r, B.chanceCol(f), calc(blankIf(sums[f])));
      const chance = hitChanceFromSums({ n: at("days"), k: at("sales"), sum: at("sum"), squares: at("squares"), target: x.target, done: x.done, remainingDays: daysLeft });
      // #N/A (fewer than five reported days, or every day the same) shows blank, as the board's other figures do when there is nothing to show.
      setCell(r, B.chanceCol("chance"), calc(blankIf(`IFERROR(${chance},"")`), FMT.pct, style));
      setCell(r, B.chanceCol("help"), calc(`IF(AND(ISNUMBER(${at("chance")}),N(${at("chance")})<ChanceWarn),${lit(c.helpYes)},"")`, undefined, total ? { ...STYLE.total, ...STYLE.flag } : STYLE.flag));
      setCell(r, B.chanceCol("needDaily"), calc(blankIf(`IF(${daysLeft}<=0,"",MAX(0,${x.target}-${x.done})/${daysLeft})`), money, style));
      const n = `N(${at("days")})`;
      setCell(r, B.chanceCol("last5"), calc(`IF(${n}=0,"",IF(${n}<5,${at("sum")}/${n},IF(ISNUMBER(${at("fifth")}),${x.lastFive},"")))`, money, style));
    };
    const LO = logRange("owner");
    const LR = logRange("revenue");
    const LD = logRange("date");
    plan.owners.forEach((_, i) => {
      const r = B.firstOwnerRow + i;
      const o = `$A${r}`;
      const crit = `"="&${o}`;
      const fifth = `$${B.chanceCol("fifth")}${r}`;
      block(
        r,
        {
          days: `COUNTIF(${LO},${crit})`,
          sales: `COUNTIFS(${LO},${crit},${LR},">0")`,
          sum: `SUMIF(${LO},${crit},${LR})`,
          squares: `SUMPRODUCT((${LO}=${o})*1,${LR},${LR})`,
          // A date typed as text in the log (flagged there) leaves this blank.
          fifth: `IF(N($${B.chanceCol("days")}${r})<5,"",IFERROR(SUMPRODUCT(LARGE((${LO}=${o})*${LD},5)),""))`,
        },
        {
          target: `N(${targetsCell("target", i)})`,
          done: `N(${targetsCell("actual", i)})`,
          lastFive: `SUMIFS(${LR},${LO},${crit},${LD},">="&${fifth})/COUNTIFS(${LO},${crit},${LD},">="&${fifth})`,
          guard: `${o}=""`,
        },
        false,
      );
    });
    // The team: the working days with any report, each day's revenue the sprint sheet's (all rows that day).
    const working = sprintDays("working");
    const reported = sprintDays("reported");
    const revenue = sprintDays("act.revenue");
    const r = B.toDateTotalRow;
    const fifth = `$${B.chanceCol("fifth")}${r}`;
    block(
      r,
      {
        days: `COUNTIFS(${working},1,${reported},">0")`,
        sales: `COUNTIFS(${working},1,${revenue},">0")`,
        sum: `SUMIFS(${revenue},${working},1)`,
        squares: `SUMPRODUCT(${working},${revenue},${revenue})`,
        // The day number of the fifth-latest reported working day.
        fifth: `IF(N($${B.chanceCol("days")}${r})<5,"",SUMPRODUCT(LARGE(${working}*(${reported}<>"")*${sprintDays("day")},5)))`,
      },
      {
        target: "SprintTarget",
        done: "N(ActualToDate)",
        lastFive: `SUMIFS(${revenue},${working},1,${reported},">="&${fifth})/COUNTIFS(${working},1,${reported},">="&${fifth})`,
        guard: "",
      },
      true,
    );
    draft.highlight(`${first}${B.firstOwnerRow}:${B.chanceCol("last5")}${B.toDateTotalRow}`, `$${B.chanceCol("help")}${B.firstOwnerRow}<>""`, LOOK.red);
  }

  // One block from A1 down: the rows above, gaps filled with empty rows.
  const lastRow = B.weekNoteRow;
  const byRow = new Map(rows.map((x) => [x.at, x.cells]));
  draft.block(
    "A1",
    Array.from({ length: lastRow }, (_, i) => byRow.get(i + 1) ?? row(new Map())),
  );
  draft.rowHeight(30, B.toDateHeaderRow + 1, B.dayHeaderRow + 1, B.weekHeaderRow + 1);

  const ownerWidth = Math.min(30, fitWidth(14, b.owner, b.leader, b.weekFull, ...plan.owners.map((o) => o.name)));
  const moneyWidth = Math.max(12, plan.inputs.target.toLocaleString("en-US").length + 3 + plan.inputs.currency.length);
  const columns = Array.from({ length: width }, (_, i) => {
    const col = i + 1;
    if (col === 1) return { width: ownerWidth };
    if (col === colNumber(B.rankKeyCol) || col === colNumber(B.orderCol) || col > colNumber(B.lastCol)) return { width: 6, hidden: true };
    // The chance block: headers wrap; the two amounts as wide as the revenue columns.
    if (col === colNumber(B.chanceCol("needDaily")) || col === colNumber(B.chanceCol("last5"))) return { width: Math.max(14, moneyWidth) };
    if (col >= colNumber(B.chanceCol("chance"))) return { width: fitWidth(10, b.chance.helpYes) };
    const revenue = col >= colNumber(B.toDateCol("revenue", "actual")) && col <= colNumber(B.toDateCol("revenue", "target"));
    return { width: revenue ? moneyWidth : fitWidth(10, b.reached) };
  });
  return draft.build({
    key: "board",
    name: L.sheetNames.board,
    tabColor: "#7030A0",
    columns,
    freeze: { rows: 2, columns: 1 },
    // Pages of three metrics (actual, target, %, status each) with the owner column and the
    // to-date headers repeated; each table starts on a new page when it would not fit below
    // the one before.
    print: {
      orientation: "landscape",
      titleRows: `${B.toDateHeaderRow}:${B.toDateHeaderRow + 1}`,
      titleColumns: "A:A",
      columnGroups: [
        ...BOARD_METRICS.map((m) => colNumber(B.toDateCol(m, "actual"))),
        colNumber(B.rankCol),
        colNumber(B.chanceCol("chance")),
        // The weekly table's (%, reached) pairs right of the rank, then its adjust flag.
        ...[...Array.from({ length: W }, (_, i) => colNumber(B.weekPctCol(i + 1))), colNumber(B.adjustCol)].filter((c) => c > colNumber(B.rankCol)),
      ],
      keepTogether: [
        { top: B.dayTitleRow, bottom: B.dayTotalRow },
        { top: B.weekTitleRow, bottom: B.weekNoteRow },
      ],
    },
  });
}
