import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { EXIT, main, type CliIo } from "../../src/cli/plan";
import { parseCli } from "../../src/cli/args";
import { LOCALES } from "../../src/i18n/locale";
import { CLI_STRINGS } from "../../src/i18n/cli";
import { SHEET_KEYS } from "../../src/domain/vocabulary";

const ROOT = resolve(__dirname, "../..");
let dir = "";

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "plan-cli-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number;
  out: string;
  err: string;
}

/** A Wednesday, so the default start is Monday 2025-03-10. */
const NOW = new Date(2025, 2, 5, 10, 0);

async function run(argv: string[], env: Record<string, string> = {}): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { env, now: NOW, cwd: dir, stdout: (l) => out.push(l), stderr: (l) => err.push(l) };
  const code = await main(argv, io);
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function readBook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, file));
  return wb;
}

describe("npm run plan", () => {
  test("no options: the seeds' worked case in sprint-plan.xlsx", async () => {
    const r = await run([], { LANG: "zh_CN.UTF-8" });
    expect(r).toMatchObject({ code: EXIT.ok, err: "" });
    // zh-CN plans with mainland China's calendar by default: 清明 2025-04-04 (a Friday) is off.
    expect(r.out).toContain("已写入 sprint-plan.xlsx：30 天（21 个工作日），5 位负责人，目标 500,000，所需线索 2000，所需成交 100。");
    expect(r.out).toContain("工作日历：中国大陆法定节假日（2004–2026 年数据），放假 1 天不分配目标，调休上班 0 天分配目标");
    expect(r.out).toContain(".xlsx 含累计完成图（销售额计划与实际）和漏斗图");
    const wb = await readBook("sprint-plan.xlsx");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["冲刺总览", "输入", "30天冲刺计划", "目标表", "销售漏斗", "日报", "看板", "周复盘"]);
    const inputs = wb.getWorksheet("输入")!;
    expect(inputs.getCell("B5").value).toBe(500000);
    expect(inputs.getCell("B8").value).toEqual(new Date("2025-03-10T00:00:00Z")); // next Monday
    expect(wb.getWorksheet("目标表")!.getCell("A8").value).toBe("销售代表5");
  });

  test("options: team with weights, start, days, weekends, language, output file", async () => {
    const r = await run([
      "--target",
      "1,200,000",
      "--avg-order",
      "8000",
      "--conversion",
      "4%",
      "--team",
      "Ann, Bo:2 ,=Cy：0.5",
      "--start",
      "2028-02-26",
      "--days",
      "14",
      "--weekends",
      "--lang",
      "en",
      "--out",
      "q1.xlsx",
    ]);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toMatch(/^Wrote q1\.xlsx: 14 days \(14 working days\), 3 owners, target 1,200,000, leads needed 3750, deals needed 150\./);
    const wb = await readBook("q1.xlsx");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Sprint summary", "Inputs", "14-Day Sprint", "Targets", "Funnel", "Daily log", "Board", "Weekly review"]);
    const t = wb.getWorksheet("Targets")!;
    expect([4, 5, 6].map((r) => [t.getCell(`A${r}`).value, t.getCell(`B${r}`).value])).toEqual([
      ["Ann", 1],
      ["Bo", 2],
      ["=Cy", 0.5],
    ]);
    expect(t.getCell("A6").formula).toBeUndefined();
    const inputs = wb.getWorksheet("Inputs")!;
    expect(inputs.getCell("B7").value).toBe(0.04);
    expect(inputs.getCell("B10").value).toBe("Yes");
  });

  test("numbers as a Chinese IME types them: --target 50万 --avg-order 5,000 --conversion ５％ is the seeds' case", async () => {
    const r = await run(["--target", "50万", "--avg-order", "5,000", "--conversion", "５％", "--out", "x.xlsx"], { LANG: "zh_CN.UTF-8" });
    expect(r).toMatchObject({ code: EXIT.ok, err: "" });
    expect(r.out).toContain("已写入 x.xlsx：30 天（21 个工作日），5 位负责人，目标 500,000，所需线索 2000，所需成交 100。");
    const inputs = (await readBook("x.xlsx")).getWorksheet("输入")!;
    expect([5, 6, 7].map((row) => inputs.getCell(`B${row}`).value)).toEqual([500000, 5000, 0.05]);
  });

  test("per-rep daily figures: blank (from the plan) by default; a typed one below what the funnel needs, the output and the Inputs sheet say so", async () => {
    const seed = await run(["--lang", "en", "--out", "seed.xlsx"]);
    expect(seed.out).not.toContain("below what the funnel needs");
    const seedInputs = (await readBook("seed.xlsx")).getWorksheet("Inputs")!;
    const row = (label: string): number => {
      let found = 0;
      seedInputs.eachRow((r, i) => {
        if (r.getCell(1).value === label) found = i;
      });
      return found;
    };
    const callsRow = row("Calls per owner per working day");
    expect([seedInputs.getCell(`B${callsRow}`).value, seedInputs.getCell(`B${callsRow + 1}`).value]).toEqual([null, null]);

    const big = await run(["--lang", "en", "--target", "2,000,000", "--calls", "25", "--emails", "30", "--deals", "1", "--out", "big.xlsx"]);
    expect(big.code).toBe(EXIT.ok);
    expect(big.out).toContain(
      "A per-rep daily figure you typed is below what the funnel needs to reach the target: 25 calls, 51 needed; 30 emails, 73 needed; 1 deals, 4 needed. Change them with",
    );
    const inputs = (await readBook("big.xlsx")).getWorksheet("Inputs")!;
    expect(inputs.getCell(`B${callsRow}`).value).toBe(25);
    const note = (r: number): unknown => {
      const v = inputs.getCell(`D${r}`).value;
      return v !== null && typeof v === "object" && "result" in v ? v.result : v;
    };
    expect(note(callsRow)).toContain("⚠ below the 51 per owner and working day the funnel needs");
    expect(note(callsRow + 1)).toContain("⚠ below the 73 per owner and working day the funnel needs");
    const bad = await run(["--lang", "en", "--demos", "many", "--out", "bad.xlsx"]);
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.err).toContain("--demos");
  });

  test("an existing file is kept unless --force", async () => {
    const path = join(dir, "sprint-plan.xlsx");
    writeFileSync(path, "precious");
    const r = await run(["--lang", "en"]);
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toContain("sprint-plan.xlsx already exists and was not overwritten. Add --force");
    expect(readFileSync(path, "utf8")).toBe("precious");

    const forced = await run(["--lang", "en", "--force", "--days", "7"]);
    expect(forced.code).toBe(EXIT.ok);
    expect((await readBook("sprint-plan.xlsx")).worksheets.map((w) => w.name)).toContain("7-Day Sprint");
    expect(readdirSync(dir)).toEqual(["sprint-plan.xlsx"]); // no temp file left behind
  });

  test("a directory that does not exist: exit 1 with the reason", async () => {
    const r = await run(["--lang", "en", "--out", "missing/plan.xlsx"]);
    expect(r.code).toBe(EXIT.io);
    expect(r.err).toBe("Cannot write missing/plan.xlsx: the folder missing does not exist. Create it first, or choose a file in an existing folder with --out.");
    const zh = await run(["--lang", "zh-CN", "--out", "missing/plan.xlsx"]);
    expect(zh).toMatchObject({ code: EXIT.io, err: "无法写入 missing/plan.xlsx：文件夹 missing 不存在。请先建好它，或用 --out 指定已有文件夹中的文件。" });
  });

  test("a folder given as the output: exit 1, said in words, nothing touched", async () => {
    mkdirSync(join(dir, "book.xlsx"));
    const isDir = await run(["--lang", "zh-TW", "--out", "book.xlsx", "--force"]);
    expect(isDir).toMatchObject({ code: EXIT.io, err: "無法寫入 book.xlsx：這是一個資料夾。請用 --out 指定一個 .xlsx 檔名。" });
    expect(readdirSync(join(dir, "book.xlsx"))).toEqual([]);
  });

  test.each([
    [["--days", "5"], "--days: Sprint length must be a whole number from 7 to 92; got 5."],
    [["--days", "93"], "--days: Sprint length must be a whole number from 7 to 92; got 93."],
    [["--days", "thirty"], "--days: Sprint length must be a number; got “thirty”."],
    [["--target", "0"], "--target: Sprint target must be a whole number from 1 to 1,000,000,000,000; got 0."],
    [["--target", "-5"], "The value of --target starts with “-”: write it as --target=value"],
    [["--target=-5"], "--target: Sprint target must be a whole number from 1 to 1,000,000,000,000; got -5."],
    [["--avg-order", "0"], "--avg-order: Average order value must be greater than 0 and at most 1,000,000,000,000; got 0."],
    [["--conversion", "5"], "--conversion: Conversion rate is 5 (= 500%) but must be above 0% and at most 100%; for 5%, enter 5% or 0.05."],
    [["--conversion", "0%"], "--conversion: Conversion rate must be greater than 0% and at most 100%; got 0%."],
    [["--team", "a,b:x"], "--team: Owners: “b:x” is not “name” or “name:weight”"],
    [["--team", "a,b:0"], "--team: Owners must be greater than 0 and at most 1,000,000; got 0."],
    [["--team", "a,a"], "--team: Owners “a” appears more than once."],
    [["--start", "2027-02-29"], "--start: Start date must be a valid date, e.g. 2026-12-07, 2026/12/7 or 2026年12月7日"],
    [["--start", "8/12/2026"], "--start: Start date must be a valid date"],
    [["--days", "30元"], "--days: Sprint length does not take the unit “元”: write 天 / 日 / day / days, or the number alone; got “30元”."],
    [["--weekends=yes"], "Option --weekends takes no value: write just --weekends."],
    [["--target", "--days", "30"], "Option --target needs a value."],
    [["--lang", "fr"], "--lang must be zh-CN, zh-TW or en; got “fr”."],
    [["--out", "plan.csv"], "--out must be an .xlsx file; got “plan.csv”."],
    [["--holidays", "tw"], "--holidays must be cn (mainland China) or none; got “tw”."],
    [["--colour", "red"], "Unknown option --colour."],
    [["--days"], "Option --days needs a value."],
    [["30"], "Unexpected argument “30”"],
  ])("bad input %j: exit 2, the option named, nothing written", async (argv, message) => {
    const r = await run(argv, { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(message);
    expect(r.err).toContain("npm run plan -- --help");
    expect(r.out).toBe("");
    expect(readdirSync(dir)).toEqual([]);
  });

  test("every problem is reported at once", async () => {
    const r = await run(["--days", "5", "--target", "abc", "--conversion", "200%", "--lang", "en"]);
    expect(r.err.split("\n")).toEqual([
      "--target: Sprint target must be a number; got “abc”.",
      "--conversion: Conversion rate is 2 (= 200%) but must be above 0% and at most 100%; for 2%, enter 2% or 0.02.",
      "--days: Sprint length must be a whole number from 7 to 92; got 5.",
      "Run npm run plan -- --help for all options.",
    ]);
  });

  test("messages in the chosen language: --lang first, then LC_ALL / LC_MESSAGES / LANG, else English", async () => {
    expect((await run(["--days", "5", "--lang", "zh-TW"], { LANG: "en_US.UTF-8" })).err).toContain("--days：衝刺天數必須是 7 到 92 之間的整數");
    expect((await run(["--days", "5"], { LANG: "zh_CN.UTF-8" })).err).toContain("--days：冲刺天数必须是 7 到 92 之间的整数");
    expect((await run(["--days", "5"], { LANG: "en_US.UTF-8", LC_ALL: "zh_HK.UTF-8" })).err).toContain("衝刺天數");
    expect((await run(["--days", "5"], {})).err).toContain("Sprint length");
    expect((await run(["--lang", "xx"], { LANG: "zh_CN.UTF-8" })).err).toContain("--lang 必须是 zh-CN、zh-TW 或 en");
  });

  test.each(LOCALES)("--help (%s) explains every option, lists every sheet the command writes, exits 0 without writing", async (locale) => {
    const r = await run(["--help", "--lang", locale]);
    expect(r.code).toBe(EXIT.ok);
    for (const o of ["--target", "--avg-order", "--conversion", "--team", "--start", "--days", "--weekends", "--holidays", "--lang", "--out", "--force", "--help"]) {
      expect(r.out).toContain(o);
    }
    expect(r.out).not.toMatch(/[{}]/); // every placeholder filled
    expect(readdirSync(dir)).toEqual([]);
    // The sheets listed are the sheets written, in tab order.
    await run(["--lang", locale]);
    const names = (await readBook("sprint-plan.xlsx")).worksheets.map((w) => w.name);
    expect(names).toHaveLength(SHEET_KEYS.length);
    const line = r.out.split("\n")[2];
    expect(line).toContain(names.join(CLI_STRINGS[locale].listSeparator));
    expect(line).toContain(String(names.length));
  });

  /** What is left of a message once option names, quoted values, the command and the unit words an input takes (listed as typed) are taken out. */
  const words = (text: string): string => text.replace(/npm run plan|--?[a-z][a-z-]*|“[^”]*”|「[^」]*」|\S+\.xlsx|\b(?:CNY|RMB|yuan|days?)\b/g, "");

  test.each([
    ["zh-CN", ["--foo"], "未知选项 --foo。"],
    ["zh-CN", ["--days"], "选项 --days 缺少值。"],
    ["zh-CN", ["--target", "-5"], "选项 --target 的值以“-”开头：请写成 --target=值，例如 --target=-5。"],
    ["zh-CN", ["--force=1"], "选项 --force 不带值：只写 --force。"],
    ["zh-CN", ["-x", "30"], "未知选项 -x。"],
    ["zh-TW", ["--foo"], "未知選項 --foo。"],
    ["zh-TW", ["--days"], "選項 --days 缺少值。"],
    ["zh-CN", ["--target", "50万天"], "--target：冲刺目标不带单位“天”"],
  ] as const)("under --lang %s, %j is answered in that language only", async (locale, argv, message) => {
    const r = await run(["--lang", locale, ...argv], { LANG: "en_US.UTF-8" });
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(message);
    expect(words(r.err)).not.toMatch(/[A-Za-z]{2,}/);
    // The language is known before anything is said, wherever --lang stands.
    expect((await run([...argv, "--lang", locale], { LANG: "en_US.UTF-8" })).err).toBe(r.err);
  });

  test("the number and date forms the import reads: 50万元, 30天, 2026/12/08, 2026年12月8日", () => {
    for (const start of ["2026/12/08", "2026年12月8日", "2026.12.8"]) {
      const p = parseCli(["--target", "50万元", "--avg-order", "5000元", "--days", "30天", "--calls", "20通", "--start", start], {}, NOW);
      expect(p.kind === "run" && p.options.inputs).toMatchObject({ target: 500000, avgOrderValue: 5000, days: 30, start: "2026-12-08", dailyActivity: { calls: 20 } });
    }
  });

  describe("--holidays: the working calendar (docs/domain.md §10)", () => {
    /** 35 days across 劳动节 2026: 05-01, 05-04 and 05-05 are weekdays off, Saturday 05-09 is a make-up working day. */
    const MAY = ["--target", "80万", "--avg-order", "8000", "--conversion", "4%", "--team", "张三, 李四:2, 王五, 赵六", "--start", "2026-04-20", "--days", "35"];

    test("zh-CN: mainland China's calendar by default; the output counts its days off and make-up days", async () => {
      const r = await run([...MAY, "--lang", "zh-CN", "--out", "may.xlsx"]);
      expect(r).toMatchObject({ code: EXIT.ok, err: "" });
      expect(r.out).toContain("35 天（23 个工作日）");
      expect(r.out).toContain("放假 3 天不分配目标，调休上班 1 天分配目标；可在“输入”表的工作日历中增删日期。");
      expect(r.out).not.toContain("⚠");
      const p = parseCli([...MAY, "--lang", "zh-CN"], {}, NOW);
      expect(p.kind === "run" && p.options.inputs.calendar?.map((e) => `${e.date} ${e.kind} ${e.name}`)).toEqual([
        "2026-05-01 off 劳动节",
        "2026-05-02 off 劳动节",
        "2026-05-03 off 劳动节",
        "2026-05-04 off 劳动节",
        "2026-05-05 off 劳动节",
        "2026-05-09 work 劳动节",
      ]);
    });

    test("--holidays none, and zh-TW / en by default: the weekday rule only", async () => {
      expect((await run([...MAY, "--lang", "zh-CN", "--holidays", "none", "--out", "a.xlsx"])).out).toContain("35 天（25 个工作日）");
      const tw = await run([...MAY, "--lang", "zh-TW", "--out", "b.xlsx"]);
      expect(tw.out).toContain("35 天（25 個工作日）");
      expect(tw.out).not.toContain("工作日曆");
      expect((await run([...MAY, "--lang", "en", "--holidays", "CN", "--out", "c.xlsx"])).out).toContain("35 days (23 working days)");
    });

    test("--weekends keeps its meaning: weekends work, days off still do not", async () => {
      const r = await run([...MAY, "--lang", "zh-CN", "--weekends", "--out", "w.xlsx"]);
      // 35 days, less the five days off of 劳动节 (the make-up Saturday works anyway).
      expect(r.out).toContain("35 天（30 个工作日）");
      expect(r.out).toContain("放假 5 天不分配目标，调休上班 0 天分配目标");
    });

    test("a sprint past the data's last year says so and leaves those dates to the manager", async () => {
      const r = await run(["--lang", "zh-CN", "--start", "2026-12-07", "--days", "30", "--out", "dec.xlsx"]);
      expect(r.code).toBe(EXIT.ok);
      expect(r.out).toContain("⚠ 节假日数据只到 2026 年：2027-01-01 至 2027-01-05 的放假和调休未填入，请在“输入”表的工作日历中自行添加");
      // 元旦 2027 is not guessed: 2027-01-01 (a Friday) stays a working day, 22 of 30 days in all.
      expect(r.out).toContain("30 天（22 个工作日）");
      const inputs = (await readBook("dec.xlsx")).getWorksheet("输入")!;
      const texts: string[] = [];
      inputs.eachRow((row) => texts.push(String(row.getCell(1).value ?? "")));
      expect(texts).toContain("⚠ 节假日数据只到 2026 年：2027-01-01 起的放假和调休请自行添加（未添加的日期按平常的工作日计算）。");
    });
  });

  test("parseCli: default start is the next Monday; --team splits on full-width commas too", () => {
    const p = parseCli(["--team", "张三，李四:2"], {}, new Date(2025, 2, 10, 8));
    expect(p.kind).toBe("run");
    if (p.kind !== "run") return;
    expect(p.options.inputs.start).toBe("2025-03-17");
    expect(p.options.inputs.owners).toEqual([{ name: "张三" }, { name: "李四", weight: 2 }]);
    expect(p.options).toMatchObject({ out: "sprint-plan.xlsx", force: false });
  });
});

