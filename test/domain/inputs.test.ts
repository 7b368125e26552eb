/**
 * One input model, one number reader. The same text typed into the task pane's form,
 * given to the command line, or read by the input model for the plan gives the same value or
 * the same error key. Plus the reader's own table (src/domain/numbers.ts) and the model.
 */
import { parseNumber } from "../../src/domain/numbers";
import { checkInput, readDateInput, readInput, SPRINT_INPUTS } from "../../src/domain/inputs";
import { serialToIso } from "../../src/domain/dates";
import { parseReportDate } from "../../src/domain/reportImport";
import { planSprint, validateSprintInputs, type SprintInputs } from "../../src/domain/sprint";
import { INPUT_KEYS } from "../../src/domain/vocabulary";
import { RUN_INPUT_KEYS } from "../../src/domain/run";
import { checkForm } from "../../src/taskpane/generator/checkForm";
import { defaultForm, type FormState } from "../../src/taskpane/generator/formState";
import { parseCli } from "../../src/cli/args";
import { inputErrorMessage } from "../../src/i18n/inputs";

const NOW = new Date(2025, 2, 12); // Wednesday
const FORM: FormState = { ...defaultForm(NOW), target: "500000", avgOrderValue: "5000", owners: "张三, 李四" };

describe("parseNumber: numbers as people type them", () => {
  it.each([
    ["500000", 500000],
    ["500,000", 500000],
    ["1,200,000.5", 1200000.5],
    ["1 000", 1000],
    ["50万", 500000],
    ["50萬", 500000],
    ["1.2亿", 120000000],
    ["1.2億", 120000000],
    ["0.5 万", 5000],
    ["-5万", -50000],
    ["5%", 0.05],
    ["0.07%", 0.0007],
    ["0.05", 0.05],
    [".5", 0.5],
    ["1e3", 1000],
    ["¥5,000", 5000],
    ["$ 12.5", 12.5],
    // full width, as a Chinese IME types it
    ["５０万", 500000],
    ["５％", 0.05],
    ["１，０００", 1000],
    ["０．０５", 0.05],
    ["５，０００", 5000],
    ["￥５，０００", 5000],
    ["−3", -3],
  ])("%j → %p", (text, value) => expect(parseNumber(text)).toBe(value));

  it.each([
    ["", "empty"],
    ["abc", "words"],
    ["1,5", "a decimal comma (ambiguous: 15 or 1.5)"],
    ["1,00", "a comma that does not group thousands"],
    ["1,000 000", "two different group separators"],
    ["5%%", "two percent signs"],
    ["50万%", "a unit and a percent"],
    ["万", "a unit alone"],
    ["5。5", "an ideographic full stop as a decimal point"],
    ["--1", "two signs"],
    ["1.2.3", "two decimal points"],
    ["Infinity", "not finite"],
    ["5$", "a trailing currency sign"],
  ])("%j is not a number (%s)", (text) => expect(parseNumber(text)).toBeNull());
});

/** What each entry point makes of `text` for one input: its value, or its error key. The model's two steps: read, then check. */
function viaModel(id: "target" | "conversion", text: string): number | string {
  const r = readInput(id, text);
  if (!r.ok) return r.issue.key;
  return checkInput(id, r.value)?.key ?? r.value;
}

function viaPlan(id: "target" | "conversion", text: string): number | string {
  const r = readInput(id, text);
  if (!r.ok) return r.issue.key;
  const inputs: SprintInputs = { target: 500000, avgOrderValue: 5000, conversion: 0.05, owners: [{ name: "A" }], start: "2025-03-03", locale: "en" };
  const result = planSprint({ ...inputs, [id]: r.value });
  if (result.ok) return result.plan.inputs[id];
  const e = result.errors.find((x) => x.path === id);
  return e ? e.key : `other: ${result.errors.map((x) => x.path).join()}`;
}

function viaForm(id: "target" | "conversion", text: string): number | string {
  const r = checkForm({ ...FORM, [id]: text }, "en");
  if (r.ok) return r.inputs[id] as number;
  return r.keys[id] ?? `other: ${Object.keys(r.errors).join()}`;
}

