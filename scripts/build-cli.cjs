/**
 * The command line as built JavaScript, so that `npm run plan` starts like a compiled tool
 * instead of compiling TypeScript at every run: `node scripts/build-cli.cjs` (part of
 * `npm run build`) bundles src/cli/plan.ts into dist-cli/plan.js and the .xlsx writer it loads
 * to write a file (src/xlsx/writer.ts) into dist-cli/writer.js with esbuild (CommonJS files with
 * their packages, for the Node version of package.json "engines"), and records every file the
 * bundles were built from with its size and modification time (dist-cli/inputs.json).
 *
 * `isFresh()` compares that record with the files as they are now: any input changed or gone,
 * or no bundle, and the bundle is stale. The launcher (scripts/plan.cjs) rebuilds a stale
 * bundle before running it, so a stale build is never run. The check stats the build's inputs:
 * the repository's files one by one, and a package from node_modules by its package.json
 * (installing or upgrading a package rewrites it), about 70 files instead of 700; esbuild is
 * loaded only to build.
 *
 * ExcelJS is bundled as the writer uses it (`slimExcelJs`): its workbook model and XLSX
 * rendering, without its streaming reader and writer, its CSV support or JSZip (the writer zips
 * its own package, src/xlsx/package.ts), which halves the bundle and what a run initializes.
 *
 * After building, it writes the seeds' case once through the launcher, started as `npm run plan`
 * starts it (package.json "plan"), to a temporary folder: that run saves V8's code cache of what
 * a run compiles (dist-cli/plan.js.cache), so that every later run starts from it.
 *
 * The build goes to dist-cli/, or to the folder PLAN_BUILD_DIR names (the tests build into a
 * temporary folder).
 */
"use strict";
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const ENTRY = "src/cli/plan.ts";
const WRITER = "src/xlsx/writer.ts";
/** Files that shape the build without being bundled: this script, the TypeScript settings, the dependency set. */
const SETTINGS = ["scripts/build-cli.cjs", "tsconfig.json", "package.json", "package-lock.json"];

/**
 * The build's files in `dir`: two bundles, the command (plan.js: options, help, the plan and the
 * workbook spec) and the .xlsx writer it loads only to write a file (writer.js: ExcelJS, the
 * evaluator), so that --help and bad input neither read nor compile the writer; each with
 * V8's code cache (scripts/plan.cjs).
 */
function paths(dir = process.env.PLAN_BUILD_DIR ? path.resolve(process.env.PLAN_BUILD_DIR) : path.join(ROOT, "dist-cli")) {
  const bundle = path.join(dir, "plan.js");
  const writer = path.join(dir, "writer.js");
  return { dir, bundle, writer, record: path.join(dir, "inputs.json"), cache: `${bundle}.cache`, writerCache: `${writer}.cache` };
}

/** [path relative to the root, size, mtime in ms] of a file; null when it is missing. */
function stamp(file) {
  try {
    const s = fs.statSync(`${ROOT}/${file}`);
    return [file, s.size, s.mtimeMs];
  } catch {
    return null;
  }
}

/** Is the bundle built from the files as they are now? */
function isFresh(p = paths()) {
  let record;
  try {
    record = JSON.parse(fs.readFileSync(p.record, "utf8"));
  } catch {
    return false;
  }
  if (!Array.isArray(record.inputs) || record.inputs.length === 0 || !fs.existsSync(p.bundle) || !fs.existsSync(p.writer)) return false;
  for (const [file, size, mtime] of record.inputs) {
    const now = stamp(file);
    if (now === null || now[1] !== size || now[2] !== mtime) return false;
  }
  return true;
}

/** The file whose stamp stands for `file` in the record: a package's package.json for a file in node_modules. */
function stampedAs(file) {
  const pkg = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file);
  return pkg ? `${pkg[1]}/package.json` : file;
}

/**
 * esbuild plugin: `import ExcelJS from "exceljs"` in src/ bundles only ExcelJS's Workbook and
 * enums (what src/xlsx uses: `new Workbook()`, its model and XLSX rendering, `ValueType`);
 * inside ExcelJS, its CSV module and JSZip (used to read files and by its own zip writer, which
 * src/xlsx/package.ts replaces) become stubs that throw if called, and readable-stream is Node's
 * own stream module (which it mirrors).
 */
