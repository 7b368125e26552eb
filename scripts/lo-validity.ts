/**
 * Does LibreOffice accept what a person types into a cell? Opens a spreadsheet in headless
 * LibreOffice, types each text into its cell (in order, in the one document) and asks Calc's
 * own validity check: Tools ▸ Detective ▸ Mark Invalid Data (`XSheetAuditing.showInvalid`)
 * circles every cell whose content its data validation refuses, "stop" and "warning" alike.
 * A cell is valid when no circle sits on it.
 *
 *   npx tsx scripts/lo-validity.ts FILE SHEET!CELL=TEXT ...
 *
 * It runs a small LibreOffice Basic macro from a throw-away profile ("My Macros", which
 * LibreOffice trusts): `XCell.setFormula` takes the text the way the input line does (a date
 * typed as `2026-12-07` becomes a date, `=…` a formula), so the value is what typing gives.
 * Nothing is saved. Needs `soffice` (Debian: apt-get install libreoffice-calc-nogui).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { findSoffice, RECALC_ALWAYS, runMain, SOFFICE_MISSING } from "./lo-recalc";

export interface Typed {
  sheet: string;
  /** A1 address, e.g. "B8". */
  cell: string;
  /** What the person types. */
  text: string;
}

export interface Checked extends Typed {
  /** The cell's value after typing (0 for text). */
  value: number;
  /** "value", "text" or "formula": what LibreOffice made of the text. */
  kind: "empty" | "value" | "text" | "formula";
  /** No "invalid data" circle on the cell. */
  valid: boolean;
}

/** The macro: reads the job file (document, output file, then sheet TAB cell TAB text per line). */
const MACRO = `Sub Check(sJob As String)
  Dim sLine As String, sOut As String, sFile As String, parts, oDoc As Object, oSheet As Object, oCell As Object, oShape As Object
  Dim nIn As Integer, nOut As Integer, i As Long, nHit As Long, cx As Long, cy As Long
  nIn = FreeFile
  Open sJob For Input As #nIn
  Line Input #nIn, sFile
  Line Input #nIn, sOut
  nOut = FreeFile
  Open sOut For Output As #nOut
  On Error GoTo Failed
  Dim args(0) As New com.sun.star.beans.PropertyValue
  args(0).Name = "Hidden"
  args(0).Value = True
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sFile), "_blank", 0, args())
  Do While Not EOF(nIn)
    Line Input #nIn, sLine
    If sLine <> "" Then
      parts = Split(sLine, Chr(9))
      oSheet = oDoc.Sheets.getByName(parts(0))
      oCell = oSheet.getCellRangeByName(parts(1))
      oCell.setFormula(parts(2))
      oSheet.clearArrows()
      oSheet.showInvalid()
      nHit = 0
      For i = 0 To oSheet.DrawPage.Count - 1
        oShape = oSheet.DrawPage.getByIndex(i)
        cx = oShape.Position.X + oShape.Size.Width / 2
        cy = oShape.Position.Y + oShape.Size.Height / 2
        If cx >= oCell.Position.X And cx <= oCell.Position.X + oCell.Size.Width And cy >= oCell.Position.Y And cy <= oCell.Position.Y + oCell.Size.Height Then nHit = nHit + 1
      Next i
      Print #nOut, "OK" & Chr(9) & oCell.getValue() & Chr(9) & oCell.getType() & Chr(9) & nHit
    End If
  Loop
  oDoc.close(True)
  Close #nIn
  Close #nOut
  Exit Sub
Failed:
  Print #nOut, "ERROR" & Chr(9) & Error$ & " (line " & Erl & ")"
  Close #nIn
  Close #nOut
  If Not IsNull(oDoc) Then oDoc.close(True)
End Sub
`;

const xmlText = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const KINDS: Checked["kind"][] = ["empty", "value", "text", "formula"];

