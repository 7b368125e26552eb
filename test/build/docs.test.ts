/**
 * The docs stay true to the repository:
 * - every repository path a code comment cites (`src/…`, `test/…`, `docs/…`, `bench/…`,
 *   `scripts/…`, and `./x.ts` / `../x.ts` relative to the file) exists; a path with a
 *   segment `x` or `path` (`src/domain/x.ts`, `./path/entry.tsx`) or a wildcard is an example;
 * - a section a comment cites by number (`docs/domain.md §5`) or by name
 *   (`docs/using.md "Running the sprint day by day"`) is a heading of that file;
 * - no comment cites what is not in the repository (the design notes and seed articles the
 *   project started from, the shared folder beside it, issue numbers);
 * - every relative link of README.md and docs/*.md points at a file (and its #anchor at a
 *   heading), every repository path in their `code spans` exists, and README.md links every doc;
 * - README.md stays a front door: at most 8 KB, its CI line and Debian packages match `.ci/run`.
 *
 * Each check collects every problem before it fails, so one run lists all of them (a file
 * renamed elsewhere shows up as one line per stale citation). The first block runs the checkers
 * on small made-up inputs, so a checker that finds nothing cannot pass for one that works.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = join(__dirname, "..", "..");
/** Folders whose code comments are checked. */
const CODE_DIRS = ["src", "test", "bench", "scripts"];
/** Code files at the root whose comments are checked too. */
const ROOT_CODE = ["eslint.config.mjs", "webpack.config.js", "webpack.preview.config.js", "jest.config.js", "jest.e2e.config.js"];
const CODE_EXT = /\.(ts|tsx|js|mjs|cjs|html)$/;
/** Top-level folders a citation may start with. */
const ROOTS = "src|test|docs|bench|scripts|schemas|assets|\\.ci";
const README_LIMIT = 8192;

export interface Comment {
  /** 1-based line of the comment's first character. */
  line: number;
  /** The comment's text, `//`, `/*`, `*` and `<!--` markers removed, lines joined by spaces. */
  text: string;
}

/** Every comment of a TypeScript, JavaScript or HTML file, found by the TypeScript parser (not a regex over code). */
export function commentsOf(fileName: string, source: string): Comment[] {
  if (fileName.endsWith(".html")) {
    return [...source.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => ({
      line: lineAt(source, m.index ?? 0),
      text: clean(m[1]),
    }));
  }
  const kind = fileName.endsWith(".tsx") ? ts.ScriptKind.TSX : /\.(m|c)?js$/.test(fileName) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, kind);
  const seen = new Map<number, Comment>();
  const add = (ranges: ts.CommentRange[] | undefined): void => {
    for (const r of ranges ?? []) {
      if (!seen.has(r.pos)) seen.set(r.pos, { line: lineAt(source, r.pos), text: clean(source.slice(r.pos, r.end)) });
    }
  };
  // Every token's leading and trailing trivia: getChildren() yields the tokens too, so no comment
  // between two tokens is missed, whatever node it sits in.
  const visit = (node: ts.Node): void => {
    add(ts.getLeadingCommentRanges(source, node.getFullStart()));
    add(ts.getTrailingCommentRanges(source, node.getEnd()));
    for (const child of node.getChildren(sf)) visit(child);
  };
  visit(sf);
  return [...seen.values()].sort((a, b) => a.line - b.line);
}

function lineAt(source: string, pos: number): number {
  return source.slice(0, pos).split("\n").length;
}

function clean(raw: string): string {
  return raw
    .replace(/^\/\/+|^\/\*+|\*+\/$/g, "")
    .split("\n")
    .map((l) => l.replace(/^\s*(\/\/+|\*+(?!\/))?\s?/, "").trim())
    .join(" ")
    .trim();
}

/**
 * Repository paths a comment cites, as written: rooted (`src/x.ts`) or relative
 * (`./x.ts`). Examples are left out: a segment `x` or `path`, or a wildcard or placeholder
 * right after the path (`assets/icon-*.png`, `test/<folder>/`).
 */
