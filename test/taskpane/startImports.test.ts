/**
 * What the task pane's start loads: the modules reached from its entry (src/taskpane/index.tsx)
 * through static imports, the way webpack puts them in the start bundle (`import type` is
 * erased, `import()` starts a chunk loaded on demand). The workbook's words in three languages
 * (src/i18n/sheet.ts, src/i18n/runSheets.ts) and the command line's input messages
 * (src/i18n/inputs.ts, which names inputs by the sheet's labels) stay out of it: the first screen
 * reads the few words it shows from src/i18n/planWords.ts (bench/bundle.bench.ts measures the
 * bytes, docs/figures.md).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(__dirname, "../..");

/** Relative module specifiers a file imports at run time, static imports only. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TSX);
  const out: string[] = [];
  for (const node of source.statements) {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      if (clause?.isTypeOnly) continue;
      const bindings = clause?.namedBindings;
      const onlyTypes =
        clause !== undefined && clause.name === undefined && bindings !== undefined && ts.isNamedImports(bindings) && bindings.elements.length > 0 && bindings.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) out.push((node.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && !node.isTypeOnly) {
      out.push((node.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out.filter((s) => s.startsWith("."));
}

function resolveModule(from: string, spec: string): string {
  const base = resolve(dirname(from), spec);
  const found = [".ts", ".tsx", "/index.ts", "/index.tsx"].map((ext) => base + ext).find(existsSync);
  if (!found) throw new Error(`${relative(ROOT, from)}: cannot resolve ${spec}`);
  return found;
}

/** Every source file reached from `entry` through static imports, relative to the repository. */
function startModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string): void => {
    const rel = relative(ROOT, file);
    if (seen.has(rel)) return;
    seen.add(rel);
    for (const spec of staticImports(file)) walk(resolveModule(file, spec));
  };
  walk(join(ROOT, entry));
  return seen;
}

describe("the task pane's start", () => {
  const start = startModules("src/taskpane/index.tsx");

  test("the walk follows static imports and stops at import() and import type", () => {
    // Reached: the generator, its summary and the words it shows.
    expect(start).toContain("src/taskpane/generator/Summary.tsx");
    expect(start).toContain("src/i18n/planWords.ts");
    expect(start).toContain("src/i18n/ui.ts");
    // Loaded on demand (import()): the writer's actions, the log tab, the reference card.
    expect(start).not.toContain("src/taskpane/generator/actions.ts");
    expect(start).not.toContain("src/taskpane/log/LogTab.tsx");
    expect(start).not.toContain("src/taskpane/reference/ReferenceCard.tsx");
    // The command line reaches the workbook's words statically.
    expect(startModules("src/cli/plan.ts")).toContain("src/i18n/sheet.ts");
  });

  test("does not carry the workbook's words in three languages", () => {
    expect([...start].filter((f) => ["src/i18n/sheet.ts", "src/i18n/runSheets.ts", "src/i18n/inputs.ts"].includes(f))).toEqual([]);
  });
});
