/**
 * The funnel sheet (销售漏斗, docs/domain.md §4): per stage the benchmark share (editable),
 * the planned share (benchmark, kept at or above the conversion rate; the last stage is
 * the conversion rate), the required count from RequiredLeads, the actual count (input),
 * completion, the conversion from the previous stage against the benchmark, and the
 * bottleneck flag (the stage furthest below its benchmark conversion, as SALES.FUNNEL_STAGE
 * and bottleneck() in src/domain/funnel.ts define it); then the lead pace, and a column chart
 * of required vs actual per stage below it.
 */
import { DEFAULT_FUNNEL } from "../domain/funnel";
import type { SprintPlan } from "../domain/sprint";
import type { FunnelColumnKey, FunnelSummaryKey } from "../domain/vocabulary";
import type { CellSpec, SheetSpec } from "./spec";
import { FUNNEL_COLUMNS, type WorkbookLayout } from "./layout";
import { calc, ceilCleanF, EMPTY, fitWidth, FMT, input, lit, num, SheetDraft, STYLE, text, TWO_LINES, validationText } from "./kit";

const SUMMARY: readonly (readonly [FunnelSummaryKey, string])[] = [
  ["leadsPerWeek", "RequiredLeads*WeekWorkingDays/WorkingDays"],
  ["leadsPerDay", "RequiredLeads/WorkingDays"],
  ["leadsPerOwnerDay", 'IF(TeamSize>0,RequiredLeads/WorkingDays/TeamSize,"")'],
  ["dealsPerOwnerDay", 'IF(TeamSize>0,RequiredDeals/WorkingDays/TeamSize,"")'],
];

export function buildFunnelSheet(plan: SprintPlan, L: WorkbookLayout): SheetSpec {
  const s = L.strings;
  const F = L.funnel;
  const c = F.col;
  const first = F.firstStageRow;
  const lastIndex = plan.funnel.length - 1;
  const vsRange = `$${c.vsBenchmark}$${first + 1}:$${c.vsBenchmark}$${F.lastStageRow}`;
  const draft = new SheetDraft();

  const stageCell = (key: FunnelColumnKey, i: number, r: number): CellSpec => {
    const at = (k: FunnelColumnKey, row = r): string => `${c[k]}${row}`;
    const stage = plan.funnel[i];
    const later = i > 0;
    const none: CellSpec = { style: STYLE.calc };
    switch (key) {
      case "stage":
        return text(DEFAULT_FUNNEL[i].names[plan.inputs.locale]);
      case "benchmark":
        return input(stage.benchmark, FMT.pctWhole);
      case "planned":
        return i === 0 ? num(1, FMT.pct) : calc(i === lastIndex ? "ConversionRate" : `MAX(${at("benchmark")},ConversionRate)`, FMT.pct);
      case "required":
        return calc(i === 0 ? "RequiredLeads" : i === lastIndex ? "RequiredDeals" : ceilCleanF(`RequiredLeads*${at("planned")}`), FMT.count);
      case "actual":
        return input(null, FMT.count);
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
  const blank = (n: number): CellSpec[] => Array.from({ length: n }, () => EMPTY);
  draft.block("A1", [
    [text(s.funnel.title, STYLE.title), ...blank(width - 1)],
    [text(s.funnel.hint, STYLE.hint), ...blank(width - 1)],
    FUNNEL_COLUMNS.map((k) => text(s.funnel.columns[k], STYLE.header)),
    ...plan.funnel.map((_, i) => FUNNEL_COLUMNS.map((k) => stageCell(k, i, first + i))),
  ]);
  draft.merge(`A1:${c.bottleneck}1`).merge(`A2:${c.bottleneck}2`);
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
  draft
    .validate(v.decimal(col("benchmark"), 0, 1, true), v.whole(col("actual"), 0, 1e9))
    .attainment(col("attainment"), `${c.attainment}${first}`);

  return draft.build({
    key: "funnel",
    name: L.sheetNames.funnel,
    tabColor: "#A5A5A5",
    columns: FUNNEL_COLUMNS.map((k) => ({ width: fitWidth(k === "stage" ? 28 : 12, s.funnel.columns[k], k === "bottleneck" ? s.funnel.bottleneck : "") })),
    freeze: { rows: F.headerRow, columns: 1 },
    print: { titleRows: `${F.headerRow}:${F.headerRow}` },
  });
}
