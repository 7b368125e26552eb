/**
 * The SALES.* custom-function wrappers, called the way Excel calls them: through
 * CustomFunctions.associate, with Excel's values (null for omitted/blank, 2-D arrays for
 * ranges), against a stand-in CustomFunctions global. One spec per function (bad
 * arguments, ordinary values, boundaries, a seed scenario), then: nothing but
 * CustomFunctions.Error ever escapes, the JSDoc/metadata matches the localized help, and
 * the user's language is detected safely.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FUNCTION_PARAMS } from "./params";
import { FUNCTION_HELP } from "../../src/i18n/functionsHelp";
import { FUNCTION_IDS, type FunctionId } from "../../src/domain/vocabulary";
import { LOCALES } from "../../src/i18n/locale";
import { functionsLocale, setFunctionsLocale } from "../../src/functions/locale";
import { StandInError, createCustomFunctionsStandIn } from "../../src/functions/standIn";

// ---- stand-in for Excel's CustomFunctions runtime ------------------------------------------

const standIn = createCustomFunctionsStandIn();
const registry = standIn.registry;
const globals = globalThis as unknown as Record<string, unknown>;
globals.CustomFunctions = standIn;

type Module = typeof import("../../src/functions/functions");
let mod: Module;

beforeAll(async () => {
  mod = await import("../../src/functions/functions");
});

beforeEach(() => setFunctionsLocale("en"));
afterAll(() => setFunctionsLocale(null));

type Outcome = { value: unknown } | { code: string; message: string | undefined };

/** Call a registered function as Excel does; anything thrown must be a CustomFunctions.Error. */
function call(id: FunctionId, ...args: unknown[]): Outcome {
  const fn = registry.get(id);
  if (!fn) throw new Error(`${id} is not registered`);
  try {
    return { value: fn(...args) };
  } catch (e) {
    if (!(e instanceof StandInError)) throw new Error(`${id} threw something other than CustomFunctions.Error: ${String(e)}`);
    return { code: e.code, message: e.message };
  }
}

function value(o: Outcome): unknown {
  if (!("value" in o)) throw new Error(`expected a value, got ${o.code}: ${o.message}`);
  return o.value;
}

function error(o: Outcome): { code: string; message: string | undefined } {
  if ("value" in o) throw new Error(`expected an error, got ${JSON.stringify(o.value)}`);
  return o;
}

// ---- registration ---------------------------------------------------------------------------

describe("registration", () => {
  it("associates each id with its exported function", () => {
    expect([...registry.keys()].sort()).toEqual([...FUNCTION_IDS].sort());
    expect(registry.get("REQUIRED_LEADS")).toBe(mod.REQUIRED_LEADS);
    expect(registry.get("SPLIT_TARGET")).toBe(mod.SPLIT_TARGET);
    expect(registry.get("SMART_SCORE")).toBe(mod.SMART_SCORE);
    expect(registry.get("FUNNEL_STAGE")).toBe(mod.FUNNEL_STAGE);
    expect(registry.get("HIT_CHANCE")).toBe(mod.HIT_CHANCE);
  });
});

// ---- REQUIRED_LEADS -------------------------------------------------------------------------

