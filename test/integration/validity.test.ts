/**
 * The .xlsx's inputs can be edited in LibreOffice: dates typed into the written file are judged
 * by LibreOffice's own validity check (Tools ▸ Detective ▸ Mark Invalid Data, driven by
 * scripts/lo-validity.ts). A new sprint start typed into Inputs!B8 is valid, and so are report
 * dates inside the sprint it starts; a date outside that sprint and a start that is not a date
 * are not (the log's check is a warning, so such a date is kept, but it is marked).
 *
 * Needs `soffice` (Debian: libreoffice-calc-nogui); fails without it.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findSoffice, SOFFICE_MISSING } from "../../scripts/lo-recalc";
import { typeAndCheck, type Checked } from "../../scripts/lo-validity";
import { buildWorkbook, workbookLayout } from "../../src/workbook";
import { INPUT_VALUE_COL } from "../../src/workbook/inputs";
import { isoToSerial } from "../../src/domain/dates";
import { writeXlsx } from "../../src/xlsx/writer";
import { seedPlan } from "../fixtures/seedPlan";

jest.setTimeout(240_000);

const plan = seedPlan({ owners: 3 }); // 30 days from 2025-03-03
const L = workbookLayout(plan);
const start = `${INPUT_VALUE_COL}${L.inputs.row.SprintStart}`;
const dateCell = (i: number): string => `${L.log.col.date}${L.log.firstRow + i}`;

let dir = "";
let checked: Checked[] = [];

beforeAll(async () => {
  if (!findSoffice()) throw new Error(SOFFICE_MISSING);
  dir = mkdtempSync(join(tmpdir(), "sprint-validity-"));
  const file = join(dir, "sprint.xlsx");
  writeFileSync(file, (await writeXlsx(buildWorkbook(plan))).buffer);
  // Typed in this order into the one document: a new start first, then reports against it.
  checked = await typeAndCheck(file, [
    { sheet: L.sheetNames.log, cell: dateCell(0), text: "2025-03-05" }, // inside the sprint as generated
    { sheet: L.sheetNames.inputs, cell: start, text: "2026-12-07" }, // a new start: a 30-day sprint to 2027-01-05
    { sheet: L.sheetNames.log, cell: dateCell(1), text: "2026-12-07" }, // its first day
    { sheet: L.sheetNames.log, cell: dateCell(2), text: "2027-01-05" }, // its last day
    { sheet: L.sheetNames.log, cell: dateCell(3), text: "2027-01-06" }, // the day after
    { sheet: L.sheetNames.log, cell: dateCell(4), text: "2026-12-06" }, // the day before
    { sheet: L.sheetNames.inputs, cell: start, text: "下周一" }, // not a date
  ]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("dates typed into the .xlsx, judged by LibreOffice", () => {
  test("a sprint start typed into Inputs!B8 is a date and valid", () => {
    expect(checked[1]).toMatchObject({ kind: "value", value: isoToSerial("2026-12-07"), valid: true });
  });

  test("report dates inside the sprint are valid, from its first day to its last", () => {
    expect([checked[0], checked[2], checked[3]].map((c) => [c.text, c.kind, c.valid])).toEqual([
      ["2025-03-05", "value", true],
      ["2026-12-07", "value", true],
      ["2027-01-05", "value", true],
    ]);
  });

  test("a report date outside the sprint is marked, the day after its end and the day before its start", () => {
    expect([checked[4], checked[5]].map((c) => [c.text, c.kind, c.valid])).toEqual([
      ["2027-01-06", "value", false],
      ["2026-12-06", "value", false],
    ]);
  });

  test("a start that is not a date is refused", () => {
    expect(checked[6]).toMatchObject({ kind: "text", valid: false });
  });
});
