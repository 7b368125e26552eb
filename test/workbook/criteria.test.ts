/**
 * The criteria index of SUMIF/SUMIFS/COUNTIF/COUNTIFS (src/workbook/evaluate/criteria.ts) selects
 * exactly the cells the one-cell test `criterion` accepts, on random ranges and criteria: blanks,
 * text and numeric text, numbers (dates are numbers), booleans, errors, every operator, wildcards
 * and `~`, letters whose case folding is special. And SUMIFS/COUNTIFS through the evaluator give
 * exactly (bit for bit) what a cell-by-cell walk in row order gives.
 */
import fc from "fast-check";
import { CriteriaIndex, caseFold, criterion, wildcard } from "../../src/workbook/evaluate/criteria";
import { evaluateWorkbook, XlError, type Scalar } from "../../src/workbook/evaluate";
import { ERR } from "../../src/workbook/evaluate/values";
import { PAGE_MARGINS } from "../../src/workbook/print";
import type { CellSpec, WorkbookSpec } from "../../src/workbook/spec";

/** Words the ranges and the criteria share, so that criteria hit: names, case variants, letters with special case folding. */
const WORDS = ["北区", "张三", "Owner 1", "owner 1", "OWNER 1", "Owner 10", "a", "A", "ab", "b*", "a?c", "~", "ß", "SS", "ſ", "s", "K", "k", "\u212a", "ı", "I", "i", "İ", "σ", "ς", "Σ", "ﬀ", ""];
/** Numbers: dates around a sprint, small values, decimals, the zeros. */
const NUMBERS = [45719, 45720, 45749, 0, -0, 1, 2, 2.5, -3, 0.1 + 0.2, 0.3, 1e-9, 12];

const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 4 }), fc.string({ unit: "binary", maxLength: 3 }));
const number = fc.oneof(fc.constantFrom(...NUMBERS), fc.integer({ min: -5, max: 50 }), fc.double({ min: -100, max: 100, noNaN: true }));

/** A cell of a range: mostly the shared words and numbers, with blanks, numeric text, booleans, errors and the odd non-finite number. */
const cell: fc.Arbitrary<Scalar> = fc.oneof(
  { arbitrary: fc.constant(null), weight: 3 },
  { arbitrary: word, weight: 4 },
  { arbitrary: number, weight: 4 },
  { arbitrary: number.map((n) => String(n)), weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(ERR.na, ERR.div0, ERR.value), weight: 1 },
  { arbitrary: fc.constantFrom(NaN, Infinity, -Infinity), weight: 1 },
);

const OPS = ["", "=", "<>", "<", "<=", ">", ">="];

/** A criterion: a typed value (as a cell holds it), or text: an operator before a word, a number, a date serial, or a pattern. */
const crit: fc.Arbitrary<Scalar> = fc.oneof(
  { arbitrary: cell, weight: 2 },
  {
    arbitrary: fc
      .tuple(
        fc.constantFrom(...OPS),
        fc.oneof(
          word,
          number.map(String),
          fc.constantFrom("*", "?", "a*", "*1", "Owner ?", "~*", "~?", "b~*", "~~", "*~", "?*?", "OWNER*", "ſ*", "σ?", "1e3", " 12 ", "50%", "+3", ".5"),
        ),
      )
      .map(([op, rest]) => op + rest),
    weight: 5,
  },
);

/** The offsets a one-cell walk accepts. */
const naive = (values: readonly Scalar[], c: Scalar): number[] => {
  const test = criterion(c);
  return values.flatMap((v, i) => (test(v) ? [i] : []));
};