function viaCli(id: "target" | "conversion", text: string): number | string {
  const r = parseCli([id === "target" ? "--target" : "--conversion", text, "--team", "A"], {}, NOW);
  if (r.kind === "run") return r.options.inputs[id] as number;
  if (r.kind === "help") return "help";
  const e = r.inputErrors.find((x) => x.path === id);
  return e ? e.key : `other: ${r.messages.join()}`;
}

describe("one reader, one checker: the pane's form, the command line and the plan agree", () => {
  it.each([
    ["target", "500000", 500000],
    ["target", "500,000", 500000],
    ["target", "50万", 500000],
    ["target", "５０万", 500000],
    ["target", "1.2亿", 120000000],
    ["target", "５００，０００", 500000],
    ["target", "¥500,000", 500000],
    ["target", "50万元", 500000],
    ["target", "50 万 元", 500000],
    ["target", "500000 CNY", 500000],
    ["target", "50万天", "input.unit"],
    ["target", "0.05", "input.wholeRange"],
    ["target", "0", "input.wholeRange"],
    ["target", "abc", "input.notNumber"],
    ["target", "1,5", "input.notNumber"],
    ["target", "", "input.missing"],
    ["conversion", "5%", 0.05],
    ["conversion", "５％", 0.05],
    ["conversion", "0.05", 0.05],
    ["conversion", "０．０５", 0.05],
    ["conversion", "5", "input.percentTyped"],
    ["conversion", "0%", "input.aboveAtMost"],
    ["conversion", "50万", "input.aboveAtMost"],
    ["conversion", "5%%", "input.notNumber"],
    ["conversion", "5个", "input.noUnit"],
  ] as const)("%s %j → %p everywhere", (id, text, expected) => {
    expect({
      model: viaModel(id, text),
      plan: viaPlan(id, text),
      form: viaForm(id, text),
      cli: viaCli(id, text),
    }).toEqual({ model: expected, plan: expected, form: expected, cli: expected });
  });
});

describe("unit words and dates as the import reads them (issue 15)", () => {
  it.each([
    ["days", "30天", 30],
    ["days", "30 days", 30],
    ["days", "30元", "input.unit"],
    ["calls", "20通", 20],
    ["calls", "20 calls", 20],
    ["calls", "20封", "input.unit"],
    ["emails", "30封", 30],
    ["leads", "5条", 5],
    ["demos", "2场", 2],
    ["quotes", "3 quotes", 3],
    ["deals", "1单", 1],
    ["deals", "1通", "input.unit"],
  ] as const)("%s %j → %p", (id, text, expected) => {
    const r = readInput(id, text);
    expect(r.ok ? r.value : r.issue.key).toBe(expected);
  });

  it("names the unit it refused and the ones it takes", () => {
    expect(readInput("days", "30元")).toEqual({
      ok: false,
      issue: { key: "input.unit", params: { value: "30元", unit: "元", units: "天 / 日 / day / days" } },
    });
  });

  it.each(["2026-12-08", "2026/12/8", "2026.12.8", "2026年12月8日", "２０２６年１２月８日", "2026-12-08 09:00"])("start %j → 2026-12-08, as the import reads it", (text) => {
    expect(readDateInput(text)).toBe("2026-12-08");
    expect(serialToIso(parseReportDate(text) as number)).toBe("2026-12-08");
    const r = parseCli(["--start", text], {}, NOW);
    expect(r.kind === "run" && r.options.inputs.start).toBe("2026-12-08");
  });

  it.each(["8/12/2026", "12月8日", "2026-02-30", "tomorrow"])("start %j is refused with the date message", (text) => {
    const r = parseCli(["--start", text], {}, NOW);
    expect(r.kind === "error" && r.inputErrors.map((e) => e.key)).toEqual(["input.date"]);
  });
});

