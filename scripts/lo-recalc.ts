/**
 * Drive headless LibreOffice: open spreadsheets, recalculate every formula on load, and
 * convert them (to .xlsx with cached values, or to .pdf for pictures of the sheets).
 *
 *   npx tsx scripts/lo-recalc.ts [--to xlsx|pdf] [--outdir DIR] FILE...
 *
 * Each run uses a fresh, throw-away LibreOffice profile whose configuration says "always
 * recalculate on load" (Calc → Formula → Load: OOXMLRecalcMode/ODFRecalcMode = 0), so the
 * values come from LibreOffice's engine, never from values cached in the file. All files go
 * through one LibreOffice start. Needs `soffice` (Debian: apt-get install libreoffice-calc-nogui).
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, extname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const SOFFICE_MISSING =
  "LibreOffice (soffice) was not found on PATH. Install it to run this check, e.g. on Debian/Ubuntu: " +
  "sudo apt-get install --no-install-recommends libreoffice-calc-nogui fonts-noto-cjk";

export const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The soffice executable on PATH, or null. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    for (const exe of ["soffice", "libreoffice"]) {
      const p = join(dir, exe);
      if (dir && existsSync(p)) return p;
    }
  }
  return null;
}

export interface ConvertOptions {
  /** "xlsx" (recalculated values cached in the file) or "pdf". */
  to?: "xlsx" | "pdf";
  outDir: string;
  timeoutMs?: number;
}

/** Convert `files` in one LibreOffice run; returns the output paths (same order). Throws with LibreOffice's output on failure. */
export async function convertWithLibreOffice(files: readonly string[], opts: ConvertOptions): Promise<string[]> {
  const soffice = findSoffice();
  if (!soffice) throw new Error(SOFFICE_MISSING);
  const to = opts.to ?? "xlsx";
  const filter = to === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf:calc_pdf_Export";
  mkdirSync(opts.outDir, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  try {
    mkdirSync(join(profile, "user"), { recursive: true });
    writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_ALWAYS);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--invisible",
      "--norestore",
      "--nologo",
      "--nodefault",
      "--nolockcheck",
      "--convert-to",
      filter,
      "--outdir",
      resolve(opts.outDir),
      ...files.map((f) => resolve(f)),
    ];
    const out = await new Promise<string>((ok, fail) => {
      execFile(soffice, args, { timeout: opts.timeoutMs ?? 180_000, env: { ...process.env, HOME: profile } }, (err, stdout, stderr) => {
        if (err) fail(new Error(`soffice failed: ${err.message}\n${stdout}\n${stderr}`));
        else ok(`${stdout}\n${stderr}`);
      });
    });
    const outputs = files.map((f) => join(resolve(opts.outDir), basename(f, extname(f)) + "." + to));
    const missing = outputs.filter((p) => !existsSync(p));
    if (missing.length > 0) throw new Error(`LibreOffice did not write ${missing.join(", ")}:\n${out}`);
    return outputs;
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(argv: string[]): Promise<number> {
  let to: "xlsx" | "pdf" = "xlsx";
  let outDir = "out";
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--to") to = argv[++i] === "pdf" ? "pdf" : "xlsx";
    else if (argv[i] === "--outdir") outDir = argv[++i];
    else files.push(argv[i]);
  }
  if (files.length === 0) {
    console.error("usage: npx tsx scripts/lo-recalc.ts [--to xlsx|pdf] [--outdir DIR] FILE...");
    return 2;
  }
  const outputs = await convertWithLibreOffice(files, { to, outDir });
  for (const o of outputs) console.log(o);
  return 0;
}

/** Runs a script's `main` with the command line, exiting with its code (1 and the message on an error). */
export function runMain(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exit(1);
    },
  );
}

if (require.main === module) runMain(main);
