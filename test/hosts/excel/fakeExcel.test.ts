/**
 * The fake must behave like Excel where the host's guarantees depend on it; these tests
 * pin that behaviour down (each mirrors documented Office.js semantics).
 */
import { excelError, FakeExcel, FakeExcelError } from "../fakeExcel";

test("nothing happens before sync; loaded values only after it", async () => {
  const fake = new FakeExcel();
  await fake.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
    r.formulas = [[1, "=A1*2"]];
    expect(fake.valueAt("Sheet1", "A1")).toBe("");
    r.load("formulas");
    expect(() => r.formulas).toThrow(FakeExcelError);
    await ctx.sync();
    expect(r.formulas).toEqual([[1, "=A1*2"]]);
  });
  expect(fake.syncs).toBe(1);
});

test("a 2-D array of the wrong shape is refused", async () => {
  const fake = new FakeExcel();
  const err = await excelError(
    fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").formulas = [[1, 2]];
      await ctx.sync();
    }),
  );
  expect(err.code).toBe("InvalidArgument");
  expect(err.debugInfo.errorLocation).toBe("Range.formulas");
});

test("a single number format on a larger range is every cell's; a wrong-shaped grid of them is refused", async () => {
  const fake = new FakeExcel();
  await fake.run(async (ctx) => {
    const sheet = ctx.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("B2:C4").numberFormat = [["0.0%"]];
    const r = sheet.getRange("A1:D5");
    r.load("numberFormat");
    await ctx.sync();
    const inside = (row: number, col: number): boolean => row >= 1 && row <= 3 && col >= 1 && col <= 2;
    expect(r.numberFormat).toEqual(r.numberFormat.map((line, i) => line.map((_, j) => (inside(i, j) ? "0.0%" : "General"))));
  });
  const err = await excelError(
    fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").numberFormat = [["0", "0"]];
      await ctx.sync();
    }),
  );
  expect(err.code).toBe("InvalidArgument");
});

test("null leaves a cell unchanged, '' clears it, ' makes text, = makes a formula, numbers-as-text are coerced", async () => {
  const fake = new FakeExcel();
  fake.type("Sheet1", "A1", "keep");
  fake.type("Sheet1", "B1", "clear me");
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:F1").formulas = [[null, "", "'=1+1", "=1+1", "42", "#N/A"]];
    await ctx.sync();
  });
  expect(fake.valueAt("Sheet1", "A1")).toBe("keep");
  expect(fake.valueAt("Sheet1", "B1")).toBe("");
  expect(fake.cell("Sheet1", "C1")).toMatchObject({ value: "=1+1", formula: null, quotePrefix: true });
  expect(fake.cell("Sheet1", "D1")?.formula).toBe("=1+1");
  expect(fake.valueAt("Sheet1", "E1")).toBe(42);
  expect(fake.cell("Sheet1", "F1")).toMatchObject({ value: "#N/A", error: true });
});

test("duplicate sheet names (any case) and defined names: ItemAlreadyExists", async () => {
  const fake = new FakeExcel(["Plan"]);
  expect((await excelError(fake.run(async (ctx) => {
    ctx.workbook.worksheets.add("PLAN");
    await ctx.sync();
  }))).code).toBe("ItemAlreadyExists");
  expect((await excelError(fake.run(async (ctx) => {
    ctx.workbook.names.add("Target", "=Plan!$A$1", "");
    ctx.workbook.names.add("TARGET", "=Plan!$A$2", "");
    await ctx.sync();
  }))).code).toBe("ItemAlreadyExists");
});

test("invalid sheet and defined names: InvalidArgument", async () => {
  const fake = new FakeExcel();
  for (const bad of ["a/b", "x".repeat(32), "History", "'q"]) {
    expect((await excelError(fake.run(async (ctx) => {
      ctx.workbook.worksheets.add(bad);
      await ctx.sync();
    }))).code).toBe("InvalidArgument");
  }
  expect((await excelError(fake.run(async (ctx) => {
    ctx.workbook.names.add("A1", "=Sheet1!$A$1", "");
    await ctx.sync();
  }))).code).toBe("InvalidArgument");
});

