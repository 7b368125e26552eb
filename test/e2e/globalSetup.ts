/**
 * Builds what the end-to-end tests drive and serves it on 127.0.0.1 on a free port:
 * - the add-in's functions.js (production build, exactly as `npm run build` makes it) in dist-preview/;
 * - the browser preview (webpack.preview.config.js) in dist-preview/preview/.
 * E2E_SKIP_BUILD=1 serves what dist-preview/ already holds.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { DIST_PREVIEW, ROOT, type ServerHandle } from "./env";

function webpack(args: string[], label: string): void {
  const started = Date.now();
  const bin = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
  const r = spawnSync(process.execPath, [bin, ...args, "--stats", "errors-warnings"], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) {
    throw new Error(`e2e setup: ${label} failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  }
  console.log(`  built ${label} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function globalSetup(): Promise<void> {
  console.log("");
  if (process.env.E2E_SKIP_BUILD !== "1") {
    webpack(["--mode", "production", "--env", "entries=functions", "--env", `outputPath=${DIST_PREVIEW}`], "functions.js (production)");
    webpack(["--config", "webpack.preview.config.js", "--mode", "development", "--env", `outputPath=${join(DIST_PREVIEW, "preview")}`], "the preview");
  }
  for (const f of ["functions.js", "preview/index.html"]) {
    if (!existsSync(join(DIST_PREVIEW, f))) throw new Error(`e2e setup: ${f} is missing in ${DIST_PREVIEW}`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS module shared with scripts/start.mjs
  const { startPreviewServer } = require("../../scripts/preview-server.cjs") as {
    startPreviewServer: (o: { root: string; host: string; port: number }) => Promise<ServerHandle>;
  };
  const server = await startPreviewServer({ root: DIST_PREVIEW, host: "127.0.0.1", port: 0 });
  process.env.E2E_BASE_URL = server.url;
  (globalThis as { __e2eServer?: ServerHandle }).__e2eServer = server;
  console.log(`  serving ${DIST_PREVIEW} at ${server.url}`);
}
