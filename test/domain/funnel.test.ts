/**
 * Funnel: findStage, stageCount/expectedCounts, bottleneck. Bad arguments, ordinary
 * values, boundaries, then the funnel of docs/domain.md §4.
 */
import fc from "fast-check";
import {
  bottleneck,
  checkShares,
  DEFAULT_FUNNEL,
  expectedCounts,
  findStage,
  roundClean,
  stageCount,
} from "../../src/domain/funnel";
import { isSalesError, type SalesError } from "../../src/domain/errors";
import { errorMessage } from "../../src/i18n/errors";

function err(x: unknown): SalesError {
  if (!isSalesError(x)) throw new Error(`expected a SalesError, got ${JSON.stringify(x)}`);
  return x;
}

describe("default funnel", () => {
  it("has the seed's five stages and shares", () => {
    expect(DEFAULT_FUNNEL.map((s) => [s.key, s.names["zh-CN"], s.names["zh-TW"], s.names.en, s.share])).toEqual([
      ["leads", "线索获取", "線索獲取", "Leads", 1],
      ["contacted", "初步接触", "初步接觸", "Contacted", 0.7],
      ["qualified", "需求确认", "需求確認", "Qualified", 0.4],
      ["proposal", "提案", "提案", "Proposal", 0.2],
      ["won", "成交", "成交", "Won", 0.08],
    ]);
  });
});

describe("findStage", () => {
  describe("bad arguments", () => {
    it.each([["xyz"], ["线索"], [""], [0], [6], [2.5], [-1], ["6"]])("%j is an unknown stage (#N/A)", (stage) => {
      const e = err(findStage(stage));
      expect(e.code).toBe("#N/A");
      expect(e.key).toBe("funnel.unknownStage");
    });

    it("lists the stage names in the user's language", () => {
      const e = err(findStage("Demo"));
      expect(errorMessage(e, "en")).toBe(
        "Unknown funnel stage “Demo”. Use a stage name (Leads, Contacted, Qualified, Proposal, Won) or a number from 1 to 5.",
      );
      expect(errorMessage(e, "zh-CN")).toBe("未知的漏斗阶段“Demo”。请输入阶段名称（线索获取、初步接触、需求确认、提案、成交）或 1 到 5 的序号。");
      expect(errorMessage(e, "zh-TW")).toBe("未知的漏斗階段「Demo」。請輸入階段名稱（線索獲取、初步接觸、需求確認、提案、成交）或 1 到 5 的序號。");
    });
  });

  describe("ordinary values", () => {
    it.each([
      ["线索获取", 0],
      ["線索獲取", 0],
      ["Leads", 0],
      ["初步接触", 1],
      ["初步接觸", 1],
      ["contacted", 1],
      ["需求确认", 2],
      ["需求確認", 2],
      ["QUALIFIED", 2],
      ["提案", 3],
      ["proposal", 3],
      ["成交", 4],
      ["Won", 4],
    ])("finds %j at index %p", (name, index) => {
      expect(findStage(name)).toBe(index);
    });
  });

  describe("boundaries", () => {
    it("takes 1-based numbers, also as text, and trims names", () => {
      expect(findStage(1)).toBe(0);
      expect(findStage(5)).toBe(4);
      expect(findStage("3")).toBe(2);
      expect(findStage("  Proposal\t")).toBe(3);
      expect(findStage("\u3000提案\u3000")).toBe(3);
    });
  });
});

describe("stageCount and expectedCounts", () => {
  describe("bad arguments", () => {
    it("rejects negative or non-finite leads", () => {
      expect(err(stageCount(-1, "提案")).params.arg).toBe("leads_or_counts");
      expect(err(expectedCounts(NaN)).key).toBe("arg.notNumber");
    });

    it("passes an unknown stage on as #N/A", () => {
      expect(err(stageCount(400, "Demo")).code).toBe("#N/A");
    });

    it("checks custom shares: five of them, 0–100%, not rising, first above 0", () => {
      expect(err(checkShares([1, 0.5])).key).toBe("arg.lineLength");
      const typed = err(checkShares([100, 70, 40, 20, 8]));
      expect(typed.key).toBe("arg.percentTyped");
      expect(typed.params.arg).toBe("shares[1]");
      expect(err(checkShares([1, 0.7, 0.8, 0.2, 0.1])).key).toBe("funnel.sharesIncrease");
      expect(errorMessage(err(checkShares([1, 0.7, 0.8, 0.2, 0.1])), "en")).toContain("shares[3] is larger than shares[2]");
      expect(err(checkShares([0, 0, 0, 0, 0])).key).toBe("funnel.sharesFirst");
      expect(err(checkShares([1, 0.7, -0.1, 0, 0])).params.arg).toBe("shares[3]");
    });
  });

  describe("ordinary values", () => {
    it("counts the leads expected at a stage, rounded to the nearest whole", () => {
      expect(stageCount(400, "提案")).toBe(80);
      expect(stageCount(400, 5)).toBe(32);
      expect(stageCount(1000, "Qualified")).toBe(400);
      expect(stageCount(333, "won")).toBe(27); // 26.64 → 27
    });

    it("lays out the whole funnel", () => {
      expect(expectedCounts(400)).toEqual([400, 280, 160, 80, 32]);
      expect(expectedCounts(1000, [1, 0.5, 0.25, 0.1, 0.05])).toEqual([1000, 500, 250, 100, 50]);
    });
  });

  describe("boundaries", () => {
    it("rounds halves up despite float noise (45 × 70% is 31.499999999999996 in floating point)", () => {
      expect(45 * 0.7).toBeLessThan(31.5);
      expect(stageCount(45, "Contacted")).toBe(32);
      expect(stageCount(85, 2)).toBe(60);
      expect(roundClean(2.5)).toBe(3);
      expect(roundClean(2.4999)).toBe(2);
      expect(roundClean(7e14 + 0.125)).toBe(7e14); // 3 ulps from the half: not noise
    });

    it("counts zero leads as zero everywhere", () => {
      expect(expectedCounts(0)).toEqual([0, 0, 0, 0, 0]);
    });
  });
});

