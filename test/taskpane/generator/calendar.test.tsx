/** @jest-environment jsdom */
/**
 * The working calendar and the one weekly target in the pane (docs/domain.md §6, §10): the
 * calendar choice (mainland China by default in zh-CN, none in zh-TW and en), mainland China's
 * data loaded on demand, the summary's weekly target with its definition (the number the sheets
 * compute: test/integration/calendar.test.ts checks the same case in LibreOffice), the choice
 * saved with the plan, and a sprint past the data's last year.
 */
import { act, configure, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../src/taskpane/App";
import { UI } from "../../../src/i18n/ui";
import { format } from "../../../src/i18n/locale";
import { defaultForm, type FormState } from "../../../src/taskpane/generator/formState";
import { serializeForm } from "../../../src/taskpane/generator/savedInputs";
import { context, fakeHost, type FakeHost } from "../fakeHost";
import { NOW } from "../seed";

configure({ asyncUtilTimeout: 15000 });
jest.setTimeout(60_000);

const zh = UI["zh-CN"];

/** The non-seed case: 80万, order value 8000, 4%, weighted owners, 35 days across 劳动节 2026. */
const MAY: FormState = {
  ...defaultForm(NOW),
  target: "80万",
  avgOrderValue: "8000",
  conversion: "4%",
  start: "2026-04-20",
  days: "35",
  owners: "张三, 李四:2, 王五, 赵六",
};

async function open(language: string, form: FormState): Promise<FakeHost> {
  const host = fakeHost(language, context({ savedInputs: serializeForm(form) }));
  render(<App host={host} now={() => NOW} />);
  await waitFor(() => expect(host.readContext).toHaveBeenCalled());
  await act(async () => {
    await host.readContext.mock.results[0]?.value;
  });
  return host;
}

/** The summary's value of a fact (a <dt> term and its <dd>). */
async function fact(term: string): Promise<string> {
  const dt = await screen.findByText(term, { selector: "dt" });
  return dt.nextElementSibling?.textContent ?? "";
}

const holidaysSelect = (label: string): HTMLSelectElement => screen.getByLabelText(label) as HTMLSelectElement;

describe("the working calendar in the pane", () => {
  it("zh-CN: mainland China's calendar by default; 劳动节's days off and the make-up Saturday change the working days and the weekly target", async () => {
    await open("zh-CN", MAY);
    expect(holidaysSelect(zh.fieldHolidays).value).toBe("cn");
    await waitFor(async () => expect(await fact(zh.sumWorkingDays)).toBe("23（放假 3 天，调休上班 1 天）"));
    // 800,000 × 5 ÷ 23 = 173,913.04…: the sheets' WeeklyTarget, shown as a whole amount.
    expect(await fact(zh.sumWeekly)).toBe("173,913");
    expect(screen.getByText(format(zh.sumWeeklyNote, { week: 5, days: 23 }))).toBeTruthy();
    // Each owner's weekly target by weight (李四 2 of 5 shares).
    expect(screen.getByRole("row", { name: /李四/ }).textContent).toContain("69,565");
    expect(screen.queryByText(/节假日数据只到/)).toBeNull();
  });

  it("none: the weekday rule only; the choice is saved with the plan, so the workbook reopens with it", async () => {
    const user = userEvent.setup();
    const host = await open("zh-CN", MAY);
    await user.selectOptions(holidaysSelect(zh.fieldHolidays), "none");
    await waitFor(async () => expect(await fact(zh.sumWorkingDays)).toBe("25"));
    expect(await fact(zh.sumWeekly)).toBe("160,000");
    await user.click(screen.getByRole("button", { name: zh.generate }));
    await waitFor(() => expect(host.writeWorkbook).toHaveBeenCalled());
    const saved = JSON.parse(host.writeWorkbook.mock.calls[0][1].savedInputs ?? "{}") as { form: FormState };
    expect(saved.form.holidays).toBe("none");
  });

  it("a plan made by language default saves the calendar it used, not the language's default", async () => {
    const user = userEvent.setup();
    const host = await open("zh-CN", MAY);
    await waitFor(async () => expect(await fact(zh.sumWorkingDays)).toMatch(/^23/));
    await user.click(screen.getByRole("button", { name: zh.generate }));
    await waitFor(() => expect(host.writeWorkbook).toHaveBeenCalled());
    const [spec, options] = host.writeWorkbook.mock.calls[0];
    expect((JSON.parse(options.savedInputs ?? "{}") as { form: FormState }).form.holidays).toBe("cn");
    expect(spec.sheets.map((s) => s.key)).toContain("inputs");
  });

  it("en and zh-TW: no calendar by default", async () => {
    await open("en-US", MAY);
    expect(holidaysSelect(UI.en.fieldHolidays).value).toBe("none");
    expect(await fact(UI.en.sumWorkingDays)).toBe("25");
    expect(await fact(UI.en.sumWeekly)).toBe("160,000");
  });

  it("a sprint past the data's last year says so and leaves those dates to the manager", async () => {
    await open("zh-CN", { ...MAY, start: "2026-12-07", days: "30" });
    const note = await screen.findByText(format(zh.calendarUncovered, { last: "2026", from: "2027-01-01" }));
    expect(note.getAttribute("role")).toBe("note");
    expect(await fact(zh.sumWorkingDays)).toBe("22");
  });
});
