/**
 * The chance of reaching a target as a native formula: the sheet twin of hitChance
 * (src/domain/chance.ts, docs/chance.md), the same arithmetic step by step, so a recipient
 * without the add-in sees the figure SALES.HIT_CHANCE gives. Only functions Excel (any
 * version), LibreOffice, WPS and HyperFormula evaluate without an `_xlfn.` prefix: COUNT,
 * COUNTIF, AVERAGE, STDEV, SUM, SQRT, MAX, INT, TDIST, IF, NA.
 *
 * With R the daily actuals (blank cells: not reported; zeros count), r the working days left,
 * A done so far (default SUM(R)) and T the target:
 *   n = COUNT(R), k = COUNTIF(R,">0"), m = AVERAGE(R), s = STDEV(R), need = T − A,
 *   q = 4·r·n·(m/s)² / (n + r),   z = √(q·need / (r·m)) − √MAX(0, q − 1),   df = MAX(1, INT(k/2)),
 *   chance = IF(z ≥ 0, TDIST(z, df, 1), 1 − TDIST(−z, df, 1)),
 * guarded in the domain's order: need ≤ 0 → 1; r ≤ 0 → 0; n < 5 → #N/A; s = 0 → #N/A.
 * (IF evaluates only the branch it takes, so AVERAGE and STDEV never see too few days.)
 */
import { CHANCE_MIN_DAYS } from "../domain/chance";

export interface ChanceFormulaRefs {
  /** The target: a reference, a defined name or a number. */
  target: string;
  /** The daily actuals: a range reference (one day per cell; blank = not reported). */
  actuals: string;
  /** Working days left: a reference, a defined name or an expression. */
  remainingDays: string;
  /** Done so far; default SUM(actuals). */
  doneSoFar?: string;
}

/** The chance (0–1, or #N/A when there is not enough data) as one formula, without the leading "=". */
export function hitChanceFormula(refs: ChanceFormulaRefs): string {
  const R = refs.actuals;
  const r = group(refs.remainingDays);
  const n = `COUNT(${R})`;
  const need = `(${group(refs.target)}-${refs.doneSoFar === undefined ? `SUM(${R})` : group(refs.doneSoFar)})`;
  const q = `(4*${r}*${n}*(AVERAGE(${R})/STDEV(${R}))^2/(${n}+${r}))`;
  const z = `(SQRT(${q}*${need}/(${r}*AVERAGE(${R})))-SQRT(MAX(0,${q}-1)))`;
  const df = `MAX(1,INT(COUNTIF(${R},">0")/2))`;
  const chance = `IF(${z}>=0,TDIST(${z},${df},1),1-TDIST(-${z},${df},1))`;
  return `IF(${need}<=0,1,IF(${r}<=0,0,IF(${n}<${CHANCE_MIN_DAYS},NA(),IF(STDEV(${R})=0,NA(),${chance}))))`;
}

/** An operand as it can stand in a product: a reference, name or number as it is, anything else in parentheses. */
function group(x: string): string {
  return /^(\$?[A-Za-z_][\w.]*|\$?[A-Z]+\$?\d+|\d+(\.\d+)?)$/.test(x.trim()) ? x.trim() : `(${x})`;
}
