/**
 * The inputs sheet (输入): every figure the plan starts from, each in a cell with a
 * workbook-level defined name (SprintTarget, AvgOrderValue, …), plus the derived counts
 * and the progress figures the other sheets share.
 */
import { DAILY_METRICS, INPUT_SECTIONS, type DailyMetric, type InputKey } from "../domain/vocabulary";
import { ACTIVITY_INPUT, METRIC_STAGE, type SprintPlan } from "../domain/sprint";
import { SPRINT_LIMITS } from "../domain/inputs";
import { isoToSerial } from "../domain/dates";
import { format } from "../i18n/locale";
import type { DefinedNameSpec, SheetSpec, ValidationSpec } from "./spec";
import { INPUT_ROWS, RUN_INPUT_ROWS, type WorkbookLayout } from "./layout";
import { RUN_INPUT_DEFAULTS, RUN_INPUT_MAX, type RunInputKey } from "../domain/run";
import { calc, ceilCleanF, EMPTY, FMT, input, lit, moneyFormat, SheetDraft, STYLE, text, templateF, validationText } from "./kit";
import type { CellSpec } from "./spec";

interface InputItem {
  cell: CellSpec;
  /** Whether the value cell gets a defined name (the key). */
  named: boolean;
  validation?: (range: string) => ValidationSpec;
}

/** Value column of the inputs sheet. */
export const INPUT_VALUE_COL = "B";

function items(plan: SprintPlan, L: WorkbookLayout): Record<InputKey, InputItem> {
  const p = plan.inputs;
  const s = L.strings;
  const v = validationText(s);
  const money = moneyFormat(p.currency);
  const sp = L.sprint;
  const at = (key: InputKey): string => `${INPUT_VALUE_COL}${L.inputs.row[key]}`;
  const pctInput = (x: number): InputItem => ({
    cell: input(x, FMT.pct),
    named: true,
    validation: (r) => v.decimal(r, 0, SPRINT_LIMITS.maxThreshold, true),
  });
  const named = (cell: CellSpec): InputItem => ({ cell, named: true });
  return {
    SprintTarget: {
      cell: input(p.target, money),
      named: true,
      validation: (r) => v.whole(r, 1, SPRINT_LIMITS.maxTarget),
    },
    AvgOrderValue: {
      cell: input(p.avgOrderValue, moneyFormat(p.currency, !Number.isInteger(p.avgOrderValue))),
      named: true,
      validation: (r) => v.decimal(r, 0.01, SPRINT_LIMITS.maxTarget),
    },
    ConversionRate: {
      cell: input(p.conversion, FMT.pct),
      named: true,
      validation: (r) => v.decimal(r, 0.0001, 1, true),
    },
    SprintStart: { cell: input(p.startSerial, FMT.date), named: true, validation: (r) => v.date(r) },
    SprintDays: named(calc(`COUNT(${L.ref("sprint", sp.days("day"))})`, FMT.count)),
    IncludeWeekends: {
      cell: input(p.weekends ? s.yes : s.no),
      named: true,
      validation: (r) => v.list(r, [s.yes, s.no]),
    },
    WorkingDays: named(calc(`SUM(${L.ref("sprint", sp.days("working"))})`, FMT.count)),
    WeekWorkingDays: named(calc(`IF(IncludeWeekends=${lit(s.yes)},7,5)`, FMT.count)),
    // The one weekly target (docs/domain.md §6): a full working week's share of the target.
    WeeklyTarget: named(calc("SprintTarget*WeekWorkingDays/WorkingDays", money)),
    PhaseDays: named(calc("MAX(1,INT(SprintDays/4))", FMT.count)),
    TeamSize: named(
      calc(`COUNTA(${L.ref("targets", `${L.targets.col.owner}${L.targets.firstOwnerRow}:${L.targets.col.owner}${L.targets.lastOwnerRow}`)})`, FMT.count),
    ),
    DealsExact: { cell: calc("SprintTarget/AvgOrderValue", FMT.twoDecimals), named: false },
    RequiredDeals: named(calc(ceilCleanF(at("DealsExact")), FMT.count)),
    LeadsExact: { cell: calc("SprintTarget/AvgOrderValue/ConversionRate", FMT.twoDecimals), named: false },
    RequiredLeads: named(calc(ceilCleanF(at("LeadsExact")), FMT.count)),
    DailyCalls: dailyItem(plan, "calls", v),
    DailyEmails: dailyItem(plan, "emails", v),
    PipelineValue: { cell: input(null, money), named: true, validation: (r) => v.decimal(r, 0) },
    ThresholdRed: pctInput(p.thresholds.red),
    ThresholdGreen: pctInput(p.thresholds.green),
    CoverageWarn: pctInput(p.thresholds.coverage),
    NewOppWarn: pctInput(p.thresholds.newOpp),
    ActivityWarn: pctInput(p.thresholds.activity),
    BaseTier: pctInput(p.tiers.base),
    ChallengeTier: pctInput(p.tiers.challenge),
    LastReportedDay: named(calc(`MAX(${L.ref("sprint", sp.days("reported"))})`, FMT.count)),
    WorkingDaysElapsed: named(
      calc(`IF(LastReportedDay=0,0,INDEX(${L.ref("sprint", sp.days("workIndex"))},LastReportedDay))`, FMT.count),
    ),
  };
}

