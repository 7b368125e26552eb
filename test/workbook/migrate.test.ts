import { migrateV1, type MigrationInput } from "../../src/workbook/migrate";

const columns = { date: "A", owner: "B", leads: "C", calls: "D", emails: "E", demos: "F", quotes: "G", deals: "H", revenue: "I", note: "J" };

/** A v1 sprint sheet from row 6: day in A, the seven actuals in P..V (index 15..21). */
function sprint(rows: (number | string)[][]): MigrationInput["sprint"] {
  return {
    top: 6,
    left: 1,
    formulas: rows.map((acts, i) => [i + 1, "=SprintStart+A6-1", ...new Array<string>(13).fill("=x"), ...acts]),
  };
}

function input(over: Partial<MigrationInput> = {}): MigrationInput {
  return {
    sprint: sprint([
      [1, 2, 3, 4, 5, 6, 700],
      ["", "", "", "", "", "", ""],
      ["", 9, "", "", "", "", 1.5],
    ]),
    newSprintInputs: new Set(),
    inputs: { top: 8, left: 2, formulas: [[46000]] },
    fallbackStart: 1,
    log: { sheet: "日报", columns, firstRow: 4, lastRow: 100 },
    teamOwner: "团队",
    note: "从冲刺表迁移",
    ...over,
  };
}

test("typed days become team rows dated from the old start; blank days are skipped", () => {
  const m = migrateV1(input());
  expect(m?.rows).toEqual({
    top: 4,
    left: 1,
    data: [
      [46000, "团队", 1, 2, 3, 4, 5, 6, 700, "从冲刺表迁移"],
      [46002, "团队", "", 9, "", "", "", "", 1.5, "从冲刺表迁移"],
    ],
  });
  expect([...(m?.claimed ?? [])].sort()).toEqual(["P6", "Q6", "Q8", "R6", "S6", "T6", "U6", "V6", "V8"]);
  expect(m?.summary).toMatchObject({ teamDays: 2, cells: 9, firstRow: 4, lastRow: 5, fromDate: 46000, toDate: 46002, openingFigures: [] });
});

test("the new start is used when the old one cannot be read; rows go below an existing log's reports", () => {
  const m = migrateV1(input({ inputs: undefined, fallbackStart: 50000, logContents: { top: 4, left: 1, formulas: [[1, "a"], ["", ""], ["", "", "", "", "", "", "", "", "", "note"]] } }));
  expect(m?.rows.top).toBe(7);
  expect(m?.rows.data[0][0]).toBe(50000);
});

test("nothing to move: a new-layout sheet (formulas), inputs still there, or an empty sheet", () => {
  const formulas = sprint([["=SUMIF(x)", "", "", "", "", "", ""]]);
  expect(migrateV1(input({ sprint: formulas }))).toBeNull();
  expect(migrateV1(input({ newSprintInputs: new Set(["P6"]) }))).toBeNull();
  expect(migrateV1(input({ sprint: sprint([["", "", "", "", "", "", ""]]) }))).toBeNull();
});

test("owner actuals are reported as opening figures when the new layout keeps an input in their cell", () => {
  const targets = { top: 4, left: 1, formulas: [["张三", ..."bcdefgh".split(""), 20000], ["李四", ..."bcdefgh".split(""), ""], ["合计", ..."bcdefgh".split(""), "=SUM(I4:I5)"]] };
  const m = migrateV1(input({ targets, newTargetInputs: new Set(["I4", "I5"]) }));
  expect(m?.summary.openingFigures).toEqual([{ owner: "张三", value: 20000 }]);
  expect(migrateV1(input({ targets, newTargetInputs: new Set() }))?.summary.openingFigures).toEqual([]);
});

test("a log without room for the moved days claims nothing (update then refuses instead of losing them)", () => {
  expect(migrateV1(input({ log: { sheet: "日报", columns, firstRow: 4, lastRow: 4 } }))).toBeNull();
});
