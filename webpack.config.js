/**
 * Build of the Sales Sprint Planner add-in.
 *
 *   npm run build        production: minified, dist/ with the production URL in dist/manifest.xml
 *   npm run build:dev    development: dist/ with https://localhost:3000/
 *   npm run dev-server   https://localhost:3000 (http when no dev certificate is available)
 *
 * Production URL: ONE setting. The ADDIN_URL environment variable if set, otherwise
 * PRODUCTION_URL below (production builds) or DEV_URL (development builds). It replaces
 * https://localhost:3000/ everywhere in dist/manifest.xml.
 *
 * Entries:
 * - functions: src/functions/functions.ts -> functions.js (+ functions.html, functions.json,
 *   functions.zh-cn.json, functions.zh-tw.json). JavaScript-only runtime: no React, no Fluent,
 *   no DOM, no dev-server client.
 * - taskpane: src/taskpane/index.tsx -> taskpane.html + taskpane.[hash].js + vendor.[hash].js
 *   + taskpane.[hash].css (React and Fluent UI live only here).
 *
 * Styles: Fluent UI's and our Griffel styles (makeStyles / makeResetStyles) are computed at build
 * time and extracted into one .css file (@griffel/webpack-loader turns our makeStyles calls into
 * __styles, GriffelCSSExtractionPlugin moves every __styles/__resetStyles rule out of the
 * JavaScript, mini-css-extract-plugin writes the file). The pane's JavaScript gets smaller (the
 * budget is for JavaScript) and the page needs no inline styles: style-src stays 'self'.
 *
 * Options (webpack --env): entries=functions|taskpane (comma list; default both),
 * outputPath=DIR (default dist). The tests use them to build only what they need.
 */
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedMetadataPlugin } = require("./scripts/localized-metadata-plugin");
const MiniCssExtractPlugin = require("mini-css-extract-plugin");
const { GriffelCSSExtractionPlugin } = require("@griffel/webpack-extraction-plugin");

/** Where the add-in is hosted in production. CHANGE THIS before deploying, or build with ADDIN_URL=https://.../ */
const PRODUCTION_URL = "https://sales-sprint-planner.example.com/";
/** The dev server; manifest.xml in the repo uses this prefix for every URL. */
const DEV_URL = "https://localhost:3000/";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_LIB = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** CSP hash of an empty <style> element: sha256 of "". */
const EMPTY_STYLE_HASH = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

/** Normalizes the add-in base URL: https only, ends with "/". */
function addinBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be https (Office requires it): ${raw}`);
  url.search = "";
  url.hash = "";
  const s = url.toString();
  return s.endsWith("/") ? s : `${s}/`;
}

/** Rewrites every dev URL in the manifest to `base` (AppDomain gets the bare origin). */
function substituteManifestUrls(xml, base) {
  const origin = new URL(base).origin;
  return xml
    .split(DEV_URL)
    .join(base)
    .replace(/<AppDomain>https:\/\/localhost:3000\/?<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`);
}

