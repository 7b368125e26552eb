/**
 * The strict fake refuses what Excel refuses and accepts what it accepts. Every rule comes
 * from Microsoft's documentation or the office-js issue tracker (sources in
 * test/hosts/excelRules.ts and beside each test), never from the code under test.
 */
import { EXCEL_FUNCTIONS, MAX_FORMULA_CHARS } from "../excelRules";
import { excelError, FakeExcel, requestBody, type SheetModel } from "../fakeExcel";
import type { XlContext, XlRange, XlWorksheet } from "../../../src/hosts/excel/xl";

/** Runs one batch against a fresh or given fake. */
function batch(fake: FakeExcel, fn: (ctx: XlContext) => void): Promise<unknown> {
  return fake.run(async (ctx) => {
    fn(ctx);
    await ctx.sync();
  });
}

const range = (ctx: XlContext, address: string, sheet = "Sheet1"): XlRange => ctx.workbook.worksheets.getItem(sheet).getRange(address);

/** `Range.values` is not in the host's interface (it writes `formulas`); Office.js has it. */
function setValues(r: XlRange, data: unknown[][]): void {
  (r as XlRange & { values: unknown[][] }).values = data;
}

function writeFormula(fake: FakeExcel, formula: string, address = "A1"): Promise<unknown> {
  return batch(fake, (ctx) => {
    range(ctx, address).formulas = [[formula]];
  });
}

// ---------------------------------------------------------------------------------------
// Formulas
// ---------------------------------------------------------------------------------------