describe("bottleneck", () => {
  describe("bad arguments", () => {
    it("wants one count per stage", () => {
      const e = err(bottleneck([1000, 700, 400, 120]));
      expect(errorMessage(e, "en")).toBe("leads_or_counts must have exactly 5 values (one per funnel stage); got 4.");
    });

    it("rejects negative or non-finite counts by position", () => {
      expect(err(bottleneck([1000, 700, -1, 120, 50])).params.arg).toBe("leads_or_counts[3]");
      expect(err(bottleneck([1000, 700, 400, NaN, 50])).params.arg).toBe("leads_or_counts[4]");
    });

    it("is #DIV/0! when no leads entered", () => {
      expect(err(bottleneck([0, 0, 0, 0, 0])).code).toBe("#DIV/0!");
    });
  });

  describe("ordinary values", () => {
    it("finds the stage furthest below its benchmark conversion", () => {
      // conversions 70%, 57%, 30% (benchmark 50%), 42% (benchmark 40%)
      expect(bottleneck([1000, 700, 400, 120, 50])).toBe(3);
      // contacted 50% against 70%: ratio 0.71; won 20% against 40%: ratio 0.5 → won
      expect(bottleneck([1000, 500, 400, 200, 40])).toBe(4);
      expect(bottleneck([1000, 300, 200, 100, 40])).toBe(1);
    });

    it("is -1 (healthy) when every stage meets its benchmark", () => {
      expect(bottleneck([1000, 700, 400, 200, 80])).toBe(-1);
      expect(bottleneck([1000, 800, 500, 300, 150])).toBe(-1);
    });
  });

  describe("boundaries", () => {
    it("does not flag a stage that meets its benchmark only up to float noise", () => {
      expect(bottleneck([700, 490, 280, 140, 56])).toBe(-1);
    });

    it("flags a stage just below its benchmark", () => {
      expect(bottleneck([1000, 699, 400, 200, 80])).toBe(1);
    });

    it("breaks ties towards the earlier stage", () => {
      // actual ÷ benchmark per stage: contacted 0.35/0.7 = 0.5, qualified 1, proposal 0.25/0.5 = 0.5, won 1
      expect(bottleneck([1000, 350, 200, 50, 20])).toBe(1);
      // proposal 0.125/0.5 = 0.25 is strictly worse than contacted 0.5
      expect(bottleneck([1000, 350, 200, 25, 10])).toBe(3);
    });

    it("skips the conversion out of an empty stage", () => {
      expect(bottleneck([1000, 0, 0, 0, 0])).toBe(1);
      expect(bottleneck([1000, 700, 0, 5, 5])).toBe(2);
    });

    it("uses custom shares as the benchmark", () => {
      expect(bottleneck([1000, 700, 400, 120, 50], [1, 0.7, 0.4, 0.12, 0.05])).toBe(-1);
      expect(bottleneck([1000, 700, 400, 200, 80], [1, 0.9, 0.4, 0.2, 0.08])).toBe(1);
    });
  });

  describe("business scenario (seed 003 part 3)", () => {
    it("qualified → proposal should be about 50%; at 30% the proposal stage is the bottleneck", () => {
      const counts = [1000, 700, 400, 120, 50];
      const at = bottleneck(counts);
      expect(at).toBe(3);
      expect(DEFAULT_FUNNEL[at as number].names["zh-CN"]).toBe("提案");
    });

    it("400 leads a month through the default funnel: 80 proposals, 32 deals", () => {
      expect(stageCount(400, "提案")).toBe(80);
      expect(stageCount(400, "成交")).toBe(32);
    });
  });

  describe("properties", () => {
    it("never reports a bottleneck for counts that follow the benchmark shares exactly", () => {
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 1e9 }), (leads) => {
          const counts = [1, 0.7, 0.4, 0.2, 0.08].map((s) => leads * s);
          return bottleneck(counts) === -1;
        }),
        { numRuns: 3000 },
      );
    });

    it("always returns a stage index, -1, or an error value", () => {
      const count = fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
      fc.assert(
        fc.property(fc.array(count, { minLength: 5, maxLength: 5 }), (counts) => {
          const at = bottleneck(counts);
          return isSalesError(at) ? counts[0] === 0 : Number.isInteger(at) && at >= -1 && at <= 4 && at !== 0;
        }),
        { numRuns: 3000 },
      );
    });
  });
});
