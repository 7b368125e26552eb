/**
 * Loads the BUILT functions.js the way Excel's JavaScript-only runtime does: a bare JavaScript
 * context (node:vm) with no window, no document, no DOM, only a `CustomFunctions` global. Then
 * calls every function through its registration, with arguments shaped as Excel passes them
 * (5% as 0.05, an omitted optional argument as null, ranges and array constants as rows).
 *
 * Self-contained: runs the production webpack build of the functions entry into a temp folder.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import vm from "node:vm";
import type { CustomFunctionsMetadata } from "../../scripts/localize-metadata";
import { ERROR_CODES, StandInError, createCustomFunctionsStandIn, type CustomFunctionsStandIn } from "../../src/functions/standIn";
import { cellValue, excelArgs, type Arg } from "./excelCall";
import { ROOT } from "./metadata";

jest.setTimeout(120000);

let out = "";
let code = "";
let cf: CustomFunctionsStandIn;
let context: vm.Context;
let metadata: CustomFunctionsMetadata;

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), "ssp-functions-"));
  const build = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--env", "entries=functions", "--env", `outputPath=${out}`],
    { cwd: ROOT, encoding: "utf8", timeout: 110000 },
  );
  if (build.status !== 0) throw new Error(`webpack failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  code = readFileSync(join(out, "functions.js"), "utf8");
  metadata = JSON.parse(readFileSync(join(out, "functions.json"), "utf8")) as CustomFunctionsMetadata;
  cf = createCustomFunctionsStandIn();
  // The only globals: CustomFunctions, and console (which the runtime has too).
  context = vm.createContext({ CustomFunctions: cf, console });
  vm.runInContext(code, context, { filename: "functions.js" });
});

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/**
 * Calls a registered function like Excel: arguments shaped by the built functions.json (null for
 * omitted, 2-D arrays for matrix parameters), promises awaited, a thrown CustomFunctions.Error
 * becomes the cell's error, a 1×1 result is the cell's value.
 */
async function call(id: string, ...args: Arg[]): Promise<unknown> {
  const fn = cf.registry.get(id);
  const meta = metadata.functions.find((f) => f.id === id);
  if (!fn || !meta) throw new Error(`${id} is not registered`);
  let value: unknown;
  try {
    value = await fn(...excelArgs(meta, args));
  } catch (err) {
    if (err instanceof StandInError) return err;
    throw err;
  }
  // Values from the vm's realm: compare as plain data.
  return value instanceof StandInError ? value : cellValue(JSON.parse(JSON.stringify(value)) as unknown);
}

describe("functions.js in a bare JavaScript context", () => {
  it("has no DOM, React or Fluent UI inside", () => {
    expect(vm.runInContext("typeof window + typeof document + typeof self", context)).toBe("undefinedundefinedundefined");
    for (const marker of ["react.element", "react.fragment", "@fluentui", "griffel", "tabster", "__SECRET_INTERNALS"]) {
      expect(code).not.toContain(marker);
    }
  });

  it("registers the five SALES functions, the ones functions.json declares", () => {
    expect([...cf.registry.keys()].sort()).toEqual(["FUNNEL_STAGE", "HIT_CHANCE", "REQUIRED_LEADS", "SMART_SCORE", "SPLIT_TARGET"]);
    expect(metadata.functions.map((f) => f.id).sort()).toEqual([...cf.registry.keys()].sort());
  });

  it("REQUIRED_LEADS: 100000, 5000, 5% → 400; over 4 periods → 100; exact results are not bumped", async () => {
    expect(await call("REQUIRED_LEADS", 100000, 5000, 0.05, null)).toBe(400);
    expect(await call("REQUIRED_LEADS", 100000, 5000, 0.05, 4)).toBe(100);
    expect(await call("REQUIRED_LEADS", 9000, 2500, 0.03, null)).toBe(120);
  });

  it("SPLIT_TARGET: 100 in 3 → 34/33/33 down a column; weights in a row → a row", async () => {
    expect(await call("SPLIT_TARGET", 100, 3, null)).toEqual([[34], [33], [33]]);
    expect(await call("SPLIT_TARGET", 980000, [[30, 33, 35]], null)).toEqual([[300000, 330000, 350000]]);
  });

  it("SMART_SCORE: the seed goal scores 5, and 4 against history that makes it unachievable", async () => {
    const goal = "在接下来的30天内,通过电话销售将A产品的销售额提高15%,重点针对中小企业客户";
    expect(await call("SMART_SCORE", goal, null, null, null)).toBe(5);
    expect(await call("SMART_SCORE", goal, 500000, 2000000, null)).toBe(4);
    const vague = await call("SMART_SCORE", "提高销售额", null, null, null);
    expect(typeof vague).toBe("number");
    expect(vague as number).toBeLessThanOrEqual(2);
  });

  it("FUNNEL_STAGE: 400 leads at 提案 → 80; actual counts → the bottleneck stage", async () => {
    expect(await call("FUNNEL_STAGE", 400, "提案", null)).toBe(80);
    expect(["提案", "Proposal"]).toContain(await call("FUNNEL_STAGE", [[1000, 700, 400, 120, 50]], null, null));
  });

  it("HIT_CHANCE: a chance between 0 and 1 from a row of days; 1 when reached; #N/A with too few days", async () => {
    const days = [[18000, 26000, 0, 31000, 22000, 15000, 40000, 0, 27000, 19000, 24000, 35000]];
    const chance = await call("HIT_CHANCE", 500000, days, 10, null);
    expect(typeof chance).toBe("number");
    expect(chance as number).toBeGreaterThan(0.25);
    expect(chance as number).toBeLessThan(0.33);
    expect(await call("HIT_CHANCE", 257000, days, 10, null)).toBe(1);
    const few = await call("HIT_CHANCE", 500000, [[18000, 26000, null, 0]], 10, null);
    expect(few).toBeInstanceOf(StandInError);
    expect((few as StandInError).code).toBe(ERROR_CODES.notAvailable);
    expect((few as StandInError).message ?? "").toMatch(/5/);
  });

  it("bad input gives a CustomFunctions.Error with a message, not an exception", async () => {
    const err = await call("REQUIRED_LEADS", 100000, 5000, 5, null);
    expect(err).toBeInstanceOf(StandInError);
    expect((err as StandInError).code).toBe(ERROR_CODES.invalidValue);
    expect((err as StandInError).message ?? "").not.toBe("");
    const stage = await call("FUNNEL_STAGE", 400, "no such stage", null);
    expect(stage).toBeInstanceOf(StandInError);
    expect((stage as StandInError).code).toBe(ERROR_CODES.notAvailable);
  });
});
