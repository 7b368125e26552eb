/**
 * The generator's success message after an update of a workbook made before the daily log
 * says where the typed actuals went (issue: update in place keeps every number).
 */
import { writtenLines } from "../../../src/taskpane/generator/written";
import { UI } from "../../../src/i18n/ui";
import { LOCALES } from "../../../src/i18n/locale";
import type { WriteResult } from "../../../src/hosts/host";

function result(migration?: WriteResult["migration"]): WriteResult {
  return {
    mode: "update",
    sheets: [{ key: "sprint", name: "30天冲刺计划", created: false, keptInputs: 0 }],
    namesScope: "workbook",
    warnings: [],
    syncs: 2,
    batches: 1,
    requestBytes: 1000,
    ...(migration ? { migration } : {}),
  };
}

const MOVED = {
  teamDays: 3,
  cells: 9,
  logSheet: "日报",
  firstRow: 4,
  lastRow: 6,
  fromDate: 45719,
  toDate: 45721,
  openingFigures: [{ owner: "张三", value: 12000 }],
};

describe("what an update says it moved", () => {
  test.each(LOCALES)("%s: the log rows and the opening figures are named", (locale) => {
    const lines = writtenLines({ result: result(MOVED) }, UI[locale], locale);
    const text = lines.join("\n");
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(text).toContain("日报");
    expect(text).toMatch(/4/);
    expect(text).toContain("张三");
    expect(text).toMatch(/12[,，]?000/);
  });

  test("an ordinary update says nothing about moving", () => {
    const lines = writtenLines({ result: result() }, UI.en, "en");
    expect(lines).toHaveLength(1);
  });
});
