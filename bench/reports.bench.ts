/**
 * Round trips of the daily log through the Excel host, against the fake Excel of
 * test/hosts/fakeExcel.ts (docs/architecture.md "Round trips and request sizes"):
 * - recording a day: 1 write round trip + 1 read (the log's filled rows, read in the same call);
 * - importing 1,000 reports: ≤ 2 round trips in all, and the request size of that write.
 */
import { createExcelHost } from "../src/hosts/excel";
import type { Report } from "../src/domain/reports";
import { SPRINT_METRICS } from "../src/domain/vocabulary";
import type { LogTarget } from "../src/hosts/host";
import { FakeExcel } from "../test/hosts/fakeExcel";
import { budget } from "./util";

const LOG = "日报";
const target: LogTarget = {
  sheet: LOG,
  headerRow: 3,
  columns: { date: "A", owner: "B", leads: "C", calls: "D", emails: "E", demos: "F", quotes: "G", deals: "H", revenue: "I", note: "J" },
  lastRow: 10_003,
  dateFormat: "yyyy-mm-dd",
};

function report(i: number): Report {
  const values = Object.fromEntries(SPRINT_METRICS.map((m, j) => [m, (i + j) % 40])) as Report["values"];
  return { date: 46363 + (i % 30), owner: `销售${(i % 50) + 1}`, values, note: i % 5 === 0 ? "跟进 A 客户" : "" };
}

export default async function reportsBench(): Promise<void> {
  for (const existing of [0, 5000]) {
    const fake = new FakeExcel(["Sheet1", LOG]);
    const host = createExcelHost(fake.env());
    if (existing > 0) await host.appendReports(target, Array.from({ length: existing }, (_, i) => report(i)), "add");

    let before = fake.syncs;
    const t0 = performance.now();
    const day = await host.appendReports(target, [{ ...report(existing + 1), owner: "团队" }], "ask");
    if (!day.written) throw new Error("the recorded day was not written");
    const recordMs = performance.now() - t0;
    const recordSyncs = fake.syncs - before;
    console.log(`  record a day (log with ${existing} rows): ${recordSyncs} syncs (1 read + 1 write), row ${day.rows[0]}, ${recordMs.toFixed(0)} ms in the fake`);
    budget(`record a day, log with ${existing} rows: round trips`, recordSyncs, 2, "syncs");

    before = fake.syncs;
    const logBefore = fake.log.length;
    const t1 = performance.now();
    const imported = await host.appendReports(target, Array.from({ length: 1000 }, (_, i) => report(existing + 10 + i)), "add");
    const importMs = performance.now() - t1;
    const importSyncs = fake.syncs - before;
    const bytes = fake.log.slice(logBefore).reduce((n, s) => n + s.requestBytes, 0);
    console.log(
      `  import 1,000 reports (log with ${existing} rows): ${importSyncs} syncs, rows ${imported.added?.first}–${imported.added?.last}, ${(bytes / 1024).toFixed(0)} KB requested, ${importMs.toFixed(0)} ms in the fake`,
    );
    budget(`import 1,000 reports, log with ${existing} rows: round trips`, importSyncs, 2, "syncs");
  }
}
