/**
 * The command line as a user starts it: wall time of whole processes, min / median / max of 5
 * runs after a warm-up. `npm run plan` includes npm's own start; `node scripts/plan.cjs` (with
 * the Node options of package.json "plan") is what npm runs: the launcher and the built bundle
 * (scripts/build-cli.cjs; `npm run bench` builds it first). Four cases: `--help` (the start-up), the seeds' case, and 50 and 200 owners × 92 days.
 *
 * Budgets:
 * - `npm run plan` writing the seeds' case: median ≤ 1 second; `npm run plan -- --help`: ≤ 0.6 s.
 * - Cost follows the work: above the start-up (`--help`), 200 owners × 92 days take at most 5×
 *   what 50 owners take (4× the owners), measured in the same run.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { budget, median, spreadOf, type Spread } from "./util";

const ROOT = join(__dirname, "..");
const RUNS = 5;
/** The Node options `npm run plan` starts the launcher with (package.json "plan"). */
const NODE_FLAGS = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: { plan: string } }).scripts.plan.split(" ").filter((w) => w.startsWith("--"));

function team(n: number): string {
  return Array.from({ length: n }, (_, i) => `Owner ${i + 1}:${1 + (i % 4)}`).join(",");
}

/**
 * CPU time (user + system, ms) of this process's waited-for children and their descendants, from
 * Linux's /proc/self/stat (cutime + cstime, in clock ticks of 10 ms); null elsewhere.
 */
function childrenCpu(): number | null {
  try {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // Fields 16 and 17 of proc(5), counted from the state (field 3) at index 0.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

/** Wall time of a process, min / median / max of RUNS runs after one warm-up, and its median CPU time; fails loudly if it fails. */
function time(command: string, args: string[]): Spread & { cpu: number | null } {
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    const c0 = childrenCpu();
    const t0 = performance.now();
    const r = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", env: { ...process.env, LANG: "C" } });
    const ms = performance.now() - t0;
    const c1 = childrenCpu();
    if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
    if (i > 0) samples.push(ms);
    if (i > 0 && c0 !== null && c1 !== null) cpu.push(c1 - c0);
  }
  return { ...spreadOf(samples), cpu: cpu.length === RUNS ? median(cpu) : null };
}

const show = (s: Spread & { cpu: number | null }): string =>
  `${s.min.toFixed(0)} / ${s.median.toFixed(0)} / ${s.max.toFixed(0)} ms${s.cpu === null ? "" : ` (CPU ${s.cpu.toFixed(0)})`}`;

export default function run(): void {
  const dir = mkdtempSync(join(tmpdir(), "plan-bench-"));
  try {
    const out = (name: string): string[] => ["--out", join(dir, name), "--force"];
    const cases: [string, string[]][] = [
      ["--help", ["--help"]],
      ["seeds' case (5 owners × 30 days)", out("seed.xlsx")],
      ["50 owners × 92 days", ["--team", team(50), "--days", "92", "--start", "2025-03-03", ...out("50.xlsx")]],
      ["200 owners × 92 days", ["--team", team(200), "--days", "92", "--start", "2025-03-03", ...out("200.xlsx")]],
    ];
    const npm = new Map<string, Spread & { cpu: number | null }>();
    const node = new Map<string, Spread & { cpu: number | null }>();
    const load0 = loadavg()[0];
    console.log(`  wall time, min / median / max of ${RUNS}, and (CPU) the median CPU time of the process and its children:`);
    for (const [label, args] of cases) {
      npm.set(label, time("npm", ["run", "--silent", "plan", "--", ...args]));
      node.set(label, time(process.execPath, [...NODE_FLAGS, join(ROOT, "scripts", "plan.cjs"), ...args]));
      console.log(`  ${label.padEnd(34)} npm run plan: ${show(npm.get(label)!).padEnd(36)} node scripts/plan.cjs: ${show(node.get(label)!)}`);
    }
    console.log(`  load average (1 minute) at the start and the end: ${load0.toFixed(1)}, ${loadavg()[0].toFixed(1)} (on 2 cores: above 2, wall time waits for a core; CPU time does not)`);
    const cpuOf = (s: Spread & { cpu: number | null }): string => (s.cpu === null ? "unknown" : `${s.cpu.toFixed(0)} ms`);
    console.log(`  CPU time beside the wall-time budgets: the seeds' case ${cpuOf(npm.get(cases[1][0])!)} (≤ 1000), --help ${cpuOf(npm.get("--help")!)} (≤ 600)`);
    budget("npm run plan (the seeds' case), median", npm.get(cases[1][0])!.median, 1000, "ms");
    budget("npm run plan -- --help, median", npm.get("--help")!.median, 600, "ms");
    const start = node.get("--help")!.median;
    const above = (label: string): number => node.get(label)!.median - start;
    console.log(`  above the start-up (--help, ${start.toFixed(0)} ms): 50 owners ${above(cases[2][0]).toFixed(0)} ms, 200 owners ${above(cases[3][0]).toFixed(0)} ms`);
    const cpuStart = node.get("--help")!.cpu;
    const cpu200 = node.get(cases[3][0])!.cpu;
    const cpu50 = node.get(cases[2][0])!.cpu;
    if (cpuStart !== null && cpu200 !== null && cpu50 !== null) {
      console.log(`  CPU above the start-up (${cpuStart.toFixed(0)} ms): 50 owners ${(cpu50 - cpuStart).toFixed(0)} ms, 200 owners ${(cpu200 - cpuStart).toFixed(0)} ms (${((cpu200 - cpuStart) / (cpu50 - cpuStart)).toFixed(2)}×)`);
    }
    budget("command line, time above start-up from 50 to 200 owners × 92 days (4× the owners)", above(cases[3][0]) / above(cases[2][0]), 5, "×");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