describe("REQUIRED_LEADS", () => {
  describe("bad arguments", () => {
    it("returns #VALUE! naming the argument and its range", () => {
      expect(error(call("REQUIRED_LEADS", "abc", 5000, [[0.05]], null))).toEqual({
        code: "#VALUE!",
        message: "target must be a number from 0 to 1,000,000,000,000,000; “abc” is not a number.",
      });
      expect(error(call("REQUIRED_LEADS", 100000, -1, [[0.05]], null)).message).toContain("avg_order_value must be a number greater than 0");
      expect(error(call("REQUIRED_LEADS", 100000, 5000, [[0.05]], 2.5)).message).toBe(
        "periods must be a whole number from 1 to 10,000; got 2.5.",
      );
    });

    it("says a conversion rate of 5 was probably meant as 5%", () => {
      const e = error(call("REQUIRED_LEADS", 100000, 5000, [[5]], null));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain("did you type 5 instead of 5%?");
    });

    it("speaks the user's language", () => {
      setFunctionsLocale("zh-CN");
      expect(error(call("REQUIRED_LEADS", 100000, 5000, [[5]], null)).message).toBe(
        "conversion_rate 为 5：是不是把 5% 输成了 5？比率请输入百分数（如 5%）或小数（如 0.05）；conversion_rate 必须是大于 0% 且不超过 100% 的数字。",
      );
      setFunctionsLocale("zh-TW");
      expect(error(call("REQUIRED_LEADS", 100000, 5000, [[5]], null)).message).toContain("是不是把 5% 輸成了 5？");
    });

    it("returns #DIV/0! without a message for a zero divisor", () => {
      expect(error(call("REQUIRED_LEADS", 100000, 0, [[0.05]], null))).toEqual({ code: "#DIV/0!", message: undefined });
      expect(error(call("REQUIRED_LEADS", 100000, null, [[0.05]], null))).toEqual({ code: "#DIV/0!", message: undefined });
      expect(error(call("REQUIRED_LEADS", 100000, 5000, [[0]], null)).code).toBe("#DIV/0!");
      expect(error(call("REQUIRED_LEADS", 100000, 5000, [[null]], null)).code).toBe("#DIV/0!");
    });

    it("returns #NUM! without a message when the answer is too large", () => {
      expect(error(call("REQUIRED_LEADS", 1e15, 0.01, [[0.0001]], null))).toEqual({ code: "#NUM!", message: undefined });
    });

    it("rejects a range for a single-value argument and an empty rate range", () => {
      expect(error(call("REQUIRED_LEADS", [[1, 2]], 5000, [[0.05]], null)).message).toBe("target must be a single value, not a range.");
      expect(error(call("REQUIRED_LEADS", 100000, 5000, [[null], [""]], null)).message).toContain("conversion_rate has no values");
    });
  });

  describe("ordinary values", () => {
    it("computes leads from numbers, numeric text and percent text", () => {
      expect(value(call("REQUIRED_LEADS", 100000, 5000, [[0.05]], null))).toBe(400);
      expect(value(call("REQUIRED_LEADS", "100,000", "5000", [["5%"]], null))).toBe(400);
      expect(value(call("REQUIRED_LEADS", 100000, 5000, [[0.05]], 4))).toBe(100);
    });

    it("multiplies a range of stage rates, skipping blank cells", () => {
      expect(value(call("REQUIRED_LEADS", 100000, 5000, [[0.5], [0.4], [null], [0.25]], null))).toBe(400);
      expect(value(call("REQUIRED_LEADS", 100000, 5000, [[0.5, 0.4, "", 0.25]], undefined))).toBe(400);
    });
  });

  describe("boundaries", () => {
    it("ignores float noise, and treats an omitted, blank or 0 periods as 1", () => {
      expect(value(call("REQUIRED_LEADS", 9000, 2500, [[0.03]], null))).toBe(120);
      expect(value(call("REQUIRED_LEADS", 100000, 5000, [[0.05]], 0))).toBe(400);
      expect(value(call("REQUIRED_LEADS", 100000, 5000, [[0.05]], ""))).toBe(400);
      expect(value(call("REQUIRED_LEADS", 100000, 5000, [[0.05]]))).toBe(400);
    });

    it("gives 0 leads for a blank target, and accepts a scalar where Excel would pass [[x]]", () => {
      expect(value(call("REQUIRED_LEADS", null, 5000, [[0.05]], null))).toBe(0);
      expect(value(call("REQUIRED_LEADS", 100000, 5000, 0.05, null))).toBe(400);
    });
  });

  it("business scenario (seed 000 §1.2): 400 leads a month, 100 a week", () => {
    expect(value(call("REQUIRED_LEADS", 100000, 5000, [[0.05]], null))).toBe(400);
    expect(value(call("REQUIRED_LEADS", 100000, 5000, [[0.05]], 4))).toBe(100);
  });
});

// ---- SPLIT_TARGET ---------------------------------------------------------------------------