/** Types `typed` into `file` (in order) and reports, for each, LibreOffice's value and verdict. */
export async function typeAndCheck(file: string, typed: readonly Typed[], timeoutMs = 180_000): Promise<Checked[]> {
  const soffice = findSoffice();
  if (!soffice) throw new Error(SOFFICE_MISSING);
  for (const t of typed) if (/[\t\r\n]/.test(t.sheet + t.cell + t.text)) throw new Error(`tab or line break in ${JSON.stringify(t)}`);
  const dir = mkdtempSync(join(tmpdir(), "lo-validity-"));
  try {
    // A profile with the user's Basic library ("My Macros") holding the macro, marked as set up
    // (ooSetupInstCompleted): otherwise the first start copies LibreOffice's presets over it.
    const user = join(dir, "profile", "user");
    const basic = join(user, "basic");
    mkdirSync(join(basic, "Standard"), { recursive: true });
    writeFileSync(
      join(user, "registrymodifications.xcu"),
      RECALC_ALWAYS.replace(
        "</oor:items>",
        `<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>\n</oor:items>`,
      ),
    );
    const lib = (kind: "library" | "libraries", body: string): string =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE library:${kind} PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "${kind}.dtd">\n${body}\n`;
    writeFileSync(join(basic, "script.xlc"), lib("libraries", `<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink"><library:library library:name="Standard" library:link="false"/></library:libraries>`));
    writeFileSync(join(basic, "dialog.xlc"), lib("libraries", `<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink"><library:library library:name="Standard" library:link="false"/></library:libraries>`));
    writeFileSync(join(basic, "Standard", "dialog.xlb"), lib("library", `<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false"/>`));
    writeFileSync(join(basic, "Standard", "script.xlb"), lib("library", `<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false"><library:element library:name="Validity"/></library:library>`));
    writeFileSync(
      join(basic, "Standard", "Validity.xba"),
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Validity" script:language="StarBasic">${xmlText(MACRO)}</script:module>\n`,
    );
    const job = join(dir, "job.txt");
    const out = join(dir, "out.txt");
    writeFileSync(job, [resolve(file), out, ...typed.map((t) => `${t.sheet}\t${t.cell}\t${t.text}`)].join("\n") + "\n");
    const args = [
      `-env:UserInstallation=${pathToFileURL(join(dir, "profile")).href}`,
      "--headless",
      "--invisible",
      "--norestore",
      "--nologo",
      "--nolockcheck",
      `macro:///Standard.Validity.Check("${job}")`,
    ];
    const log = await new Promise<string>((ok, fail) => {
      execFile(soffice, args, { timeout: timeoutMs, env: { ...process.env, HOME: join(dir, "profile") } }, (err, stdout, stderr) => {
        if (err) fail(new Error(`soffice failed: ${err.message}\n${stdout}\n${stderr}`));
        else ok(`${stdout}\n${stderr}`);
      });
    });
    const lines = existsSync(out) ? readFileSync(out, "utf8").split(/\r?\n/).filter((l) => l !== "") : [];
    const failed = lines.find((l) => l.startsWith("ERROR"));
    if (failed || lines.length !== typed.length) throw new Error(`the LibreOffice macro did not finish: ${failed ?? `${lines.length} of ${typed.length} answers`}\n${log}`);
    return lines.map((l, i) => {
      const [, value, type, hits] = l.split("\t");
      return { ...typed[i], value: Number(value), kind: KINDS[Number(type)] ?? "empty", valid: Number(hits) === 0 };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  const [file, ...cells] = argv;
  const typed = cells.map((c) => {
    const m = /^(.+)!([A-Z]+\d+)=(.*)$/.exec(c);
    if (!m) throw new Error(`not SHEET!CELL=TEXT: ${c}`);
    return { sheet: m[1], cell: m[2], text: m[3] };
  });
  if (!file || typed.length === 0) {
    console.error("usage: npx tsx scripts/lo-validity.ts FILE SHEET!CELL=TEXT ...");
    return 2;
  }
  for (const r of await typeAndCheck(file, typed)) console.log(`${r.sheet}!${r.cell} ${JSON.stringify(r.text)} → ${r.kind} ${r.value}: ${r.valid ? "valid" : "INVALID"}`);
  return 0;
}

if (require.main === module) runMain(main);