describe("formulas are parsed as Excel parses them", () => {
  const fake = new FakeExcel(["Sheet1", "My 'Plan", "输入"]);
  fake.model.names.set("sprinttarget", { name: "SprintTarget", formula: "='输入'!$B$2", comment: "" });

  // Office.js takes formulas in English with "," between arguments ("Range.formulas:
  // Represents the formula in A1-style notation"; formulasLocal is the localized one).
  test.each([
    "=A1",
    "=$B$3*2",
    "=SUM(A1:B2,C:C,3:3,$D$1)",
    "='My ''Plan'!A1+'输入'!$B$2",
    "=输入!B2",
    "=SUM('My ''Plan'!A:A)",
    "=SprintTarget*1.5",
    '="He said ""hi"""&A1',
    "={1,2;3,4}",
    "=#N/A",
    "=IFERROR(1/0,#DIV/0!)",
    "=-A1%",
    "=+A1^2",
    '=A1&" "&B1',
    "=A1>=B1",
    "=A1<>B1",
    "=IF(A1,,)",
    "=NETWORKDAYS.INTL(A1,B1,1)",
    "=_xlfn.XLOOKUP(1,A:A,B:B)",
    "=SALES.REQUIRED_LEADS(100000,5000,5%)",
    "=LET(x,2,x*x)",
    "=1E+5",
    "=A1:B2 B1:C3",
    "=(A1,B1)",
  ])("accepted, no error: %s", async (f) => {
    await writeFormula(fake, f);
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ formula: f, error: false });
  });

  // A formula Excel cannot parse is not entered (the UI shows "There's a problem with this
  // formula"); through the API it is an InvalidArgument error of Range.formulas.
  test.each([
    ["=1+", "operator without operand"],
    ["=SUM(1;2)", "semicolon separator (only formulasLocal takes the locale's separator)"],
    ["=SUM(", "unclosed call"],
    ["=(1", "unclosed parenthesis"],
    ["=1)", "extra parenthesis"],
    ['="abc', "unterminated string"],
    ["=1 2", "two values side by side"],
    ["=A1:", "range without end"],
    ["=#FOO!", "not an error value"],
    ["={1,A1}", "reference inside an array constant"],
    ["=SUM (1)", "space between function and ("],
    ["=1..2", "malformed number"],
    ["=Sheet1!", "sheet without reference"],
    [`=${"1+".repeat(MAX_FORMULA_CHARS / 2)}1`, "longer than 8,192 characters"],
    [`=SUM(${Array.from({ length: 256 }, () => "1").join(",")})`, "more than 255 arguments"],
    [`=${"ABS(".repeat(65)}1${")".repeat(65)}`, "more than 64 nested functions"],
  ])("refused: %s (%s)", async (f) => {
    fake.type("Sheet1", "B1", "before");
    const err = await excelError(
      batch(fake, (ctx) => {
        range(ctx, "B1").formulas = [[f]];
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo.errorLocation).toBe("Range.formulas");
    expect(fake.valueAt("Sheet1", "B1")).toBe("before");
  });

  // Excel enters a formula with an unknown function or name and shows #NAME?; one that
  // refers to a sheet the workbook does not have shows #REF!.
  test.each([
    ["=SUMM(A1)", "#NAME?"],
    ["=NotAName*2", "#NAME?"],
    ["=Nowhere!A1", "#REF!"],
    ["=SALES.NOT_A_FUNCTION(1)", "#NAME?"],
  ])("entered with an error value: %s -> %s", async (f, error) => {
    await writeFormula(fake, f, "C1");
    expect(fake.cell("Sheet1", "C1")).toMatchObject({ formula: f, value: error, error: true });
    await fake.run(async (ctx) => {
      const r = range(ctx, "C1");
      r.load("valueTypes");
      await ctx.sync();
      expect(r.valueTypes).toEqual([["Error"]]);
    });
  });

  test("a sheet-level name is visible on its own sheet only", async () => {
    const f = new FakeExcel(["A", "B"]);
    f.sheet("A").names.set("local", { name: "Local", formula: "=A!$A$1", comment: "" });
    await batch(f, (ctx) => {
      range(ctx, "A1", "A").formulas = [["=Local+1"]];
      range(ctx, "A1", "B").formulas = [["=Local+1"]];
      range(ctx, "A2", "B").formulas = [["=A!Local+1"]];
    });
    expect(f.cell("A", "A1")?.error).toBe(false);
    expect(f.cell("B", "A1")).toMatchObject({ value: "#NAME?", error: true });
    expect(f.cell("B", "A2")?.error).toBe(false);
  });

  test("the function list is Excel's (support.microsoft.com, Excel functions (alphabetical))", () => {
    expect(EXCEL_FUNCTIONS.size).toBeGreaterThan(480);
    for (const f of ["SUM", "IFERROR", "NETWORKDAYS", "WORKDAY.INTL", "XLOOKUP", "TEXTJOIN", "CEILING.MATH", "SUMPRODUCT", "LET"]) expect(EXCEL_FUNCTIONS.has(f)).toBe(true);
    for (const f of ["SUMM", "CONCATENATEX", "IIF", "ISNULL"]) expect(EXCEL_FUNCTIONS.has(f)).toBe(false);
  });

  test("conditional-format rules: garbage is refused, a formula with or without = is taken", async () => {
    // ConditionalFormatRule.formula is set after ConditionalFormatCollection.add: the rule
    // that failed stays in the sheet without a formula (batches are not transactions).
    const f = new FakeExcel();
    const err = await excelError(
      batch(f, (ctx) => {
        range(ctx, "A1:A9").conditionalFormats.add("Custom").custom.rule.formula = "garbage(((";
      }),
    );
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo.errorLocation).toBe("ConditionalFormatRule.formula");
    await batch(f, (ctx) => {
      range(ctx, "B1:B9").conditionalFormats.add("Custom").custom.rule.formula = "=$B1>0";
      range(ctx, "C1:C9").conditionalFormats.add("Custom").custom.rule.formula = "AND($C1>0,$C1<1)";
    });
    expect(f.sheet("Sheet1").conditionalFormats.map((c) => c.formula)).toEqual(["AND($C1>0,$C1<1)", "=$B1>0", undefined]);
  });

  test("defined names: a reference Excel cannot parse is refused (names.add and NamedItem.formula)", async () => {
    const f = new FakeExcel();
    expect(
      (
        await excelError(
          batch(f, (ctx) => {
            ctx.workbook.names.add("Target", "=1+", "");
          }),
        )
      ).code,
    ).toBe("InvalidArgument");
    await batch(f, (ctx) => {
      ctx.workbook.names.add("Target", "=Sheet1!$A$1", "");
    });
    const err = await excelError(
      batch(f, (ctx) => {
        ctx.workbook.names.getItem("Target").formula = "=SUM(";
      }),
    );
    expect(err).toMatchObject({ code: "InvalidArgument" });
    expect(err.debugInfo.errorLocation).toBe("NamedItem.formula");
    expect(f.model.names.get("target")?.formula).toBe("=Sheet1!$A$1");
  });
});

