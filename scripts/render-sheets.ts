/**
 * Pictures of the generated sheets, to look at them as a user does (docs/cli.md "Charts and
 * stored results"): writes the worked case with ten days of sample actuals (so the colours and
 * warnings show), recalculates and prints it with LibreOffice to PDF, and turns each page into
 * a PNG with pdftoppm (Debian: poppler-utils).
 *
 *   npx tsx scripts/render-sheets.ts [OUTDIR] [--lang zh-CN|zh-TW|en]     (default: out/ zh-CN)
 */
import ExcelJS from "exceljs";
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { planSprint } from "../src/domain/sprint";
import { defaultOwners } from "../src/i18n/sheet";
import { buildWorkbook, workbookLayout } from "../src/workbook";
import { writeXlsx } from "../src/xlsx/writer";
import { SPRINT_METRICS } from "../src/domain/vocabulary";
import { resolveLocale } from "../src/i18n/locale";
import { convertWithLibreOffice } from "./lo-recalc";

async function main(argv: string[]): Promise<void> {
  const langAt = argv.indexOf("--lang");
  const locale = resolveLocale(langAt >= 0 ? argv[langAt + 1] : "zh-CN");
  const outDir = resolve(argv.find((a, i) => !a.startsWith("--") && argv[i - 1] !== "--lang") ?? "out");
  mkdirSync(outDir, { recursive: true });
  const r = planSprint({ target: 500000, avgOrderValue: 5000, conversion: 0.05, owners: defaultOwners(locale, 5), start: "2025-03-03", locale });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  const L = workbookLayout(r.plan);
  const file = join(outDir, `sprint-plan-${locale}.xlsx`);
  writeFileSync(file, (await writeXlsx(buildWorkbook(r.plan))).buffer);

  // Sample actuals for the first two weeks' working days: some days ahead of plan, some behind.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(L.sheetNames.sprint)!;
  const factor = [1.1, 0.7, 1.0, 1.3, 0.6, 0, 0, 0.9, 1.2, 0.8];
  factor.forEach((f, i) => {
    if (f === 0) return;
    const day = r.plan.days[i];
    for (const m of SPRINT_METRICS) ws.getCell(`${L.sprint.col[`act.${m}`]}${L.sprint.firstDayRow + i}`).value = Math.round(day.plan[m] * f);
  });
  await wb.xlsx.writeFile(file);

  const [pdf] = await convertWithLibreOffice([file], { to: "pdf", outDir });
  execFileSync("pdftoppm", ["-r", "110", "-png", pdf, join(outDir, `sprint-plan-${locale}`)]);
  console.log(`${pdf} and sprint-plan-${locale}-*.png in ${outDir}`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
