/**
 * The weekly review (周复盘, docs/using.md "Running the sprint day by day"; docs/domain.md
 * §5.3): one block per sprint week with planned and actual revenue and deals,
 * attainment, the week's best owner (highest weekly attainment on the board) and the funnel
 * conversions of the week against their benchmarks, the weakest one named. Native formulas
 * only; actuals come from the sprint sheet, which sums the daily log.
 *
 * The conversions are the funnel's (src/workbook/layout.ts REVIEW_CONVERSIONS: consecutive
 * stages the log records, each through its log metric, src/domain/sprint.ts STAGE_METRIC):
 * the week's count of a stage's metric over the previous stage's, against the funnel sheet's
 * benchmark conversion of that stage.
 */
import { format } from "../i18n/locale";
import { STAGE_METRIC, type SprintPlan } from "../domain/sprint";
import type { DailyMetric, SprintMetric } from "../domain/vocabulary";
import type { CellSpec, SheetSpec } from "./spec";
import { REVIEW_BLOCK_ROWS, REVIEW_CONVERSIONS, REVIEW_ROWS, type WorkbookLayout } from "./layout";
import { calc, EMPTY, fitWidth, FMT, lit, LOOK, moneyFormat, SheetDraft, STYLE, text } from "./kit";

const WIDTH = 4;