describe("SPLIT_TARGET", () => {
  describe("bad arguments", () => {
    it("checks the number of parts, weights and round_to", () => {
      expect(error(call("SPLIT_TARGET", 100, [[0]], null)).message).toBe("parts_or_weights must be a whole number from 1 to 10,000; got 0.");
      expect(error(call("SPLIT_TARGET", 100, [[2.5]], null)).code).toBe("#VALUE!");
      expect(error(call("SPLIT_TARGET", 100, [[30, "abc", 35]], null)).message).toBe(
        "parts_or_weights[2] must be a number from 0 to 1,000,000,000,000,000; “abc” is not a number.",
      );
      expect(error(call("SPLIT_TARGET", 100, [[30, -1]], null)).message).toContain("parts_or_weights[2]");
      expect(error(call("SPLIT_TARGET", 100, [[3]], -5)).message).toContain("round_to must be a number greater than 0");
      expect(error(call("SPLIT_TARGET", "x", [[3]], null)).message).toContain("total must be");
    });

    it("is #DIV/0! when every weight is 0 or blank", () => {
      expect(error(call("SPLIT_TARGET", 100, [[0, null, ""]], null))).toEqual({ code: "#DIV/0!", message: undefined });
    });

    it("refuses more than 10,000 weight cells", () => {
      const many = Array.from({ length: 10001 }, () => [1]);
      expect(error(call("SPLIT_TARGET", 100, many, null)).message).toBe("parts_or_weights has 10,001 cells; at most 10,000 are allowed.");
    });
  });

  describe("ordinary values", () => {
    it("spills n equal parts down a column", () => {
      expect(value(call("SPLIT_TARGET", 100, [[3]], null))).toEqual([[34], [33], [33]]);
      expect(value(call("SPLIT_TARGET", 500000, [[5]], null))).toEqual([[100000], [100000], [100000], [100000], [100000]]);
    });

    it("keeps the shape of a weights range: a row spills a row, a column a column", () => {
      expect(value(call("SPLIT_TARGET", 980000, [[30, 33, 35]], null))).toEqual([[300000, 330000, 350000]]);
      expect(value(call("SPLIT_TARGET", 980000, [[30], [33], [35]], null))).toEqual([[300000], [330000], [350000]]);
      expect(value(call("SPLIT_TARGET", 100, [[1, 1], [1, 1]], null))).toEqual([[25, 25], [25, 25]]);
    });

    it("rounds to round_to", () => {
      expect(value(call("SPLIT_TARGET", 100000, [[3]], 1000))).toEqual([[34000], [33000], [33000]]);
    });
  });

  describe("boundaries", () => {
    it("counts blank weights as 0", () => {
      expect(value(call("SPLIT_TARGET", 100, [[1, null, "", 1]], null))).toEqual([[50, 0, 0, 50]]);
    });

    it("treats an omitted, blank or 0 round_to as 1, and gives the leftover to the first part", () => {
      expect(value(call("SPLIT_TARGET", 100, [[3]], 0))).toEqual([[34], [33], [33]]);
      expect(value(call("SPLIT_TARGET", 100, [[3]]))).toEqual([[34], [33], [33]]);
      expect(value(call("SPLIT_TARGET", 100, [[3]], 30))).toEqual([[40], [30], [30]]);
    });

    it("takes a plain number of parts as Excel would pass [[n]]", () => {
      expect(value(call("SPLIT_TARGET", 10, 2, null))).toEqual([[5], [5]]);
    });
  });

  it("business scenario (seed 001 §2.3): quarter 980,000 weighted 30/33/35 by month", () => {
    const months = value(call("SPLIT_TARGET", 980000, [["30%", "33%", "35%"]], 10000)) as number[][];
    expect(months).toEqual([[300000, 330000, 350000]]);
    expect(months[0].reduce((a, b) => a + b, 0)).toBe(980000);
  });
});

// ---- SMART_SCORE ----------------------------------------------------------------------------

const GOOD = "在接下来的30天内,通过电话销售将A产品的销售额提高15%,重点针对中小企业客户";

describe("SMART_SCORE", () => {
  describe("bad arguments", () => {
    it("wants a goal in words", () => {
      expect(error(call("SMART_SCORE", null, null, null, null))).toEqual({ code: "#VALUE!", message: "goal must be text: write the goal as a sentence." });
      expect(error(call("SMART_SCORE", true, null, null, null)).code).toBe("#VALUE!");
    });

    it("wants current and target together, as numbers", () => {
      expect(error(call("SMART_SCORE", GOOD, 500000, null, null)).message).toBe("Give both current and target, or leave both out.");
      expect(error(call("SMART_SCORE", GOOD, "lots", 600000, null)).message).toContain("current must be a number");
    });

    it("wants explain to be TRUE or FALSE", () => {
      expect(error(call("SMART_SCORE", GOOD, null, null, "maybe")).message).toBe("explain must be TRUE or FALSE; got “maybe”.");
    });
  });

  describe("ordinary values", () => {
    it("scores goals in Chinese and English", () => {
      expect(value(call("SMART_SCORE", GOOD, null, null, null))).toBe(5);
      expect(value(call("SMART_SCORE", "Increase sales", null, null, null))).toBe(1);
    });

    it("explains in the user's language when explain is TRUE", () => {
      expect(value(call("SMART_SCORE", GOOD, 500000, 2000000, true))).toBe(
        "SMART score: 4/5. Missing: Achievable (the target is 300% away from the current value, more than 30%; 10–20% above the baseline is realistic)",
      );
      setFunctionsLocale("zh-TW");
      expect(value(call("SMART_SCORE", GOOD, null, null, true))).toBe("SMART 得分：5/5。五項標準全部滿足。");
    });
  });

  describe("boundaries", () => {
    it("treats current and target both 0 (blank cells on some platforms) as not given", () => {
      expect(value(call("SMART_SCORE", GOOD, 0, 0, null))).toBe(5);
      expect(value(call("SMART_SCORE", "提高销售额", 0, 0, false))).toBe(1);
    });

    it("takes explain as 1/0 or text TRUE/FALSE, and a number as goal text", () => {
      expect(typeof value(call("SMART_SCORE", GOOD, null, null, 1))).toBe("string");
      expect(value(call("SMART_SCORE", GOOD, null, null, "FALSE"))).toBe(5);
      expect(value(call("SMART_SCORE", 100, null, null, null))).toBe(2); // measurable, achievable
    });
  });

  it("business scenario (seed 000 §1.1 / seed 001 §2.1): 5, and 4 against 500,000 → 2,000,000", () => {
    expect(value(call("SMART_SCORE", "提高销售额", null, null, null))).toBeLessThanOrEqual(2);
    expect(value(call("SMART_SCORE", GOOD, null, null, null))).toBe(5);
    expect(value(call("SMART_SCORE", GOOD, 500000, 2000000, null))).toBe(4);
    expect(value(call("SMART_SCORE", GOOD, 500000, 600000, null))).toBe(5);
  });
});