// ---------------------------------------------------------------------------------------
// What a written string becomes
// ---------------------------------------------------------------------------------------

describe("strings written through values/formulas are taken as typed", () => {
  // @types/office-js, Range.values: "If the returned value starts with a plus ("+"), minus
  // ("-"), or equal sign ("="), Excel interprets this value as a formula."
  test("=, + and - make formulas; numbers stay numbers; an apostrophe keeps text and is not read back", async () => {
    const fake = new FakeExcel();
    await batch(fake, (ctx) => {
      setValues(range(ctx, "A1:H1"), [["=1+1", "+1+2", "-A1", "-5", "+abc", "'=1+1", "'-5", "-"]]);
    });
    expect(fake.cell("Sheet1", "A1")).toMatchObject({ formula: "=1+1", error: false });
    expect(fake.cell("Sheet1", "B1")).toMatchObject({ formula: "=+1+2", error: false });
    expect(fake.cell("Sheet1", "C1")).toMatchObject({ formula: "=-A1", error: false });
    expect(fake.cell("Sheet1", "D1")).toMatchObject({ formula: null, value: -5 });
    // Typing +abc in Excel enters =+abc, which shows #NAME? (abc is not a defined name).
    expect(fake.cell("Sheet1", "E1")).toMatchObject({ formula: "=+abc", value: "#NAME?", error: true });
    expect(fake.cell("Sheet1", "F1")).toMatchObject({ formula: null, value: "=1+1", quotePrefix: true });
    expect(fake.cell("Sheet1", "G1")).toMatchObject({ formula: null, value: "-5", quotePrefix: true });
    expect(fake.cell("Sheet1", "H1")).toMatchObject({ formula: null, value: "-" });
    await fake.run(async (ctx) => {
      const r = range(ctx, "F1:G1");
      r.load("values,formulas");
      await ctx.sync();
      expect(r.values).toEqual([["=1+1", "-5"]]);
      expect(r.formulas).toEqual([["=1+1", "-5"]]);
    });
  });

  test("text starting with - or + that is no formula is refused, as typing it is", async () => {
    const fake = new FakeExcel();
    for (const text of ["-hello world!", "+1+", "-(1"]) {
      const err = await excelError(
        batch(fake, (ctx) => {
          setValues(range(ctx, "A1"), [[text]]);
        }),
      );
      expect(err.code).toBe("InvalidArgument");
    }
    await batch(fake, (ctx) => {
      setValues(range(ctx, "A1"), [["'-hello world!"]]);
    });
    expect(fake.valueAt("Sheet1", "A1")).toBe("-hello world!");
  });

  test("NaN, Infinity and text over 32,767 characters are refused", async () => {
    const fake = new FakeExcel();
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, "x".repeat(32768)]) {
      expect((await excelError(writeFormula(fake, v as unknown as string))).code).toBe("InvalidArgument");
    }
    await writeFormula(fake, "x".repeat(32767));
    expect(String(fake.valueAt("Sheet1", "A1")).length).toBe(32767);
  });
});

// ---------------------------------------------------------------------------------------
// Number formats
// ---------------------------------------------------------------------------------------

