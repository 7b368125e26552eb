/**
 * The board's chance to hit in the preview (HyperFormula, src/hosts/preview/engine.ts) and in
 * the cached results of the download (src/workbook/evaluate): with reports typed into the
 * preview's log, every owner's and the team's chance equals SALES.HIT_CHANCE's (hitChance,
 * src/domain/chance.ts) on the same reports; HyperFormula's TDIST is accurate to about 5e-8
 * (docs/chance.md "The formula"), the evaluator's to 1e-9. The last-five-report average uses
 * SUMPRODUCT(LARGE((range=owner)*dates,5)), which needs array arithmetic inside SUMPRODUCT.
 */
import { hitChance } from "../../../src/domain/chance";
import { isoToSerial } from "../../../src/domain/dates";
import { buildWorkbook, workbookLayout } from "../../../src/workbook";
import { colNumber } from "../../../src/workbook/a1";
import { PreviewWorkbook } from "../../../src/hosts/preview/workbook";
import { createPreviewHost } from "../../../src/hosts/preview/host";
import { specWithInputs } from "../../../src/preview/download";
import { evaluateWorkbook } from "../../../src/workbook/evaluate";
import { seedPlan } from "../../fixtures/seedPlan";

jest.setTimeout(300_000);

test("typed reports: the preview and the download's cached results give each owner's and the team's chance as HIT_CHANCE does", async () => {
  const plan = seedPlan({ target: 330000, owners: [{ name: "Ann" }, { name: "Bob" }], locale: "en" });
  const L = workbookLayout(plan);
  const spec = buildWorkbook(plan);
  const wb = new PreviewWorkbook();
  const host = createPreviewHost(wb, { displayLanguage: () => "en" });
  await host.writeWorkbook(spec, { mode: "create" });
  const log = L.sheetNames.log;
  const working = plan.days.filter((d) => d.working).slice(0, 8);
  const reports = working.flatMap((d, i) => [
    { date: d.date, owner: "Ann", revenue: i % 3 === 0 ? 18000 + i * 500 : 0 },
    { date: d.date, owner: "Bob", revenue: 4000 + ((i * 7) % 5) * 300 },
  ]);
  reports.forEach((rep, i) => {
    const r = L.log.firstRow + i;
    wb.enter(log, r, colNumber(L.log.col.date), String(isoToSerial(rep.date)));
    wb.enter(log, r, colNumber(L.log.col.owner), rep.owner);
    wb.enter(log, r, colNumber(L.log.col.revenue), String(rep.revenue));
  });
  const out = specWithInputs(
    spec,
    spec.sheets.map((sh) => ({ key: sh.key, name: sh.name, created: true, keptInputs: 0 })),
    wb,
  );
  const cached = evaluateWorkbook(out);
  const B = L.board;
  const board = L.sheetNames.board;
  const daysLeft = plan.workingDays - working.length;
  const at = (r: number, f: "chance" | "last5"): [unknown, unknown] => [wb.value(board, r, colNumber(B.chanceCol(f))), cached.get(board, r, colNumber(B.chanceCol(f)))];

  plan.owners.forEach((o, i) => {
    const r = B.firstOwnerRow + i;
    const mine = reports.filter((x) => x.owner === o.name).map((x) => x.revenue);
    const target = cached.get(L.sheetNames.targets, L.targets.firstOwnerRow + i, colNumber(L.targets.col.target)) as number;
    const expected = hitChance(target, mine, daysLeft);
    expect(typeof expected).toBe("number");
    const [live, kept] = at(r, "chance");
    expect(Math.abs((live as number) - (expected as number))).toBeLessThan(1e-6);
    expect(Math.abs((kept as number) - (expected as number))).toBeLessThan(1e-9);
    const last5 = mine.slice(-5).reduce((s, x) => s + x, 0) / 5;
    expect(at(r, "last5")).toEqual([last5, last5]);
  });
  const team = working.map((_, k) => reports[2 * k].revenue + reports[2 * k + 1].revenue);
  const expected = hitChance(330000, team, daysLeft) as number;
  const [live, kept] = at(B.toDateTotalRow, "chance");
  expect(Math.abs((live as number) - expected)).toBeLessThan(1e-6);
  expect(Math.abs((kept as number) - expected)).toBeLessThan(1e-9);
});
