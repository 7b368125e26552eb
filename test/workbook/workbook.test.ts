import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { checkWorkbook, parseFormula } from "./formulaCheck";
import { chooseText, lit, pctText } from "../../src/workbook/kit";
import { isValidSheetName, parseRange } from "../../src/workbook/a1";
import { INPUT_VALUE_COL } from "../../src/workbook/inputs";
import { LOCALES, type Locale } from "../../src/i18n/locale";
import { SHEET_STRINGS } from "../../src/i18n/sheet";
import { SPRINT_METRICS } from "../../src/domain/vocabulary";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../../src/workbook/spec";
import { seedPlan as plan } from "../fixtures/seedPlan";

/** Every cell of a sheet with its address. */
function cells(sheet: SheetSpec): { address: string; row: number; col: number; cell: CellSpec }[] {
  const out: { address: string; row: number; col: number; cell: CellSpec }[] = [];
  for (const b of sheet.blocks) {
    const o = parseRange(b.at);
    b.cells.forEach((r, i) =>
      r.forEach((cell, j) => {
        const col = o.left + j;
        let letters = "";
        for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        out.push({ address: `${letters}${o.top + i}`, row: o.top + i, col, cell });
      }),
    );
  }
  return out;
}

function cellAt(sheet: SheetSpec, address: string): CellSpec {
  const found = cells(sheet).find((c) => c.address === address);
  if (!found) throw new Error(`no cell ${address} in ${sheet.name}`);
  return found.cell;
}

const sheet = (spec: WorkbookSpec, key: SheetSpec["key"]): SheetSpec => spec.sheets.find((s) => s.key === key)!;

const MATRIX: [Locale, number, boolean][] = LOCALES.flatMap((l) =>
  [7, 30, 31, 45, 92].flatMap((d) => [false, true].map((w): [Locale, number, boolean] => [l, d, w])),
);

describe.each(MATRIX)("%s, %i days, weekends %s", (locale, days, weekends) => {
  const p = plan({ locale, days, weekends });
  const spec = buildWorkbook(p);

  test("every formula parses, uses whitelisted functions and refers to existing cells and names", () => {
    expect(checkWorkbook(spec)).toEqual([]);
  });

  test("no SALES.* and no _xlfn anywhere in the spec", () => {
    const json = JSON.stringify(spec);
    expect(json).not.toMatch(/SALES\./i);
    expect(json).not.toMatch(/_xlfn/i);
  });

  test("formulas stay within Excel's limits (8,192 characters, 64 nesting levels)", () => {
    for (const s of spec.sheets) {
      for (const { cell } of cells(s)) {
        if (cell.f === undefined) continue;
        expect(cell.f.length).toBeLessThan(8192);
        let depth = 0;
        let max = 0;
        for (const ch of cell.f.replace(/"(?:[^"]|"")*"/g, "")) {
          if (ch === "(") max = Math.max(max, ++depth);
          if (ch === ")") depth--;
        }
        expect(max).toBeLessThan(64);
      }
    }
  });

  test("localized, valid sheet names; the sprint sheet carries its length", () => {
    expect(spec.sheets.map((s) => s.key)).toEqual(["summary", "inputs", "sprint", "targets", "funnel", "log", "board", "review"]);
    expect(spec.sheets.every((s) => isValidSheetName(s.name))).toBe(true);
    expect(sheet(spec, "sprint").name).toBe(SHEET_STRINGS[locale].sheetNames.sprint.replace("{days}", String(days)));
    expect(new Set(spec.sheets.map((s) => s.name.toLowerCase())).size).toBe(8);
  });

  test("one row per day and per week; phases and weeks are formulas of the day number", () => {
    const L = workbookLayout(p);
    const sp = sheet(spec, "sprint");
    expect(L.sprint.lastDayRow - L.sprint.firstDayRow + 1).toBe(days);
    expect(L.sprint.lastWeekRow - L.sprint.firstWeekRow + 1).toBe(Math.ceil(days / 7));
    expect(cellAt(sp, `A${L.sprint.lastDayRow}`).v).toBe(days);
    expect(cellAt(sp, `${L.sprint.col.week}${L.sprint.firstDayRow}`).f).toBe(`INT((A${L.sprint.firstDayRow}-1)/7)+1`);
    expect(cellAt(sp, `${L.sprint.col.phaseNo}${L.sprint.firstDayRow}`).f).toMatch(/PhaseDays/);
  });
});

