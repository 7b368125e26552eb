/**
 * `npm run plan -- [options]`: write the sprint workbook as .xlsx (see --help, ./args.ts).
 *
 * Exit codes: 0 written; 1 the output exists (without --force) or cannot be written;
 * 2 invalid options. Nothing is written unless every option is valid, and an existing
 * file is never replaced without --force (the no-force write uses an exclusive create).
 */
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve, basename } from "node:path";
import { format, type Locale } from "../i18n/locale";
import { CLI_STRINGS, type CliStrings, type WriteReason } from "../i18n/cli";
import { sheetStrings } from "../i18n/sheet";
import { activityShortText } from "../i18n/planWords";
import { calendarEffect } from "../domain/calendar";
import { showNumber } from "../domain/errors";
import { planSprint, type SprintPlan } from "../domain/sprint";
import { buildWorkbook, workbookLayout } from "../workbook";
import { SHEET_KEYS } from "../domain/vocabulary";
import { describeInputError, parseCli } from "./args";

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  now: Date;
  cwd: string;
  stdout(line: string): void;
  stderr(line: string): void;
}

export const EXIT = { ok: 0, io: 1, usage: 2 } as const;

/**
 * The help in `locale`. Its list of sheets follows the sheet keys (src/domain/vocabulary.ts
 * SHEET_KEYS, in tab order) with their names as the workbook layout gives them for the
 * command's default plan, so a new sheet appears in the help without anyone listing it.
 */
export function helpText(locale: Locale, now: Date): string {
  const t = CLI_STRINGS[locale];
  const parsed = parseCli(["--lang", locale], {}, now);
  const result = parsed.kind === "run" ? planSprint(parsed.options.inputs) : null;
  if (!result?.ok) throw new Error("the default options do not make a plan");
  const names = workbookLayout(result.plan).sheetNames;
  return format(t.help, { sheetCount: SHEET_KEYS.length, sheets: SHEET_KEYS.map((k) => names[k]).join(t.listSeparator) });
}

/** The system's error codes for a failed write → the reason in the user's words. */
const WRITE_REASONS: Readonly<Record<string, WriteReason>> = {
  ENOENT: "notFound",
  EACCES: "denied",
  EPERM: "denied",
  EISDIR: "isDirectory",
  ENOTDIR: "notDirectory",
  ENOSPC: "noSpace",
  EDQUOT: "noSpace",
  EROFS: "readOnly",
  EBUSY: "busy",
  ETXTBSY: "busy",
  ENAMETOOLONG: "nameTooLong",
};

/** "Cannot write <out>: <why>" in the user's language, for a system error (or a code this command found itself). */
function writeFailed(t: CliStrings, out: string, code: string): string {
  const reason = format(t.writeReasons[WRITE_REASONS[code] ?? "other"], { path: out, dir: dirname(out), code });
  return format(t.writeFailed, { path: out, reason });
}

/** What the official calendar did to the plan, and the days past its data (docs/domain.md §10). */
function calendarLines(plan: SprintPlan, locale: Locale): string[] {
  const source = plan.inputs.calendarSource;
  if (!source) return [];
  const t = CLI_STRINGS[locale];
  const sheet = sheetStrings(locale).sheetNames.inputs;
  const year = (iso: string): string => iso.slice(0, 4);
  const lines = [format(t.calendarCn, { first: year(source.coveredFrom), last: year(source.coveredThrough), sheet, ...calendarEffect(plan.days, plan.inputs.weekends) })];
  if (plan.uncovered) lines.push(format(t.calendarUncovered, { last: year(source.coveredThrough), from: plan.uncovered.from, to: plan.uncovered.to, sheet }));
  return lines;
}

/** Write `data` to `path`: exclusively (fails if it exists) or, with `force`, through a temp file and a rename. */
function writeOutput(path: string, data: Buffer, force: boolean): void {
  if (!force) {
    writeFileSync(path, data, { flag: "wx" });
    return;
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, data, { flag: "wx" });
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCli(argv, io.env, io.now);
  const t = CLI_STRINGS[parsed.locale];
  if (parsed.kind === "help") {
    io.stdout(helpText(parsed.locale, io.now));
    return EXIT.ok;
  }
  if (parsed.kind === "error") {
    parsed.messages.forEach((m) => io.stderr(m));
    io.stderr(t.seeHelp);
    return EXIT.usage;
  }
  const { inputs, out, force } = parsed.options;
  const result = planSprint(inputs);
  if (!result.ok) {
    result.errors.forEach((e) => io.stderr(describeInputError(e, parsed.locale)));
    io.stderr(t.seeHelp);
    return EXIT.usage;
  }
  const path = resolve(io.cwd, out);
  if (existsSync(path) && statSync(path).isDirectory()) {
    io.stderr(writeFailed(t, out, "EISDIR"));
    return EXIT.io;
  }
  if (!force && existsSync(path)) {
    io.stderr(format(t.fileExists, { path: out }));
    return EXIT.io;
  }
  const plan = result.plan;
  // Loaded when a file is written: --help and bad input answer without loading the .xlsx writer.
  const { writeXlsx } = await import("../xlsx/writer");
  const { buffer } = await writeXlsx(buildWorkbook(plan));
  try {
    writeOutput(path, buffer, force);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    io.stderr(err.code === "EEXIST" ? format(t.fileExists, { path: out }) : writeFailed(t, out, err.code ?? err.name));
    return EXIT.io;
  }
  io.stdout(
    format(t.written, {
      path: out,
      days: plan.inputs.days,
      workingDays: plan.workingDays,
      owners: plan.owners.length,
      target: showNumber(plan.inputs.target),
      leads: showNumber(plan.requiredLeads),
      deals: showNumber(plan.requiredDeals),
    }),
  );
  calendarLines(plan, parsed.locale).forEach((line) => io.stdout(line));
  const short = activityShortText(plan, parsed.locale);
  if (short !== null) io.stdout(`${short}${parsed.locale === "en" ? " " : ""}${t.activityHint}`);
  io.stdout(format(t.chartNote, { chart: sheetStrings(parsed.locale).sprint.chartName }));
  return EXIT.ok;
}

/** Runs the command with this process's arguments, environment and output streams, and sets its exit code. */
export function runCli(): Promise<void> {
  return main(process.argv.slice(2), {
    env: process.env,
    now: new Date(),
    // npm runs scripts in the package root; INIT_CWD is where the user typed the command.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    stdout: (line) => console.log(line),
    stderr: (line) => console.error(line),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exitCode = 1;
    },
  );
}

// Run directly (`tsx src/cli/plan.ts`); `npm run plan` runs the build of this file (scripts/plan.cjs).
if (require.main === module) void runCli();