// ---- FUNNEL_STAGE ---------------------------------------------------------------------------

describe("FUNNEL_STAGE", () => {
  describe("bad arguments", () => {
    it("returns #N/A with a message for an unknown stage", () => {
      expect(error(call("FUNNEL_STAGE", [[400]], "Demo", null))).toEqual({
        code: "#N/A",
        message: "Unknown funnel stage “Demo”. Use a stage name (Leads, Contacted, Qualified, Proposal, Won) or a number from 1 to 5.",
      });
      setFunctionsLocale("zh-CN");
      expect(error(call("FUNNEL_STAGE", [[400]], 9, null)).message).toBe(
        "未知的漏斗阶段“9”。请输入阶段名称（线索获取、初步接触、需求确认、提案、成交）或 1 到 5 的序号。",
      );
    });

    it("checks counts, shares and their shapes", () => {
      expect(error(call("FUNNEL_STAGE", [[1000, 700], [400, 120]], null, null)).message).toBe(
        "leads_or_counts must be a single row or column of cells; got 2 rows × 2 columns.",
      );
      expect(error(call("FUNNEL_STAGE", [[1000, 700, 400, 120]], null, null)).message).toContain("exactly 5 values");
      expect(error(call("FUNNEL_STAGE", [[400]], "提案", [[1, 0.7, 0.4]])).message).toContain("shares must have exactly 5 values");
      expect(error(call("FUNNEL_STAGE", [[400]], "提案", [[100, 70, 40, 20, 8]])).message).toContain("did you type 100 instead of 100%?");
      expect(error(call("FUNNEL_STAGE", [[-5]], null, null)).message).toContain("leads_or_counts must be a number from 0");
      expect(error(call("FUNNEL_STAGE", [[1000, 700, 400, 120, 50]], "提案", null)).message).toContain("stage only applies to a number of leads");
    });

    it("reports the first bad argument in order", () => {
      expect(error(call("FUNNEL_STAGE", [["many"]], "Demo", [[5]])).message).toContain("leads_or_counts must be");
      expect(error(call("FUNNEL_STAGE", [[400]], [["a", "b"]], [[5]])).message).toBe("stage must be a single value, not a range.");
      expect(error(call("FUNNEL_STAGE", [[400]], true, null))).toMatchObject({ code: "#N/A", message: expect.stringContaining("“TRUE”") });
    });

    it("is #DIV/0! when the first stage count is 0", () => {
      expect(error(call("FUNNEL_STAGE", [[0, 0, 0, 0, 0]], null, null))).toEqual({ code: "#DIV/0!", message: undefined });
    });
  });

  describe("ordinary values", () => {
    it("gives the expected count at a stage named in any language or by number", () => {
      for (const stage of ["提案", "Proposal", "proposal", 4, "4"]) expect(value(call("FUNNEL_STAGE", [[400]], stage, null))).toEqual([[80]]);
    });

    it("spills the funnel as rows of stage name (user's language), share and count", () => {
      expect(value(call("FUNNEL_STAGE", [[400]], null, null))).toEqual([
        ["Leads", 1, 400],
        ["Contacted", 0.7, 280],
        ["Qualified", 0.4, 160],
        ["Proposal", 0.2, 80],
        ["Won", 0.08, 32],
      ]);
      setFunctionsLocale("zh-TW");
      const rows = value(call("FUNNEL_STAGE", [[400]], null, null)) as unknown[][];
      expect(rows.map((r) => r[0])).toEqual(["線索獲取", "初步接觸", "需求確認", "提案", "成交"]);
    });

    it("names the bottleneck of a row or column of counts, or Healthy", () => {
      expect(value(call("FUNNEL_STAGE", [[1000, 700, 400, 120, 50]], null, null))).toEqual([["Proposal"]]);
      expect(value(call("FUNNEL_STAGE", [[1000], [700], [400], [120], [50]], null, null))).toEqual([["Proposal"]]);
      expect(value(call("FUNNEL_STAGE", [[1000, 700, 400, 200, 80]], null, null))).toEqual([["Healthy"]]);
      setFunctionsLocale("zh-CN");
      expect(value(call("FUNNEL_STAGE", [[1000, 700, 400, 120, 50]], null, null))).toEqual([["提案"]]);
      expect(value(call("FUNNEL_STAGE", [[1000, 700, 400, 200, 80]], null, null))).toEqual([["健康"]]);
    });
  });

  describe("boundaries", () => {
    it("uses custom shares, blank stage and blank shares as omitted", () => {
      expect(value(call("FUNNEL_STAGE", [[1000]], "won", [["100%", "50%", "25%", "10%", "5%"]]))).toEqual([[50]]);
      expect(value(call("FUNNEL_STAGE", [[400]], "", [[null]]))).toHaveLength(5);
      expect(value(call("FUNNEL_STAGE", 400, "提案"))).toEqual([[80]]);
    });

    it("counts blank count cells as 0", () => {
      expect(value(call("FUNNEL_STAGE", [[1000, 700, null, "", 0]], null, null))).toEqual([["Qualified"]]);
    });
  });

  it("business scenario (seed 003 part 3): 400 leads → 80 proposals; 1000/700/400/120/50 → the proposal stage", () => {
    setFunctionsLocale("zh-CN");
    expect(value(call("FUNNEL_STAGE", [[400]], "提案", null))).toEqual([[80]]);
    expect(value(call("FUNNEL_STAGE", [[1000, 700, 400, 120, 50]], null, null))).toEqual([["提案"]]);
  });
});