describe("criteria index", () => {
  test("selects exactly the cells `criterion` accepts, for many criteria on one index", () => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), fc.array(crit, { minLength: 1, maxLength: 12 }), (values, crits) => {
        const index = new CriteriaIndex({ rows: values.length, cols: 1, values });
        for (const c of crits) {
          const want = naive(values, c);
          const got = index.select(c);
          const offsets = Array.from(got.offsets());
          // (expect only on a difference: thousands of passing expects would dominate the run)
          if (got.size !== want.length || offsets.length !== want.length || offsets.some((o, i) => o !== want[i])) {
            expect({ criterion: c, size: got.size, offsets }).toEqual({ criterion: c, size: want.length, offsets: want });
          }
        }
      }),
      { numRuns: 1500 },
    );
  });

  test("a two-dimensional range is selected row by row", () => {
    const grid = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 8 }))
      .chain(([cols, rows]) => fc.array(cell, { minLength: cols * rows, maxLength: cols * rows }).map((values) => ({ rows, cols, values })));
    fc.assert(
      fc.property(grid, crit, (g, c) => {
        expect(Array.from(new CriteriaIndex(g).select(c).offsets())).toEqual(naive(g.values, c));
      }),
    );
  });

  test("examples: operators on dates, names, wildcards, blanks", () => {
    const values: Scalar[] = [45719, "Owner 1", null, "", 45720, "owner 10", true, ERR.na, "45719", 45749, "b*x"];
    const pick = (c: Scalar): number[] => Array.from(new CriteriaIndex({ rows: values.length, cols: 1, values }).select(c).offsets());
    expect(pick(">=45720")).toEqual([4, 9]);
    expect(pick("<45720")).toEqual([0]);
    expect(pick(45719)).toEqual([0]); // a typed number matches numbers, not numeric text
    expect(pick("45719")).toEqual([0]);
    expect(pick("=OWNER 1")).toEqual([1]);
    expect(pick("owner*")).toEqual([1, 5]);
    expect(pick("<>owner*")).toEqual([0, 2, 3, 4, 6, 7, 8, 9, 10]); // errors too, as Excel's <> does
    expect(pick("b~*?")).toEqual([10]);
    expect(pick("")).toEqual([2, 3]);
    expect(pick("=")).toEqual([2, 3]);
    expect(pick("<>")).toEqual([0, 1, 4, 5, 6, 7, 8, 9, 10]);
    expect(pick(">o")).toEqual([1, 5]);
    expect(pick(true)).toEqual([6]);
    expect(pick(ERR.na)).toEqual([]);
  });

  test("case folding is the regular expression's: a literal matches exactly the texts its pattern matches", () => {
    fc.assert(
      fc.property(fc.oneof(word, fc.string({ unit: "binary", maxLength: 3 })), fc.oneof(word, fc.string({ unit: "binary", maxLength: 3 })), (a, b) => {
        const literal = a.replace(/[*?~]/g, "");
        expect(caseFold(literal) === caseFold(b)).toBe(wildcard(literal).test(b));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("SUMIFS and COUNTIFS through the evaluator", () => {
  /** A sheet: columns A (criteria 1), B (criteria 2), C (numbers to sum) over `n` rows; E1.. the formulas. */
  function sheet(rows: [Scalar, Scalar, Scalar][], formulas: string[]): WorkbookSpec {
    const asCell = (v: Scalar): CellSpec => (v === null || v instanceof XlError || (typeof v === "number" && !Number.isFinite(v)) ? {} : { v });
    const n = Math.max(rows.length, formulas.length);
    const cells: CellSpec[][] = [];
    for (let i = 0; i < n; i++) {
      const r = rows[i] ?? [null, null, null];
      cells.push([asCell(r[0]), asCell(r[1]), asCell(r[2]), {}, formulas[i] !== undefined ? { f: formulas[i] } : {}]);
    }
    return {
      locale: "en",
      sheets: [
        {
          key: "log",
          name: "Log",
          columns: [],
          blocks: [{ at: "A1", cells }],
          conditionalFormats: [],
          validations: [],
          charts: [],
          pageSetup: { orientation: "portrait", paper: "A4", margins: PAGE_MARGINS, scale: { percent: 100 }, pageOrder: "downThenOver", rowBreaks: [], columnBreaks: [] },
        },
      ],
      names: [],
    };
  }

  /** A criterion as formula text ("=" prefixed texts are quoted; numbers and booleans typed). */
  const asFormula = (c: Scalar): string =>
    typeof c === "string" ? `"${c.replace(/"/g, '""')}"` : typeof c === "boolean" ? (c ? "TRUE" : "FALSE") : String(c);
  const finite = (v: Scalar): Scalar => (v instanceof XlError || (typeof v === "number" && !Number.isFinite(v)) ? null : v);
  // Texts a formula can hold as a literal: no control characters, no lone surrogates.
  const textCrit = crit.filter((c) => typeof c === "string" && [...c].every((ch) => ch >= " " && (ch.length === 2 || ch < "\ud800" || ch > "\udfff")));
  const numericCell = fc.oneof(fc.constant(null), number, fc.constant("7"));

  test("equal the cell-by-cell walk, summed in row order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(cell.map(finite), cell.map(finite), numericCell), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(textCrit, textCrit), { minLength: 1, maxLength: 6 }),
        (rows, pairs) => {
          const n = rows.length;
          const formulas = pairs.flatMap(([c1, c2]) => [
            `SUMIFS($C$1:$C$${n},$A$1:$A$${n},${asFormula(c1)},$B$1:$B$${n},${asFormula(c2)})`,
            `COUNTIFS($A$1:$A$${n},${asFormula(c1)},$B$1:$B$${n},${asFormula(c2)})`,
            `SUMIF($A$1:$A$${n},${asFormula(c1)},$C$1:$C$${n})`,
            `COUNTIF($B$1:$B$${n},${asFormula(c2)})`,
          ]);
          const values = evaluateWorkbook(sheet(rows, formulas));
          pairs.forEach(([c1, c2], k) => {
            const t1 = criterion(c1);
            const t2 = criterion(c2);
            let sum2 = 0;
            let count2 = 0;
            let sum1 = 0;
            let count1 = 0;
            rows.forEach(([a, b, x]) => {
              if (t1(a) && t2(b)) {
                count2++;
                if (typeof x === "number") sum2 += x;
              }
              if (t1(a) && typeof x === "number") sum1 += x;
              if (t2(b)) count1++;
            });
            const got = [1, 2, 3, 4].map((i) => values.get("Log", 4 * k + i, 5));
            expect([c1, c2, got]).toEqual([c1, c2, [sum2, count2, sum1, count1]]);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
