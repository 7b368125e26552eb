/**
 * A small static file server for the built add-in and the browser preview (no dependencies).
 * Used by `npm start -- preview` (scripts/start.mjs) and by the end-to-end tests (test/e2e),
 * which start it on 127.0.0.1 on a free port.
 *
 *   root/            the add-in build (taskpane.html, functions.js, functions.json, manifest.xml)
 *   root/preview/    the preview page
 *
 * GET and HEAD only; paths are confined to `root`; "/" redirects to the preview.
 */
"use strict";
const { createReadStream, statSync } = require("node:fs");
const { createServer: createHttpServer } = require("node:http");
const { createServer: createHttpsServer } = require("node:https");
const { extname, join, normalize, resolve, sep } = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * @param {{ root: string, host?: string, port?: number, https?: { key: Buffer, cert: Buffer, ca?: Buffer } | null }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
function startPreviewServer({ root, host = "127.0.0.1", port = 0, https = null }) {
  const base = resolve(root);
  const handler = (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path === "/") {
      res.writeHead(302, { Location: "/preview/" }).end();
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, "index.html");
      const stat = statSync(file);
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Content-Length": stat.size,
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        // Excel on the web loads the add-in's files cross-origin.
        "Access-Control-Allow-Origin": "*",
      });
      if (req.method === "HEAD") res.end();
      else createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    }
  };
  const server = https ? createHttpsServer(https, handler) : createHttpServer(handler);
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === "object" && address ? address.port : port;
      const shownHost = host === "127.0.0.1" || host === "::1" ? host : "localhost";
      resolvePromise({
        url: `${https ? "https" : "http"}://${shownHost}:${actual}/`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections?.();
            server.close(() => done());
          }),
      });
    });
  });
}

module.exports = { startPreviewServer, TYPES };