// ---- HIT_CHANCE -----------------------------------------------------------------------------

/** Twelve working days of a team: 257,000 in all, two days without revenue. */
const TEAM_DAYS = [18000, 26000, 0, 31000, 22000, 15000, 40000, 0, 27000, 19000, 24000, 35000];
const column = (xs: readonly (number | string | null)[]): (number | string | null)[][] => xs.map((x) => [x]);

describe("HIT_CHANCE", () => {
  describe("bad arguments", () => {
    it("names the argument and its valid range, and the cell of actuals", () => {
      expect(error(call("HIT_CHANCE", "lots", [TEAM_DAYS], 10, null))).toEqual({
        code: "#VALUE!",
        message: "target must be a number from 0 to 1,000,000,000,000,000; “lots” is not a number.",
      });
      expect(error(call("HIT_CHANCE", 500000, [[18000, -5, 3000]], 10, null)).message).toBe(
        "actuals[2] must be a number from 0 to 1,000,000,000,000,000; got -5.",
      );
      expect(error(call("HIT_CHANCE", 500000, [[18000, null, "n/a"]], 10, null)).message).toContain("actuals[3] must be a number");
      expect(error(call("HIT_CHANCE", 500000, [TEAM_DAYS], 2.5, null)).message).toBe("remaining_days must be a whole number from 0 to 10,000; got 2.5.");
      expect(error(call("HIT_CHANCE", 500000, [TEAM_DAYS], -1, null)).message).toContain("remaining_days must be");
      expect(error(call("HIT_CHANCE", 500000, [TEAM_DAYS], [[1, 2]], null)).message).toBe("remaining_days must be a single value, not a range.");
      expect(error(call("HIT_CHANCE", 500000, [TEAM_DAYS], 10, "x")).message).toContain("done_so_far must be a number");
    });

    it("is #N/A with the reason, in the user's language, when there is too little to judge from", () => {
      expect(error(call("HIT_CHANCE", 500000, [[18000, null, 26000, "", 0, 31000]], 10, null))).toEqual({
        code: "#N/A",
        message: "actuals has only 4 reported working days; the chance needs at least 5 (a blank cell is a day not reported, 0 a day without revenue).",
      });
      setFunctionsLocale("zh-CN");
      expect(error(call("HIT_CHANCE", 500000, [[0, 0, 0, 0, 0, 0]], 10, null))).toEqual({
        code: "#N/A",
        message: "actuals 中已填报的 6 个工作日收入都相同（0），没有起伏，无法估算达成概率。",
      });
      setFunctionsLocale("zh-TW");
      expect(error(call("HIT_CHANCE", 500000, [[1000]], 10, null)).message).toBe(
        "actuals 中只有 1 個已填報的工作日，至少要有 5 個才能估算達成機率（空白儲存格表示當天未填報，0 表示當天沒有收入）。",
      );
    });
  });

  describe("ordinary values", () => {
    it("gives the chance from a row or a column of days, blank days left out", () => {
      const chance = value(call("HIT_CHANCE", 500000, [TEAM_DAYS], 10, null)) as number;
      expect(chance).toBeGreaterThan(0.2);
      expect(chance).toBeLessThan(0.4);
      expect(value(call("HIT_CHANCE", 500000, column(TEAM_DAYS), 10, null))).toBe(chance);
      expect(value(call("HIT_CHANCE", 500000, column([null, ...TEAM_DAYS.slice(0, 6), "", ...TEAM_DAYS.slice(6), null]), 10, null))).toBe(chance);
      expect(value(call("HIT_CHANCE", "500,000", [TEAM_DAYS.map(String)], "10", undefined))).toBe(chance);
    });

    it("takes done_so_far instead of the sum of actuals; blank means the sum", () => {
      const sum = value(call("HIT_CHANCE", 500000, [TEAM_DAYS], 10, null));
      expect(value(call("HIT_CHANCE", 500000, [TEAM_DAYS], 10, 257000))).toBe(sum);
      expect(value(call("HIT_CHANCE", 500000, [TEAM_DAYS], 10, ""))).toBe(sum);
      expect(value(call("HIT_CHANCE", 500000, [TEAM_DAYS], 10, 300000)) as number).toBeGreaterThan(sum as number);
      expect(value(call("HIT_CHANCE", 500000, [TEAM_DAYS], 10, 0)) as number).toBeLessThan(0.01);
    });
  });

  describe("boundaries", () => {
    it("is 1 once the target is reached, whatever the data, and 0 when no working day is left", () => {
      expect(value(call("HIT_CHANCE", 257000, [TEAM_DAYS], 10, null))).toBe(1);
      expect(value(call("HIT_CHANCE", 100000, [[60000, 50000]], 10, null))).toBe(1);
      expect(value(call("HIT_CHANCE", 0, [[null]], 0, null))).toBe(1);
      expect(value(call("HIT_CHANCE", 257001, [TEAM_DAYS], 0, null))).toBe(0);
      expect(value(call("HIT_CHANCE", 257001, [[1]], null, null))).toBe(0); // a blank remaining_days is 0, as in Excel arithmetic
    });

    it("needs five reported days: four give #N/A, five a chance", () => {
      expect(error(call("HIT_CHANCE", 500000, [TEAM_DAYS.slice(0, 4)], 10, null)).code).toBe("#N/A");
      expect(typeof value(call("HIT_CHANCE", 500000, [TEAM_DAYS.slice(0, 5)], 10, null))).toBe("number");
    });
  });

  it("business scenario (docs/chance.md): two reps, the same run rate, different chances", () => {
    // 50,000 each in 10 working days, 12 left: the run rate projects 110,000 for both.
    const steady = [4000, 6000, 5000, 5500, 4500, 5000, 6000, 4000, 5000, 5000];
    const lumpy = [0, 0, 30000, 0, 0, 0, 0, 20000, 0, 0];
    const chance = (target: number, days: number[]): number => value(call("HIT_CHANCE", target, [days], 12, null)) as number;
    // 100,000 is below the projection: the steady rep is nearly sure, the lumpy one a coin toss.
    expect(chance(100000, steady)).toBeGreaterThan(0.95);
    expect(chance(100000, lumpy)).toBeGreaterThan(0.3);
    expect(chance(100000, lumpy)).toBeLessThan(0.65);
    // 120,000 is above it: the steady rep will almost surely miss, the lumpy one may land a deal.
    expect(chance(120000, steady)).toBeLessThan(0.05);
    expect(chance(120000, lumpy)).toBeGreaterThan(0.25);
  });
});