describe("number-format codes are checked (support.microsoft.com: Review guidelines for customizing a number format)", () => {
  const fake = new FakeExcel();
  const setFormat = (code: string): Promise<unknown> =>
    batch(fake, (ctx) => {
      range(ctx, "A1").numberFormat = [[code]];
    });

  test.each([
    "General",
    "#,##0",
    "#,##0.00",
    "0.0%",
    "yyyy-mm-dd",
    'yyyy"年"m"月"d"日"',
    '"¥"#,##0',
    '"是";"是";"否"',
    "[Red]0;[Blue]-0",
    "[Color10]0",
    "[$-804]yyyy/m/d",
    "[$€-407]#,##0.00",
    "[h]:mm:ss",
    "m/d/yyyy h:mm AM/PM",
    "0.00E+00",
    "# ?/?",
    "@",
    "0;-0;0;@",
    '0;-0;"zero";"text: "@',
    "[>=100]0;0",
    "_(* #,##0_);_(* (#,##0);_(* \"-\"_);_(@_)",
    "[DBNum1]0",
    "aaaa",
    "0\\ \\k\\g",
    "0元",
  ])("accepted: %s", async (code) => {
    await setFormat(code);
    expect(fake.cell("Sheet1", "A1")?.numberFormat).toBe(code);
  });

  test.each([
    ["0;0;0;0;0", "five sections"],
    ['"abc', "unbalanced quotation mark"],
    ["[Red0", "unbalanced ["],
    ["0]", "unbalanced ]"],
    ["[Purple]0", "not one of Excel's colors"],
    ["[Color57]0", "Color1 to Color56 only"],
    ["0 units", "letters that are no code need quotes"],
    ["0@", "@ mixed with a number"],
    ["0;0;0;0.00", "the fourth section is text"],
    ["0\\", "backslash at the end"],
  ])("refused: %s (%s)", async (code) => {
    await setFormat("0.00");
    const err = await excelError(setFormat(code));
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo.errorLocation).toBe("Range.numberFormat");
    expect(fake.cell("Sheet1", "A1")?.numberFormat).toBe("0.00");
  });
});

describe("page zoom takes documented values only (PageLayoutZoomOptions)", () => {
  // "scale: Print page scale value can be between 10 and 400. This value can be null if fit
  // to page tall or wide is specified." "horizontalFitToPages: Number of pages to fit
  // horizontally. This value can be null if percentage scale is used." OfficeDev/office-js#1860
  // fits one page wide with `{ horizontalFitToPages: 1 }`.
  const zoom = (fake: FakeExcel, v: Excel.PageLayoutZoomOptions): Promise<unknown> =>
    batch(fake, (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").pageLayout.zoom = v;
    });

  test.each([{ horizontalFitToPages: 1 }, { verticalFitToPages: 2 }, { horizontalFitToPages: 1, verticalFitToPages: 3 }, { scale: 10 }, { scale: 400 }])("accepted: %j", async (v) => {
    const fake = new FakeExcel();
    await zoom(fake, v);
    expect(fake.sheet("Sheet1").pageLayout.zoom).toEqual(v);
  });

  test.each([{ horizontalFitToPages: 1, verticalFitToPages: 0 }, { horizontalFitToPages: 0 }, { scale: 9 }, { scale: 401 }, { scale: 100, horizontalFitToPages: 1 }, {}])("refused: %j", async (v) => {
    const fake = new FakeExcel();
    const err = await excelError(zoom(fake, v));
    expect(err.code).toBe("InvalidArgument");
    expect(err.debugInfo.errorLocation).toBe("PageLayout.zoom");
  });
});

