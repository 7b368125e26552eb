/**
 * The writer's package (src/xlsx/package.ts, src/xlsx/sheetData.ts): ExcelJS rendered into it
 * writes the same parts, byte for byte, as ExcelJS's own `writeBuffer`, and the zip it makes is
 * one that other readers open with every checksum right.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { crc32, Package, renderExcelJs, zipPackage } from "../../src/xlsx/package";
import { sheetDataXml } from "../../src/xlsx/sheetData";

/** A workbook with every kind of cell the writer writes, and some it leaves to ExcelJS. */
function workbook(extra?: (ws: ExcelJS.Worksheet) => void): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.created = wb.modified = new Date(Date.UTC(2025, 2, 3));
  const ws = wb.addWorksheet("计划 & 'plan' 1");
  ws.getColumn(2).numFmt = "0.0%";
  ws.getCell("A1").value = "销售 <冲刺> & \"目标\" 'x'\u0001\u0008\t\n\r\u000b\u007f";
  ws.getCell("A1").style = { font: { bold: true, name: "Microsoft YaHei" } };
  ws.getCell("B1").value = 0.125;
  ws.getCell("C1").value = -1e-7;
  ws.getCell("D1").value = true;
  ws.getCell("E1").value = "=1+1";
  ws.getCell("A2").value = { formula: "SUM(B1:C1)", result: 0.1249999, date1904: false };
  ws.getCell("B2").value = { formula: 'IF(A1="","<空>","&")', result: "<空>", date1904: false };
  ws.getCell("C2").value = { formula: "B1>0", result: true, date1904: false };
  ws.getCell("D2").value = { formula: "1/0", result: { error: "#DIV/0!" }, date1904: false };
  ws.getCell("E2").value = { formula: "NA()", result: undefined, date1904: false };
  ws.getCell("F2").style = { fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC000" } } };
  ws.getRow(3).height = 30;
  ws.getCell("A3").value = "merged";
  ws.mergeCells("A3:C3");
  ws.getRow(4).hidden = true;
  ws.getCell("B4").value = 4;
  ws.getCell("A5").note = "a note";
  ws.getCell("A5").value = 5;
  extra?.(ws);
  wb.addWorksheet("empty");
  return wb;
}

async function parts(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).sort()) {
    // The core properties carry the moment of writing.
    if (!zip.files[name].dir && name !== "docProps/core.xml") out.set(name, await zip.files[name].async("string"));
  }
  return out;
}

describe("the writer's package", () => {
  test("ExcelJS rendered into the package writes the parts its own writeBuffer writes", async () => {
    const pkg = new Package();
    await renderExcelJs(workbook(), pkg);
    const ours = await parts(await JSZip.loadAsync(await zipPackage(pkg), { checkCRC32: true }));
    const theirs = await parts(await JSZip.loadAsync((await workbook().xlsx.writeBuffer()) as ArrayBuffer));
    expect([...ours.keys()]).toEqual([...theirs.keys()]);
    for (const [name, xml] of theirs) expect([name, ours.get(name)]).toEqual([name, xml]);
    // The cells went through sheetData.ts, not ExcelJS's row renderer.
    expect(ours.get("xl/worksheets/sheet1.xml")).toContain('<c r="B2" s="');
  });

  test("a row with a kind of cell sheetData.ts does not write is left to ExcelJS, and still the same", async () => {
    const rich = (ws: ExcelJS.Worksheet): void => {
      ws.getCell("A7").value = { richText: [{ text: "rich", font: { bold: true } }] };
      ws.getCell("B7").value = new Date(Date.UTC(2025, 2, 3));
      ws.getCell("C7").value = { text: "link", hyperlink: "https://example.com" };
    };
    const pkg = new Package();
    await renderExcelJs(workbook(rich), pkg);
    const ours = await parts(await JSZip.loadAsync(await zipPackage(pkg), { checkCRC32: true }));
    const theirs = await parts(await JSZip.loadAsync((await workbook(rich).xlsx.writeBuffer()) as ArrayBuffer));
    for (const [name, xml] of theirs) expect([name, ours.get(name)]).toEqual([name, xml]);
  });

  test("sheetDataXml declines what it does not write", () => {
    expect(sheetDataXml([{ number: 1, cells: [{ type: ExcelJS.ValueType.Date, address: "A1", value: new Date() }] }])).toBeNull();
    expect(sheetDataXml([{ number: 1, cells: [{ type: ExcelJS.ValueType.Formula, address: "A1", sharedFormula: "A0" }] }])).toBeNull();
    expect(sheetDataXml([])).toBe("<sheetData/>");
    expect(sheetDataXml([{ number: 2, cells: [{ type: ExcelJS.ValueType.Null, address: "A2" }] }])).toBe('<sheetData><row r="2" x14ac:dyDescent="0.25"/></sheetData>');
  });

  test("the zip: stored names in order, deflated parts, the right CRC-32", async () => {
    expect(crc32(new TextEncoder().encode("The quick brown fox jumps over the lazy dog"))).toBe(0x414fa339);
    const pkg = new Package();
    pkg.set("[Content_Types].xml", "<Types/>");
    pkg.set("xl/a.xml", "<a>" + "销售冲刺".repeat(5000) + "</a>");
    pkg.set("xl/b.bin", new Uint8Array([0, 1, 2, 255]));
    const bytes = await zipPackage(pkg);
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["[Content_Types].xml", "xl/a.xml", "xl/b.bin"]);
    expect(await zip.file("xl/a.xml")!.async("string")).toBe("<a>" + "销售冲刺".repeat(5000) + "</a>");
    expect([...(await zip.file("xl/b.bin")!.async("uint8array"))]).toEqual([0, 1, 2, 255]);
    expect(bytes.length).toBeLessThan(2000); // compressed: the text part alone is 60 KB
  });
});
