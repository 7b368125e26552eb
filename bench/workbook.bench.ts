/**
 * The sprint workbook: time to plan and build the spec, and to write the .xlsx (which includes
 * computing every formula's cached result and adding the chart parts; the evaluation alone is
 * shown too), for 5, 50 and 200 owners × 30 and 92 days, with the file sizes.
 * Budget: 200 owners × 92 days, plan + spec + .xlsx, under 1 second.
 */
import { planSprint, type SprintPlan } from "../src/domain/sprint";
import { buildWorkbook } from "../src/workbook";
import { writeXlsx } from "../src/xlsx/writer";
import { evaluateWorkbook } from "../src/workbook/evaluate";
import { budget, medianMillis } from "./util";

function plan(owners: number, days: number): SprintPlan {
  const r = planSprint({
    target: 12_345_678,
    avgOrderValue: 4_800,
    conversion: 0.04,
    owners: Array.from({ length: owners }, (_, i) => ({ name: `Owner ${i + 1}`, weight: 1 + (i % 4) })),
    start: "2025-03-03",
    days,
    locale: "zh-CN",
  });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.plan;
}

export default async function run(): Promise<void> {
  console.log("  owners  days plan+spec ms    xlsx ms  (evaluate)   total ms    file KB");
  for (const days of [30, 92]) {
    for (const owners of [5, 50, 200]) {
      const p = plan(owners, days);
      const build = await medianMillis(() => buildWorkbook(plan(owners, days)), 7);
      const spec = buildWorkbook(p);
      const write = await medianMillis(() => writeXlsx(spec), 7);
      const evaluate = await medianMillis(() => evaluateWorkbook(spec), 7);
      const size = (await writeXlsx(spec)).buffer.length;
      const row = [owners, days, build.toFixed(1), write.toFixed(1), `(${evaluate.toFixed(1)})`, (build + write).toFixed(1), (size / 1024).toFixed(1)];
      console.log(`  ${row.map((x, i) => String(x).padStart(i < 2 ? 6 : 10)).join(" ")}`);
      if (owners === 200 && days === 92) budget("200 owners × 92 days: plan + spec + .xlsx", build + write, 1000, "ms");
    }
  }
}