describe("the rest of the page layout takes documented values only (ExcelApi 1.9)", () => {
  const layout = (fake: FakeExcel, fn: (ws: XlWorksheet) => void): Promise<unknown> =>
    batch(fake, (ctx) => fn(ctx.workbook.worksheets.getItem("Sheet1")));

  test("accepted: margins in a PrintMarginUnit, a PrintOrder, a HeaderFooterState, whole rows and columns as print titles, headers of 255 characters, page breaks", async () => {
    const fake = new FakeExcel();
    await layout(fake, (ws) => {
      ws.pageLayout.setPrintMargins("Inches", { left: 0.25, top: 0.6 });
      ws.pageLayout.printOrder = "OverThenDown";
      ws.pageLayout.headersFooters.state = "Default";
      ws.pageLayout.headersFooters.defaultForAllPages.leftHeader = "x".repeat(200);
      ws.pageLayout.headersFooters.defaultForAllPages.rightHeader = "&P".repeat(27);
      ws.pageLayout.setPrintTitleRows("$5:$5");
      ws.pageLayout.setPrintTitleColumns("$A:$B");
      ws.horizontalPageBreaks.add("A38");
      ws.verticalPageBreaks.add("P1");
    });
    expect(fake.sheet("Sheet1").pageLayout).toMatchObject({ printOrder: "OverThenDown", printTitleColumns: "$A:$B", margins: { unit: "Inches", left: 0.25, top: 0.6 } });
    expect(fake.sheet("Sheet1").pageBreaks).toEqual({ rows: [38], columns: [16] });
  });

  test.each<[string, Parameters<typeof layout>[1], string]>([
    ["a margin unit Office.js does not have", (ws) => ws.pageLayout.setPrintMargins("Pixels" as "Points", { left: 1 }), "PageLayout.setPrintMargins"],
    ["a print order Office.js does not have", (ws) => void (ws.pageLayout.printOrder = "Sideways" as "OverThenDown"), "PageLayout.printOrder"],
    ["a header/footer state Office.js does not have", (ws) => void (ws.pageLayout.headersFooters.state = "All" as "Default"), "HeaderFooterGroup.state"],
    ["print title columns that are not whole columns (\"The range must span the entire column\")", (ws) => ws.pageLayout.setPrintTitleColumns("A1:B5"), "PageLayout.setPrintTitleColumns"],
    [
      "a header over Excel's 255 characters (Excel specifications and limits)",
      (ws) => {
        ws.pageLayout.headersFooters.defaultForAllPages.leftHeader = "x".repeat(200);
        ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = "y".repeat(56);
      },
      "HeaderFooter.centerHeader",
    ],
    [
      "more than 1,026 page breaks (Excel specifications and limits)",
      (ws) => {
        for (let r = 2; r <= 1028; r++) ws.horizontalPageBreaks.add(`A${r}`);
      },
      "PageBreakCollection.add",
    ],
  ])("refused: %s", async (_what, fn, location) => {
    const fake = new FakeExcel();
    const err = await excelError(layout(fake, fn));
    expect(err.code).toMatch(/InvalidArgument|InvalidOperation/);
    expect(err.debugInfo.errorLocation).toBe(location);
  });

  test("removePageBreaks clears the earlier breaks", async () => {
    const fake = new FakeExcel();
    await layout(fake, (ws) => ws.horizontalPageBreaks.add("A10"));
    await layout(fake, (ws) => {
      ws.horizontalPageBreaks.removePageBreaks();
      ws.horizontalPageBreaks.add("A20");
    });
    expect(fake.sheet("Sheet1").pageBreaks.rows).toEqual([20]);
  });
});

// ---------------------------------------------------------------------------------------
// Sheet names and defined names
// ---------------------------------------------------------------------------------------

describe("sheet names (support.microsoft.com: Rename a worksheet)", () => {
  const add = (fake: FakeExcel, name: string): Promise<unknown> =>
    batch(fake, (ctx) => {
      ctx.workbook.worksheets.add(name);
    });

  test.each(["", "   ", "x".repeat(32), "a[b", "a]b", "a:b", "a*b", "a?b", "a/b", "a\\b", "'lead", "trail'", "History", "HISTORY"])(
    "refused: %j",
    async (name) => {
      const fake = new FakeExcel();
      expect((await excelError(add(fake, name))).code).toBe("InvalidArgument");
      expect(fake.sheetNames()).toEqual(["Sheet1"]);
    },
  );

  test("accepted: 31 characters, inner apostrophes, CJK, numbered copies, words containing History", async () => {
    const fake = new FakeExcel();
    for (const name of ["x".repeat(31), "Sam's plan", "目标表 (2)", "Histories", "My History"]) await add(fake, name);
    expect(fake.sheetNames()).toHaveLength(6);
  });

  test("unique regardless of case, including non-ASCII letters", async () => {
    const fake = new FakeExcel(["Sheet1", "Ärger"]);
    expect((await excelError(add(fake, "SHEET1"))).code).toBe("ItemAlreadyExists");
    expect((await excelError(add(fake, "ärger"))).code).toBe("ItemAlreadyExists");
  });
});

