/**
 * The re-plan block of the sprint sheet: beside the day table (the original plan stays as it
 * is), a box with the date of the change and the figures it leads to, and three columns per
 * day: revised plan revenue, revised cumulative plan, attainment against the revised plan.
 * The burn-up chart gets the revised cumulative plan as a third line.
 *
 * Everything is a native formula over the sheet's own actual cells and the inputs' defined
 * names, so an emailed workbook keeps re-computing without the add-in; only the date of the
 * change is a constant. The arithmetic is src/domain/replan.ts's (same ROUND, same telescoping).
 */
import type { SprintPlan } from "../domain/sprint";
import { REPLAN_STRINGS } from "../i18n/replan";
import { absoluteRange, cellAddress, colLetter } from "./a1";
import { SPRINT_COLUMNS, workbookLayout } from "./layout";
import { calc, EMPTY, FMT, LOOK, moneyFormat, STYLE, text } from "./kit";
import type { CellSpec, ChartSeriesSpec, SheetSpec, WorkbookSpec } from "./spec";

/** First column of the block: right after the day table. */
export const REPLAN_FIRST_COL = SPRINT_COLUMNS.length + 1;

/** Where the re-plan's figures sit on the sprint sheet (tests and the pane read them). */
export interface ReplanLayout {
  /** Columns of the per-day figures. */
  col: { revised: string; cumRevised: string; attainment: string };
  /** Cells of the box, e.g. changeDate "AF2". */
  cell: { changeDate: string; fromDay: string; actualBefore: string; remaining: string; remainingDays: string; dailyRate: string };
}

export function replanLayout(): ReplanLayout {
  const c = (i: number): string => colLetter(REPLAN_FIRST_COL + i);
  return {
    col: { revised: c(0), cumRevised: c(1), attainment: c(2) },
    cell: {
      changeDate: `${c(1)}2`,
      fromDay: `${c(3)}2`,
      actualBefore: `${c(1)}3`,
      remaining: `${c(3)}3`,
      remainingDays: `${c(1)}4`,
      dailyRate: `${c(3)}4`,
    },
  };
}

const REVISED_LOOK = { fill: "#DDEBF7", color: "#1F3864" } as const;

/**
 * `spec` (built by buildWorkbook from `plan`) with the re-plan block on its sprint sheet, the
 * change dated `changeSerial` (an Excel date serial). Returns a new spec; `spec` is not changed.
 */
