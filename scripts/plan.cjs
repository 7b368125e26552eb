/**
 * `npm run plan -- [options]`: runs the command line from its build (dist-cli/plan.js), built
 * first when it is missing or older than any file it is built from (scripts/build-cli.cjs).
 *
 * The bundle is compiled with V8's code cache (dist-cli/plan.js.cache: saved by a run that found
 * none, which the build makes once, and used only while it is newer than the bundle), so a run
 * does not parse and compile the bundle's code again. Plain CommonJS so that Node starts it without a loader; it
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

/** The bundle's exports, and a function that saves its code cache when there was none (or V8 refused it). */
function load(p) {
  const source = fs.readFileSync(p.bundle, "utf8");
  let cachedData;
  try {
    if (fs.statSync(p.cache).mtimeMs >= fs.statSync(p.bundle).mtimeMs) cachedData = fs.readFileSync(p.cache);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(Module.wrap(source), { filename: p.bundle, cachedData });
  const mod = new Module(p.bundle, module);
  mod.filename = p.bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(p.bundle));
  script.runInThisContext()(mod.exports, Module.createRequire(p.bundle), mod, p.bundle, path.dirname(p.bundle));
  mod.loaded = true;
  const save = () => {
    if (cachedData !== undefined && !script.cachedDataRejected) return;
    const tmp = `${p.cache}.${process.pid}.tmp`;
    try {
      fs.writeFileSync(tmp, script.createCachedData());
      fs.renameSync(tmp, p.cache);
    } catch {
      fs.rmSync(tmp, { force: true }); // a cache only saves time: a read-only checkout runs without one
    }
  };
  return { exports: mod.exports, save };
}

(async () => {
  const p = paths();
  if (!isFresh(p)) await build(p);
  const bundle = load(p);
  await bundle.exports.runCli();
  bundle.save();
})().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
