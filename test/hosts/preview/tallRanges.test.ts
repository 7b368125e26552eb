/**
 * The preview engine's tall ranges (src/hosts/preview/engine.ts): ranges of the daily log's
 * 10,000 report rows are handed to HyperFormula cut to the rows that can hold anything, and
 * grown as reports land lower. Every value is the one the uncut ranges give; what the
 * workbook keeps (the formulas the plan wrote, the download) is untouched.
 */
import { isoToSerial } from "../../../src/domain/dates";
import { buildWorkbook, workbookLayout } from "../../../src/workbook";
import { cellKey, colNumber, keyCol, keyRow, parseCell } from "../../../src/workbook/a1";
import { Engine, ROW_CHUNK, TALL_RANGE, cutTallRanges } from "../../../src/hosts/preview/engine";
import { PreviewWorkbook } from "../../../src/hosts/preview/workbook";
import { createPreviewHost } from "../../../src/hosts/preview/host";
import { specWithInputs } from "../../../src/preview/download";
import { evaluateWorkbook } from "../../../src/workbook/evaluate";
import { seedPlan } from "../../fixtures/seedPlan";

jest.setTimeout(300_000);

describe("cutTallRanges", () => {
  test("cuts ranges of TALL_RANGE rows or more to the bound, keeping their top, $ marks and sheet", () => {
    expect(cutTallRanges(`SUMIFS('日报'!$I$4:$I$10003,'日报'!$A$4:$A$10003,$A6)`, 512)).toBe(`SUMIFS('日报'!$I$4:$I$515,'日报'!$A$4:$A$515,$A6)`);
    expect(cutTallRanges(`SUM(B2:B${1 + TALL_RANGE})`, 100)).toBe("SUM(B2:B101)");
  });
  test("leaves short ranges, ranges already within the bound, whole columns and text alone", () => {
    expect(cutTallRanges(`SUM($B$2:$B$${TALL_RANGE})`, 100)).toBeNull();
    expect(cutTallRanges("SUM($B$4:$B$10003)", 20000)).toBeNull();
    expect(cutTallRanges("SUM(B:B)+1000", 100)).toBeNull();
    expect(cutTallRanges(`"$A$4:$A$10003"&A1`, 100)).toBeNull();
  });
});

