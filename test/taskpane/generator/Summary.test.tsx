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
  it("nothing typed: the plan's figures, shown per owner and working day, no note", () => {
    show(plan({ target: 2000000 }));
    expect(screen.queryByRole("note")).toBeNull();
    expect(screen.getByText("73 leads, 51 calls, 73 emails, 30 demos, 15 quotes, 4 deals")).toBeTruthy();
  });

  it("typed figures the funnel cannot reach with: a note with what is needed, for every metric", () => {
    show(plan({ target: 2000000, dailyActivity: { calls: 20, emails: 30, demos: 2, deals: 1 } }));
    expect(screen.getByRole("note").textContent).toBe(
      "A per-rep daily figure you typed is below what the funnel needs to reach the target: 20 calls, 51 needed; 30 emails, 73 needed; 2 demos, 30 needed; 1 deals, 4 needed.",
    );
  });

  it("in the pane's language", () => {
    show(plan({ target: 2000000, dailyActivity: { calls: 20, emails: 100 }, locale: "zh-CN" }), "zh-CN");
    expect(screen.getByRole("note").textContent).toBe("您填写的每人每个工作日数低于漏斗达成目标所需：电话 20，需要 51。");
  });
});