export function pathsCited(text: string): string[] {
  const rooted = new RegExp(`(?<![\\w./@$\\\\-])(?:${ROOTS})(?:/[\\w.\\-]+)*/?(?![\\w.\\-*<{…/])`, "g");
  const rel = /(?<![\w./@$\\-])\.\.?(?:\/[\w.-]+)+\/?(?![\w.\-*<{…/])/g;
  return [...text.matchAll(rooted), ...text.matchAll(rel)]
    .map((m) => m[0].replace(/\.+$/, ""))
    .filter((p) => p.includes("/") && !p.split("/").some((seg) => /^(x|path)(\.\w+)?$/.test(seg)));
}

/**
 * Where a cited path points, or null when nothing is there. A relative citation is resolved from
 * the citing file's folder; like an import it may leave out `.ts` / `.tsx` / `/index.ts`.
 */
export function resolveCitation(path: string, fromFile: string, root = ROOT): string | null {
  const base = /^\.\.?\//.test(path) ? resolve(dirname(join(root, fromFile)), path) : join(root, path);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")]) {
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

export interface SectionCitation {
  file: string;
  /** `§5`, `§5.2` as "5", "5.2"; or a section's name. */
  sections: string[];
  byNumber: boolean;
}

/** Sections a comment cites: `docs/domain.md §2, §4`, `docs/using.md "Record a day"`, `README "Set up and run"`. */
export function sectionsCited(text: string): SectionCitation[] {
  const out: SectionCitation[] = [];
  const re = /(?<![\w./-])(README(?:\.md)?|docs\/[\w.-]+\.md),?\s*(?:"([^"]+)"|((?:\s*(?:,|and)?\s*§\s?\d+(?:\.\d+)*)+))/g;
  for (const m of text.matchAll(re)) {
    const file = m[1].startsWith("README") ? "README.md" : m[1];
    if (m[2] !== undefined) out.push({ file, sections: [m[2]], byNumber: false });
    else out.push({ file, sections: [...m[3].matchAll(/§\s?(\d+(?:\.\d+)*)/g)].map((x) => x[1]), byNumber: true });
  }
  return out;
}

/** The headings of a Markdown file (text after the #s), code fences skipped. */
export function headingsOf(markdown: string): string[] {
  return stripFences(markdown)
    .split("\n")
    .map((l) => /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(l)?.[1])
    .filter((h): h is string => h !== undefined);
}

/** Whether `section` names a heading: by number (`5` → "5. …", "5.2" → "5.2 …") or by words the heading contains. */
export function hasSection(headings: readonly string[], section: string, byNumber: boolean): boolean {
  if (byNumber) return headings.some((h) => new RegExp(`^§?${section.replace(/\./g, "\\.")}(\\.|\\s)`).test(h));
  const want = normalize(section);
  return headings.some((h) => normalize(h).includes(want));
}

const normalize = (s: string): string => s.replace(/[`*_]/g, "").replace(/\s+/g, " ").trim().toLowerCase();

/** Citations nobody can follow from the repository: returns what each offending comment says. */
export function foreignCitations(text: string): string[] {
  const patterns = [
    /\bDOMAIN\.md\b/, // the design notes outside the repository; docs/domain.md holds the rules
    /\b(?:ARCHITECTURE|EXAMPLES)\.md\b/,
    /\bseeds?'? (?:0\d\d|§)/i, // the seed articles outside the repository, by number
    /\.\.\/shared\b/,
    /\b[Ii]ssue \d+/,
  ];
  return patterns.flatMap((p) => {
    const m = p.exec(text);
    return m ? [m[0]] : [];
  });
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
export function slug(heading: string): string {
  return heading
    .replace(/`/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

function anchorsOf(markdown: string): Set<string> {
  const counts = new Map<string, number>();
  const anchors = new Set<string>();
  for (const h of headingsOf(markdown)) {
    const base = slug(h.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1"));
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

function stripFences(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
}

/** Relative link targets of a Markdown text (`[t](x)`, `![a](x)`), web and mail links left out. */
export function linksOf(markdown: string): string[] {
  return [...stripFences(markdown).matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((m) => m[1])
    .filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

/** Problems of one Markdown file's links and code-span paths (file names relative to `root`). */
export function markdownProblems(file: string, markdown: string, root = ROOT): string[] {
  const problems: string[] = [];
  for (const target of linksOf(markdown)) {
    const [path, anchor] = target.split("#", 2);
    const abs = path === "" ? join(root, file) : resolve(dirname(join(root, file)), decodeURIComponent(path));
    if (path !== "" && !existsSync(abs)) {
      problems.push(`${file}: link to ${target}: no such file`);
      continue;
    }
    const targetText = path === "" ? markdown : abs.endsWith(".md") ? readFileSync(abs, "utf8") : null;
    if (anchor && targetText !== null && !anchorsOf(targetText).has(anchor)) {
      problems.push(`${file}: link to ${target}: no heading with that anchor in ${relative(root, abs)}`);
    }
  }
  const pathLike = new RegExp(`^(?:${ROOTS})(?:/[\\w.\\-]+)*/?$`);
  for (const m of stripFences(markdown).matchAll(/`([^`\n]+)`/g)) {
    const span = m[1].trim();
    if (pathLike.test(span) && !existsSync(join(root, span))) problems.push(`${file}: \`${span}\`: no such file or folder`);
  }
  return problems;
}

function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (name === "node_modules" || name.startsWith(".")) return [];
    return statSync(full).isDirectory() ? walk(full) : CODE_EXT.test(name) ? [full] : [];
  });
}

/** The repository's code files whose comments are checked, relative to the root. */
function codeFiles(): string[] {
  return [...CODE_DIRS.flatMap((d) => walk(join(ROOT, d))), ...ROOT_CODE.map((f) => join(ROOT, f)).filter(existsSync)]
    .map((f) => relative(ROOT, f).split("\\").join("/"))
    .sort();
}

const docs = (): string[] => readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`).sort();
const read = (file: string): string => readFileSync(join(ROOT, file), "utf8");

describe("the checkers find what they look for", () => {
  const code = [
    "/**",
    " * Splitting a target, docs/domain.md §2 and §99; see src/nowhere/gone.ts and ./missing.ts.",
    " * Old habits: DOMAIN.md §4, seed 000 §1.2, issue 9.",
    " */",
    'const s = "src/not/a/comment.ts"; // trailing: test/build/docs.test.ts',
    "<div>{/* in JSX: bench/none.bench.ts */}</div>;",
  ].join("\n");
  const comments = commentsOf("example.tsx", code);

  it("reads block, trailing and JSX comments, and not strings", () => {
    const all = comments.map((c) => c.text).join(" | ");
    expect(all).toContain("docs/domain.md §2 and §99");
    expect(all).toContain("trailing: test/build/docs.test.ts");
    expect(all).toContain("in JSX: bench/none.bench.ts");
    expect(all).not.toContain("src/not/a/comment.ts");
  });

  it("finds cited paths and tells existing from missing", () => {
    const cited = comments.flatMap((c) => pathsCited(c.text));
    expect(cited).toEqual(expect.arrayContaining(["src/nowhere/gone.ts", "./missing.ts", "test/build/docs.test.ts", "bench/none.bench.ts"]));
    expect(resolveCitation("src/nowhere/gone.ts", "src/x.ts")).toBeNull();
    expect(resolveCitation("./missing.ts", "test/build/docs.test.ts")).toBeNull();
    expect(resolveCitation("test/build/docs.test.ts", "src/x.ts")).not.toBeNull();
    expect(resolveCitation("./docs.test", "test/build/x.ts")).not.toBeNull(); // like an import
    expect(resolveCitation("src/workbook/", "src/x.ts")).not.toBeNull();
  });

  it("finds section citations by number and by name, and checks them against headings", () => {
    expect(sectionsCited(comments[0].text)).toEqual([{ file: "docs/domain.md", sections: ["2", "99"], byNumber: true }]);
    expect(sectionsCited('see docs/using.md "Record a day / Import reports" and README, "Figures"')).toEqual([
      { file: "docs/using.md", sections: ["Record a day / Import reports"], byNumber: false },
      { file: "README.md", sections: ["Figures"], byNumber: false },
    ]);
    const headings = headingsOf("# Title\n## 2. Splitting a target\n### 2.1 Two tiers\n```\n## 99. in a fence\n```\n## `Record a day` / Import reports\n");
    expect(hasSection(headings, "2", true)).toBe(true);
    expect(hasSection(headings, "2.1", true)).toBe(true);
    expect(hasSection(headings, "99", true)).toBe(false);
    expect(hasSection(headings, "record a day / import", false)).toBe(true);
    expect(hasSection(headings, "Figures", false)).toBe(false);
  });

  it("flags citations of what is not in the repository", () => {
    expect(foreignCitations(comments[0].text)).toEqual(["DOMAIN.md", "seed 000", "issue 9"]);
    expect(foreignCitations("the seeds' worked case, docs/domain.md §5; OfficeDev/office-js#2875")).toEqual([]);
  });

  it("checks Markdown links, their anchors and code-span paths", () => {
    const md = [
      "[ok](docs/screenshots/preview-funnel.png) [gone](docs/nothing.md) ![pic](docs/screenshots/none.png)",
      "[web](https://example.com) [anchor](#title) [bad anchor](#nope) `src/workbook/a1.ts` `src/gone.ts`",
      "```sh\n[not a link](nowhere.md) `src/in-a-fence.ts`\n```",
      "# Title",
    ].join("\n");
    const problems = markdownProblems("README.md", md);
    expect(problems).toEqual([
      "README.md: link to docs/nothing.md: no such file",
      "README.md: link to docs/screenshots/none.png: no such file",
      "README.md: link to #nope: no heading with that anchor in README.md",
      "README.md: `src/gone.ts`: no such file or folder",
    ]);
    expect(slug("Running the sprint day by day · 每日执行：日报、看板")).toBe("running-the-sprint-day-by-day--每日执行日报看板");
  });
});