describe("the preview engine with a filled daily log", () => {
  const plan = seedPlan({ target: 330000, owners: [{ name: "Ann" }, { name: "Bob" }, { name: "Cat" }], locale: "en" });
  const L = workbookLayout(plan);
  const log = L.sheetNames.log;
  const start = isoToSerial("2025-03-03") as number;
  const spec = buildWorkbook(plan);
  const wb = new PreviewWorkbook();
  const owners = ["Ann", "Bob", "Cat", L.run.teamOwner];

  /** The same workbook computed by an engine that gets every range as written. */
  function uncut(): Engine {
    const e = new Engine({ cutTall: false });
    for (const s of wb.sheets) e.addSheet(s.name);
    e.batch(() => {
      for (const n of wb.names) e.addName(n.name, n.ref, n.scope);
      for (const s of wb.sheets)
        for (const [k, c] of s.cells) {
          if (c.content?.kind === "formula") e.setFormula(s.name, keyRow(k), keyCol(k), c.content.text);
          else if (c.content) e.setConstant(s.name, keyRow(k), keyCol(k), c.content.v);
        }
    });
    return e;
  }

  /** Every formula cell's value and the log's duplicate highlight, compared with the uncut engine. */
  function expectSameAsUncut(): number {
    const ref = uncut();
    let compared = 0;
    const diffs: string[] = [];
    for (const s of wb.sheets)
      for (const [k, c] of s.cells) {
        if (c.content?.kind !== "formula") continue;
        const a = wb.value(s.name, keyRow(k), keyCol(k));
        const b = ref.value(s.name, keyRow(k), keyCol(k));
        compared++;
        if (JSON.stringify(a) !== JSON.stringify(b)) diffs.push(`${s.name}!R${keyRow(k)}C${keyCol(k)}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      }
    ref.destroy();
    expect(diffs).toEqual([]);
    return compared;
  }

  /** Reports typed into the log at `rows` (date, owner, calls, revenue), through `enter` like a person. */
  function report(rows: number[]): void {
    rows.forEach((row, i) => {
      wb.enter(log, row, colNumber(L.log.col.date), String(start + (i % 10)));
      wb.enter(log, row, colNumber(L.log.col.owner), owners[i % owners.length]);
      wb.enter(log, row, colNumber(L.log.col.calls), String(10 + i));
      wb.enter(log, row, colNumber(L.log.col.revenue), String(1000 + 100 * i));
    });
  }

  beforeAll(async () => {
    const host = createPreviewHost(wb, { displayLanguage: () => "en" });
    await host.writeWorkbook(spec, { mode: "create" });
  });

  test("the plan's formulas name the log's 10,000 rows, and HyperFormula gets them cut", () => {
    const sprint = wb.sheet(L.sheetNames.sprint);
    const tall = [...sprint.cells.values()].filter((c) => c.content?.kind === "formula" && c.content.text.includes(`$${L.log.lastRow}`));
    expect(tall.length).toBeGreaterThan(10);
    expect(L.log.lastRow - L.log.firstRow + 1).toBeGreaterThanOrEqual(TALL_RANGE);
  });

  test("reports near the top, past the first bound and at the log's last row: the same values as uncut ranges", () => {
    report(Array.from({ length: 40 }, (_, i) => L.log.firstRow + i));
    expect(expectSameAsUncut()).toBeGreaterThan(100);
    // Past the first bound (the ranges grow), then at the very last counted row.
    report([L.log.firstRow + ROW_CHUNK + 7, L.log.firstRow + 3 * ROW_CHUNK, L.log.lastRow]);
    expectSameAsUncut();
    const S = L.sprint;
    const day1 = wb.value(L.sheetNames.sprint, S.firstDayRow, colNumber(S.col["act.revenue"]));
    expect(typeof day1).toBe("number");
    // The duplicate highlight (a COUNTIFS over the log's rows) holds for a pair typed twice.
    const row = L.log.firstRow + 41;
    wb.enter(log, row, colNumber(L.log.col.date), String(start));
    wb.enter(log, row, colNumber(L.log.col.owner), "Ann");
    expect(wb.conditionalStyle(log, row, colNumber(L.log.col.date))).not.toBeNull();
    expect(wb.conditionalStyle(log, L.log.firstRow + 60, colNumber(L.log.col.date))).toBeNull();
  });

  test("what the workbook keeps and downloads is as the plan wrote it: uncut ranges, cached values equal to the preview's", () => {
    // Every formula the plan wrote is kept as written in the workbook model.
    let checked = 0;
    for (const sheet of spec.sheets) {
      const live = wb.sheet(sheet.name);
      for (const block of sheet.blocks) {
        const at = parseCell(block.at);
        block.cells.forEach((line, i) =>
          line.forEach((cell, j) => {
            if (cell.f === undefined) return;
            const content = live.cells.get(cellKey(at.row + i, at.col + j))?.content;
            expect(content).toEqual({ kind: "formula", text: cell.f });
            checked++;
          }),
        );
      }
    }
    expect(checked).toBeGreaterThan(100);
    // The download's spec: the same formulas, the typed reports, and cached sums that match the preview.
    const written = spec.sheets.map((sh) => ({ key: sh.key, name: sh.name, created: true, keptInputs: 0 }));
    const out = specWithInputs(spec, written, wb);
    const sprintOut = out.sheets.find((sh) => sh.key === "sprint")!;
    const sprintIn = spec.sheets.find((sh) => sh.key === "sprint")!;
    expect(sprintOut.blocks).toEqual(sprintIn.blocks);
    const values = evaluateWorkbook(out);
    const S = L.sprint;
    for (let day = 0; day < 10; day++) {
      const col = colNumber(S.col["act.revenue"]);
      const preview = wb.value(L.sheetNames.sprint, S.firstDayRow + day, col);
      expect(values.get(L.sheetNames.sprint, S.firstDayRow + day, col)).toBe(preview);
    }
  });
});