const slimExcelJs = {
  name: "slim-exceljs",
  setup(b) {
    const inExcelJs = (a) => /[\\/]exceljs[\\/]lib[\\/]/.test(a.importer);
    b.onResolve({ filter: /^exceljs$/ }, (a) => (/[\\/]src[\\/]/.test(a.importer) ? { path: "exceljs", namespace: "slim-exceljs" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "slim-exceljs" }, () => ({
      contents: 'module.exports = { Workbook: require("exceljs/lib/doc/workbook"), ...require("exceljs/lib/doc/enums") };',
      resolveDir: ROOT,
      loader: "js",
    }));
    b.onResolve({ filter: /^(\.\.\/csv\/csv|jszip)$/ }, (a) => (inExcelJs(a) ? { path: a.path, namespace: "left-out" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "left-out" }, (a) => ({
      contents: `module.exports = function () { throw new Error(${JSON.stringify(`${a.path} is not in the command line's build (scripts/build-cli.cjs)`)}); };`,
      loader: "js",
    }));
    b.onResolve({ filter: /^readable-stream$/ }, (a) => (inExcelJs(a) ? { path: "stream", external: true } : undefined));
  },
};

/** Bundles the command line; returns once the folder holds the bundle and its record (each written whole, then renamed into place). */
async function build(p = paths()) {
  const esbuild = require("esbuild");
  const started = Date.now();
  fs.mkdirSync(p.dir, { recursive: true });
  const options = {
    absWorkingDir: ROOT,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: `node${/(\d+)/.exec(require(path.join(ROOT, "package.json")).engines.node)[1]}`,
    // Smaller to read at start; names kept so that a stack trace still points somewhere.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: "eof",
    metafile: true,
    logLevel: "error",
  };
  // The command's dynamic import of the .xlsx writer (src/xlsx/writer.ts) loads the writer's bundle, beside it.
  const writerApart = {
    name: "writer-apart",
    setup(b) {
      // A module that requires it (an import() of an external file would stay an ES import()).
      b.onResolve({ filter: /^\.\.\/xlsx\/writer$/ }, (a) => (/[\\/]src[\\/]cli[\\/]/.test(a.importer) ? { path: "writer", namespace: "writer-apart" } : undefined));
      b.onLoad({ filter: /.*/, namespace: "writer-apart" }, () => ({ contents: 'module.exports = require("./writer.js");', loader: "js" }));
      b.onResolve({ filter: /^\.\/writer\.js$/ }, (a) => (a.namespace === "writer-apart" ? { path: "./writer.js", external: true } : undefined));
    },
  };
  const tmp = (file) => `${file}.${process.pid}.tmp`;
  const results = await Promise.all([
    esbuild.build({ ...options, entryPoints: [ENTRY], outfile: tmp(p.bundle), plugins: [writerApart, slimExcelJs] }),
    esbuild.build({ ...options, entryPoints: [WRITER], outfile: tmp(p.writer), plugins: [slimExcelJs] }),
  ]);
  const all = results.flatMap((r) => Object.keys(r.metafile.inputs)).filter((f) => !f.includes(":"));
  const files = new Set([...all.map(stampedAs), ...SETTINGS]);
  const inputs = [...files].map(stamp).filter(Boolean);
  fs.renameSync(tmp(p.writer), p.writer);
  fs.renameSync(tmp(p.bundle), p.bundle);
  // V8's code caches of the previous bundles (scripts/plan.cjs)
  fs.rmSync(p.cache, { force: true });
  fs.rmSync(p.writerCache, { force: true });
  // A file edited while the build ran may not be in the bundle: leave no record, so the next run builds again.
  if (inputs.some(([, , mtime]) => mtime > started)) {
    fs.rmSync(p.record, { force: true });
    return;
  }
  const tmpRecord = `${p.record}.${process.pid}.tmp`;
  fs.writeFileSync(tmpRecord, JSON.stringify({ entry: ENTRY, inputs }));
  fs.renameSync(tmpRecord, p.record);
  warm(p);
}

/** One run of the launcher on the seeds' case, with `npm run plan`'s Node options (V8 accepts a code cache only from the same options). */
function warm(p) {
  const { spawnSync } = require("child_process");
  const os = require("os");
  const flags = require(path.join(ROOT, "package.json"))
    .scripts.plan.split(" ")
    .filter((w) => w.startsWith("--"));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "plan-warm-"));
  try {
    spawnSync(process.execPath, [...flags, path.join(__dirname, "plan.cjs"), "--out", path.join(tmp, "warm.xlsx"), "--lang", "en"], {
      env: { ...process.env, PLAN_BUILD_DIR: p.dir },
      stdio: "ignore",
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

module.exports = { build, isFresh, paths };

if (require.main === module) {
  build().catch((e) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 1;
  });
}