/** A per-rep daily figure: the typed figure, or blank (from the plan). */
function dailyItem(plan: SprintPlan, m: DailyMetric, v: ReturnType<typeof validationText>): InputItem {
  return {
    cell: input(plan.inputs.dailyActivity[m] ?? null, FMT.count),
    named: true,
    validation: (r) => v.whole(r, 0, SPRINT_LIMITS.maxActivity),
  };
}

/** A percentage of the run section (the adjustment limits, ChanceWarn). */
function isRunPercent(key: RunInputKey): key is keyof typeof RUN_INPUT_DEFAULTS {
  return key in RUN_INPUT_DEFAULTS;
}

/** The per-rep daily figure of an Inputs row, if it is one. */
function dailyMetricOf(key: InputKey | RunInputKey): DailyMetric | undefined {
  return DAILY_METRICS.find((m) => ACTIVITY_INPUT[m] === key);
}

/**
 * A row's note. A per-rep daily figure's note is a formula: the words, then a warning while a
 * typed figure is below what the funnel needs per owner and working day (the required count of
 * its stage ÷ owners ÷ working days, rounded up: src/domain/sprint.ts activityNeeded).
 */
function noteCell(key: InputKey | RunInputKey, note: string, L: WorkbookLayout, plan: SprintPlan): CellSpec {
  const m = dailyMetricOf(key);
  if (!m) return text(note, STYLE.hint);
  const stage = plan.funnel.findIndex((f) => f.key === METRIC_STAGE[m]);
  const required = L.ref("funnel", `${L.funnel.col.required}${L.funnel.firstStageRow + stage}`);
  const need = ceilCleanF(`${required}/(TeamSize*WorkingDays)`);
  const cell = key;
  const warn = templateF(L.strings.inputs.activityBelow, { need: `TEXT(${need},"#,##0")` });
  return calc(`${templateF(note, {})}&IF(AND(ISNUMBER(${cell}),TeamSize*WorkingDays>0),IF(${cell}<${need},${warn},""),"")`, undefined, STYLE.hint);
}

export function buildInputsSheet(plan: SprintPlan, L: WorkbookLayout): { sheet: SheetSpec; names: DefinedNameSpec[] } {
  const s = L.strings;
  const all = items(plan, L);
  const draft = new SheetDraft();
  const names: DefinedNameSpec[] = [];
  const v = validationText(s);
  const h = s.inputs.headers;
  const rows: CellSpec[][] = [
    [text(s.inputs.title, STYLE.title), EMPTY, EMPTY, EMPTY],
    [text(s.inputs.hint, STYLE.hint), EMPTY, EMPTY, EMPTY],
    [h.item, h.value, h.name, h.note].map((x) => text(x, STYLE.header)),
  ];
  draft.merge("A1:D1").merge("A2:D2");
  for (const section of INPUT_SECTIONS) {
    const r = L.inputs.sectionRow[section];
    rows.push([text(s.inputs.sections[section], STYLE.section), EMPTY, EMPTY, EMPTY]);
    draft.merge(`A${r}:D${r}`);
    for (const key of INPUT_ROWS[section]) {
      const item = all[key];
      const address = `${INPUT_VALUE_COL}${L.inputs.row[key]}`;
      const label = s.inputs.items[key];
      rows.push([text(label.label), item.cell, item.named ? text(key, STYLE.name) : EMPTY, noteCell(key, label.note, L, plan)]);
      if (item.named) names.push({ name: key, ref: L.ref("inputs", address), comment: label.label });
      if (item.validation) draft.validate(item.validation(address));
    }
  }
  // Running the sprint (docs/using.md "Running the sprint day by day"): per-rep daily figures, adjustment limits, ChanceWarn.
  rows.push([text(L.run.inputs.section, STYLE.section), EMPTY, EMPTY, EMPTY]);
  draft.merge(`A${L.inputs.runSectionRow}:D${L.inputs.runSectionRow}`);
  for (const key of RUN_INPUT_ROWS) {
    const address = `${INPUT_VALUE_COL}${L.inputs.runRow[key]}`;
    const label = L.run.inputs.items[key];
    const item: InputItem = isRunPercent(key)
      ? { cell: input(RUN_INPUT_DEFAULTS[key], FMT.pct), named: true, validation: (r) => v.decimal(r, 0, RUN_INPUT_MAX[key] ?? SPRINT_LIMITS.maxThreshold, true) }
      : dailyItem(plan, dailyMetricOf(key) as DailyMetric, v);
    rows.push([text(label.label), item.cell, text(key, STYLE.name), noteCell(key, label.note, L, plan)]);
    names.push({ name: key, ref: L.ref("inputs", address), comment: label.label });
    if (item.validation) draft.validate(item.validation(address));
  }
  rows.push(...calendarBlock(plan, L, draft, names));
  draft.block("A1", rows);
  const sheet = draft.build({
    key: "inputs",
    name: L.sheetNames.inputs,
    tabColor: "#FFC000",
    columns: [{ width: 32 }, { width: 16 }, { width: 20 }, { width: 64 }],
    freeze: { rows: 3, columns: 0 },
    print: { titleRows: "3:3" },
  });
  return { sheet, names };
}

