#!/usr/bin/env node
/**
 * `npm start`: run the add-in for development.
 *
 * - Windows / macOS: sideload into desktop Excel with Microsoft's office-addin-debugging
 *   (fetched on demand by npx: it is not a dependency, because v7 pulls the native keytar
 *   module that a fresh Linux `npm ci` cannot build). It starts the dev server itself.
 * - Linux, or `npm start -- preview`: desktop Excel is not available, so this starts the dev
 *   server (https://localhost:3000, or http without a dev certificate) and says how to
 *   sideload into Excel on the web. `npm stop` ends it.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PID_FILE } from "./pidfile.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const preview = args.includes("preview") || process.platform === "linux";
const desktop = process.platform === "win32" || process.platform === "darwin";

if (desktop && !preview) {
  const child = spawn("npx", ["--yes", "office-addin-debugging@7", "start", "manifest.xml", ...args], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  console.log(
    [
      "",
      "Sales Sprint Planner · 销售冲刺规划",
      process.platform === "linux"
        ? "Desktop Excel is not available on Linux, so there is nothing to sideload into here."
        : "Preview mode: not sideloading into desktop Excel.",
      "Starting the dev server on port 3000 (https with an Office dev certificate, else http).",
      "To try the add-in: Excel on the web > Home > Add-ins > More Settings > Upload My Add-in > manifest.xml",
      "(Excel on the web needs https: run `npx office-addin-dev-certs install` on the machine that runs the browser).",
      "Stop with Ctrl+C or `npm stop`.",
      "",
    ].join("\n"),
  );
  const webpack = join(root, "node_modules", "webpack", "bin", "webpack.js");
  const child = spawn(process.execPath, [webpack, "serve", "--mode", "development"], { cwd: root, stdio: "inherit" });
  mkdirSync(dirname(PID_FILE), { recursive: true });
  writeFileSync(PID_FILE, String(child.pid));
  const cleanUp = () => rmSync(PID_FILE, { force: true });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => child.kill(signal));
  }
  child.on("exit", (code, signal) => {
    cleanUp();
    process.exit(code ?? (signal ? 0 : 1));
  });
}
