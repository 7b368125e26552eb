/**
 * The chance of reaching a target as a native formula: the sheet twin of hitChance
 * (src/domain/chance.ts, docs/chance.md), the same arithmetic step by step, so a recipient
 * without the add-in sees the figure SALES.HIT_CHANCE gives. Only functions Excel (any
 * version), LibreOffice, WPS and HyperFormula evaluate without an `_xlfn.` prefix: COUNT,
 * COUNTIF, AVERAGE, STDEV, SUM, SQRT, MAX, ABS, INT, TDIST, IF, NA.
 *
 * With R the daily actuals (blank cells: not reported; zeros count), r the working days left,
 * A done so far (default SUM(R)) and T the target:
 *   n = COUNT(R), k = COUNTIF(R,">0"), m = AVERAGE(R), s = STDEV(R), need = T − A,
 *   q = 4·r·n·(m/s)² / (n + r),   z = √(q·need / (r·m)) − √MAX(0, q − 1),   df = MAX(1, INT(k/2)),
 *   chance = IF(z ≥ 0, TDIST(z, df, 1), 1 − TDIST(−z, df, 1)),
 * guarded in the domain's order: need ≤ 0 → 1; r ≤ 0 → 0; n < 5 → #N/A; no spread
 * (s ≤ NO_SPREAD × |m|) → #N/A.
 * (IF evaluates only the branch it takes, so AVERAGE and STDEV never see too few days.)
 */
import { CHANCE_MIN_DAYS, NO_SPREAD } from "../domain/chance";

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

/**
 * The figures the chance is computed from, as expressions: reported days n, days with revenue
 * k, their sum and the sum of their squares (the board keeps these per owner in hidden cells,
 * from the daily log's rows, src/workbook/board.ts).
 */
export interface ChanceSums {
  n: string;
  k: string;
  sum: string;
  squares: string;
  target: string;
  done: string;
  remainingDays: string;
}

/** The chance (0–1, or #N/A when there is not enough data) as one formula, without the leading "=". */
export function hitChanceFormula(refs: ChanceFormulaRefs): string {
  const R = refs.actuals;
  return chanceOf({
    n: `COUNT(${R})`,
    k: `COUNTIF(${R},">0")`,
    mean: `AVERAGE(${R})`,
    sd: `STDEV(${R})`,
    target: refs.target,
    done: refs.doneSoFar ?? `SUM(${R})`,
    remainingDays: refs.remainingDays,
  });
}

/**
 * The same chance from sums: mean = sum / n, sample standard deviation
 * √max(0, (squares − sum²/n) / (n − 1)) (one pass; equal to STDEV's two passes within rounding).
 */
export function hitChanceFromSums(x: ChanceSums): string {
  const n = group(x.n);
  const sum = group(x.sum);
  return chanceOf({
    n,
    k: x.k,
    mean: `${sum}/${n}`,
    sd: `SQRT(MAX(0,(${group(x.squares)}-${sum}^2/${n})/(${n}-1)))`,
    target: x.target,
    done: x.done,
    remainingDays: x.remainingDays,
  });
}

interface ChanceTerms {
  n: string;
  k: string;
  mean: string;
  sd: string;
  target: string;
  done: string;
  remainingDays: string;
}

/** The model's arithmetic and its guards, in the domain's order (module comment). */
function chanceOf(t: ChanceTerms): string {
  const r = group(t.remainingDays);
  const n = group(t.n);
  const m = group(t.mean);
  const sd = group(t.sd);
  const need = `(${group(t.target)}-${group(t.done)})`;
  const q = `(4*${r}*${n}*(${m}/${sd})^2/(${n}+${r}))`;
  const z = `(SQRT(${q}*${need}/(${r}*${m}))-SQRT(MAX(0,${q}-1)))`;
  const df = `MAX(1,INT(${group(t.k)}/2))`;
  const chance = `IF(${z}>=0,TDIST(${z},${df},1),1-TDIST(-${z},${df},1))`;
  return `IF(${need}<=0,1,IF(${r}<=0,0,IF(${n}<${CHANCE_MIN_DAYS},NA(),IF(${sd}<=${NO_SPREAD}*ABS(${m}),NA(),${chance}))))`;
}

/** An operand as it can stand in a product: a reference, name or number as it is, anything else in parentheses. */
function group(x: string): string {
  const t = x.trim();
  if (/^(\$?[A-Za-z_][\w.]*|\$?[A-Z]+\$?\d+|\d+(\.\d+)?)$/.test(t)) return t;
  return /^\(.*\)$/.test(t) && balanced(t.slice(1, -1)) ? t : `(${t})`;
}

/** Whether the parentheses in x pair up (so "(a)+(b)" is not taken as one group). */
function balanced(x: string): boolean {
  let depth = 0;
  for (const ch of x) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return false;
  }
  return depth === 0;
}