/**
 * The working calendar (docs/domain.md §10) below the other inputs: a heading, how it counts,
 * where its lines came from (and, when the sprint runs past the official data, a warning),
 * then date | kind | name lines the manager may edit. CalendarDates and CalendarKinds name the
 * date and kind columns; the sprint sheet's working column reads them.
 */
function calendarBlock(plan: SprintPlan, L: WorkbookLayout, draft: SheetDraft, names: DefinedNameSpec[]): CellSpec[][] {
  const C = L.inputs.calendar;
  const w = L.strings.calendar;
  const v = validationText(L.strings);
  const source = plan.inputs.calendarSource;
  const years = (iso: string): number => Number(iso.slice(0, 4));
  const line = (cell: CellSpec): CellSpec[] => [cell, EMPTY, EMPTY, EMPTY];
  const rows: CellSpec[][] = [line(EMPTY), line(text(w.section, STYLE.section)), line(text(w.hint, { ...STYLE.hint, wrap: true }))];
  rows.push(
    line(text(source ? format(w.sourceCn, { first: years(source.coveredFrom), last: years(source.coveredThrough) }) : w.sourceNone, { ...STYLE.hint, wrap: true })),
  );
  if (plan.uncovered && source) {
    rows.push(line(text(format(w.uncovered, { last: years(source.coveredThrough), from: plan.uncovered.from }), { ...STYLE.flag, hAlign: "left", wrap: true })));
  }
  rows.push([text(w.headers.date, STYLE.header), text(w.headers.kind, STYLE.header), text(w.headers.name, STYLE.header), EMPTY]);
  const entries = plan.inputs.calendar;
  for (let r = C.firstRow; r <= C.lastRow; r++) {
    const e = entries[r - C.firstRow];
    rows.push([
      input(e ? (isoToSerial(e.date) as number) : null, FMT.date),
      input(e ? w.kinds[e.kind] : null),
      input(e ? e.name : null),
      EMPTY,
    ]);
  }
  for (const r of [C.sectionRow, C.hintRow, C.sourceRow, ...(C.uncoveredRow ? [C.uncoveredRow] : [])]) draft.merge(`A${r}:D${r}`);
  draft.rowHeight(30, C.hintRow, C.sourceRow, ...(C.uncoveredRow ? [C.uncoveredRow] : []));
  const column = (col: string): string => `${col}${C.firstRow}:${col}${C.lastRow}`;
  draft.validate({ ...v.date(column(C.col.date)), allowBlank: true }, v.list(column(C.col.kind), [w.kinds.off, w.kinds.work]));
  names.push(
    { name: "CalendarDates", ref: L.ref("inputs", `${C.col.date}${C.firstRow}:${C.col.date}${C.lastRow}`), comment: w.headers.date },
    { name: "CalendarKinds", ref: L.ref("inputs", `${C.col.kind}${C.firstRow}:${C.col.kind}${C.lastRow}`), comment: w.headers.kind },
  );
  return rows;
}
