/**
 * `npm run bench`: runs every bench/*.bench.ts in name order (or only those whose
 * file name contains an argument: `npm run bench -- functions`). Each bench prints
 * its own table and checks its budgets; a missed budget makes the run exit 1.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { failures } from "./util";

async function main(): Promise<void> {
  const filters = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort();
  for (const file of files) {
    console.log(`\n## ${file}`);
    const mod = (await import(pathToFileURL(join(__dirname, file)).href)) as { default: () => Promise<void> | void };
    await mod.default();
  }
  if (failures.length > 0) {
    console.error(`\n${failures.length} budget(s) missed:\n- ${failures.join("\n- ")}`);
    process.exit(1);
  }
  console.log("\nAll budgets met.");
}

void main();
