/**
 * The sprint sheet (30天冲刺计划): a KPI strip with the warnings, one row per day
 * (calendar, phase, planned and actual activity, cumulative revenue, attainment,
 * status, run-rate figures), a total row, the weekly summary and the burn-up chart.
 *
 * Every figure is a native formula over the inputs' defined names, so the sheet
 * follows any change of an input. Planned figures telescope (see src/domain/sprint.ts).
 */
import { DAILY_METRICS, KPI_KEYS, type DailyMetric, type KpiKey, type WeekColumnKey } from "../domain/vocabulary";
import type { SprintMetric } from "../domain/vocabulary";
import { format } from "../i18n/locale";
import { ACTIVITY_INPUT, METRIC_STAGE, PHASE_KEY_METRICS, type SprintPlan } from "../domain/sprint";
import type { CellSpec, ChartSpec, ColumnSpec, DefinedNameSpec, SheetSpec } from "./spec";
import { colLetter, colNumber, parseRange } from "./a1";
import { KPI_SPAN, SPRINT_COLUMNS, WEEK_SPANS, type SprintColumnKey, type WorkbookLayout } from "./layout";
import {
  calc,
  chooseText,
  EMPTY,
  fitWidth,
  FMT,
  lit,
  LOOK,
  moneyFormat,
  num,
  pctText,
  SheetDraft,
  STYLE,
  text,
  TWO_LINES,
  yesNoFormat,
} from "./kit";

/** Defined names of the KPI cells. */
export const KPI_NAMES: Readonly<Partial<Record<KpiKey, string>>> = {
  actualToDate: "ActualToDate",
  pacing: "PacingToDate",
  attainment: "AttainmentToDate",
  projected: "ProjectedTotal",
  requiredDaily: "RequiredDailyRate",
  coverage: "PipelineCoverage",
  newOpps: "NewOppRatio",
  activity: "ActivityCompletion",
};

/** Base widths; headers and texts may widen them (fitWidth). */
function columnWidth(key: SprintColumnKey, moneyWidth: number): ColumnSpec {
  switch (key) {
    case "day":
    case "phaseNo":
    case "week":
      return { width: 6 };
    case "date":
    case "weekday":
      return { width: 11 };
    case "phase":
      return { width: 12 };
    case "reported":
    case "chartActual":
      return { width: 6, hidden: true };
    default:
      return { width: key.endsWith(".revenue") || ["cumPlan", "cumActual", "projected", "required"].includes(key) ? moneyWidth : 10 };
  }
}

const CENTER = { ...STYLE.calc, hAlign: "center" } as const;

/** The warnings of docs/domain.md §7: a KPI below its threshold name shows a flag text and a colour. */
const WARNINGS = [
  { kpi: "coverage", threshold: "CoverageWarn", look: LOOK.yellow },
  { kpi: "newOpps", threshold: "NewOppWarn", look: LOOK.red },
  { kpi: "activity", threshold: "ActivityWarn", look: LOOK.yellow },
] as const;

const below = (ref: string, threshold: string): string => `AND(ISNUMBER(${ref}),${ref}<${threshold})`;

