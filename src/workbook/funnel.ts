/**
 * The funnel sheet (销售漏斗, docs/domain.md §4): per stage the benchmark share (editable),
 * the planned share (benchmark, kept at or above the conversion rate; the last stage is
 * the conversion rate), the required count from RequiredLeads, the actual count, completion,
 * the conversion from the previous stage against the benchmark, and the bottleneck flag (the
 * stage furthest below its benchmark conversion, as SALES.FUNNEL_STAGE and bottleneck() in
 * src/domain/funnel.ts define it); then the lead pace, and a column chart of required vs
 * actual per stage below it.
 *
 * The funnel follows the daily log (docs/domain.md §4 "The funnel and the daily log"): a stage
 * the log records (src/domain/sprint.ts STAGE_METRIC) takes its actual from the sprint sheet's
 * total of that metric (the log's reports over the sprint's days) plus the stage's opening
 * figure (an input: the count from before the log, blank in a new workbook); its "source"
 * names the metric. A stage the log does not record keeps a typed actual, marked as such.
 */
import { DEFAULT_FUNNEL, type FunnelStageKey } from "../domain/funnel";
import { STAGE_METRIC, type SprintPlan } from "../domain/sprint";
import type { DailyMetric, FunnelColumnKey, FunnelSummaryKey } from "../domain/vocabulary";
import { format } from "../i18n/locale";
import type { CellSpec, SheetSpec, ValidationSpec } from "./spec";
import { FUNNEL_COLUMNS, type WorkbookLayout } from "./layout";
import { calc, ceilCleanF, EMPTY, fitWidth, FMT, input, lit, num, SheetDraft, STYLE, text, TWO_LINES, validationText } from "./kit";

const SUMMARY: readonly (readonly [FunnelSummaryKey, string])[] = [
  ["leadsPerWeek", "RequiredLeads*WeekWorkingDays/WorkingDays"],
  ["leadsPerDay", "RequiredLeads/WorkingDays"],
  ["leadsPerOwnerDay", 'IF(TeamSize>0,RequiredLeads/WorkingDays/TeamSize,"")'],
  ["dealsPerOwnerDay", 'IF(TeamSize>0,RequiredDeals/WorkingDays/TeamSize,"")'],
];

/**
 * `stageMetric`: which log metric records each stage (the domain's STAGE_METRIC; a test passes
 * another to check a stage the log does not record).
 */