describe("the seed workbook", () => {
  const p = plan();
  const spec = buildWorkbook(p);
  const L = workbookLayout(p);
  const sp = sheet(spec, "sprint");

  test("the defined names of the contract, each once, workbook-level, pointing at the inputs sheet", () => {
    const names = spec.names.map((n) => n.name);
    expect(new Set(names).size).toBe(names.length);
    for (const n of [
      "SprintTarget",
      "AvgOrderValue",
      "ConversionRate",
      "SprintStart",
      "SprintDays",
      "ThresholdRed",
      "ThresholdGreen",
      "CoverageWarn",
      "NewOppWarn",
      "ActivityWarn",
      "BaseTier",
      "ChallengeTier",
    ]) {
      const found = spec.names.find((x) => x.name === n);
      expect(found?.ref).toMatch(/^'输入'!\$B\$\d+$/);
    }
    const inputs = sheet(spec, "inputs");
    expect(cellAt(inputs, `${INPUT_VALUE_COL}${L.inputs.row.SprintTarget}`)).toMatchObject({ v: 500000, input: true });
    expect(cellAt(inputs, `${INPUT_VALUE_COL}${L.inputs.row.ConversionRate}`)).toMatchObject({ v: 0.05, fmt: "0.0%", input: true });
    expect(cellAt(inputs, `${INPUT_VALUE_COL}${L.inputs.row.SprintStart}`)).toMatchObject({ v: 45719, fmt: "yyyy-mm-dd" });
    expect(cellAt(inputs, `${INPUT_VALUE_COL}${L.inputs.row.RequiredLeads}`).f).toMatch(/^IF\(ABS\(B\d+-ROUND/);
  });

  test("computed figures are formulas; only inputs and labels are constants", () => {
    const dayRow = L.sprint.firstDayRow + 1;
    for (const m of SPRINT_METRICS) {
      expect(cellAt(sp, `${L.sprint.col[`plan.${m}`]}${dayRow}`).f).toBeDefined();
      // Actuals are the daily log's sums per date.
      const act = cellAt(sp, `${L.sprint.col[`act.${m}`]}${dayRow}`);
      expect(act.input).toBeUndefined();
      expect(act.f).toBe(
        `IF(ISNUMBER(${L.sprint.col.reported}${dayRow}),SUMIF(${L.ref("log", L.log.rows("date"))},${L.sprint.col.date}${dayRow},${L.ref("log", L.log.rows(m))}),"")`,
      );
    }
    for (const s of spec.sheets) {
      for (const { cell, address } of cells(s)) {
        if (typeof cell.v === "number" && !cell.input) {
          // Numeric constants that are not inputs: day, week and phase numbers, and the funnel's 100% first stage.
          expect([s.key, address, Number.isInteger(cell.v) && cell.v <= 92]).toEqual([s.key, address, true]);
        }
      }
    }
  });

  test("planned revenue telescopes: cumulative ROUND(SprintTarget×k÷WorkingDays), differences per day", () => {
    const c = L.sprint.col;
    const r = L.sprint.firstDayRow + 3;
    expect(cellAt(sp, `${c.cumPlan}${r}`).f).toBe(`ROUND(SprintTarget*${c.workIndex}${r}/WorkingDays,0)`);
    expect(cellAt(sp, `${c["plan.revenue"]}${r}`).f).toBe(`${c.cumPlan}${r}-${c.cumPlan}${r - 1}`);
    const t = sheet(spec, "targets");
    const T = L.targets;
    expect(cellAt(t, `${T.col.target}${T.firstOwnerRow + 1}`).f).toBe(
      `IF($B$${T.totalRow}>0,ROUND(SprintTarget*SUM($B$${T.firstOwnerRow}:B${T.firstOwnerRow + 1})/$B$${T.totalRow},0)-ROUND(SprintTarget*SUM($B$${T.firstOwnerRow}:B${T.firstOwnerRow})/$B$${T.totalRow},0),0)`,
    );
  });

  test("red / yellow / green on every attainment cell, driven by the threshold names", () => {
    const covers = (s: SheetSpec, address: string): string[] =>
      s.conditionalFormats
        .filter((cf) => {
          const r = parseRange(cf.range);
          const a = parseRange(address);
          return a.top >= r.top && a.top <= r.bottom && a.left >= r.left && a.left <= r.right;
        })
        .map((cf) => `${cf.style.fill}|${cf.formula.includes("ThresholdRed") || cf.formula.includes("ThresholdGreen")}`);
    const ryg = ["#FFC7CE|true", "#FFEB9C|true", "#C6EFCE|true"];
    const F = L.funnel;
    const T = L.targets;
    const attainmentCells: [SheetSpec, string][] = [
      [sp, `${L.sprint.kpiCol.attainment}${L.sprint.kpiValueRow}`],
      ...p.days.map((_, i): [SheetSpec, string] => [sp, `${L.sprint.col.attainment}${L.sprint.firstDayRow + i}`]),
      ...p.weeks.map((_, i): [SheetSpec, string] => [sp, `${L.sprint.weekCol.attainment}${L.sprint.firstWeekRow + i}`]),
      ...p.owners.map((_, i): [SheetSpec, string] => [sheet(spec, "targets"), `${T.col.attainment}${T.firstOwnerRow + i}`]),
      [sheet(spec, "targets"), `${T.col.attainment}${T.totalRow}`],
      ...p.funnel.map((_, i): [SheetSpec, string] => [sheet(spec, "funnel"), `${F.col.attainment}${F.firstStageRow + i}`]),
    ];
    for (const [s, address] of attainmentCells) {
      expect([s.key, address, covers(s, address).filter((x) => ryg.includes(x))]).toEqual([s.key, address, ryg]);
    }
  });

  test("coverage, new-opportunity and activity warnings are visible flag formulas", () => {
    const S = L.sprint;
    const flag = (k: keyof typeof S.kpiCol): string | undefined => cellAt(sp, `${S.kpiCol[k]}${S.flagRow}`).f;
    expect(flag("coverage")).toBe(`IF(AND(ISNUMBER(S3),S3<CoverageWarn),"⚠ 覆盖率低于 "&TEXT(CoverageWarn,"0%"),"")`);
    expect(flag("newOpps")).toMatch(/NewOppWarn\),"⚠ 新增线索低于计划的 "&TEXT\(NewOppWarn,"0%"\),""\)$/);
    expect(flag("activity")).toMatch(/ActivityWarn/);
    expect(sp.conditionalFormats.filter((cf) => /CoverageWarn|NewOppWarn|ActivityWarn/.test(cf.formula))).toHaveLength(4);
  });

  test("inputs are styled as inputs; frozen headers; A4 with a page header (page setups: pageSetup.test.ts)", () => {
    for (const s of spec.sheets) {
      for (const { cell } of cells(s)) if (cell.input) expect(cell.style?.fill).toBe("#FFF2CC");
      expect(s.pageSetup).toMatchObject({ paper: "A4", header: { title: "", period: "2025-03-03 至 2025-04-01", pageOf: "第 {page} 页，共 {pages} 页" } });
      // Every sheet but the one-page summary keeps its headers in view.
      if (s.key !== "summary") expect(s.freeze?.rows).toBeGreaterThan(0);
    }
    expect(sheet(spec, "summary").freeze).toBeUndefined();
    expect(sp.freeze).toEqual({ rows: L.sprint.headerRow, columns: 3 });
    expect(sp.columns[sp.columns.length - 1]).toMatchObject({ hidden: true });
    // The reported-day helper and the burn-up chart's actual column (#N/A after the last reported day).
    expect(sp.columns.filter((c) => c.hidden)).toHaveLength(2);
  });

  test("number formats carry no currency symbol unless one is chosen", () => {
    const formats = (s: WorkbookSpec): string[] => s.sheets.flatMap((x) => cells(x).map((c) => c.cell.fmt ?? ""));
    expect(formats(spec).filter((f) => /[¥$€£]/.test(f))).toEqual([]);
    const yuan = buildWorkbook(plan({ currency: "¥" }));
    expect(formats(yuan)).toContain('"¥"#,##0');
    expect(checkWorkbook(yuan)).toEqual([]);
  });

  test("the burn-up chart plots cumulative plan and actual by date", () => {
    expect(sp.charts).toEqual([
      {
        kind: "line",
        title: "累计完成图：销售额计划与实际",
        anchor: L.sprint.chartAnchor,
        // The actual line reads the hidden column AE (NA() after the last reported day).
        plotHidden: true,
        series: [
          expect.objectContaining({ categories: "'30天冲刺计划'!$B$6:$B$35", values: "'30天冲刺计划'!$W$6:$W$35" }),
          expect.objectContaining({ categories: "'30天冲刺计划'!$B$6:$B$35", values: "'30天冲刺计划'!$AE$6:$AE$35" }),
        ],
      },
    ]);
  });

  test("every block is rectangular and blocks never overlap", () => {
    for (const s of spec.sheets) {
      const seen = new Set<string>();
      for (const c of cells(s)) {
        expect(seen.has(`${s.key}!${c.address}`)).toBe(false);
        seen.add(`${s.key}!${c.address}`);
      }
      for (const b of s.blocks) expect(new Set(b.cells.map((r) => r.length)).size).toBe(1);
    }
  });
});