export function buildSprintSheet(plan: SprintPlan, L: WorkbookLayout): { sheet: SheetSpec; names: DefinedNameSpec[] } {
  const s = L.strings;
  const S = L.sprint;
  const c = S.col;
  const p = plan.inputs;
  const money = moneyFormat(p.currency);
  const first = S.firstDayRow;
  const days = S.days;
  const draft = new SheetDraft();
  /** The funnel's required count of the stage a daily metric's plan spreads over the working days. */
  const stageTotal = (m: DailyMetric): string => {
    const stage = METRIC_STAGE[m];
    const i = plan.funnel.findIndex((f) => f.key === stage);
    if (i < 0) throw new Error(`no funnel stage for ${m}`);
    return L.ref("funnel", `${L.funnel.col.required}${L.funnel.firstStageRow + i}`);
  };

  /** A day is reported when the daily log has a row for its date (docs/using.md "Running the sprint day by day"). */
  const logRange = (key: "date" | SprintMetric): string => L.ref("log", L.log.rows(key));
  const reported = (r: number): string => `ISNUMBER(${c.reported}${r})`;

  /**
   * Planned metric of day row r: the telescoped share of its stage's required count (src/domain/sprint.ts),
   * or, when the manager typed a per-rep daily figure, that figure × owners on a working day.
   */
  const planCell = (m: SprintMetric, r: number): CellSpec => {
    const fmt = m === "revenue" ? money : FMT.count;
    if (m === "revenue") return calc(r === first ? `${c.cumPlan}${r}` : `${c.cumPlan}${r}-${c.cumPlan}${r - 1}`, fmt);
    const total = stageTotal(m);
    const cum = (k: string): string => `ROUND(${total}*${k}/WorkingDays,0)`;
    const share = r === first ? cum(`${c.workIndex}${r}`) : `${cum(`${c.workIndex}${r}`)}-${cum(`${c.workIndex}${r - 1}`)}`;
    const typed = ACTIVITY_INPUT[m];
    return calc(`IF(ISNUMBER(${typed}),${c.working}${r}*${typed}*TeamSize,${share})`, fmt);
  };

  const dayCell = (key: SprintColumnKey, day: number, r: number): CellSpec => {
    if (key.startsWith("plan.")) return planCell(key.slice(5) as SprintMetric, r);
    if (key.startsWith("act.")) {
      const m = key.slice(4) as SprintMetric;
      return calc(`IF(${reported(r)},SUMIF(${logRange("date")},${c.date}${r},${logRange(m)}),"")`, m === "revenue" ? money : FMT.count);
    }
    const at = (k: SprintColumnKey): string => `${c[k]}${r}`;
    switch (key as Exclude<SprintColumnKey, `plan.${string}` | `act.${string}`>) {
      case "chartActual":
        return calc(`IF(${at("day")}<=LastReportedDay,SUM(${c["act.revenue"]}$${first}:${at("act.revenue")}),NA())`, money);
      case "day":
        return num(day, FMT.count);
      case "date":
        return calc(`SprintStart+${at("day")}-1`, FMT.date);
      case "weekday":
        return calc(chooseText(`WEEKDAY(${at("date")},2)`, s.weekdays), undefined, CENTER);
      case "working":
        // docs/domain.md §10: a listed make-up working day works, any other listed date is off, else the weekday rule.
        return calc(
          `IF(COUNTIFS(CalendarDates,${at("date")},CalendarKinds,${lit(s.calendar.kinds.work)})>0,1,` +
            `IF(COUNTIF(CalendarDates,${at("date")})>0,0,IF(OR(WEEKDAY(${at("date")},2)<6,IncludeWeekends=${lit(s.yes)}),1,0)))`,
          yesNoFormat(s),
          CENTER,
        );
      case "phase":
        return calc(chooseText(at("phaseNo"), s.phases));
      case "phaseNo":
        return calc(`MIN(4,INT((${at("day")}-1)/PhaseDays)+1)`, FMT.count);
      case "week":
        return calc(`INT((${at("day")}-1)/7)+1`, FMT.count);
      case "workIndex":
        return calc(r === first ? at("working") : `${c.workIndex}${r - 1}+${at("working")}`, FMT.count);
      case "cumPlan":
        return calc(`ROUND(SprintTarget*${at("workIndex")}/WorkingDays,0)`, money);
      case "cumActual":
        return calc(`IF(${reported(r)},SUM(${c["act.revenue"]}$${first}:${at("act.revenue")}),"")`, money);
      case "attainment":
        return calc(`IF(AND(ISNUMBER(${at("cumActual")}),${at("cumPlan")}>0),${at("cumActual")}/${at("cumPlan")},"")`, FMT.pct);
      case "status":
        return calc(
          `IF(ISNUMBER(${at("attainment")}),IF(${at("attainment")}>=ThresholdGreen,${lit(s.status.achieved)},${lit(s.status.notAchieved)}),"")`,
          undefined,
          CENTER,
        );
      case "activity": {
        const planned = `SUM(${at("plan.calls")}:${at("plan.demos")})`;
        return calc(`IF(AND(${reported(r)},${planned}>0),SUM(${at("act.calls")}:${at("act.demos")})/${planned},"")`, FMT.pct);
      }
      case "projected":
        return calc(`IF(AND(ISNUMBER(${at("cumActual")}),${at("workIndex")}>0),${at("cumActual")}/${at("workIndex")}*WorkingDays,"")`, money);
      case "required":
        return calc(
          `IF(AND(ISNUMBER(${at("cumActual")}),WorkingDays-${at("workIndex")}>0),MAX(0,SprintTarget-${at("cumActual")})/(WorkingDays-${at("workIndex")}),"")`,
          money,
        );
      case "reported":
        return calc(`IF(COUNTIF(${logRange("date")},${at("date")})>0,${at("day")},"")`);
    }
  };

  // ---- KPI strip: labels, values, flags ----
  const K = (k: KpiKey): string => `${S.kpiCol[k]}${S.kpiValueRow}`;
  const upToReported = (range: string): string => `SUMPRODUCT((${days("day")}<=LastReportedDay)*(${range}))`;
  const plannedLeads = upToReported(days("plan.leads"));
  const plannedActivity = upToReported(S.span("plan.calls", "plan.demos"));
  const kpi: Record<KpiKey, { f: string; fmt: string; flag?: string }> = {
    target: { f: "SprintTarget", fmt: money },
    actualToDate: { f: `SUM(${days("act.revenue")})`, fmt: money },
    pacing: { f: `IF(LastReportedDay=0,"",ROUND(SprintTarget*WorkingDaysElapsed/WorkingDays,0))`, fmt: money },
    attainment: {
      f: `IF(N(${K("pacing")})>0,${K("actualToDate")}/${K("pacing")},"")`,
      fmt: FMT.pct,
      flag: `IF(ISNUMBER(${K("attainment")}),IF(${K("attainment")}>=ThresholdGreen,${lit(s.status.achieved)},${lit(s.status.notAchieved)}),"")`,
    },
    projected: { f: `IF(WorkingDaysElapsed>0,${K("actualToDate")}/WorkingDaysElapsed*WorkingDays,"")`, fmt: money },
    requiredDaily: {
      f: `IF(WorkingDays-WorkingDaysElapsed>0,MAX(0,SprintTarget-${K("actualToDate")})/(WorkingDays-WorkingDaysElapsed),"")`,
      fmt: money,
    },
    coverage: {
      f: `IF(AND(ISNUMBER(PipelineValue),SprintTarget-${K("actualToDate")}>0),PipelineValue/(SprintTarget-${K("actualToDate")}),"")`,
      fmt: FMT.pct,
    },
    newOpps: { f: `IF(${plannedLeads}>0,SUM(${days("act.leads")})/${plannedLeads},"")`, fmt: FMT.pct },
    activity: { f: `IF(${plannedActivity}>0,SUM(${S.span("act.calls", "act.demos")})/${plannedActivity},"")`, fmt: FMT.pct },
  };
  for (const w of WARNINGS) {
    kpi[w.kpi].flag = `IF(${below(K(w.kpi), w.threshold)},${pctText(s.sprint.flags[w.kpi], w.threshold)},"")`;
  }
  const stripWidth = KPI_KEYS.length * KPI_SPAN;
  const stripRow = (cell: (k: KpiKey) => CellSpec): CellSpec[] =>
    KPI_KEYS.flatMap((k) => [cell(k), ...Array.from({ length: KPI_SPAN - 1 }, () => EMPTY)]);
  draft.block(`A${S.titleRow}`, [
    [text(format(s.sprint.title, { days: p.days }), STYLE.title), ...Array.from({ length: stripWidth - 1 }, () => EMPTY)],
    stripRow((k) => text(s.sprint.kpis[k], STYLE.kpiLabel)),
    stripRow((k) => calc(kpi[k].f, kpi[k].fmt, STYLE.kpiValue)),
    stripRow((k) => {
      const flag = kpi[k].flag;
      return flag ? calc(flag, undefined, STYLE.flag) : EMPTY;
    }),
  ]);
  draft.merge(`A${S.titleRow}:${colLetter(12)}${S.titleRow}`);
  for (const k of KPI_KEYS) {
    const left = S.kpiCol[k];
    const right = colLetter(colNumber(left) + KPI_SPAN - 1);
    for (const r of [S.kpiLabelRow, S.kpiValueRow, S.flagRow]) draft.merge(`${left}${r}:${right}${r}`);
  }
  const names: DefinedNameSpec[] = KPI_KEYS.flatMap((k) => {
    const name = KPI_NAMES[k];
    return name ? [{ name, ref: L.ref("sprint", K(k)), comment: s.sprint.kpis[k] }] : [];
  });

  // ---- day table ----
  const headerLabel = (key: SprintColumnKey): string =>
    key.startsWith("plan.")
      ? format(s.sprint.plan, { metric: s.sprint.metrics[key.slice(5) as SprintMetric] })
      : key.startsWith("act.")
        ? format(s.sprint.actual, { metric: s.sprint.metrics[key.slice(4) as SprintMetric] })
        : key === "chartActual"
          ? format(L.run.chartColumn, { chart: s.sprint.chartName })
          : s.sprint.columns[key as keyof typeof s.sprint.columns];
  const header = SPRINT_COLUMNS.map((key) => text(headerLabel(key), STYLE.header));
  const dayRows = plan.days.map((d, i) => SPRINT_COLUMNS.map((key) => dayCell(key, d.day, first + i)));
  const totalRow = SPRINT_COLUMNS.map((key): CellSpec => {
    if (key === "day") return text(s.total, STYLE.total);
    if (key.startsWith("plan.") || key.startsWith("act.")) {
      return calc(`SUM(${days(key)})`, key.endsWith(".revenue") ? money : FMT.count, STYLE.total);
    }
    return { style: STYLE.total };
  });
  // What the funnel needs of each planned metric (its stage's required count), red where a typed
  // per-rep figure leaves the plan below it; the label turns into the warning.
  const needRow = SPRINT_COLUMNS.map((key): CellSpec => {
    const m = key.slice(5) as DailyMetric;
    if (key.startsWith("plan.") && DAILY_METRICS.includes(m)) return calc(stageTotal(m), FMT.count, STYLE.total);
    return { style: STYLE.total };
  });
  const shortCells = DAILY_METRICS.map((m) => `${c[`plan.${m}`]}${S.totalRow}<${c[`plan.${m}`]}${S.needRow}`);
  needRow[0] = calc(`IF(OR(${shortCells.join(",")}),${lit(s.sprint.needShort)},${lit(s.sprint.need)})`, undefined, STYLE.total);
  draft.block(`A${S.headerRow}`, [header, ...dayRows, totalRow, needRow]);
  draft.merge(`A${S.needRow}:${c.workIndex}${S.needRow}`);
  const planSpan = `${c["plan.leads"]}${S.totalRow}:${c["plan.deals"]}${S.needRow}`;
  draft.highlight(planSpan, `${c["plan.leads"]}$${S.totalRow}<${c["plan.leads"]}$${S.needRow}`, LOOK.red);
  draft.highlight(`A${S.needRow}`, `OR(${shortCells.map((x) => x.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")).join(",")})`, LOOK.red);

  // ---- weekly summary ----
  const wk = weeklyBlock(plan, L);
  draft.block(`A${S.weeklyTitleRow}`, wk.rows);
  wk.merges.forEach((m) => draft.merge(m));

  // ---- formatting: attainment colours, warnings, non-working days ----
  const lastCol = c.required;
  draft
    .attainment(`${K("attainment")}:${S.kpiCol.attainment}${S.flagRow}`, `$${S.kpiCol.attainment}$${S.kpiValueRow}`)
    .attainment(`${c.attainment}${first}:${c.status}${S.lastDayRow}`, `$${c.attainment}${first}`)
    .attainment(wk.attainmentRange, wk.attainmentRef);
  for (const w of WARNINGS) {
    const col = S.kpiCol[w.kpi];
    draft.highlight(`${K(w.kpi)}:${col}${S.flagRow}`, below(`$${col}$${S.kpiValueRow}`, w.threshold), w.look);
  }
  draft
    .highlight(`${c.activity}${first}:${c.activity}${S.lastDayRow}`, below(`${c.activity}${first}`, "ActivityWarn"), LOOK.yellow)
    .highlight(`A${first}:${lastCol}${S.lastDayRow}`, `$${c.working}${first}=0`, LOOK.off);

  draft.chart(burnUpChart(L, S.chartAnchor));

  draft.rowHeight(TWO_LINES, S.kpiLabelRow, S.headerRow, S.weeklyHeaderRow, S.weeklyTargetRow);
  const moneyWidth = Math.max(12, p.target.toLocaleString("en-US").length + 3 + p.currency.length);
  const values: Partial<Record<SprintColumnKey, readonly string[]>> = { phase: s.phases, weekday: s.weekdays };
  const sheet = draft.build({
    key: "sprint",
    name: L.sheetNames.sprint,
    tabColor: "#4472C4",
    columns: SPRINT_COLUMNS.map((key) => {
      const c = columnWidth(key, moneyWidth);
      return { ...c, width: fitWidth(c.width, headerLabel(key), ...(values[key] ?? [])) };
    }),
    freeze: { rows: S.headerRow, columns: KPI_SPAN },
    // Two pages wide: the day and its plan (A–O, under which the weekly table and the chart
    // sit), then its actuals and progress, with the day and date repeated; the weekly table
    // and the burn-up chart stay on one page.
    print: {
      titleRows: `${S.headerRow}:${S.headerRow}`,
      titleColumns: `${S.col.day}:${S.col.date}`,
      columnGroups: (["day", "act.leads", "cumPlan", "attainment"] as const).map((k) => SPRINT_COLUMNS.indexOf(k) + 1),
      keepTogether: [{ top: S.weeklyTitleRow, bottom: parseRange(S.chartAnchor).bottom }],
    },
  });
  return { sheet, names };
}