describe("code comments cite only what the repository holds", () => {
  const files = codeFiles();
  const comments = files.map((file) => ({ file, comments: commentsOf(file, read(file)) }));

  it("reads the repository's code", () => {
    expect(files).toEqual(expect.arrayContaining(["src/domain/sprint.ts", "test/build/docs.test.ts", "eslint.config.mjs"]));
  });

  it("every path a comment cites exists", () => {
    const missing = comments.flatMap(({ file, comments }) =>
      comments.flatMap((c) => pathsCited(c.text).filter((p) => resolveCitation(p, file) === null).map((p) => `${file}:${c.line}: ${p}`)),
    );
    expect(missing).toEqual([]);
  });

  it("every section a comment cites is a heading of the cited file", () => {
    const missing = comments.flatMap(({ file, comments }) =>
      comments.flatMap((c) =>
        sectionsCited(c.text).flatMap((cite) => {
          if (!existsSync(join(ROOT, cite.file))) return [`${file}:${c.line}: ${cite.file} (no such file)`];
          const headings = headingsOf(read(cite.file));
          return cite.sections
            .filter((s) => !hasSection(headings, s, cite.byNumber))
            .map((s) => `${file}:${c.line}: ${cite.file} ${cite.byNumber ? `§${s}` : `"${s}"`}`);
        }),
      ),
    );
    expect(missing).toEqual([]);
  });

  it("no comment cites the design notes, the seed articles, ../shared or an issue number", () => {
    const foreign = comments.flatMap(({ file, comments }) =>
      comments.flatMap((c) => foreignCitations(c.text).map((what) => `${file}:${c.line}: ${what}`)),
    );
    expect(foreign).toEqual([]);
  });
});

