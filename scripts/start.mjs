#!/usr/bin/env node
/**
 * `npm start`: run the add-in for development.
 *
 * - Windows / macOS: sideload into desktop Excel with Microsoft's office-addin-debugging, as
 *   the Office templates do (fetched on demand by npx: it is not a dependency, because v7
 *   pulls the native keytar module that a fresh Linux `npm ci` cannot build). It starts the
 *   dev server itself.
 * - Elsewhere (Linux: no desktop Excel), or `npm start -- preview`: builds the add-in and the
 *   browser preview into dist-preview/, serves them (https with an Office dev certificate,
 *   else http on localhost) and prints the preview's URL. The preview is the real task pane
 *   beside an in-browser workbook; the add-in's files are served too, for Excel on the web.
 *   `npm stop` ends it (or Ctrl+C).
 *
 * Options: `preview`, `--port N` (default: package.json config.dev_server_port, 3000),
 * `--no-build` (serve what dist-preview/ holds).
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { PID_FILE } from "./pidfile.mjs";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const desktop = process.platform === "win32" || process.platform === "darwin";
const preview = args.includes("preview") || !desktop;

function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
}

function webpack(argv, label) {
  console.log(`\n> ${label}`);
  const bin = join(root, "node_modules", "webpack", "bin", "webpack.js");
  const r = spawnSync(process.execPath, [bin, ...argv], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) {
    console.error(`${label} failed (exit ${r.status ?? r.signal}).`);
    process.exit(1);
  }
}

/** The Office dev certificate if one is installed (never installs one: that needs the user's consent). */
function httpsOptions() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const files = [devCerts.caCertificatePath, devCerts.localhostCertificatePath, devCerts.localhostKeyPath];
    if (files.every((f) => existsSync(f))) {
      const [ca, cert, key] = files.map((f) => readFileSync(f));
      return { ca, cert, key };
    }
  } catch {
    // No dev-certs module or unreadable files: plain http on localhost.
  }
  return null;
}

async function servePreview() {
  const port = Number(option("--port", process.env.npm_package_config_dev_server_port || "3000"));
  const out = join(root, "dist-preview");
  if (!args.includes("--no-build")) {
    webpack(["--mode", "development", "--stats", "errors-warnings", "--env", `outputPath=${out}`], "Building the add-in (dist-preview/)");
    webpack(["--config", "webpack.preview.config.js", "--mode", "development", "--stats", "errors-warnings", "--env", `outputPath=${join(out, "preview")}`], "Building the preview (dist-preview/preview/)");
  }
  const { startPreviewServer } = require("./preview-server.cjs");
  const https = httpsOptions();
  let server;
  try {
    server = await startPreviewServer({ root: out, host: "127.0.0.1", port, https });
  } catch (err) {
    console.error(`Cannot serve on port ${port}: ${err.message}. Is another server running? (npm stop, or --port N)`);
    process.exit(1);
  }
  const base = server.url.replace("127.0.0.1", "localhost");
  mkdirSync(dirname(PID_FILE), { recursive: true });
  writeFileSync(PID_FILE, String(process.pid));
  console.log(
    [
      "",
      "Sales Sprint Planner · 销售冲刺规划",
      desktop ? "Preview mode: not sideloading into desktop Excel." : "Desktop Excel cannot be sideloaded on this system: serving the browser preview.",
      "",
      `  Preview (task pane + in-browser workbook):  ${base}preview/`,
      `  Add-in files (manifest, task pane, functions): ${base}`,
      "",
      https
        ? "Excel on the web: Home > Add-ins > More Settings > Upload My Add-in > manifest.xml (dist-preview/manifest.xml)."
        : "Served over http (no Office dev certificate). Excel needs https: `npx office-addin-dev-certs install`, then npm start again.",
      "Stop with Ctrl+C or `npm stop`.",
      "",
    ].join("\n"),
  );
  const stop = async () => {
    rmSync(PID_FILE, { force: true });
    await server.close();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => void stop());
}

if (desktop && !preview) {
  const child = spawn("npx", ["--yes", "office-addin-debugging@7", "start", "manifest.xml", ...args], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code ?? 1));
} else {
  await servePreview();
}