// ---- robustness -----------------------------------------------------------------------------

describe("robustness", () => {
  it("turns an unexpected exception into #VALUE! with a generic message", () => {
    const evil: unknown[] = [];
    Object.defineProperty(evil, 0, {
      get() {
        throw new TypeError("boom");
      },
    });
    Object.defineProperty(evil, "length", { value: 1 });
    for (const id of FUNCTION_IDS) {
      const e = error(call(id, evil, evil, evil, evil));
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toBe(`Unexpected error in ${id}. Please report it to the add-in's support with the arguments used.`);
    }
  });

  it("works where CustomFunctions.ErrorCode is missing (runtime API 1.2)", () => {
    const cf = globals.CustomFunctions as Record<string, unknown>;
    const saved = cf.ErrorCode;
    delete cf.ErrorCode;
    try {
      expect(error(call("REQUIRED_LEADS", 100000, 0, [[0.05]], null)).code).toBe("#DIV/0!");
    } finally {
      cf.ErrorCode = saved;
    }
  });

  it("still reports code and message where the CustomFunctions runtime is absent", () => {
    const saved = globals.CustomFunctions;
    delete globals.CustomFunctions;
    try {
      let thrown: unknown;
      try {
        mod.REQUIRED_LEADS(100000, 5000, [[5]], null);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toEqual({ code: "#VALUE!", message: expect.stringContaining("did you type 5 instead of 5%?") });
      expect(mod.REQUIRED_LEADS(100000, 5000, [[0.05]], null)).toBe(400);
    } finally {
      globals.CustomFunctions = saved;
    }
  });

  const scalar = fc.oneof(
    fc.double(),
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.constantFrom(null, undefined, "", " ", 0, 1, -1, 0.05, 5, 100, true, false, "5%", "1,000", "提案", "won", "abc", NaN, Infinity),
    fc.string({ maxLength: 30 }),
    fc.record({ basicValue: fc.oneof(fc.double(), fc.string()) }),
  );
  const matrix = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 6 }))
    .chain(([r, c]) => fc.array(fc.array(scalar, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }));
  const arg = fc.oneof(scalar, matrix, fc.constant([]), fc.constant([[]]));

  function finiteResult(v: unknown): boolean {
    const ok = (x: unknown) => typeof x === "string" || (typeof x === "number" && Number.isFinite(x));
    return Array.isArray(v) ? v.every((row) => Array.isArray(row) && row.length > 0 && row.every(ok)) : ok(v);
  }

  it.each(FUNCTION_IDS)("%s never throws anything but CustomFunctions.Error, and never returns NaN or Infinity", (id) => {
    fc.assert(
      fc.property(arg, arg, arg, arg, (a, b, c, d) => {
        const o = call(id, a, b, c, d); // throws if anything else escapes
        if ("value" in o) return finiteResult(o.value);
        const withMessage = o.code === "#VALUE!" || o.code === "#N/A";
        if (!["#VALUE!", "#N/A", "#DIV/0!", "#NUM!"].includes(o.code)) return false;
        if (!withMessage) return o.message === undefined;
        // Every placeholder is filled (a "{x}" in the message must come from the user's own input).
        const inputs = JSON.stringify([a, b, c, d]);
        return !!o.message && (o.message.match(/\{\w+\}/g) ?? []).every((p) => inputs.includes(p));
      }),
      { numRuns: 3000 },
    );
  });
});

