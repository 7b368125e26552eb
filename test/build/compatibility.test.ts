/**
 * The compatibility table of docs/deploying.md ("Which Excel runs the add-in"), the manifest's requirement,
 * src/hosts/excel/support.ts and the pane's message for an old Excel say the same thing:
 * CustomFunctionsRuntime 1.1 means Excel on the web, Microsoft 365 for Windows from 1903 and for
 * Mac from 16.34, Office 2021 / 2024; not Excel 2016 / 2019 perpetual, not iPad.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FEATURE_SETS, MINIMUM } from "../../src/hosts/excel/support";
import { UI } from "../../src/i18n/ui";

const ROOT = join(__dirname, "..", "..");
const doc = readFileSync(join(ROOT, "docs", "deploying.md"), "utf8");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

/** The rows of the compatibility table in docs/deploying.md, by first cell. */
function compatibilityRows(): Map<string, string[]> {
  const section = /^## Which Excel runs the add-in[^\n]*\n([\s\S]*?)(?=^## )/m.exec(doc);
  if (!section) throw new Error('docs/deploying.md has no "## Which Excel runs the add-in" section');
  const rows = section[1].split("\n").filter((l) => l.startsWith("|") && !/^\|\s*-/.test(l));
  return new Map(rows.slice(1).map((l) => {
    const cells = l.split("|").slice(1, -1).map((c) => c.trim());
    return [cells[0], cells.slice(1)];
  }));
}

describe("which Excel runs the add-in", () => {
  const rows = compatibilityRows();
  const row = (name: RegExp): string[] => {
    const key = [...rows.keys()].find((k) => name.test(k));
    if (!key) throw new Error(`no row ${name} in the compatibility table of docs/deploying.md: ${[...rows.keys()].join(" / ")}`);
    return rows.get(key)!;
  };

  it("rests on the manifest's requirement, CustomFunctionsRuntime 1.1", () => {
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.1"\/>/);
    expect(doc).toMatch(/CustomFunctionsRuntime 1\.1/);
  });

  it("names every Excel the issue asks about, and says where the add-in loads", () => {
    expect(row(/^Excel on the web/)[0]).toMatch(/^yes/i);
    expect(row(/^Microsoft 365 for Windows/)[0]).toMatch(/^yes.*1903/i);
    expect(row(/^Excel for Mac/)[0]).toMatch(/^yes.*16\.34/i);
    expect(row(/^Office 2021 \/ 2024/)[0]).toMatch(/^yes/i);
    expect(row(/^Office 2016 \/ 2019/)[0]).toMatch(/^no/i);
    expect(row(/^Excel for iPad/)[0]).toMatch(/^no/i);
  });

  it("says what is left out where: cell notes need ExcelApi 1.18, which perpetual Office lacks", () => {
    expect(FEATURE_SETS.notes).toBe("1.18");
    expect(row(/^Office 2021 \/ 2024/).join(" ")).toMatch(/notes/i);
    expect(doc).toMatch(new RegExp(`${MINIMUM.set} ${MINIMUM.version.replace(".", "\\.")}`));
  });

  it.each(["zh-CN", "zh-TW", "en"] as const)("the pane's message for an old Excel (%s) matches the table", (locale) => {
    const text = UI[locale].errUnsupported;
    expect(text).not.toMatch(/2019 (or later|或更高|或更新)/);
    for (const version of ["1903", "16.34", "2021"]) expect(text).toContain(version);
    for (const notRunning of ["2016", "2019", "iPad"]) expect(text).toContain(notRunning);
  });

  it("support.ts does not claim that Excel 2019 runs the add-in", () => {
    const source = readFileSync(join(ROOT, "src", "hosts", "excel", "support.ts"), "utf8");
    expect(source).not.toMatch(/Excel 2019 and every current/);
    expect(source).toMatch(/CustomFunctionsRuntime 1\.1/);
    expect(source).toMatch(/never in\s+\*?\s*Excel 2016 \/ 2019 perpetual or Excel for iPad/);
  });
});