describe("defined names (support.microsoft.com: Names in formulas, syntax rules)", () => {
  const add = (fake: FakeExcel, name: string): Promise<unknown> =>
    batch(fake, (ctx) => {
      ctx.workbook.names.add(name, "=Sheet1!$A$1", "");
    });

  test.each(["A1", "xfd1048576", "$B$2", "R1C1", "R", "c", "RC", "1abc", "a b", "a-b", "TRUE", "false", "x".repeat(256), ""])("refused: %j", async (name) => {
    expect((await excelError(add(new FakeExcel(), name))).code).toBe("InvalidArgument");
  });

  test("accepted: letters (any script), _ or \\ first; digits, dots, underscores after; beyond the grid", async () => {
    const fake = new FakeExcel();
    for (const name of ["SprintTarget", "_x", "\\x", "销售目标", "First.Quarter", "XFE1", "A1_", "x".repeat(255)]) await add(fake, name);
    expect(fake.model.names.size).toBe(8);
  });
});

// ---------------------------------------------------------------------------------------
// One name space: workbook-level vs sheet-level names (OfficeDev/office-js#2875)
// ---------------------------------------------------------------------------------------

describe("workbook-level and sheet-level names share one name space", () => {
  function inputsWorkbook(): FakeExcel {
    const fake = new FakeExcel(["Sheet1", "输入"]);
    fake.model.names.set("sprinttarget", { name: "SprintTarget", formula: "='输入'!$B$2", comment: "" });
    fake.model.names.set("other", { name: "Other", formula: "=Sheet1!$A$1", comment: "" });
    fake.sheet("输入").names.set("local", { name: "Local", formula: "='输入'!$C$3", comment: "" });
    return fake;
  }

  test("copying a sheet copies its sheet-level names, and workbook names referring to it become sheet-level on the copy", () => {
    const fake = inputsWorkbook();
    const copy = fake.copySheet("输入");
    expect(copy.name).toBe("输入 (2)");
    expect(fake.sheetNames()).toEqual(["Sheet1", "输入", "输入 (2)"]);
    expect([...copy.names.values()]).toEqual([
      { name: "Local", formula: "='输入 (2)'!$C$3", comment: "" },
      { name: "SprintTarget", formula: "='输入 (2)'!$B$2", comment: "" },
    ]);
    expect(fake.sheet("输入").names.get("local")?.formula).toBe("='输入'!$C$3");
    expect(fake.model.names.get("sprinttarget")?.formula).toBe("='输入'!$B$2");
    expect(fake.copySheet("输入").name).toBe("输入 (3)");
  });

  // #2875: "Copy Sheet1 -> Sheet1(2) is selected … Click "Run" again --> error: RichApi.Error:
  // A resource with the same name or identifier already exists."
  test("after a sheet copy, re-adding a workbook-level name held at sheet level throws ItemAlreadyExists", async () => {
    const fake = inputsWorkbook();
    fake.copySheet("输入");
    const err = await excelError(
      batch(fake, (ctx) => {
        ctx.workbook.names.getItem("SprintTarget").delete();
        ctx.workbook.names.add("sprintTARGET", "='输入'!$B$2", "");
      }),
    );
    expect(err.code).toBe("ItemAlreadyExists");
    expect(err.debugInfo.errorLocation).toBe("NamedItemCollection.add");
    // Batches are not transactions: the delete before it stays done.
    expect(fake.model.names.has("sprinttarget")).toBe(false);
    expect((await excelError(add(fake, "Local"))).code).toBe("ItemAlreadyExists");
  });

  test("a sheet-level name beside a workbook-level one is allowed (Excel makes it when copying)", async () => {
    const fake = inputsWorkbook();
    await batch(fake, (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").names.add("Other", "=Sheet1!$B$1", "");
    });
    expect(fake.sheet("Sheet1").names.get("other")?.formula).toBe("=Sheet1!$B$1");
  });

  function add(fake: FakeExcel, name: string): Promise<unknown> {
    return batch(fake, (ctx) => {
      ctx.workbook.names.add(name, "=Sheet1!$A$1", "");
    });
  }
});

