/**
 * Round trips and request payload of one generation through the Excel host, for 5 / 50 /
 * 200 owners × 30 / 92 days, on the in-memory Excel (test/hosts/fakeExcel.ts), with the
 * real workbook builder (src/workbook buildWorkbook).
 *
 * Budgets (issues 4, 11 and 17): at most 2 `context.sync()` per generation whatever the size,
 * for create, update and copy; each request at most 1 MB (formulas that fill down a column are
 * sent once and copied, src/hosts/write/copyDown.ts), each response under Excel on the web's
 * 5 MB limit. "bytes" is what the fake measures (the JSON of every queued operation, UTF-8);
 * "estimate" is the host's own, deliberately generous, figure it uses to decide whether to
 * split; "response" is the largest sync's loaded data (test/hosts/excel/measure.ts).
 */
import { budget, medianMillis } from "./util";
import { createExcelHost } from "../src/hosts/excel";
import { buildWorkbook } from "../src/workbook";
import type { WorkbookSpec } from "../src/workbook/spec";
import { FakeExcel } from "../test/hosts/fakeExcel";
import { measuredRun } from "../test/hosts/excel/measure";
import { seedPlan } from "../test/fixtures/seedPlan";

const WEB_LIMIT = 5 * 1024 * 1024;
/** Issue 17: every request at most 1 MB, a fifth of Excel on the web's limit. */
const REQUEST_BUDGET = 1024 * 1024;

function spec(owners: number, days: number): WorkbookSpec {
  return buildWorkbook(seedPlan({ owners, days }));
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}

export default async function run(): Promise<void> {
  const rows: string[][] = [["owners × days", "mode", "syncs", "write ops", "request bytes", "estimate", "response", "batches", "time"]];
  for (const owners of [5, 50, 200]) {
    for (const days of [30, 92]) {
      const s = spec(owners, days);
      let maxSyncs = 0;
      let maxRequest = 0;
      let maxResponse = 0;
      for (const mode of ["create", "update", "copy"] as const) {
        const fake = new FakeExcel(["Sheet1"]);
        const responses: number[] = [];
        const host = createExcelHost(fake.env({ run: measuredRun(fake.env().run!, responses) }));
        if (mode !== "create") await host.writeWorkbook(s, { mode: "create" });
        responses.length = 0;
        const before = fake.log.length;
        const result = await host.writeWorkbook(s, { mode });
        const log = fake.log.slice(before);
        const bytes = log.reduce((n, l) => n + l.requestBytes, 0);
        const writeOps = log.slice(1).reduce((n, l) => n + l.ops, 0);
        const ms = await medianMillis(async () => {
          const f = new FakeExcel(["Sheet1"]);
          const h = createExcelHost(f.env());
          if (mode !== "create") await h.writeWorkbook(s, { mode: "create" });
          await h.writeWorkbook(s, { mode });
        }, 3);
        rows.push([`${owners} × ${days}`, mode, String(result.syncs), String(writeOps), kb(bytes), kb(result.requestBytes), kb(Math.max(...responses)), String(result.batches), `${ms.toFixed(0)} ms`]);
        maxSyncs = Math.max(maxSyncs, result.syncs);
        maxRequest = Math.max(maxRequest, ...log.map((l) => l.requestBytes));
        maxResponse = Math.max(maxResponse, ...responses);
      }
      budget(`${owners} owners × ${days} days: syncs per generation (create, update, copy)`, maxSyncs, 2, "syncs");
      budget(`${owners} owners × ${days} days: largest request`, maxRequest / 1024, REQUEST_BUDGET / 1024, "KB");
      budget(`${owners} owners × ${days} days: largest response`, maxResponse / 1024, WEB_LIMIT / 1024, "KB");
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  console.log("");
  for (const r of rows) console.log(`  ${r.map((c, i) => c.padEnd(widths[i])).join("  ")}`);
  console.log("  (write ops: queued Office.js actions in the write sync; time: planning, queuing and the fake");
  console.log("   executing the generation, update and copy including the create before them; Excel's own time is not measured)");
}