describe("formula injection", () => {
  const names = ["=1+1", "+SUM(A1:A2)", "-2", "@now", '=HYPERLINK("http://x","y")'];
  const p = plan({ owners: names.map((name) => ({ name, strategy: `=${name}` })), locale: "en" });
  const spec = buildWorkbook(p);

  test("owner names and strategies are string constants, never formulas", () => {
    const t = sheet(spec, "targets");
    const L = workbookLayout(p);
    names.forEach((name, i) => {
      const r = L.targets.firstOwnerRow + i;
      expect(cellAt(t, `${L.targets.col.owner}${r}`)).toMatchObject({ v: name, input: true });
      expect(cellAt(t, `${L.targets.col.owner}${r}`).f).toBeUndefined();
      expect(cellAt(t, `${L.targets.col.strategy}${r}`)).toMatchObject({ v: `=${name}` });
    });
    expect(checkWorkbook(spec)).toEqual([]);
  });

  test("no formula contains an owner's name", () => {
    for (const s of spec.sheets) for (const { cell } of cells(s)) if (cell.f) for (const n of names) expect(cell.f.includes(n)).toBe(false);
  });

  test("literal strings inside formulas are escaped", () => {
    expect(lit('say "hi"')).toBe('"say ""hi"""');
    const f = chooseText("1", ['a"b', "c,d"]);
    expect(f).toBe('CHOOSE(1,"a""b","c,d")');
    expect(parseFormula(f).functions).toEqual([{ name: "CHOOSE", args: 3 }]);
    expect(pctText("⚠ below {pct} of plan", "NewOppWarn")).toBe('"⚠ below "&TEXT(NewOppWarn,"0%")&" of plan"');
    expect(pctText("{pct}", "X")).toBe('TEXT(X,"0%")');
  });

});