export function withReplan(spec: WorkbookSpec, plan: SprintPlan, changeSerial: number): WorkbookSpec {
  const L = workbookLayout(plan);
  const S = L.sprint;
  const sc = S.col;
  const R = replanLayout();
  const s = REPLAN_STRINGS[plan.inputs.locale];
  const money = moneyFormat(plan.inputs.currency);
  const first = S.firstDayRow;
  const last = S.lastDayRow;
  const fromDay = absoluteRange(R.cell.fromDay);
  const remaining = absoluteRange(R.cell.remaining);
  const remDays = absoluteRange(R.cell.remainingDays);
  const before = `(WorkingDays-${remDays})`;
  const dayCol = S.days("day");

  const box: CellSpec[][] = [
    [text(s.title, { ...STYLE.title, fontSize: 12 }), EMPTY, EMPTY, EMPTY],
    [
      text(s.changeDate, STYLE.kpiLabel),
      { v: changeSerial, fmt: FMT.date, style: STYLE.kpiValue, note: s.note },
      text(s.fromDay, STYLE.kpiLabel),
      calc(`MAX(1,MIN(SprintDays+1,${absoluteRange(R.cell.changeDate)}-SprintStart+1))`, FMT.count, STYLE.kpiValue),
    ],
    [
      text(s.actualBefore, STYLE.kpiLabel),
      calc(`SUMIF(${dayCol},"<"&${fromDay},${S.days("act.revenue")})`, money, STYLE.kpiValue),
      text(s.remaining, STYLE.kpiLabel),
      calc(`MAX(0,SprintTarget-${absoluteRange(R.cell.actualBefore)})`, money, STYLE.kpiValue),
    ],
    [
      text(s.remainingDays, STYLE.kpiLabel),
      calc(`WorkingDays-SUMIF(${dayCol},"<"&${fromDay},${S.days("working")})`, FMT.count, STYLE.kpiValue),
      text(s.dailyRate, STYLE.kpiLabel),
      calc(`IF(${remDays}>0,${remaining}/${remDays},"")`, money, STYLE.kpiValue),
    ],
  ];

  const share = (k: string): string => `ROUND(${remaining}*(${k}-${before})/${remDays},0)`;
  const dayRow = (r: number): CellSpec[] => {
    const at = (key: (typeof SPRINT_COLUMNS)[number]): string => `${sc[key]}${r}`;
    const revised =
      `IF(${at("day")}<${fromDay},N(${at("act.revenue")}),` +
      `IF(${remDays}>0,${share(at("workIndex"))}-${share(`(${at("workIndex")}-${at("working")})`)},0))`;
    const cum = `SUM(${R.col.revised}$${first}:${R.col.revised}${r})`;
    const cumAt = `${R.col.cumRevised}${r}`;
    return [
      calc(revised, money),
      calc(cum, money),
      calc(`IF(AND(ISNUMBER(${at("cumActual")}),N(${cumAt})>0),${at("cumActual")}/${cumAt},"")`, FMT.pct),
    ];
  };
  const table: CellSpec[][] = [
    [text(s.revised, STYLE.header), text(s.cumRevised, STYLE.header), text(s.attainment, STYLE.header)],
    ...plan.days.map((_, i) => dayRow(first + i)),
    [calc(`SUM(${R.col.revised}${first}:${R.col.revised}${last})`, money, STYLE.total), { style: STYLE.total }, { style: STYLE.total }],
  ];

  const revisedSeries: ChartSeriesSpec = {
    name: s.cumRevised,
    categories: L.ref("sprint", S.days("date")),
    values: L.ref("sprint", `${R.col.cumRevised}${first}:${R.col.cumRevised}${last}`),
    color: "#70AD47",
  };
  /** The burn-up chart (the sprint sheet's first, the summary's) with the revised plan's line. */
  const withRevised = (sheet: SheetSpec): SheetSpec["charts"] => sheet.charts.map((chart, i) => (i === 0 ? { ...chart, series: [...chart.series, revisedSeries] } : chart));
  const sheets = spec.sheets.map((sheet): SheetSpec => {
    if (sheet.key === "summary") return { ...sheet, charts: withRevised(sheet) };
    if (sheet.key !== "sprint") return sheet;
    const boxAt = cellAddress(S.titleRow, REPLAN_FIRST_COL);
    const rev = R.col.revised;
    const att = R.col.attainment;
    const width = Math.max(14, ...sheet.columns.slice(0, SPRINT_COLUMNS.length).map((c) => c.width));
    const columns = [...sheet.columns];
    while (columns.length < REPLAN_FIRST_COL - 1) columns.push({ width: 10 });
    columns.splice(REPLAN_FIRST_COL - 1, 4, { width: Math.min(width, 18) }, { width: Math.min(width, 18) }, { width: 14 }, { width: 14 });
    const priority = sheet.conditionalFormats.length;
    return {
      ...sheet,
      columns,
      blocks: [...sheet.blocks, { at: boxAt, cells: box }, { at: `${rev}${S.headerRow}`, cells: table }],
      merges: [...(sheet.merges ?? []), `${boxAt}:${colLetter(REPLAN_FIRST_COL + 3)}${S.titleRow}`],
      conditionalFormats: [
        ...sheet.conditionalFormats,
        { kind: "expression", range: `${rev}${first}:${rev}${last}`, formula: `$${sc.working}${first}=0`, style: LOOK.off, priority: priority + 1 },
        { kind: "expression", range: `${rev}${first}:${rev}${last}`, formula: `$${sc.day}${first}>=${fromDay}`, style: REVISED_LOOK, priority: priority + 2 },
        {
          kind: "expression",
          range: `${att}${first}:${att}${last}`,
          formula: `AND(ISNUMBER(${att}${first}),${att}${first}<ThresholdRed)`,
          style: LOOK.red,
          priority: priority + 3,
        },
        {
          kind: "expression",
          range: `${att}${first}:${att}${last}`,
          formula: `AND(ISNUMBER(${att}${first}),${att}${first}>=ThresholdRed,${att}${first}<ThresholdGreen)`,
          style: LOOK.yellow,
          priority: priority + 4,
        },
        {
          kind: "expression",
          range: `${att}${first}:${att}${last}`,
          formula: `AND(ISNUMBER(${att}${first}),${att}${first}>=ThresholdGreen)`,
          style: LOOK.green,
          priority: priority + 5,
        },
      ],
      charts: withRevised(sheet),
    };
  });
  return { ...spec, sheets };
}