/**
 * The burn-up chart (plan against actual, cumulative, over the sprint's dates) at `anchor`: the
 * sprint sheet's and the summary's, both reading the sprint sheet's columns. The actual line
 * reads the hidden helper column, which is #N/A after the last reported day, so it ends there.
 */
export function burnUpChart(L: WorkbookLayout, anchor: string): ChartSpec {
  const s = L.strings.sprint;
  const days = L.sprint.days;
  const dates = L.ref("sprint", days("date"));
  return {
    kind: "line",
    title: format(s.chartTitle, { chart: s.chartName }),
    anchor,
    plotHidden: true,
    series: [
      { name: s.chartPlan, categories: dates, values: L.ref("sprint", days("cumPlan")), color: "#4472C4" },
      { name: s.chartActual, categories: dates, values: L.ref("sprint", days("chartActual")), color: "#ED7D31" },
    ],
  };
}

/** The weekly summary: title, header and one row per sprint week, laid over the day table's columns. */
function weeklyBlock(
  plan: SprintPlan,
  L: WorkbookLayout,
): { rows: CellSpec[][]; merges: string[]; attainmentRange: string; attainmentRef: string } {
  const s = L.strings;
  const S = L.sprint;
  const days = S.days;
  const money = moneyFormat(plan.inputs.currency);
  const width = WEEK_SPANS.reduce((a, [, span]) => a + span, 0);
  const colOf = S.weekCol;
  const spread = (cell: CellSpec, span: number): CellSpec[] => [cell, ...Array.from({ length: span - 1 }, () => EMPTY)];
  const merges: string[] = [];
  const rowOf = (cells: (key: WeekColumnKey) => CellSpec, r: number): CellSpec[] =>
    WEEK_SPANS.flatMap(([key, span]) => {
      if (span > 1) merges.push(`${colOf[key]}${r}:${colLetter(colNumber(colOf[key]) + span - 1)}${r}`);
      return spread(cells(key), span);
    });

  const week = (key: WeekColumnKey, r: number): string => `${colOf[key]}${r}`;
  const phaseNo = (r: number): string => `INDEX(${days("phaseNo")},(${week("week", r)}-1)*7+1)`;
  const sumWeek = (r: number, range: string): string => `SUMIF(${days("week")},${week("week", r)},${range})`;
  const anyReported = (r: number): string => `${sumWeek(r, days("reported"))}=0`;
  const byPhase = (r: number, prefix: "plan." | "act."): string =>
    `CHOOSE(${phaseNo(r)},${PHASE_KEY_METRICS.map((m) => sumWeek(r, days(`${prefix}${m}`))).join(",")})`;
  const weekCell = (key: WeekColumnKey, w: number, r: number): CellSpec => {
    switch (key) {
      case "week":
        return num(w, FMT.count);
      case "from":
        return calc(`SprintStart+(${week("week", r)}-1)*7`, FMT.date);
      case "to":
        return calc(`MIN(${week("from", r)}+6,SprintStart+SprintDays-1)`, FMT.date);
      case "workingDays":
        return calc(sumWeek(r, days("working")), FMT.count);
      case "phase":
        return calc(`INDEX(${days("phase")},(${week("week", r)}-1)*7+1)`);
      case "keyFigure":
        return calc(chooseText(phaseNo(r), s.phaseKeyFigures));
      case "keyPlan":
        return calc(byPhase(r, "plan."), FMT.count);
      case "keyActual":
        return calc(`IF(${anyReported(r)},"",${byPhase(r, "act.")})`, FMT.count);
      case "plan":
        // The week's own share of the target (docs/domain.md §6): a full week's is WeeklyTarget.
        return calc(`SprintTarget*${week("workingDays", r)}/WorkingDays`, money);
      case "actual":
        return calc(`IF(${anyReported(r)},"",${sumWeek(r, days("act.revenue"))})`, money);
      case "attainment":
        return calc(`IF(AND(ISNUMBER(${week("actual", r)}),N(${week("plan", r)})>0),${week("actual", r)}/${week("plan", r)},"")`, FMT.pct);
    }
  };

  const rows: CellSpec[][] = [
    [text(s.sprint.weeklyTitle, { ...STYLE.title, fontSize: 12 }), ...Array.from({ length: width - 1 }, () => EMPTY)],
    rowOf((key) => text(s.sprint.weekly[key], STYLE.header), S.weeklyHeaderRow),
    ...plan.weeks.map((w, i) => rowOf((key) => weekCell(key, w.week, S.firstWeekRow + i), S.firstWeekRow + i)),
  ];
  // The one weekly target under the plan column, its definition to the left.
  const planCol = colNumber(colOf.plan);
  const planSpan = WEEK_SPANS.find(([k]) => k === "plan")?.[1] ?? 1;
  rows.push([
    text(s.sprint.weeklyTarget, { ...STYLE.hint, hAlign: "right", wrap: true }),
    ...Array.from({ length: planCol - 2 }, () => EMPTY),
    calc("WeeklyTarget", money, { ...STYLE.total, hAlign: "right" }),
    ...Array.from({ length: width - planCol }, () => EMPTY),
  ]);
  merges.push(`A${S.weeklyTargetRow}:${colLetter(planCol - 1)}${S.weeklyTargetRow}`);
  merges.push(`${colOf.plan}${S.weeklyTargetRow}:${colLetter(planCol + planSpan - 1)}${S.weeklyTargetRow}`);
  const att = colOf.attainment;
  return {
    rows,
    merges,
    attainmentRange: `${att}${S.firstWeekRow}:${att}${S.lastWeekRow}`,
    attainmentRef: `${att}${S.firstWeekRow}`,
  };
}
