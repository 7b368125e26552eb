/**
 * The sprint workbook: plan + spec + .xlsx (which includes computing every formula's cached
 * result and adding the chart parts) as one timed call, for 5, 50, 100 and 200 owners × 30 and
 * 92 days, min / median / max of 5 runs after a warm-up; beside it the parts (plan + spec, the
 * evaluation alone) and the file size.
 *
 * Budgets:
 * - 200 owners × 92 days, plan + spec + .xlsx: median ≤ 1 second.
 * - Cost follows the work: from 50 to 200 owners (4× the owners) at 92 days, the time grows at
 *   most 5× (measured in the same run). In this process there is no start-up to subtract; the
 *   command line's start-up is measured by bench/cli.bench.ts.
 */
import { planSprint, type SprintPlan } from "../src/domain/sprint";
import { buildWorkbook } from "../src/workbook";
import { writeXlsx } from "../src/xlsx/writer";
import { evaluateWorkbook } from "../src/workbook/evaluate";
import { loadavg } from "node:os";
import { budget, medianMillis, millis, type Spread } from "./util";

const RUNS = 5;

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

const spread = (s: Spread): string => `${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)}`;

export default async function run(): Promise<void> {
  const rows: string[][] = [["owners", "days", "plan+spec ms", "evaluate ms", "plan+spec+xlsx ms (min / median / max)", "(CPU ms)", "file KB"]];
  const total = new Map<string, Spread & { cpu: number }>();
  const load0 = loadavg()[0];
  for (const days of [30, 92]) {
    for (const owners of [5, 50, 100, 200]) {
      const spec = buildWorkbook(plan(owners, days));
      const build = await medianMillis(() => buildWorkbook(plan(owners, days)), RUNS);
      const evaluate = await medianMillis(() => evaluateWorkbook(spec), RUNS);
      const all = await millis(async () => writeXlsx(buildWorkbook(plan(owners, days))), RUNS);
      total.set(`${owners}×${days}`, all);
      const size = (await writeXlsx(spec)).buffer.length;
      rows.push([String(owners), String(days), build.toFixed(0), evaluate.toFixed(0), spread(all), `(${all.cpu.toFixed(0)})`, (size / 1024).toFixed(1)]);
    }
  }
  console.log(`  (ms: wall time, medians of ${RUNS} runs after a warm-up; CPU ms: the median CPU time of this process in a plan+spec+xlsx run)`);
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  for (const r of rows) console.log(`  ${r.map((c, i) => c.padStart(widths[i])).join("  ")}`);
  console.log(`  load average (1 minute) at the start and the end: ${load0.toFixed(1)}, ${loadavg()[0].toFixed(1)} (on 2 cores: above 2, wall time waits for a core; CPU time does not)`);
  const big = total.get("200×92")!;
  const mid = total.get("50×92")!;
  const cpu = (k: string): number => total.get(k)!.cpu;
  console.log(`  CPU time, 50 → 200 owners × 92 days: ${cpu("50×92").toFixed(0)} → ${cpu("200×92").toFixed(0)} ms (${(cpu("200×92") / cpu("50×92")).toFixed(2)}×)`);
  console.log(`  CPU time beside the wall-time budget: 200 owners × 92 days, plan + spec + .xlsx ${big.cpu.toFixed(0)} ms (≤ 1000)`);
  budget("200 owners × 92 days: plan + spec + .xlsx, median", big.median, 1000, "ms");
  budget("time from 50 to 200 owners × 92 days (4× the owners), medians", big.median / mid.median, 5, "×");
}