describe("the command as a process", () => {
  const tsx = join(ROOT, "node_modules", ".bin", "tsx");
  const script = join(ROOT, "src", "cli", "plan.ts");

  test("exit code 2 and the message on stderr for bad input; no file", () => {
    const r = spawnSync(tsx, [script, "--days", "5", "--out", join(dir, "x.xlsx")], { encoding: "utf8", env: { ...process.env, LANG: "C" } });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--days: Sprint length must be a whole number from 7 to 92; got 5.");
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });

  test("npm run plan -- --target 50万 --avg-order 5,000 --conversion ５％ --out <file> writes the seeds' case", () => {
    const out = join(dir, "x.xlsx");
    const r = spawnSync("npm", ["run", "--silent", "plan", "--", "--target", "50万", "--avg-order", "5,000", "--conversion", "５％", "--out", out], {
      encoding: "utf8",
      cwd: ROOT,
      env: { ...process.env, LANG: "C" },
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("target 500,000, leads needed 2000, deals needed 100.");
    expect(statSync(out).size).toBeGreaterThan(10000);
  });

  test("writes relative to INIT_CWD (where npm run was typed), exit 0", () => {
    const r = spawnSync(tsx, [script, "--out", "team.xlsx", "--lang", "zh-CN"], {
      encoding: "utf8",
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: dir },
    });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(statSync(join(dir, "team.xlsx")).size).toBeGreaterThan(10000);
    expect(existsSync(join(ROOT, "team.xlsx"))).toBe(false);
  });
});
