/**
 * Nothing GPL ends up in what we ship. Every package outside devDependencies (what the add-in
 * bundles and what the command line runs) must carry a permissive licence, or a choice of
 * licences one of which is permissive (jszip: "MIT OR GPL-3.0-or-later", used under MIT).
 * Development-only packages (the HyperFormula-based browser preview, test tools) are exempt;
 * docs/deploying.md says so.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";

const PERMISSIVE = new Set([
  "MIT",
  "MIT/X11",
  "ISC",
  "Apache-2.0",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "Unlicense",
  "BlueOak-1.0.0",
  "Zlib",
  "CC0-1.0",
  "CC-BY-4.0",
  "Python-2.0",
]);

/**
 * Packages whose published metadata has no licence field, with what their author declares.
 * buffers@0.1.1 (reached only through ExcelJS's .xlsx reader) is substack's, MIT/X11.
 */
const DECLARED: Record<string, string> = { "node_modules/buffers": "MIT/X11" };

interface LockEntry {
  license?: string;
  dev?: boolean;
}

/** True when the SPDX expression can be satisfied with permissive licences only. */
export function permissive(expression: string): boolean {
  const alternatives = expression.replace(/[()]/g, "").split(/\s+OR\s+/);
  return alternatives.some((alt) => alt.split(/\s+AND\s+/).every((id) => PERMISSIVE.has(id.trim())));
}

describe("licences of shipped packages", () => {
  it("recognises copyleft and permissive expressions", () => {
    expect(permissive("GPL-3.0-only")).toBe(false);
    expect(permissive("LGPL-2.1")).toBe(false);
    expect(permissive("MIT AND GPL-2.0")).toBe(false);
    expect(permissive("(MIT OR GPL-3.0-or-later)")).toBe(true);
    expect(permissive("(MIT AND Zlib)")).toBe(true);
  });

  it("every non-dev package in package-lock.json is permissively licensed", () => {
    const lock = JSON.parse(readFileSync(join(__dirname, "..", "..", "package-lock.json"), "utf8")) as {
      packages: Record<string, LockEntry>;
    };
    const shipped = Object.entries(lock.packages).filter(([path, entry]) => path !== "" && !entry.dev);
    expect(shipped.length).toBeGreaterThan(50); // react, react-dom, Fluent UI, ExcelJS and their dependencies
    const offending = shipped
      .map(([path, entry]) => ({ path, license: entry.license ?? DECLARED[path] ?? "(none)" }))
      .filter(({ license }) => !permissive(license));
    expect(offending).toEqual([]);
  });

  it("the GPL formula engine of the preview stays a development dependency", () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    expect(Object.keys(pkg.dependencies ?? {})).not.toContain("hyperformula");
  });
});