// ---- metadata and localized help ------------------------------------------------------------

const FUNCTIONS_TS = join(__dirname, "..", "..", "src", "functions", "functions.ts");

interface MetaParam {
  name: string;
  description?: string;
  optional?: boolean;
  dimensionality?: string;
}
interface MetaFunction {
  id: string;
  name: string;
  description: string;
  parameters: MetaParam[];
  result: { dimensionality?: string };
}

describe("metadata (JSDoc) and localized help", () => {
  let functions: MetaFunction[];

  beforeAll(async () => {
    const result = await generateCustomFunctionsMetadata(FUNCTIONS_TS);
    expect(result.errors).toEqual([]);
    functions = (JSON.parse(result.metadataJson) as { functions: MetaFunction[] }).functions;
  });

  it("declares exactly the five functions, id = name", () => {
    expect(functions.map((f) => [f.id, f.name])).toEqual(FUNCTION_IDS.map((id) => [id, id]));
  });

  it.each(FUNCTION_IDS)("%s: parameters in order, optional ones marked, as FUNCTION_PARAMS says", (id) => {
    const f = functions.find((x) => x.id === id);
    expect(f?.parameters.map((p) => ({ name: p.name, optional: p.optional === true }))).toEqual(FUNCTION_PARAMS[id]);
  });

  it.each(FUNCTION_IDS)("%s: the English help is the JSDoc, word for word", (id) => {
    const f = functions.find((x) => x.id === id) as MetaFunction;
    const help = FUNCTION_HELP[id];
    expect(f.description).toBe(help.description.en);
    for (const p of f.parameters) expect([p.name, p.description]).toEqual([p.name, help.params[p.name]?.en]);
    expect(Object.keys(help.params)).toEqual(f.parameters.map((p) => p.name));
    const source = readFileSync(FUNCTIONS_TS, "utf8");
    const block = source.slice(0, source.indexOf(`export function ${id}(`));
    const returns = /@returns ([^\n]*)\n[^@]*$/.exec(block);
    expect(returns?.[1]).toBe(help.result.en);
  });

  it("spills from SPLIT_TARGET and FUNNEL_STAGE, and takes ranges where the contract says", () => {
    const dims = Object.fromEntries(functions.map((f) => [f.id, [f.result.dimensionality ?? "scalar", ...f.parameters.map((p) => p.dimensionality ?? "scalar")]]));
    expect(dims).toEqual({
      REQUIRED_LEADS: ["scalar", "scalar", "scalar", "matrix", "scalar"],
      SPLIT_TARGET: ["matrix", "scalar", "matrix", "scalar"],
      SMART_SCORE: ["scalar", "scalar", "scalar", "scalar", "scalar"],
      FUNNEL_STAGE: ["matrix", "matrix", "scalar", "matrix"],
      HIT_CHANCE: ["scalar", "scalar", "matrix", "scalar", "scalar"],
    });
  });

  it("has help in every language, translated, for every function and parameter", () => {
    const problems: string[] = [];
    for (const id of FUNCTION_IDS) {
      const h = FUNCTION_HELP[id];
      const texts = { description: h.description, result: h.result, ...Object.fromEntries(Object.entries(h.params).map(([k, v]) => [`param ${k}`, v])) };
      for (const [what, text] of Object.entries(texts)) {
        for (const l of LOCALES) if (!text[l] || !text[l].trim()) problems.push(`${id} ${what} ${l} empty`);
        if (text["zh-CN"] === text.en || text["zh-TW"] === text.en) problems.push(`${id} ${what} not translated`);
        if (!/[\u4e00-\u9fff]/.test(text["zh-CN"]) || !/[\u4e00-\u9fff]/.test(text["zh-TW"])) problems.push(`${id} ${what} has no Chinese`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("keeps the custom-functions code free of DOM, workbook API and UI libraries", () => {
    const files = ["functions/functions.ts", "functions/locale.ts", "domain/args.ts", "domain/errors.ts", "domain/leads.ts", "domain/split.ts", "domain/funnel.ts", "domain/smart.ts", "domain/chance.ts", "domain/stats.ts", "i18n/errors.ts", "i18n/locale.ts"];
    for (const f of files) {
      const src = readFileSync(join(__dirname, "..", "..", "src", f), "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      expect([f, /\b(document|window)\./.test(src), /Excel\.run|context\.sync/.test(src), /from "react|@fluentui/.test(src)]).toEqual([f, false, false, false]);
    }
  });
});

// ---- the user's language ---------------------------------------------------------------------

describe("functionsLocale", () => {
  afterEach(() => {
    delete globals.Office;
    setFunctionsLocale("en");
  });

  it("follows Office's display language when Office.js is there", () => {
    setFunctionsLocale(null);
    globals.Office = { context: { displayLanguage: "zh-TW" } };
    expect(functionsLocale()).toBe("zh-TW");
  });

  it("asks Office again once it becomes available", () => {
    setFunctionsLocale(null);
    const before = functionsLocale(); // from navigator / Intl / "en"
    expect(LOCALES).toContain(before);
    globals.Office = { context: { displayLanguage: "zh-CN" } };
    expect(functionsLocale()).toBe("zh-CN");
  });

  it("survives an Office object that throws or is half-initialized", () => {
    setFunctionsLocale(null);
    globals.Office = {
      get context(): never {
        throw new Error("not ready");
      },
    };
    expect(LOCALES).toContain(functionsLocale());
    globals.Office = { context: {} };
    setFunctionsLocale(null);
    expect(LOCALES).toContain(functionsLocale());
  });

  it("uses the browser's language without Office", () => {
    const saved = Object.getOwnPropertyDescriptor(globalThis, "navigator");
    Object.defineProperty(globalThis, "navigator", { value: { languages: ["zh-HK", "en"] }, configurable: true });
    try {
      setFunctionsLocale(null);
      expect(functionsLocale()).toBe("zh-TW");
    } finally {
      if (saved) Object.defineProperty(globalThis, "navigator", saved);
      else delete globals.navigator;
    }
  });

  it("can be overridden", () => {
    setFunctionsLocale("zh-CN");
    globals.Office = { context: { displayLanguage: "en-US" } };
    expect(functionsLocale()).toBe("zh-CN");
  });
});
