/**
 * The form as data (src/taskpane/generator/: formState, importSelection, checkForm,
 * savedInputs) and the host-error texts (src/taskpane/hostErrors.ts): the import from the
 * selection, mapping the domain's errors onto fields, saved inputs, the saved plan the log tab
 * reads, and what each HostError tells the user. Numbers as people type them are the domain's
 * (test/domain/inputs.test.ts).
 */
import { checkForm, fieldOfPath } from "../../../src/taskpane/generator/checkForm";
import { defaultForm, type FormState } from "../../../src/taskpane/generator/formState";
import { importOwners } from "../../../src/taskpane/generator/importSelection";
import { restoreForm, serializeForm } from "../../../src/taskpane/generator/savedInputs";
import { readSavedPlan } from "../../../src/taskpane/savedPlan";
import { todayIso } from "../../../src/domain/dates";
import { describeError } from "../../../src/taskpane/hostErrors";
import { HostError } from "../../../src/hosts/host";
import { UI } from "../../../src/i18n/ui";
import { selection } from "../fakeHost";

const NOW = new Date(2025, 2, 12); // Wednesday
const VALID: FormState = { ...defaultForm(NOW), target: "500000", avgOrderValue: "5000", owners: "张三, 李四:2" };

describe("import from the selection", () => {
  it("nothing selected, or no names", () => {
    expect(importOwners(null)).toEqual({ ok: false, reason: "noSelection" });
    expect(importOwners(selection([]))).toEqual({ ok: false, reason: "noSelection" });
    expect(importOwners(selection([[""], [null], [true]]))).toEqual({ ok: false, reason: "noNames" });
  });

  it("names only; a header word is skipped", () => {
    const r = importOwners(selection([["姓名"], ["张三"], ["李四"], [""]]));
    expect(r).toMatchObject({ ok: true, kind: "names", skippedHeader: true, owners: [{ name: "张三" }, { name: "李四" }] });
  });

  it("weights (all below 1,000) and targets (amounts); numeric text counts as numbers", () => {
    expect(importOwners(selection([["A", 30], ["B", 33], ["C", "35"]]))).toMatchObject({
      ok: true,
      kind: "weights",
      owners: [{ name: "A", weight: 30 }, { name: "B", weight: 33 }, { name: "C", weight: 35 }],
    });
    const t = importOwners(selection([["Rep", "Target"], ["A", 300000], ["B", "200,000"]]));
    expect(t).toMatchObject({ ok: true, kind: "targets", total: 500000, skippedHeader: true });
  });

  it("repeated names are merged (their numbers added); a second column with text is ignored", () => {
    expect(importOwners(selection([["A", 100000], ["B", 50000], ["A", 20000]]))).toMatchObject({
      ok: true,
      merged: 1,
      owners: [{ name: "A", weight: 120000 }, { name: "B", weight: 50000 }],
    });
    expect(importOwners(selection([["A", 1], ["B", "north"], ["C", 2]]))).toMatchObject({ ok: true, kind: "names", ignoredSecondColumn: true });
  });

  it("names the source as a formula would (the sheet quoted, inner quotes doubled); reports a truncated selection", () => {
    const r = importOwners(selection([["A"], ["B"]], { sheet: "销售 团队", valuesAddress: "C2:C3", truncated: true }));
    expect(r).toMatchObject({ ok: true, source: "'销售 团队'!C2:C3", truncated: true });
    expect(importOwners(selection([["A"]], { sheet: "Bob's", valuesAddress: "A1" }))).toMatchObject({ source: "'Bob''s'!A1" });
  });

  it("numbers typed as text are read like the form reads them (full width, 万)", () => {
    expect(importOwners(selection([["A", "５万"], ["B", "￥30,000"]]))).toMatchObject({
      ok: true,
      kind: "targets",
      total: 80000,
      owners: [{ name: "A", weight: 50000 }, { name: "B", weight: 30000 }],
    });
  });
});

describe("checking the form", () => {
  it("a valid form gives sprint inputs and the plan", () => {
    const r = checkForm(VALID, "zh-CN");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.inputs).toMatchObject({
      target: 500000,
      avgOrderValue: 5000,
      conversion: 0.05,
      start: "2025-03-17",
      days: 30,
      weekends: false,
      owners: [{ name: "张三" }, { name: "李四", weight: 2 }],
      dailyActivity: {},
      thresholds: { red: 0.8, green: 1, coverage: 1.5, newOpp: 0.8, activity: 0.85 },
      tiers: { base: 0.8, challenge: 1.2 },
    });
    expect(r.plan.requiredLeads).toBe(2000);
  });

  it("funnel shares replace the conversion rate; their errors land on the funnel field", () => {
    const ok = checkForm({ ...VALID, useFunnel: true, conversion: "garbage" }, "en");
    expect(ok.ok && ok.inputs.conversion === undefined && ok.inputs.funnelShares).toEqual([1, 0.7, 0.4, 0.2, 0.08]);
    const bad = checkForm({ ...VALID, useFunnel: true, funnelShares: ["100%", "70%", "80%", "20%", "8%"] }, "en");
    expect(bad.errors.funnelShares).toMatch(/never rising/);
    expect(checkForm({ ...VALID, useFunnel: true, funnelShares: ["100%", "", "40%", "20%", "8%"] }, "en").errors.funnelShares).toBe(UI.en.errShares);
  });

  it("every domain error path finds its field", () => {
    expect(fieldOfPath("owners[3].name", false)).toBe("owners");
    expect(fieldOfPath("thresholds.coverage", false)).toBe("coverage");
    expect(fieldOfPath("tiers.challenge", false)).toBe("challenge");
    expect(fieldOfPath("dailyActivity.emails", false)).toBe("emails");
    expect(fieldOfPath("conversion", true)).toBe("funnelShares");
    expect(fieldOfPath("currency", false)).toBeNull();
  });

  it("empty per-rep daily figures come from the plan, as on the command line (no error); a typed one is kept, a bad one named", () => {
    const r = checkForm({ ...VALID, calls: "", emails: "" }, "en");
    expect(r.ok).toBe(true);
    expect(r.ok && r.inputs.dailyActivity).toEqual({});
    const typed = checkForm({ ...VALID, deals: "2", quotes: "３" }, "en");
    expect(typed.ok && typed.inputs.dailyActivity).toEqual({ quotes: 3, deals: 2 });
    const bad = checkForm({ ...VALID, demos: "two" }, "en");
    expect(bad.ok).toBe(false);
    expect(bad.errors.demos).toMatch(/Demos/);
  });

  it("messages are in the requested language", () => {
    const r = checkForm({ ...VALID, target: "", avgOrderValue: "x", days: "6" }, "zh-TW");
    expect(r.errors.target).toBe("請填寫衝刺目標（銷售額）。");
    expect(r.errors.avgOrderValue).toBe("平均訂單金額需要是數字，目前為「x」。");
    expect(r.errors.days).toMatch(/衝刺天數必須是 7 到 92 之間的整數/);
  });
});

