/**
 * Pictures of the generated sheets, to look at them as a user does (docs/cli.md "Charts and
 * stored results"): writes a team's sprint (800,000 in 30 days, four owners, one weighted 2) with
 * two weeks of daily reports in the log (some owners ahead of plan, some behind, so the colours,
 * the ranking and the warnings show), prints it with LibreOffice to PDF (recalculated on load),
 * and turns each page into a PNG with pdftoppm (Debian: poppler-utils).
 *
 *   npx tsx scripts/render-sheets.ts [OUTDIR] [--lang zh-CN|zh-TW|en]... [--screenshots]
 *
 * Default: out/, zh-CN. With --screenshots the summary's printed page (page 1) of each language
 * goes to docs/screenshots/summary-<lang>.png as well (the pictures in the README and the manual).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { planSprint, type SprintPlan } from "../src/domain/sprint";
import { buildWorkbook, workbookLayout } from "../src/workbook";
import { withSprintName } from "../src/workbook/titled";
import { FMT } from "../src/workbook/kit";
import type { CellSpec, WorkbookSpec } from "../src/workbook/spec";
import { writeXlsx } from "../src/xlsx/writer";
import { resolveLocale, type Locale } from "../src/i18n/locale";
import { convertWithLibreOffice } from "./lo-recalc";

const OWNERS: Record<Locale, { name: string; weight?: number }[]> = {
  "zh-CN": [{ name: "张三" }, { name: "李四", weight: 2 }, { name: "王五" }, { name: "赵六" }],
  "zh-TW": [{ name: "張三" }, { name: "李四", weight: 2 }, { name: "王五" }, { name: "趙六" }],
  en: [{ name: "Alice" }, { name: "Bob", weight: 2 }, { name: "Carol" }, { name: "Dave" }],
};
const SPRINT_NAME: Record<Locale, string> = { "zh-CN": "三月冲刺", "zh-TW": "三月衝刺", en: "March push" };

/** How each owner does against their share of the plan: ahead, on plan, behind, well behind. */
const PACE = [1.15, 1.0, 0.85, 0.45];

/**
 * The daily log's rows for the first `days` days: one report per owner and working day, each
 * metric the owner's share of the day's plan times the owner's pace (with a little day-to-day wobble).
 */
export function sampleReports(plan: SprintPlan, days: number): CellSpec[][] {
  const totalWeight = plan.owners.reduce((a, o) => a + o.weight, 0);
  const rows: CellSpec[][] = [];
  plan.days.slice(0, days).forEach((d, i) => {
    if (!d.working) return;
    plan.owners.forEach((o, k) => {
      const f = (PACE[k % PACE.length] * o.weight) / totalWeight * (1 + 0.2 * Math.sin(i * 1.7 + k));
      const n = (x: number): CellSpec => ({ v: Math.max(0, Math.round(x * f)) });
      rows.push([
        { v: d.serial, fmt: FMT.date },
        { v: o.name },
        n(d.plan.leads * 0.8),
        n(d.plan.calls),
        n(d.plan.emails),
        n(d.plan.demos),
        n(d.plan.quotes),
        n(d.plan.deals + 0.5),
        n(d.plan.revenue),
        {},
      ]);
    });
  });
  return rows;
}

/** The team's workbook in `locale` with two weeks of reports in its daily log (as the preview's download carries typed reports). */
function teamWorkbook(locale: Locale): WorkbookSpec {
  const r = planSprint({ target: 800000, avgOrderValue: 8000, conversion: 0.04, owners: OWNERS[locale], start: "2025-03-03", days: 30, locale });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const L = workbookLayout(r.plan);
  const spec = withSprintName(buildWorkbook(r.plan), SPRINT_NAME[locale]);
  const rows = sampleReports(r.plan, 14);
  return { ...spec, sheets: spec.sheets.map((s) => (s.key === "log" ? { ...s, blocks: [...s.blocks, { at: `A${L.log.firstRow}`, cells: rows }] } : s)) };
}

async function main(argv: string[]): Promise<void> {
  const locales = argv.flatMap((a, i) => (argv[i - 1] === "--lang" ? [resolveLocale(a)] : []));
  if (locales.length === 0) locales.push("zh-CN");
  const screenshots = argv.includes("--screenshots");
  const outDir = resolve(argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--lang") ?? "out");
  mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (const locale of locales) {
    const file = join(outDir, `sprint-plan-${locale}.xlsx`);
    writeFileSync(file, (await writeXlsx(teamWorkbook(locale))).buffer);
    files.push(file);
  }
  const pdfs = await convertWithLibreOffice(files, { to: "pdf", outDir, timeoutMs: 540_000 });
  pdfs.forEach((pdf, i) => {
    const base = join(outDir, `sprint-plan-${locales[i]}`);
    execFileSync("pdftoppm", ["-r", "110", "-png", pdf, base]);
    console.log(`${pdf} and ${base}-*.png`);
    if (screenshots) {
      // The summary is the workbook's first sheet: page 1.
      execFileSync("pdftoppm", ["-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile", pdf, `${base}-summary`]);
      const target = resolve(__dirname, "..", "docs", "screenshots", `summary-${locales[i]}.png`);
      copyFileSync(`${base}-summary.png`, target);
      console.log(target);
    }
  });
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