export function buildFunnelSheet(
  plan: SprintPlan,
  L: WorkbookLayout,
  stageMetric: Readonly<Partial<Record<FunnelStageKey, DailyMetric>>> = STAGE_METRIC,
): SheetSpec {
  const s = L.strings;
  const F = L.funnel;
  const c = F.col;
  const first = F.firstStageRow;
  const lastIndex = plan.funnel.length - 1;
  const vsRange = `$${c.vsBenchmark}$${first + 1}:$${c.vsBenchmark}$${F.lastStageRow}`;
  const draft = new SheetDraft();
  /** The sprint sheet's total of a metric: the log's reports over the sprint's days. */
  const logTotal = (m: DailyMetric): string => L.ref("sprint", `${L.sprint.col[`act.${m}`]}${L.sprint.totalRow}`);

  const stageCell = (key: FunnelColumnKey, i: number, r: number): CellSpec => {
    const at = (k: FunnelColumnKey, row = r): string => `${c[k]}${row}`;
    const stage = plan.funnel[i];
    const later = i > 0;
    const none: CellSpec = { style: STYLE.calc };
    const logged = stageMetric[stage.key];
    switch (key) {
      case "stage":
        return text(DEFAULT_FUNNEL[i].names[plan.inputs.locale]);
      case "benchmark":
        return input(stage.benchmark, FMT.pctWhole);
      case "planned":
        return i === 0 ? num(1, FMT.pct) : calc(i === lastIndex ? "ConversionRate" : `MAX(${at("benchmark")},ConversionRate)`, FMT.pct);
      case "required":
        return calc(i === 0 ? "RequiredLeads" : i === lastIndex ? "RequiredDeals" : ceilCleanF(`RequiredLeads*${at("planned")}`), FMT.count);
      case "opening":
        return logged ? input(null, FMT.count) : none;
      case "actual":
        return logged ? calc(`IF(AND(${at("opening")}="",LastReportedDay=0),"",N(${at("opening")})+${logTotal(logged)})`, FMT.count) : input(null, FMT.count);
      case "source":
        return logged ? text(format(s.funnel.fromLog, { metric: s.sprint.metrics[logged] })) : text(s.funnel.typed, { ...STYLE.flag, hAlign: "left", border: true });
      case "attainment":
        return calc(`IF(AND(ISNUMBER(${at("actual")}),${at("required")}>0),${at("actual")}/${at("required")},"")`, FMT.pct);
      case "conversion":
        return later
          ? calc(`IF(AND(ISNUMBER(${at("actual")}),N(${at("actual", r - 1)})>0),${at("actual")}/${at("actual", r - 1)},"")`, FMT.pct)
          : none;
      case "benchmarkConversion":
        return later ? calc(`IF(${at("benchmark", r - 1)}>0,${at("benchmark")}/${at("benchmark", r - 1)},"")`, FMT.pct) : none;
      case "vsBenchmark":
        return later
          ? calc(`IF(AND(ISNUMBER(${at("conversion")}),N(${at("benchmarkConversion")})>0),${at("conversion")}/${at("benchmarkConversion")},"")`, FMT.pct)
          : none;
      case "bottleneck":
        // The first stage furthest below its benchmark (ties to the earlier stage), only when below.
        return later
          ? calc(
              `IF(ISNUMBER(${at("vsBenchmark")}),IF(AND(${at("vsBenchmark")}<1,MATCH(MIN(${vsRange}),${vsRange},0)=${i}),${lit(s.funnel.bottleneck)},""),"")`,
              undefined,
              { ...STYLE.flag, border: true },
            )
          : none;
    }
  };

  const width = FUNNEL_COLUMNS.length;
  const sources = plan.funnel.map((stage) => {
    const m = stageMetric[stage.key];
    return m ? format(s.funnel.fromLog, { metric: s.sprint.metrics[m] }) : s.funnel.typed;
  });
  const blank = (n: number): CellSpec[] => Array.from({ length: n }, () => EMPTY);
  const mapping = DEFAULT_FUNNEL.flatMap((stage) => {
    const m = stageMetric[stage.key];
    return m ? [format(s.funnel.pair, { stage: stage.names[plan.inputs.locale], metric: s.sprint.metrics[m] })] : [];
  });
  const hint = format(s.funnel.hint, { mapping: mapping.join(s.listSeparator) });
  draft.block("A1", [
    [text(s.funnel.title, STYLE.title), ...blank(width - 1)],
    [text(hint, { ...STYLE.hint, wrap: true }), ...blank(width - 1)],
    FUNNEL_COLUMNS.map((k) => text(s.funnel.columns[k], STYLE.header)),
    ...plan.funnel.map((_, i) => FUNNEL_COLUMNS.map((k) => stageCell(k, i, first + i))),
  ]);
  draft.merge(`A1:${c.bottleneck}1`).merge(`A2:${c.bottleneck}2`).rowHeight(45, 2);
  draft.block(`A${F.summaryTitleRow}`, [
    [text(s.funnel.summaryTitle, { ...STYLE.title, fontSize: 12 }), EMPTY],
    ...SUMMARY.map(([key, f]) => [text(s.funnel.summary[key]), calc(f, FMT.oneDecimal)]),
  ]);

  const stages = (k: FunnelColumnKey): string => L.ref("funnel", `${c[k]}${first}:${c[k]}${F.lastStageRow}`);
  const chartTop = F.firstSummaryRow + SUMMARY.length + 1;
  draft.chart({
    kind: "bar",
    title: s.funnel.title,
    anchor: `A${chartTop}:${c.vsBenchmark}${chartTop + 16}`,
    series: [
      { name: s.funnel.columns.required, categories: stages("stage"), values: stages("required"), color: "#A5A5A5" },
      { name: s.funnel.columns.actual, categories: stages("stage"), values: stages("actual"), color: "#ED7D31" },
    ],
  });

  draft.rowHeight(TWO_LINES, F.headerRow);
  const v = validationText(s);
  const col = (k: FunnelColumnKey): string => `${c[k]}${first}:${c[k]}${F.lastStageRow}`;
  // Whole counts where the team types: the opening figures, and the actual of a stage the log does not record.
  const counts: ValidationSpec[] = plan.funnel.map((stage, i) => v.whole(`${c[stageMetric[stage.key] ? "opening" : "actual"]}${first + i}`, 0, 1e9));
  draft
    .validate(v.decimal(col("benchmark"), 0, 1, true), ...counts)
    .attainment(col("attainment"), `${c.attainment}${first}`);

  return draft.build({
    key: "funnel",
    name: L.sheetNames.funnel,
    tabColor: "#A5A5A5",
    columns: FUNNEL_COLUMNS.map((k) => ({
      width: fitWidth(k === "stage" ? 28 : 10, s.funnel.columns[k], k === "bottleneck" ? s.funnel.bottleneck : "", ...(k === "source" ? sources : [])),
    })),
    freeze: { rows: F.headerRow, columns: 1 },
    // One page: with the opening and source columns, a scaled printout split the table and its chart over two.
    print: { titleRows: `${F.headerRow}:${F.headerRow}`, fitTo: { wide: 1, tall: 1 } },
  });
}
