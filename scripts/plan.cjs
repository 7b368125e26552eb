/**
 * `npm run plan -- [options]`: runs the command line from its build (dist-cli/plan.js, writer.js), built
 * first when it is missing or older than any file it is built from (scripts/build-cli.cjs).
 *
 * The bundles (the command, and the writer it loads only to write a file) are compiled with V8's
 * code cache (dist-cli/plan.js.cache, writer.js.cache: saved by a run that found none, which the
 * build makes once, and used only while newer than the bundle), so a run does not parse and
 * compile their code again. Plain CommonJS so that Node starts it without a loader; it
 * prints nothing of its own.
 *
 * package.json runs it with V8's `--single-threaded`: a run lasts about a second, too short for
 * background compiler and garbage-collector threads to pay for themselves; on this shared 2-core
 * machine they cost a quarter of the seeds' case (bench/cli.bench.ts measures the command as npm runs it).
 */
"use strict";
// V8 tiers a function up to its optimizing compiler after this much bytecode has run in it (the
// default is 67,584): eight times later, a run of about a second optimizes only its really hot
// code instead of compiling much that would not have paid (with --single-threaded the compiler
// runs on the main thread). Set before the bundle is compiled; its code cache is made under it.
require("v8").setFlagsFromString("--interrupt-budget=540672");
const fs = require("fs");
const Module = require("module");
const path = require("path");
const vm = require("vm");
const { build, isFresh, paths } = require("./build-cli.cjs");

/**
 * A bundle's exports, compiled with its code cache, and a function that saves that cache when
 * there was none (or V8 refused it). The writer's bundle (writer.js), which the command's bundle requires only to
 * write a file (scripts/build-cli.cjs), is loaded the same way, with its own cache.
 */
function load(file, cache, loaded) {
  const source = fs.readFileSync(file, "utf8");
  let cachedData;
  try {
    if (fs.statSync(cache).mtimeMs >= fs.statSync(file).mtimeMs) cachedData = fs.readFileSync(cache);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const plain = Module.createRequire(file);
  const req = (id) => (id === "./writer.js" ? loaded.writer() : plain(id));
  script.runInThisContext()(mod.exports, Object.assign(req, plain), mod, file, path.dirname(file));
  mod.loaded = true;
  loaded.saves.push(() => {
    if (cachedData !== undefined && !script.cachedDataRejected) return;
    const tmp = `${cache}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, cache);
    } catch {
      fs.rmSync(tmp, { force: true }); // a cache only saves time: a read-only checkout runs without one
    }
  });
  return mod.exports;
}

(async () => {
  const p = paths();
  if (!isFresh(p)) await build(p);
  const loaded = { saves: [], writerExports: undefined };
  loaded.writer = () => (loaded.writerExports ??= load(p.writer, p.writerCache, loaded));
  const bundle = load(p.bundle, p.cache, loaded);
  await bundle.runCli();
  for (const save of loaded.saves) save();
})().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