describe("saved inputs", () => {
  it("round-trips the form", () => {
    const form = { ...VALID, name: "三月冲刺", weekends: true, replanDate: "2025-03-20" };
    expect(restoreForm(serializeForm(form), defaultForm(NOW))).toEqual(form);
  });

  it("takes only well-typed fields and drops an invalid re-plan date", () => {
    const base = defaultForm(NOW);
    const json = JSON.stringify({
      app: "sales-sprint-planner",
      v: 99,
      form: { target: "1000", owners: 5, weekends: "no", funnelShares: ["1", "2"], replanDate: "yesterday", unknown: "x" },
    });
    const r = restoreForm(json, base);
    expect(r).toEqual({ ...base, target: "1000", replanDate: "" });
  });

  it.each([null, "", "null", "42", "{", JSON.stringify({ app: "sales-sprint-planner", form: null }), "x".repeat(2_000_000)])(
    "nothing usable in %#",
    (json) => expect(restoreForm(json, defaultForm(NOW))).toBeNull(),
  );

  it("the saved plan is the plan of the saved form, in the pane's language; none when it does not plan", () => {
    const plan = readSavedPlan(serializeForm(VALID), "zh-CN", NOW);
    const check = checkForm(VALID, "zh-CN");
    expect(plan).not.toBeNull();
    expect(check.ok && plan).toEqual(check.ok && check.plan);
    expect(plan?.inputs.locale).toBe("zh-CN");
    expect(readSavedPlan(null, "en", NOW)).toBeNull();
    expect(readSavedPlan("{", "en", NOW)).toBeNull();
    expect(readSavedPlan(serializeForm({ ...VALID, owners: "" }), "en", NOW)).toBeNull();
    expect(readSavedPlan(serializeForm({ ...VALID, owners: "张三:abc" }), "en", NOW)).toBeNull();
    expect(readSavedPlan(serializeForm({ ...VALID, days: "6" }), "en", NOW)).toBeNull();
  });

  it("todayIso is the local calendar day", () => {
    expect(todayIso(new Date(2025, 0, 5, 23, 59))).toBe("2025-01-05");
  });
});

describe("what a host error tells the user", () => {
  const t = UI.en;

  it("Excel's errors keep Excel's message and code; cell-edit mode gets its own advice", () => {
    const v = describeError(new HostError("excel", "InvalidOperationInCellEditMode", "Excel is in cell-editing mode."), t, "en");
    expect(v.message).toBe("Excel reported: Excel is in cell-editing mode. (InvalidOperationInCellEditMode)");
    expect(v.advice).toBe(t.cellEditMode);
  });

  it("host codes are localized with their params; update refusals offer a copy", () => {
    expect(describeError(HostError.host("Unsupported", { missing: "ExcelApi 1.7,ExcelApi 1.8" }), UI["zh-CN"], "zh-CN").message).toBe(
      "此版本 Excel 太旧，无法生成冲刺计划：需要 ExcelApi 1.7、ExcelApi 1.8。请使用 Microsoft 365（Windows 版 1903 或更高版本、Mac 版 16.34 或更高版本，或网页版 Excel），或 Office 2021 及更高版本。Excel 2016、2019 和 iPad 版无法运行此加载项。",
    );
    const overwrite = describeError(HostError.host("UpdateWouldOverwrite", { sheet: "目标表", count: 2, cells: "L4,L5" }), UI["zh-CN"], "zh-CN");
    expect(overwrite.offerCopy).toBe(true);
    expect(overwrite.message).toContain("“目标表”上计划以外的 2 个单元格（L4,L5）");
    expect(describeError(HostError.host("SheetNotFound", { name: "Funnel" }), t, "en").offerCopy).toBe(false);
  });

  it("says how the rollback went", () => {
    const failed = describeError(
      new HostError("excel", "GeneralException", "Boom", { rollback: "failed", rollbackMessage: "Sheet locked" }),
      t,
      "en",
    );
    expect(failed.advice).toContain("Removing the half-written sheets failed too (Sheet locked)");
  });

  it("anything else is 'unexpected' with its message, never silent", () => {
    expect(describeError(new Error("kaputt"), t, "en").message).toBe(
      "Something unexpected went wrong: kaputt. Try again; if it happens again, please report it.",
    );
    expect(describeError("plain text", t, "en").message).toContain("plain text");
    expect(describeError(HostError.host("Unexpected", { message: "bad state" }), t, "en").message).toContain("bad state");
  });
});