describe("the sprint input model", () => {
  it("names a workbook defined name for every input, each once", () => {
    const names = Object.values(SPRINT_INPUTS).map((s) => s.definedName);
    expect(new Set(names).size).toBe(names.length);
    // The plan's rows, and the run section's (per-rep daily figures of demos, deals, leads and quotes).
    for (const n of names) expect([...INPUT_KEYS, ...RUN_INPUT_KEYS]).toContain(n);
  });

  it("no fixed default for the per-rep daily figures: left out or blank, the plan works them out, in the plan, the form and the command line", () => {
    const inputs: SprintInputs = { target: 500000, avgOrderValue: 5000, owners: [{ name: "A" }], start: "2025-03-03", locale: "en" };
    const plan = planSprint(inputs);
    const form = checkForm({ ...FORM, calls: "", emails: " " }, "en");
    const cli = parseCli([], {}, NOW);
    expect(plan.ok && plan.plan.inputs.dailyActivity).toEqual({});
    expect(form.ok && form.plan.inputs.dailyActivity).toEqual({});
    expect(cli.kind === "run" && cli.options.inputs.dailyActivity).toEqual({});
    // A typed figure is kept, in all three.
    const typed = planSprint({ ...inputs, dailyActivity: { demos: 3 } });
    expect(typed.ok && typed.plan.inputs.dailyActivity).toEqual({ demos: 3 });
    const typedForm = checkForm({ ...FORM, demos: "3" }, "en");
    expect(typedForm.ok && typedForm.plan.inputs.dailyActivity).toEqual({ demos: 3 });
    const typedCli = parseCli(["--demos", "3"], {}, NOW);
    expect(typedCli.kind === "run" && typedCli.options.inputs.dailyActivity).toEqual({ demos: 3 });
  });

  it("says when the daily activity is below what the funnel needs", () => {
    // 2,000,000 ÷ 5,000 ÷ 5% = 8,000 leads; 70% contacted = 5,600; over 5 owners × 22 working days.
    const r = planSprint({
      target: 2000000,
      avgOrderValue: 5000,
      conversion: 0.05,
      owners: ["A", "B", "C", "D", "E"].map((name) => ({ name })),
      start: "2025-03-03",
      locale: "en",
    });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.plan.activityNeeded.calls).toBe(Math.ceil(5600 / 110));
    expect(r.plan.activityNeeded.emails).toBe(Math.ceil(8000 / 110));
    expect(r.plan.activityNeeded.leads).toBe(Math.ceil(8000 / 110));
    expect(r.plan.activityNeeded.deals).toBe(Math.ceil(400 / 110));
    // Nothing typed: the plan is the funnel's, nothing is short.
    expect(r.plan.activityShort).toEqual([]);
    const low = planSprint({ ...r.plan.inputs, dailyActivity: { calls: 20, emails: 30, demos: 1, deals: 1 } });
    expect(low.ok && low.plan.activityShort).toEqual(["calls", "emails", "demos", "deals"]);
    const enough = planSprint({ ...r.plan.inputs, dailyActivity: { calls: 60, emails: 80 } });
    expect(enough.ok && enough.plan.activityShort).toEqual([]);
  });

  it("errors carry a key and parameters, no finished text; the words come at the edge", () => {
    const [e] = validateSprintInputs({ target: 500000, avgOrderValue: 5000, owners: [{ name: "A" }], start: "2025-03-03", days: 5, locale: "en" });
    expect(e).toEqual({ field: "days", path: "days", key: "input.wholeRange", params: { min: "7", max: "92", value: "5" } });
    expect(inputErrorMessage(e, "en")).toBe("Sprint length must be a whole number from 7 to 92; got 5.");
    expect(inputErrorMessage(e, "zh-CN")).toBe("冲刺天数必须是 7 到 92 之间的整数，当前为 5。");
  });

  it("thresholds are percentages up to 1000% (no 'typed 5 for 5%' guess); rates up to 100% get it", () => {
    expect(checkInput("coverage", 11)?.key).toBe("input.numberRange");
    expect(checkInput("coverage", 1.5)).toBeNull();
    expect(checkInput("conversion", 5)?.key).toBe("input.percentTyped");
  });
});