test("a failing operation stops the batch: earlier ones stay, later ones never run", async () => {
  const fake = new FakeExcel();
  const err = await excelError(
    fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("One");
      ctx.workbook.worksheets.getItem("Missing").getRange("A1").formulas = [[1]];
      ctx.workbook.worksheets.add("Two");
      await ctx.sync();
    }),
  );
  expect(err.code).toBe("ItemNotFound");
  expect(fake.sheetNames()).toEqual(["Sheet1", "One"]);
});

test("merging keeps the top-left value only; merging over a merge is refused", async () => {
  const fake = new FakeExcel();
  fake.type("Sheet1", "A1", "top");
  fake.type("Sheet1", "B1", "gone");
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").merge(false);
    await ctx.sync();
  });
  expect(fake.valueAt("Sheet1", "B1")).toBe("");
  expect((await excelError(fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").getRange("B1:C1").merge(false);
    await ctx.sync();
  }))).code).toBe("InvalidOperation");
});

test("the last sheet cannot be deleted; names pointing at a deleted sheet become #REF!", async () => {
  const fake = new FakeExcel(["A", "B c"]);
  fake.model.names.set("x", { name: "X", formula: "='B c'!$A$1", comment: "" });
  await fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("B c").delete();
    await ctx.sync();
  });
  expect(fake.model.names.get("x")?.formula).toBe("=#REF!$A$1");
  expect((await excelError(fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("A").delete();
    await ctx.sync();
  }))).code).toBe("InvalidOperation");
});

test("APIs above the emulated requirement set: ApiNotFound", async () => {
  const fake = new FakeExcel();
  fake.apiVersion = "1.7";
  const err = await excelError(fake.run(async (ctx) => {
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").dataValidation.clear();
    await ctx.sync();
  }));
  expect(err.code).toBe("ApiNotFound");
  expect(fake.isSetSupported("ExcelApi", "1.7")).toBe(true);
  expect(fake.isSetSupported("ExcelApi", "1.10")).toBe(false);
});

test("requests over the payload limit are refused whole", async () => {
  const fake = new FakeExcel();
  fake.requestLimitBytes = 1000;
  const err = await excelError(fake.run(async (ctx) => {
    ctx.workbook.worksheets.add("New");
    ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").formulas = [["x".repeat(2000)]];
    await ctx.sync();
  }));
  expect(err.code).toBe("RequestPayloadSizeLimitExceeded");
  expect(fake.sheetNames()).toEqual(["Sheet1"]);
});

test("used range, null objects, settings", async () => {
  const fake = new FakeExcel(["S", "Empty"]);
  fake.type("S", "B2", 1);
  fake.type("S", "D5", "x");
  await fake.run(async (ctx) => {
    const used = ctx.workbook.worksheets.getItem("S").getUsedRangeOrNullObject(true);
    used.load("address,formulas");
    const none = ctx.workbook.worksheets.getItem("Empty").getUsedRangeOrNullObject(true);
    none.load("address");
    const missing = ctx.workbook.settings.getItemOrNullObject("k");
    missing.load("value");
    ctx.workbook.settings.add("j", "v");
    await ctx.sync();
    expect(used.isNullObject).toBe(false);
    expect(used.address).toBe("S!B2:D5");
    expect(used.formulas[0]).toEqual([1, "", ""]);
    expect(none.isNullObject).toBe(true);
    expect(missing.isNullObject).toBe(true);
  });
  expect(fake.model.settings.get("j")).toBe("v");
});

test("an unsynced batch is a bug the fake reports", async () => {
  const fake = new FakeExcel();
  await expect(
    fake.run(async (ctx) => {
      ctx.workbook.worksheets.add("Never");
    }),
  ).rejects.toThrow(/never synced/);
});
