/**
 * Words a manager reads, checked wherever they are shown (issue 15 item 7):
 *
 * - no "seed" wording (种子 / 種子 / seed, seeds): the planner's defaults are a worked example,
 *   said as such, never "the seeds'";
 * - the burn-up chart has one name per language (src/i18n/sheet.ts chartName) in its title, the
 *   command line's note and the manuals, and is never called a burn-down (燃尽图 / 燃盡圖);
 * - the board's leader is the star of the sprint (冲刺之星 / 衝刺之星), never 本月之星.
 *
 * Searched: every exported table of every module in src/i18n (walked to its last string), every
 * string of the generated workbook in three languages (cells, formulas and their literal texts,
 * notes, validation messages, chart titles and series names, page headers, defined-name
 * comments), with a re-plan and with an activity note; the command line's help and output in
 * three languages; the manuals and the command-line doc.
 */
import { readdirSync, readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { LOCALES, type Locale } from "../../src/i18n/locale";
import { SHEET_STRINGS } from "../../src/i18n/sheet";
import { RUN_SHEET_STRINGS } from "../../src/i18n/runSheets";
import { buildWorkbook } from "../../src/workbook";
import { withReplan } from "../../src/workbook/replan";
import { isoToSerial } from "../../src/domain/dates";
import { main } from "../../src/cli/plan";
import type { WorkbookSpec } from "../../src/workbook/spec";
import { seedPlan } from "../fixtures/seedPlan";

const ROOT = resolve(__dirname, "../..");
const SEED = /种子|種子|\bseeds?\b/i;
const BURN_DOWN = /燃尽|燃盡|burn-?down/i;
const MONTH_STAR = /本月之星|star of the month/i;
const FORBIDDEN = [SEED, BURN_DOWN, MONTH_STAR];

/** Every string in `x` with where it sits ("ui.zh-CN.hintActivity"), walking objects and arrays to the end. */
function strings(x: unknown, path: string, out: [string, string][] = [], seen = new Set<unknown>()): [string, string][] {
  if (typeof x === "string") out.push([path, x]);
  else if (x && typeof x === "object" && !seen.has(x)) {
    seen.add(x);
    for (const [k, v] of Object.entries(x)) strings(v, `${path}.${k}`, out, seen);
  }
  return out;
}

/** The strings among `found` that use a forbidden word, as "where: text". */
function offending(found: [string, string][]): string[] {
  return found.filter(([, s]) => FORBIDDEN.some((re) => re.test(s))).map(([p, s]) => `${p}: ${s}`);
}

const I18N = join(ROOT, "src", "i18n");
const modules = readdirSync(I18N).filter((f) => f.endsWith(".ts"));

describe("no seed wording, no burn-down, no star of the month", () => {
  test("the test sees what it looks for (a planted word is found)", () => {
    expect(offending([["x", "默认 20（种子数据）"]])).toHaveLength(1);
    expect(offending([["x", "Default 20 (the seeds')"]])).toHaveLength(1);
    expect(offending([["x", "燃尽图"]])).toHaveLength(1);
    expect(offending([["x", "本月之星"]])).toHaveLength(1);
    // "Seedless" words and the random seed of a benchmark are not what is meant; plain words pass.
    expect(offending([["x", "Sprint target"], ["y", "累计完成图"]])).toEqual([]);
  });

  test.each(modules)("every exported table of src/i18n/%s", (file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- every module of the folder, found at run time
    const mod = require(join(I18N, file)) as Record<string, unknown>;
    const found = Object.entries(mod).flatMap(([name, value]) => strings(value, `${file}:${name}`));
    expect(offending(found)).toEqual([]);
  });

  test("the walk reaches the deepest strings of every table", () => {
    const paths = modules.flatMap((file) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- as above
      const mod = require(join(I18N, file)) as Record<string, unknown>;
      return Object.entries(mod).flatMap(([name, value]) => strings(value, `${file}:${name}`).map(([p]) => p));
    });
    expect(paths.length).toBeGreaterThan(1500);
    for (const locale of LOCALES) {
      expect(paths).toContain(`ui.ts:UI.${locale}.hintActivity`);
      expect(paths).toContain(`cli.ts:CLI_STRINGS.${locale}.help`);
      expect(paths).toContain(`runSheets.ts:RUN_SHEET_STRINGS.${locale}.board.leader`);
    }
  });

  /** The workbook as written: the plan's sheets, a re-plan on day 8, a daily-activity note. */
  const specs = (locale: Locale): WorkbookSpec[] => {
    const plan = seedPlan({ locale });
    const short = seedPlan({ locale, target: 2_000_000, dailyActivity: { calls: 5, emails: 5 } });
    return [buildWorkbook(plan), withReplan(buildWorkbook(plan), plan, isoToSerial("2025-03-10") as number), buildWorkbook(short)];
  };

  test.each(LOCALES)("every string of the generated workbook (%s)", (locale) => {
    const found = specs(locale).flatMap((spec, i) => strings(spec, `${locale}#${i}`));
    // Cells, notes, validations, chart titles: the walk sees each kind.
    const paths = found.map(([p]) => p).join("\n");
    for (const part of [".blocks.", ".note", ".validations.", ".charts.0.title", ".pageSetup.header"]) expect(paths).toContain(part);
    expect(offending(found)).toEqual([]);
  });

  const cli = async (argv: string[]): Promise<string> => {
    const dir = mkdtempSync(join(tmpdir(), "wording-"));
    const lines: string[] = [];
    try {
      await main(argv, { env: {}, now: new Date(2025, 2, 5), cwd: dir, stdout: (l) => lines.push(l), stderr: (l) => lines.push(l) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return lines.join("\n");
  };

  test.each(LOCALES)("the command line's help and output (%s)", async (locale) => {
    const help = await cli(["--help", "--lang", locale]);
    const written = await cli(["--lang", locale, "--target", "2000000", "--calls", "5"]);
    const wrong = await cli(["--lang", locale, "--days", "5", "--bogus"]);
    expect(help.length).toBeGreaterThan(500);
    expect(offending([["help", help], ["written", written], ["wrong", wrong]])).toEqual([]);
  });

  test.each(["README.md", "docs/using.md", "docs/using.zh-CN.md", "docs/cli.md"])("%s", (file) => {
    const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
    expect(offending(lines.map((l, i): [string, string] => [`${file}:${i + 1}`, l]))).toEqual([]);
  });
});

describe("one name for the burn-up chart, one title for the leader", () => {
  test.each(LOCALES)("%s: the chart's title and the command line's note use the chart's name", async (locale) => {
    const name = SHEET_STRINGS[locale].sprint.chartName;
    const sprint = buildWorkbook(seedPlan({ locale })).sheets.find((s) => s.key === "sprint")!;
    expect(sprint.charts[0].title).toContain(name);
    const dir = mkdtempSync(join(tmpdir(), "wording-"));
    const out: string[] = [];
    try {
      await main(["--lang", locale], { env: {}, now: new Date(2025, 2, 5), cwd: dir, stdout: (l) => out.push(l), stderr: (l) => out.push(l) });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(out.join("\n")).toContain(name);
  });

  test("the manuals call the chart by its name", () => {
    expect(readFileSync(join(ROOT, "docs/using.zh-CN.md"), "utf8")).toContain(SHEET_STRINGS["zh-CN"].sprint.chartName);
    expect(readFileSync(join(ROOT, "docs/using.md"), "utf8").toLowerCase()).toContain(`${SHEET_STRINGS.en.sprint.chartName.toLowerCase()} chart`);
    expect(readFileSync(join(ROOT, "docs/cli.md"), "utf8").toLowerCase()).toContain(`${SHEET_STRINGS.en.sprint.chartName.toLowerCase()} chart`);
  });

  test("the leader is the star of the sprint in every language and in the manuals", () => {
    expect(LOCALES.map((l) => RUN_SHEET_STRINGS[l].board.leader)).toEqual(["冲刺之星", "衝刺之星", "Star of the sprint"]);
    expect(readFileSync(join(ROOT, "docs/using.zh-CN.md"), "utf8")).toContain("冲刺之星");
    expect(readFileSync(join(ROOT, "docs/using.md"), "utf8")).toContain("Star of the sprint");
  });
});
