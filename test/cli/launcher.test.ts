/**
 * `npm run plan` runs the built command line (scripts/plan.cjs, scripts/build-cli.cjs): built on
 * first use, used as long as every file it was built from is unchanged, rebuilt before it runs
 * when one changed. Each test builds into its own temporary folder (PLAN_BUILD_DIR), never into
 * the dist-cli/ other tests run.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { helpText } from "../../src/cli/plan";

const ROOT = resolve(__dirname, "../..");
const LAUNCHER = join(ROOT, "scripts", "plan.cjs");

jest.setTimeout(120_000);

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "plan-build-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `node scripts/plan.cjs …` (what `npm run plan -- …` runs) with the build in `dir`. */
function plan(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [LAUNCHER, ...args], {
    encoding: "utf8",
    cwd: ROOT,
    env: { ...process.env, LANG: "C", INIT_CWD: dir, PLAN_BUILD_DIR: join(dir, "build"), ...env },
  });
}

type BuildRecord = { inputs: [string, number, number][] };
const recordPath = (): string => join(dir, "build", "inputs.json");
const readRecord = (): BuildRecord => JSON.parse(readFileSync(recordPath(), "utf8")) as BuildRecord;
const bundleTime = (): number => statSync(join(dir, "build", "plan.js")).mtimeMs;

test("npm run plan points at the launcher", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> & { plan: string; build: string } };
  expect(pkg.scripts.plan).toMatch(/^node (--[a-z-]+ )*scripts\/plan\.cjs$/);
  expect(pkg.scripts.build).toContain("build:cli");
});

test("first use builds, then the build is used as it is; a changed input is rebuilt before it runs", () => {
  const first = plan(["--help"]);
  expect(first.stderr).toBe("");
  expect(first.status).toBe(0);
  expect(first.stdout.trim()).toBe(helpText("en", new Date()).trim());
  const record = readRecord();
  const files = record.inputs.map(([f]) => f);
  // The bundle was built from the command line's sources, the writer and its packages, and the build settings.
  expect(files).toEqual(expect.arrayContaining(["src/cli/plan.ts", "src/xlsx/writer.ts", "src/workbook/evaluate/index.ts", "scripts/build-cli.cjs", "package-lock.json"]));
  expect(files.some((f) => f.includes("node_modules/exceljs/"))).toBe(true);
  const built = bundleTime();

  const second = plan(["--out", "seed.xlsx"]);
  expect(second.stderr).toBe("");
  expect(second.status).toBe(0);
  expect(second.stdout).toContain("target 500,000, leads needed 2000, deals needed 100.");
  expect(statSync(join(dir, "seed.xlsx")).size).toBeGreaterThan(10000);
  expect(bundleTime()).toBe(built); // not rebuilt
  expect(existsSync(join(dir, "build", "plan.js.cache"))).toBe(true);

  // A source file as if edited since the build (its recorded size no longer matches): rebuilt first.
  const edited = readRecord();
  const i = edited.inputs.findIndex(([f]) => f === "src/workbook/evaluate/index.ts");
  edited.inputs[i][1] += 1;
  writeFileSync(recordPath(), JSON.stringify(edited));
  const third = plan(["--days", "5"]);
  expect(third.status).toBe(2);
  expect(third.stderr).toContain("--days: Sprint length must be a whole number from 7 to 92; got 5.");
  expect(bundleTime()).toBeGreaterThan(built);
  expect(readRecord().inputs[i][1]).toBe(statSync(join(ROOT, "src/workbook/evaluate/index.ts")).size);
});

test("a build without its record, or with an input gone, is not used", () => {
  expect(plan(["--help"]).status).toBe(0);
  const built = bundleTime();
  rmSync(recordPath());
  expect(plan(["--help"]).status).toBe(0);
  const rebuilt = bundleTime();
  expect(rebuilt).toBeGreaterThan(built);

  const record = readRecord();
  record.inputs.push(["src/cli/gone.ts", 1, 1]);
  writeFileSync(recordPath(), JSON.stringify(record));
  expect(plan(["--help"]).status).toBe(0);
  expect(bundleTime()).toBeGreaterThan(rebuilt);
  expect(readRecord().inputs.some(([f]) => f === "src/cli/gone.ts")).toBe(false);
});