export function buildReviewSheet(plan: SprintPlan, L: WorkbookLayout): SheetSpec {
  const r = L.run.review;
  const S = L.sprint;
  const F = L.funnel;
  const B = L.board;
  const money = moneyFormat(plan.inputs.currency);
  const draft = new SheetDraft();
  const sprint = (range: string): string => L.ref("sprint", range);
  const funnelCell = (key: "stage" | "benchmarkConversion", i: number): string => L.ref("funnel", `${F.col[key]}${F.firstStageRow + i}`);
  const metricOf = (i: number): DailyMetric => {
    const m = STAGE_METRIC[plan.funnel[i].key];
    if (!m) throw new Error(`the log records no metric of stage ${plan.funnel[i].key}`);
    return m;
  };
  const pad = (cells: CellSpec[]): CellSpec[] => [...cells, ...Array.from({ length: WIDTH - cells.length }, () => EMPTY)];
  const att = (planned: string, actual: string): string => `IF(AND(ISNUMBER(${actual}),N(${planned})>0),${actual}/${planned},"")`;

  const rows: CellSpec[][] = [
    pad([text(r.title, STYLE.title)]),
    // The planned revenue of each week is its own share of the target: the one weekly target's definition (docs/domain.md §6).
    pad([text([r.hint, L.run.weeklyTarget.note].join(plan.inputs.locale === "en" ? " " : ""), { ...STYLE.hint, wrap: true })]),
    pad([]),
  ];
  draft.merge(`A1:D1`).merge(`A2:D2`).rowHeight(75, 2);
  for (const week of plan.weeks) {
    const w = week.week;
    const top = L.review.blockRow(w);
    const at = (offset: number): number => top + offset;
    const weekRow = S.firstWeekRow + w - 1;
    const weekCell = (key: "from" | "to" | "plan" | "actual"): string => sprint(`${S.weekCol[key]}${weekRow}`);
    const sumWeek = (key: `plan.${SprintMetric}` | `act.${SprintMetric}`): string => `SUMIF(${sprint(S.days("week"))},${w},${sprint(S.days(key))})`;
    const reported = `${weekCell("actual")}<>""`;
    const actualOf = (m: SprintMetric): string => `IF(${reported},${sumWeek(`act.${m}`)},"")`;
    const R = REVIEW_ROWS;
    const block: CellSpec[][] = [];
    block[R.title] = [
      text(format(r.week, { n: w }), { ...STYLE.title, fontSize: 12 }),
      calc(weekCell("from"), FMT.date, { hAlign: "center" }),
      text("–", { hAlign: "center" }),
      calc(weekCell("to"), FMT.date, { hAlign: "center" }),
    ];
    block[R.header] = [r.item, r.planned, r.actual, r.attainment].map((x) => text(x, STYLE.header));
    block[R.revenue] = [
      text(r.revenue),
      calc(weekCell("plan"), money),
      calc(`IF(${reported},${weekCell("actual")},"")`, money),
      calc(att(`B${at(R.revenue)}`, `C${at(R.revenue)}`), FMT.pct),
    ];
    block[R.deals] = [
      text(r.deals),
      calc(sumWeek("plan.deals"), FMT.count),
      calc(actualOf("deals"), FMT.count),
      calc(att(`B${at(R.deals)}`, `C${at(R.deals)}`), FMT.pct),
    ];
    const pctCol = L.ref("board", `${B.weekPctCol(w)}${B.firstWeekOwnerRow}:${B.weekPctCol(w)}${B.lastWeekOwnerRow}`);
    const owners = L.ref("board", `A${B.firstWeekOwnerRow}:A${B.lastWeekOwnerRow}`);
    block[R.best] = [
      text(r.bestOwner, { ...STYLE.label, bold: true }),
      calc(`IF(N(MAX(${pctCol}))>0,INDEX(${owners},MATCH(MAX(${pctCol}),${pctCol},0)),${lit(r.none)})`, undefined, STYLE.calc),
      calc(`IF(N(MAX(${pctCol}))>0,MAX(${pctCol}),"")`, FMT.pct),
      { style: STYLE.calc },
    ];
    block[R.stageHeader] = [r.weakestStage, r.conversion, r.benchmark, r.attainment].map((x) => text(x, STYLE.header));
    const first = at(R.firstStage);
    const last = first + REVIEW_CONVERSIONS.length - 1;
    REVIEW_CONVERSIONS.forEach(([i, j], k) => {
      const rr = first + k;
      const from = metricOf(i);
      const to = metricOf(j);
      block[R.firstStage + k] = [
        calc(`${funnelCell("stage", i)}&" → "&${funnelCell("stage", j)}`),
        calc(`IF(AND(${reported},N(${sumWeek(`act.${from}`)})>0),${sumWeek(`act.${to}`)}/${sumWeek(`act.${from}`)},"")`, FMT.pct),
        calc(`IF(ISNUMBER(${funnelCell("benchmarkConversion", j)}),${funnelCell("benchmarkConversion", j)},"")`, FMT.pct),
        calc(`IF(AND(ISNUMBER(B${rr}),N(C${rr})>0),B${rr}/C${rr},"")`, FMT.pct),
      ];
    });
    const ratios = `$D$${first}:$D$${last}`;
    block[R.weakest] = [
      text(r.weakestStage, { ...STYLE.label, bold: true }),
      calc(`IF(COUNT(${ratios})=0,${lit(r.none)},INDEX($A$${first}:$A$${last},MATCH(MIN(${ratios}),${ratios},0)))`, undefined, STYLE.calc),
      calc(`IF(COUNT(${ratios})=0,"",MIN(${ratios}))`, FMT.pct),
      { style: STYLE.calc },
    ];
    block[REVIEW_BLOCK_ROWS - 1] = pad([]);
    while (rows.length < top - 1) rows.push(pad([]));
    rows.push(...block);
    draft.highlight(`A${first}:D${last}`, `AND(ISNUMBER($D${first}),$D${first}=MIN(${ratios}))`, LOOK.red);
    draft.attainment(`D${at(R.revenue)}:D${at(R.deals)}`, `D${at(R.revenue)}`);
    draft.rowHeight(30, at(R.header), at(R.stageHeader));
  }
  draft.block("A1", rows);
  const moneyWidth = Math.max(14, plan.inputs.target.toLocaleString("en-US").length + 3 + plan.inputs.currency.length);
  return draft.build({
    key: "review",
    name: L.sheetNames.review,
    tabColor: "#00B0F0",
    columns: [
      { width: Math.min(40, fitWidth(18, r.weakestStage, r.bestOwner, ...plan.owners.map((o) => o.name))) },
      { width: moneyWidth },
      { width: moneyWidth },
      { width: fitWidth(12, r.attainment) },
    ],
    freeze: { rows: 2, columns: 0 },
    // Each week's block (its heading with its numbers) on one page; no repeated rows: every
    // block carries its own heading.
    print: { keepTogether: plan.weeks.map((w) => ({ top: L.review.blockRow(w.week), bottom: L.review.blockRow(w.week) + REVIEW_BLOCK_ROWS - 2 })) },
  });
}
