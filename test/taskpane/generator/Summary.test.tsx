/** @jest-environment jsdom */
/**
 * The pane's summary says when the daily activity targets are below what the funnel needs
 * and says nothing when they suffice.
 */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { Summary } from "../../../src/taskpane/generator/Summary";
import type { SprintPlan } from "../../../src/domain/sprint";
import { UI } from "../../../src/i18n/ui";
import { seedPlan, type SeedOverrides } from "../../fixtures/seedPlan";

/** The seed plan with owners A–E, in English. */
const plan = (overrides: SeedOverrides): SprintPlan => seedPlan({ owners: ["A", "B", "C", "D", "E"].map((name) => ({ name })), locale: "en", ...overrides });

function show(p: SprintPlan, locale: "en" | "zh-CN" = "en"): void {
  render(
    <FluentProvider theme={webLightTheme}>
      <Summary plan={p} locale={locale} t={UI[locale]} smartScore={null} headingId="sum" />
    </FluentProvider>,
  );
}

describe("Summary: daily activity against the funnel", () => {
  it("the seeds' case: 20 calls / 30 emails suffice, no note", () => {
    show(plan({}));
    expect(screen.queryByRole("note")).toBeNull();
  });

  it("a target the defaults cannot reach: a note with what is needed", () => {
    show(plan({ target: 2000000 }));
    expect(screen.getByRole("note").textContent).toBe(
      "Daily activity per owner is below what the funnel needs to reach the target: 20 calls, 51 needed; 30 emails, 73 needed.",
    );
  });

  it("in the pane's language", () => {
    show(plan({ target: 2000000, dailyActivity: { emails: 100 }, locale: "zh-CN" }), "zh-CN");
    expect(screen.getByRole("note").textContent).toBe("每人每个工作日的活动目标低于漏斗达成目标所需：电话 20，需要 51。");
  });
});
