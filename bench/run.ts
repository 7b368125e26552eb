/**
 * `npm run bench`: runs every bench/*.bench.ts in name order (or only those whose
 * file name contains an argument: `npm run bench -- functions`). Each bench prints
 * its own table and checks its budgets; a missed budget makes the run exit 1.
 *
 * Each bench runs in a process of its own, so none is measured in a heap another one filled
 * (the pane bench builds with webpack in-process; the calibration simulates 10,000 sprints a
 * process) or with code another one left compiled.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { failures } from "./util";

const ONLY = "--only";

/** Runs one bench in this process; exits 1 if it missed a budget. */
async function runOne(file: string): Promise<void> {
  const mod = (await import(pathToFileURL(join(__dirname, file)).href)) as { default: () => Promise<void> | void };
  await mod.default();
  if (failures.length > 0) {
    console.error(`\n${failures.length} budget(s) missed:\n- ${failures.join("\n- ")}`);
    process.exit(1);
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === ONLY) return runOne(process.argv[3]);
  const filters = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  const missed: string[] = [];
  for (const file of files) {
    console.log(`\n## ${file}`);
    // The same Node with the same flags (tsx's loader among them), this script, one bench.
    const child = spawnSync(process.execPath, [...process.execArgv, __filename, ONLY, file], { stdio: "inherit" });
    if (child.status !== 0) missed.push(child.status === null ? `${file} (ended by ${child.signal})` : file);
  }
  if (missed.length > 0) {
    console.error(`\nBudgets missed or the bench failed in: ${missed.join(", ")} (each lists its own above).`);
    process.exit(1);
  }
  console.log("\nAll budgets met.");
}

void main();
