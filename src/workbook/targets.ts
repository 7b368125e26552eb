/**
 * The target table (目标表, docs/domain.md §6): one row per owner with the sprint target
 * split by weight (cumulative rounding, so the parts add up to SprintTarget exactly),
 * weekly target (a full working week's share), base and challenge tiers, key strategy, actual and attainment;
 * then the four sprint phases with their key figures and default strategies.
 */
import type { PhaseColumnKey } from "../domain/vocabulary";
import { TARGET_TYPES } from "../domain/vocabulary";
import type { SprintPlan } from "../domain/sprint";
import type { CellSpec, SheetSpec } from "./spec";
import { PHASE_COLUMNS, TARGET_COLUMNS, type TargetsColumnKey, type WorkbookLayout } from "./layout";
import { calc, EMPTY, fitWidth, FMT, input, moneyFormat, num, SheetDraft, STYLE, text, TWO_LINES, validationText } from "./kit";

export function buildTargetsSheet(plan: SprintPlan, L: WorkbookLayout): SheetSpec {
  const s = L.strings;
  const T = L.targets;
  const c = T.col;
  const money = moneyFormat(plan.inputs.currency);
  const first = T.firstOwnerRow;
  const last = T.lastOwnerRow;
  const weightTotal = `$${c.weight}$${T.totalRow}`;
  const draft = new SheetDraft();
  const span = (key: TargetsColumnKey): string => `${c[key]}${first}:${c[key]}${last}`;
  const typeNames = TARGET_TYPES.map((t) => s.targetTypes[t]);

  const share = (r: number): string => `ROUND(SprintTarget*SUM($${c.weight}$${first}:${c.weight}${r})/${weightTotal},0)`;
  const attainment = (r: number): string =>
    `IF(AND(ISNUMBER(${c.actual}${r}),N(${c.target}${r})>0),${c.actual}${r}/${c.target}${r},"")`;

  /** Opening figure + the owner's revenue in the daily log; blank while neither exists. */
  const logRange = (key: "owner" | "revenue"): string => L.ref("log", L.log.rows(key));
  const ownerActual = (r: number): string => {
    const owner = `${c.owner}${r}`;
    const opening = `${c.opening}${r}`;
    const logged = `COUNTIF(${logRange("owner")},"="&${owner})`;
    return `IF(OR(${owner}="",AND(${opening}="",${logged}=0)),"",N(${opening})+SUMIF(${logRange("owner")},"="&${owner},${logRange("revenue")}))`;
  };

  const ownerCell = (key: TargetsColumnKey, i: number, r: number): CellSpec => {
    const o = plan.owners[i];
    switch (key) {
      case "owner":
        return input(o.name);
      case "weight":
        return input(o.weight);
      case "type":
        return input(s.targetTypes[o.targetType]);
      case "target":
        return calc(`IF(${weightTotal}>0,${r === first ? share(r) : `${share(r)}-${share(r - 1)}`},0)`, money);
      case "weekly":
        // The one weekly target (docs/domain.md §6): the owner's plan for a full working week.
        return calc(`${c.target}${r}*WeekWorkingDays/WorkingDays`, money);
      case "base":
        return calc(`${c.target}${r}*BaseTier`, money);
      case "challenge":
        return calc(`${c.target}${r}*ChallengeTier`, money);
      case "strategy":
        return input(o.strategy ?? s.defaultOwnerStrategy, undefined, { ...STYLE.input, wrap: true });
      case "opening":
        return input(null, money);
      case "actual":
        return calc(ownerActual(r), money);
      case "attainment":
        return calc(attainment(r), FMT.pct);
    }
  };

  const totalCell = (key: TargetsColumnKey): CellSpec => {
    const r = T.totalRow;
    switch (key) {
      case "owner":
        return text(s.total, STYLE.total);
      case "weight":
        return calc(`SUM(${span(key)})`, undefined, STYLE.total);
      case "target":
      case "weekly":
      case "base":
      case "challenge":
        return calc(`SUM(${span(key)})`, money, STYLE.total);
      case "opening":
      case "actual":
        return calc(`IF(COUNT(${span(key)})>0,SUM(${span(key)}),"")`, money, STYLE.total);
      case "attainment":
        return calc(attainment(r), FMT.pct, STYLE.total);
      default:
        return { style: STYLE.total };
    }
  };

  const header = (k: TargetsColumnKey): string => (k === "opening" ? L.run.targets.opening : s.targets.columns[k]);
  const width = TARGET_COLUMNS.length;
  const blank = (n: number): CellSpec[] => Array.from({ length: n }, () => EMPTY);
  draft.block("A1", [
    [text(s.targets.title, STYLE.title), ...blank(width - 1)],
    [text(s.targets.hint, STYLE.hint), ...blank(width - 1)],
    TARGET_COLUMNS.map((k) => text(header(k), STYLE.header)),
    ...plan.owners.map((_, i) => TARGET_COLUMNS.map((k) => ownerCell(k, i, first + i))),
    TARGET_COLUMNS.map(totalCell),
  ]);
  draft.merge(`A1:${c.attainment}1`).merge(`A2:${c.attainment}2`);

  // ---- phases ----
  const P = T.phaseCol;
  const sprintRef = (key: "phaseNo" | `plan.${string}`): string => L.ref("sprint", L.sprint.days(key as "phaseNo"));
  const phaseCell = (key: PhaseColumnKey, p: number, r: number): CellSpec => {
    const ph = plan.phases[p - 1];
    switch (key) {
      case "phaseNo":
        return num(p, FMT.count);
      case "phase":
        return text(s.phases[p - 1], { ...STYLE.label, wrap: true });
      case "from":
        return calc(`SprintStart+(${P.phaseNo}${r}-1)*PhaseDays`, FMT.date);
      case "to":
        return calc(p < 4 ? `${P.from}${r}+PhaseDays-1` : "SprintStart+SprintDays-1", FMT.date);
      case "keyFigure":
        return text(s.phaseKeyFigures[p - 1], { ...STYLE.label, wrap: true });
      case "keyPlan":
        return calc(`SUMIF(${sprintRef("phaseNo")},${P.phaseNo}${r},${sprintRef(`plan.${ph.keyMetric}`)})`, FMT.count);
      case "role":
        return text(s.phaseRoles[p - 1]);
      case "strategy":
        return input(s.phaseStrategies[p - 1], undefined, { ...STYLE.input, wrap: true });
    }
  };
  draft.block(`A${T.phaseTitleRow}`, [
    [text(s.targets.phaseTitle, { ...STYLE.title, fontSize: 12 }), ...blank(PHASE_COLUMNS.length - 1)],
    PHASE_COLUMNS.map((k) => text(s.targets.phaseColumns[k], STYLE.header)),
    ...plan.phases.map((ph, i) => PHASE_COLUMNS.map((k) => phaseCell(k, ph.phase, T.firstPhaseRow + i))),
  ]);

  const v = validationText(s);
  draft
    .validate(
      v.decimal(span("weight"), 0),
      v.list(span("type"), typeNames),
      v.decimal(span("opening"), 0),
    )
    .attainment(`${c.attainment}${first}:${c.attainment}${T.totalRow}`, `${c.attainment}${first}`);

  draft.rowHeight(TWO_LINES, T.headerRow, T.phaseHeaderRow);
  draft.rowHeight(TWO_LINES, ...plan.owners.map((_, i) => first + i), ...plan.phases.map((_, i) => T.firstPhaseRow + i));
  const moneyWidth = Math.max(12, plan.inputs.target.toLocaleString("en-US").length + 3 + plan.inputs.currency.length);
  const base: Record<TargetsColumnKey, number> = {
    owner: Math.min(40, fitWidth(16, "", ...plan.owners.map((o) => o.name), ...s.phases)),
    weight: 8,
    type: fitWidth(12, "", ...typeNames),
    target: moneyWidth,
    weekly: moneyWidth,
    base: moneyWidth,
    challenge: moneyWidth,
    strategy: 60,
    opening: moneyWidth,
    actual: moneyWidth,
    attainment: 10,
  };
  const phaseHeader = Object.fromEntries(PHASE_COLUMNS.map((k, i) => [TARGET_COLUMNS[i], s.targets.phaseColumns[k]]));
  const phaseValues: Partial<Record<TargetsColumnKey, readonly string[]>> = { weekly: s.phaseKeyFigures, challenge: s.phaseRoles };
  const widths = Object.fromEntries(
    TARGET_COLUMNS.map((k) => [k, fitWidth(base[k], header(k), phaseHeader[k] ?? "", ...(phaseValues[k] ?? []))]),
  ) as Record<TargetsColumnKey, number>;
  return draft.build({
    key: "targets",
    name: L.sheetNames.targets,
    tabColor: "#70AD47",
    columns: TARGET_COLUMNS.map((k) => ({ width: widths[k] })),
    freeze: { rows: T.headerRow, columns: 1 },
    print: {
      titleRows: `${T.headerRow}:${T.headerRow}`,
      titleColumns: `${T.col.owner}:${T.col.owner}`,
      keepTogether: [{ top: T.phaseTitleRow, bottom: T.firstPhaseRow + plan.phases.length - 1 }],
    },
  });
}
