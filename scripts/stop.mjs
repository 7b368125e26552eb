#!/usr/bin/env node
/**
 * `npm stop`: the counterpart of `npm start`.
 * - Windows / macOS: office-addin-debugging stop (unregisters the sideloaded add-in, ends its dev server).
 * - Elsewhere, or `npm stop -- preview`: ends the preview server that `npm start` recorded in its
 *   pid file (see scripts/start.mjs).
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PID_FILE } from "./pidfile.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const desktop = process.platform === "win32" || process.platform === "darwin";
const preview = args.includes("preview") || !desktop;

function stopRecordedServer() {
  if (!existsSync(PID_FILE)) {
    console.log("No preview server started by `npm start` is running.");
    return 0;
  }
  const pid = Number(readFileSync(PID_FILE, "utf8").trim());
  rmSync(PID_FILE, { force: true });
  if (!Number.isInteger(pid) || pid <= 0) {
    console.log("The pid file was unreadable; removed it.");
    return 0;
  }
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the preview server (pid ${pid}).`);
  } catch (err) {
    if (err && err.code === "ESRCH") console.log(`The preview server (pid ${pid}) had already stopped.`);
    else throw err;
  }
  return 0;
}

if (desktop && !preview) {
  const child = spawn("npx", ["--yes", "office-addin-debugging@7", "stop", "manifest.xml", ...args], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => {
    if (existsSync(PID_FILE)) stopRecordedServer();
    process.exit(code ?? 1);
  });
} else {
  process.exit(stopRecordedServer());
}