describe("README.md and docs/", () => {
  const readme = read("README.md");

  it(`README.md is a front door of at most ${README_LIMIT} bytes`, () => {
    expect(Buffer.byteLength(readme, "utf8")).toBeLessThanOrEqual(README_LIMIT);
  });

  it("every relative link points at a file and every code-span path exists", () => {
    const problems = ["README.md", ...docs()].flatMap((f) => markdownProblems(f, read(f)));
    expect(problems).toEqual([]);
  });

  it("README.md links every document in docs/", () => {
    const linked = new Set(linksOf(readme).map((t) => t.split("#")[0]));
    expect(docs().filter((d) => !linked.has(d))).toEqual([]);
  });

  it("README.md's CI line names every npm command .ci/run runs, and its apt line every package", () => {
    const ci = read(".ci/run");
    const commands = [...ci.matchAll(/^npm [^\n#]+?\s*$/gm)].map((m) => m[0].trim());
    expect(commands.length).toBeGreaterThan(3);
    const ciLine = readme.split(/\n\s*\n/).find((p) => p.includes("`.ci/run`")) ?? "";
    expect(commands.filter((c) => !ciLine.includes(`\`${c}\``))).toEqual([]);
    const packages = [...ci.matchAll(/need\+=\(([\w.-]+)\)/g)].map((m) => m[1]);
    expect(packages.length).toBeGreaterThan(2);
    const apt = /apt-get install[^\n]*/.exec(readme)?.[0] ?? "";
    expect(packages.filter((p) => !apt.split(/\s+/).includes(p))).toEqual([]);
  });
});
