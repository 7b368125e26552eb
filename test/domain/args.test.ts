/**
 * The shared coercion layer: what Excel hands a custom function (numbers, text, booleans,
 * null / "" / 0 for blanks, 2-D arrays for ranges, data-type objects) to checked values.
 */
import {
  asMatrix,
  cells,
  checkNumber,
  coerceBoolean,
  coerceNumber,
  coerceNumbers,
  coerceStage,
  coerceText,
  FUNNEL_ARGS,
  isBlankArg,
  isSingleCell,
  LEADS_ARGS,
  line,
  SPLIT_ARGS,
} from "../../src/domain/args";
import { isSalesError, type SalesError } from "../../src/domain/errors";
import { errorMessage } from "../../src/i18n/errors";
import { parseNumber as parseNumberText } from "../../src/domain/numbers";

function err(x: unknown): SalesError {
  if (!isSalesError(x)) throw new Error(`expected a SalesError, got ${JSON.stringify(x)}`);
  return x;
}

describe("parseNumberText", () => {
  it.each([
    ["1,000", 1000],
    ["5%", 0.05],
    [" 0.05 ", 0.05],
    ["-12.5", -12.5],
    ["1e3", 1000],
    ["１２", 12],
    ["３０％", 0.3],
    [".5", 0.5],
    ["¥5,000", 5000],
    ["￥5,000", 5000],
    ["$ 12.5", 12.5],
  ])("reads %j as %p", (text, n) => {
    expect(parseNumberText(text)).toBeCloseTo(n, 12);
  });

  it.each(["", "%", "abc", "12abc", "1,00", "5 %%", "1.2.3", "--1", "Infinity", "NaN", "$", "5$"])("rejects %j", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe("checkNumber", () => {
  it("returns a valid value unchanged", () => {
    expect(checkNumber(LEADS_ARGS.target, 100000)).toBe(100000);
  });

  it("rejects NaN and Infinity as not numbers", () => {
    expect(err(checkNumber(LEADS_ARGS.target, NaN)).key).toBe("arg.notNumber");
    expect(err(checkNumber(LEADS_ARGS.target, Infinity)).key).toBe("arg.notNumber");
  });

  it("makes 0 a #DIV/0! for divisors, a range error otherwise", () => {
    expect(err(checkNumber(LEADS_ARGS.avg_order_value, 0)).code).toBe("#DIV/0!");
    expect(err(checkNumber(LEADS_ARGS.periods, 0)).key).toBe("arg.outOfRange");
  });

  it("tells a rate typed as 5 instead of 5% apart from other out-of-range rates", () => {
    expect(err(checkNumber(LEADS_ARGS.conversion_rate, 5)).key).toBe("arg.percentTyped");
    expect(err(checkNumber(LEADS_ARGS.conversion_rate, 100)).key).toBe("arg.percentTyped");
    expect(err(checkNumber(LEADS_ARGS.conversion_rate, 150)).key).toBe("arg.outOfRange");
    expect(err(checkNumber(LEADS_ARGS.conversion_rate, -0.1)).key).toBe("arg.outOfRange");
  });

  it("names a cell of a range argument by its 1-based position", () => {
    const e = err(checkNumber(SPLIT_ARGS.weight, -1, 2));
    expect(errorMessage(e, "en")).toBe("parts_or_weights[3] must be a number from 0 to 1,000,000,000,000,000; got -1.");
  });

  it("shows fraction bounds as percentages", () => {
    const e = err(checkNumber(FUNNEL_ARGS.share, -0.2));
    expect(errorMessage(e, "en")).toBe("shares must be a number from 0% to 100%; got -0.2.");
  });
});

describe("coerceNumber", () => {
  it("reads numbers, numeric text and 1×1 ranges", () => {
    expect(coerceNumber(LEADS_ARGS.target, 5000)).toBe(5000);
    expect(coerceNumber(LEADS_ARGS.target, "100,000")).toBe(100000);
    expect(coerceNumber(LEADS_ARGS.conversion_rate, "5%")).toBeCloseTo(0.05, 15);
    expect(coerceNumber(LEADS_ARGS.target, [[7]])).toBe(7);
  });

  it("reads the basic value of a data-type object", () => {
    expect(coerceNumber(LEADS_ARGS.conversion_rate, { type: "FormattedNumber", basicValue: 0.05, numberFormat: "0%" })).toBe(0.05);
  });

  it("treats a blank required argument as 0, like Excel arithmetic", () => {
    expect(coerceNumber(LEADS_ARGS.target, null)).toBe(0);
    expect(coerceNumber(LEADS_ARGS.target, "")).toBe(0);
    expect(err(coerceNumber(LEADS_ARGS.avg_order_value, null)).code).toBe("#DIV/0!");
  });

  it("gives an optional argument its default when omitted, blank, or (where 0 is never valid) 0", () => {
    expect(coerceNumber(LEADS_ARGS.periods, null)).toBe(1);
    expect(coerceNumber(LEADS_ARGS.periods, undefined)).toBe(1);
    expect(coerceNumber(LEADS_ARGS.periods, "  ")).toBe(1);
    expect(coerceNumber(LEADS_ARGS.periods, 0)).toBe(1);
    expect(coerceNumber(SPLIT_ARGS.round_to, 0)).toBe(1);
    expect(coerceNumber(LEADS_ARGS.periods, 4)).toBe(4);
  });

  it("rejects text, booleans, objects and multi-cell ranges with the argument's name", () => {
    const text = err(coerceNumber(LEADS_ARGS.avg_order_value, "abc"));
    expect(errorMessage(text, "en")).toBe(
      "avg_order_value must be a number greater than 0 and at most 1,000,000,000,000,000; “abc” is not a number.",
    );
    expect(err(coerceNumber(LEADS_ARGS.target, true)).key).toBe("arg.notNumber");
    expect(err(coerceNumber(LEADS_ARGS.target, { a: 1 })).key).toBe("arg.notNumber");
    expect(err(coerceNumber(LEADS_ARGS.target, [[1, 2]])).key).toBe("arg.notSingle");
    expect(err(coerceNumber(LEADS_ARGS.target, [[1], [2]])).key).toBe("arg.notSingle");
  });

  it("checks whole numbers", () => {
    expect(err(coerceNumber(LEADS_ARGS.periods, 2.5)).key).toBe("arg.outOfRange");
    expect(coerceNumber(SPLIT_ARGS.parts, "3")).toBe(3);
  });
});

describe("other scalars", () => {
  it("coerces logical arguments as Excel does", () => {
    expect(coerceBoolean("explain", true, false)).toBe(true);
    expect(coerceBoolean("explain", null, false)).toBe(false);
    expect(coerceBoolean("explain", 1, false)).toBe(true);
    expect(coerceBoolean("explain", 0, true)).toBe(false);
    expect(coerceBoolean("explain", " true ", false)).toBe(true);
    expect(coerceBoolean("explain", "FALSE", true)).toBe(false);
    expect(err(coerceBoolean("explain", "yes", false)).key).toBe("arg.notBoolean");
  });

  it("takes text, and numbers as text, but not blanks or booleans", () => {
    expect(coerceText("goal", "提高销售额")).toBe("提高销售额");
    expect(coerceText("goal", 42)).toBe("42");
    expect(err(coerceText("goal", "   ")).key).toBe("arg.notText");
    expect(err(coerceText("goal", null)).key).toBe("arg.notText");
    expect(err(coerceText("goal", false)).key).toBe("arg.notText");
    expect(errorMessage(err(coerceText("goal", null, "smart.goalText")), "en")).toBe("goal must be text: write the goal as a sentence.");
    expect(errorMessage(err(coerceText("name", null)), "zh-TW")).toBe("name 必須是文字。");
  });

  it("reads a stage as text or number, null when blank", () => {
    expect(coerceStage("stage", "提案")).toBe("提案");
    expect(coerceStage("stage", 4)).toBe(4);
    expect(coerceStage("stage", "")).toBeNull();
    expect(coerceStage("stage", true)).toBe("TRUE");
    expect(err(coerceStage("stage", [["a", "b"]])).key).toBe("arg.notSingle");
  });

  it("knows blank arguments", () => {
    expect([null, undefined, "", " ", [[null]], [[""]], []].every(isBlankArg)).toBe(true);
    expect([0, "0", [[0]], false].some(isBlankArg)).toBe(false);
  });
});

describe("ranges", () => {
  it("sees scalars as 1×1 and flat lists as a row", () => {
    expect(asMatrix(5)).toEqual([[5]]);
    expect(asMatrix([1, 2])).toEqual([[1, 2]]);
    expect(asMatrix([[1], [2]])).toEqual([[1], [2]]);
    expect(isSingleCell(asMatrix([[3]]))).toBe(true);
    expect(isSingleCell(asMatrix([[3, 4]]))).toBe(false);
  });

  it("flattens row by row", () => {
    expect(cells([[1, 2], [3, 4]])).toEqual([1, 2, 3, 4]);
  });

  it("takes one row or one column as a line, nothing wider", () => {
    expect(line("x", [[1, 2, 3]])).toEqual([1, 2, 3]);
    expect(line("x", [[1], [2], [3]])).toEqual([1, 2, 3]);
    const e = err(line("leads_or_counts", [[1, 2], [3, 4]]));
    expect(errorMessage(e, "en")).toBe("leads_or_counts must be a single row or column of cells; got 2 rows × 2 columns.");
  });

  it("counts blank cells as 0 or skips them, as asked", () => {
    expect(coerceNumbers(SPLIT_ARGS.weight, [1, null, "", 2], "zero")).toEqual([1, 0, 0, 2]);
    expect(coerceNumbers(LEADS_ARGS.conversion_rate, [0.5, null, "", 0.2], "skip")).toEqual([0.5, 0.2]);
  });

  it("names the offending cell by its position in the range", () => {
    const e = err(coerceNumbers(SPLIT_ARGS.weight, [1, null, "x"], "zero"));
    expect(e.params.arg).toBe("parts_or_weights[3]");
  });
});