/** Content-Security-Policy of our pages. Development adds the dev server's websocket (live reload). */
function contentSecurityPolicy(dev, port) {
  const connect = ["'self'"];
  if (dev) connect.push(`wss://localhost:${port}`, `ws://localhost:${port}`);
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_LIB}`,
    // Fluent UI (Griffel) creates EMPTY <style> elements and fills them through the CSSOM
    // (insertRule), which CSP does not restrict; the hash is that of the empty string, so no
    // 'unsafe-inline' is needed. Checked in Chromium: no violation, all rules applied.
    `style-src 'self' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data:",
    `connect-src ${connect.join(" ")}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/**
 * HTTPS options for the dev server. Uses the Office dev certificate when it exists. On Windows
 * and macOS (where Office runs) it installs one like Microsoft's templates do; elsewhere, and on
 * any failure, it falls back to plain http instead of crashing.
 */
async function devServerHttps() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const files = [devCerts.caCertificatePath, devCerts.localhostCertificatePath, devCerts.localhostKeyPath];
    if (files.every((f) => fs.existsSync(f))) {
      const [ca, cert, key] = files.map((f) => fs.readFileSync(f));
      return { ca, cert, key };
    }
    if (process.platform === "win32" || process.platform === "darwin") {
      return await devCerts.getHttpsServerOptions();
    }
    console.warn(
      "[dev-server] No Office dev certificate found (npx office-addin-dev-certs install creates one): serving plain http.",
    );
  } catch (err) {
    console.warn(`[dev-server] Could not set up https (${err && err.message ? err.message : err}): serving plain http.`);
  }
  return null;
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "production";
  const dev = mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const port = Number(process.env.npm_package_config_dev_server_port) || 3000;
  const baseUrl = addinBaseUrl(process.env.ADDIN_URL || (dev ? DEV_URL : PRODUCTION_URL));
  const wanted = env.entries ? String(env.entries).split(",") : ["functions", "taskpane"];
  const outputPath = path.resolve(env.outputPath || path.join(__dirname, "dist"));
  const csp = contentSecurityPolicy(dev, port);
  const https = serving ? await devServerHttps() : null;

  const entry = {};
  const plugins = [];
  if (wanted.includes("functions")) {
    entry.functions = "./src/functions/functions.ts";
    plugins.push(
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "functions.html",
        template: "./src/functions/functions.html",
        chunks: ["functions"],
        inject: "head",
        // After custom-functions-runtime.js, before any page script: functions.js calls CustomFunctions.associate.
        scriptLoading: "blocking",
        csp,
        minify: false,
      }),
    );
  }
  if (wanted.includes("taskpane")) {
    const client = `webpack-dev-server/client/index.js?protocol=${https ? "wss" : "ws"}&hostname=localhost&port=${port}&live-reload=true&hot=false&overlay=false`;
    entry.taskpane = serving ? [client, "./src/taskpane/index.tsx"] : "./src/taskpane/index.tsx";
    plugins.push(
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        csp,
        officeJs: OFFICE_JS,
        minify: false,
      }),
      // Griffel sorts the extracted rules itself (by its style buckets), so CSS module order does not matter.
      new MiniCssExtractPlugin({ filename: dev ? "[name].css" : "[name].[contenthash:8].css", ignoreOrder: true }),
      new GriffelCSSExtractionPlugin(),
    );
  }
  plugins.push(
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        {
          from: "manifest.xml",
          to: "manifest.xml",
          transform: (content) => substituteManifestUrls(content.toString(), baseUrl),
        },
      ],
    }),
  );

  return {
    mode,
    target: ["web", "es2020"],
    // Never eval-based: the pages' CSP has no 'unsafe-eval'.
    devtool: "source-map",
    entry,
    output: {
      path: outputPath,
      // functions.js is named in the manifest; pane scripts are referenced by taskpane.html, so they can be hashed.
      filename: (pathData) =>
        pathData.chunk && pathData.chunk.name === "functions" ? "[name].js" : dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
      publicPath: "auto",
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".mjs"],
    },
    module: {
      rules: [
        // Griffel CSS extraction: every module (Fluent's own, precompiled to __styles, and ours).
        // Runs last on our files, after ts-loader and @griffel/webpack-loader below.
        { test: /\.(js|mjs|ts|tsx)$/, use: { loader: GriffelCSSExtractionPlugin.loader } },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            {
              // Evaluates our makeStyles / makeResetStyles at build time (they become __styles), on
              // ts-loader's JavaScript output. Files without Griffel calls pass through untouched.
              loader: "@griffel/webpack-loader",
              options: {
                modules: [{ moduleSource: "@fluentui/react-components", importName: "makeStyles", resetImportName: "makeResetStyles" }],
              },
            },
            {
              loader: "ts-loader",
              options: {
                // Type checking is `npm run lint` (tsc --noEmit); the build only transpiles (isolatedModules is on).
                transpileOnly: true,
                compilerOptions: { noEmit: false, module: "ESNext", target: "ES2020", sourceMap: true },
              },
            },
          ],
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] },
        // Some ESM packages import without file extensions.
        { test: /\.m?js$/, resolve: { fullySpecified: false } },
      ],
    },
    optimization: {
      splitChunks: {
        cacheGroups: {
          default: false,
          defaultVendors: false,
          // React + Fluent UI in their own long-cached chunk, for the task pane only.
          vendor: {
            test: /[\\/]node_modules[\\/]/,
            // JavaScript only: Griffel's CSS goes to its own single "griffel" chunk (one sorted .css file).
            type: /^javascript\//,
            name: "vendor",
            chunks: (chunk) => chunk.name === "taskpane",
            enforce: true,
          },
        },
      },
    },
    performance: { hints: false }, // budgets are checked with gzip sizes by `npm run bench`
    plugins,
    devServer: {
      port,
      host: "localhost",
      server: https ? { type: "https", options: https } : "http",
      headers: { "Access-Control-Allow-Origin": "*" },
      // The client is added to the taskpane entry only (above): functions.js must stay DOM-free.
      client: false,
      hot: false,
      liveReload: false,
      static: false,
      devMiddleware: { writeToDisk: false },
    },
  };
};

module.exports.PRODUCTION_URL = PRODUCTION_URL;
module.exports.DEV_URL = DEV_URL;
module.exports.addinBaseUrl = addinBaseUrl;
module.exports.substituteManifestUrls = substituteManifestUrls;