// ---------------------------------------------------------------------------------------
// 5 MB on requests and responses, measured as Office.js serializes them
// ---------------------------------------------------------------------------------------

describe("payload limits on request and response (Excel on the web: 5 MB each)", () => {
  const utf8 = (s: string): number => new TextEncoder().encode(s).length;

  test("the request is measured as Office.js's JSON body: actions, arguments and object paths, in UTF-8", async () => {
    const fake = new FakeExcel();
    const data = [["张三".repeat(100), "=SUM(A1:A9)"]];
    await batch(fake, (ctx) => {
      range(ctx, "A1:B1").formulas = data;
      range(ctx, "A1:B1").numberFormat = [["@", "0.0%"]];
    });
    const ops = [
      { location: "Range.formulas", path: "ws[Sheet1].range[A1:B1]", args: data },
      { location: "Range.numberFormat", path: "ws[Sheet1].range[A1:B1]", args: [["@", "0.0%"]] },
    ];
    expect(fake.log[0].requestBytes).toBe(utf8(JSON.stringify(requestBody(ops))));
    // 200 CJK characters are 600 bytes; the body carries them once plus the envelope.
    expect(fake.log[0].requestBytes).toBeGreaterThan(600 + utf8(JSON.stringify(data)) - 200);
    expect(JSON.stringify(requestBody(ops))).toContain('"ActionType":1');
  });

  test("a response over the limit is refused (ResponsePayloadSizeLimitExceeded); the batch's writes stay", async () => {
    const fake = new FakeExcel(["Sheet1", "Log"]);
    fake.responseLimitBytes = 10_000;
    for (let r = 1; r <= 200; r++) fake.type("Log", `A${r}`, "x".repeat(60));
    const err = await excelError(
      fake.run(async (ctx) => {
        range(ctx, "Z1").formulas = [[1]];
        const used = ctx.workbook.worksheets.getItem("Log").getUsedRangeOrNullObject(true);
        used.load("formulas");
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(fake.log[0]).toMatchObject({ failed: true });
    expect(fake.log[0].responseBytes).toBeGreaterThan(12_000);
    expect(fake.valueAt("Sheet1", "Z1")).toBe(1);
  });

  test("100,000 filled cells of 60 characters: reading the used range exceeds 5 MB", async () => {
    const fake = new FakeExcel(["Sheet1", "Log"]);
    const sheet: SheetModel = fake.sheet("Log");
    for (let r = 1; r <= 10_000; r++) for (let c = 1; c <= 10; c++) sheet.cells.set(r * (16384 + 1) + c, { value: "y".repeat(60), formula: null, error: false, quotePrefix: false, numberFormat: "General", format: {} });
    const err = await excelError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Log").getUsedRangeOrNullObject(true).load("formulas,address");
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
    expect(fake.log[0].responseBytes).toBeGreaterThan(5_000_000);
    // Half of it fits: 50,000 cells, about 3.1 MB.
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Log").getRange("A1:J5000");
      r.load("formulas");
      await ctx.sync();
      expect(r.formulas).toHaveLength(5000);
    });
    expect(fake.log[1].responseBytes).toBeGreaterThan(3_000_000);
    expect(fake.log[1].responseBytes).toBeLessThan(5_000_000);
  });

  test("a used range stretched by one far cell is refused without building it", async () => {
    const fake = new FakeExcel();
    fake.type("Sheet1", "A1", 1);
    fake.type("Sheet1", "XFD1048576", 2);
    const err = await excelError(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(false).load("formulas");
        await ctx.sync();
      }),
    );
    expect(err.code).toBe("ResponsePayloadSizeLimitExceeded");
  });
});
