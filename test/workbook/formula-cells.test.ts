/**
 * `formulaCells` and `sameShape` (src/workbook/formula.ts): the fast scan the evaluator uses to
 * parse each formula shape once. What it reads as cell addresses must be what the tokenizer reads
 * as cell references, for every formula the builders write.
 */
import fc from "fast-check";
import { planSprint } from "../../src/domain/sprint";
import { defaultOwners } from "../../src/i18n/sheet";
import { buildWorkbook } from "../../src/workbook";
import { cellReference, formulaCells, sameShape, tokenize } from "../../src/workbook/formula";

/** (row, col) pairs of the addresses `formulaCells` finds. */
const addresses = (f: string): [number, number][] => {
  const c = formulaCells(f).cells;
  const out: [number, number][] = [];
  for (let k = 0; k < c.length; k += 4) out.push([c[k], c[k + 1]]);
  return out;
};

/** The corners of every cell reference the tokenizer finds (a single cell once, a range twice). */
const corners = (f: string): [number, number][] =>
  tokenize(f).flatMap((t) => {
    const r = cellReference(t);
    if (!r) return [];
    const text = t.text.slice(t.text.lastIndexOf("!") + 1);
    return text.includes(":") ? ([[r.top, r.left], [r.bottom, r.right]] as [number, number][]) : ([[r.top, r.left]] as [number, number][]);
  });

test("addresses, and what is not one", () => {
  expect(addresses("A1+$B$2*c3")).toEqual([[1, 1], [2, 2], [3, 3]]);
  expect(addresses("SUM('S 1'!$A$4:$A$10003)")).toEqual([[4, 1], [10003, 1]]);
  expect(addresses('"A1"&B2')).toEqual([[2, 2]]); // a string is text
  expect(addresses("'A1'!B2")).toEqual([[2, 2]]); // a quoted sheet name is a name
  expect(addresses("Sheet1!C3+LOG10(D4)")).toEqual([[3, 3], [4, 4]]); // sheet prefix and function names are not addresses
  expect(addresses("Tier1+ZZZ1+A0+XFD1048576+A1048577")).toEqual([[1048576, 16384]]); // a name; beyond the grid
  expect(addresses('IF(A1="",1E5,A1)')).toEqual([[1, 1], [1, 1]]); // 1E5 is a number
  expect(addresses("")).toEqual([]);
});

test("every formula the builders write: the scan finds exactly the tokenizer's cell references", () => {
  for (const [owners, days, weekends] of [
    [5, 30, false],
    [3, 45, true],
    [12, 92, false],
  ] as const) {
    const r = planSprint({ target: 500000, avgOrderValue: 5000, conversion: 0.05, owners: defaultOwners("zh-CN", owners), start: "2028-02-14", days, weekends, locale: "zh-CN" });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const spec = buildWorkbook(r.plan);
    let n = 0;
    for (const s of spec.sheets) {
      for (const b of s.blocks) {
        for (const row of b.cells) {
          for (const c of row) {
            if (c.f === undefined) continue;
            n++;
            const [got, want] = [addresses(c.f), corners(c.f)];
            if (JSON.stringify(got) !== JSON.stringify(want)) expect([c.f, got]).toEqual([c.f, want]);
          }
        }
      }
    }
    expect(n).toBeGreaterThan(400);
  }
});

test("one shape: the same text around the addresses, whatever the addresses", () => {
  const same = (a: string, b: string): boolean => {
    const [x, y] = [formulaCells(a), formulaCells(b)];
    return sameShape(a, x, b, y) && x.hash === y.hash;
  };
  expect(same("A1*2+SUM($A$1:A1)", "B20*2+SUM($A$1:B20)")).toBe(true);
  expect(same("'目标表'!$D$4*'s'!$D$5", "'目标表'!$D$200*'s'!$D$5")).toBe(true);
  expect(same("A1*2", "A1*3")).toBe(false);
  expect(same('A1&"x"', 'A1&"y"')).toBe(false);
  expect(same("A1+B1", "A1+Tier1")).toBe(false);
  expect(same("'a'!A1", "'b'!A1")).toBe(false);
  expect(same("A1", "A1+")).toBe(false);
  // Any two formulas: one shape exactly when the text with every address marked is the same.
  const masked = (f: string): string => {
    const c = formulaCells(f).cells;
    let s = "";
    let from = 0;
    for (let k = 0; k < c.length; k += 4) {
      s += `${f.slice(from, c[k + 2])}@`;
      from = c[k + 2] + c[k + 3];
    }
    return s + f.slice(from);
  };
  const piece = fc.constantFrom("A1", "$B$2", "c30", "'x'!", '"A1"', "+", "*", "SUM(", ")", ",", "1", "Tier1", "'y'!", ":", "&", '"', "'");
  const formula = fc.array(piece, { maxLength: 8 }).map((p) => p.join(""));
  fc.assert(
    fc.property(formula, formula, (a, b) => {
      const [x, y] = [formulaCells(a), formulaCells(b)];
      expect(sameShape(a, x, b, y)).toBe(masked(a) === masked(b));
      if (sameShape(a, x, b, y)) expect(x.hash).toBe(y.hash);
    }),
    { numRuns: 3000 },
  );
});
