/**
 * Build of the browser preview (development only; never part of the add-in's dist/).
 *
 *   npx webpack --config webpack.preview.config.js --mode development
 *     -> dist-preview/preview/ (index.html + preview.js + css), served by `npm start -- preview`
 *
 * The preview reuses the add-in build's loaders, resolution and style extraction
 * (webpack.config.js is called for its taskpane settings), so the task pane code in the
 * preview is compiled exactly as in the add-in. It adds:
 * - the custom functions' metadata (functions.json, generated from src/functions/functions.ts
 *   by the same generator as the add-in build) as `__SALES_FUNCTIONS_METADATA__`;
 * - `Buffer` for the .xlsx writer in the browser (ExcelJS's own browser build uses the same
 *   `buffer` package);
 * - its own page and Content-Security-Policy (no Office.js: the preview works offline).
 *
 * HyperFormula (GPL-3.0-only) is bundled here and only here.
 *
 * Options (webpack --env): outputPath=DIR (default dist-preview/preview).
 * `pageConfig` is exported for the bench, which builds its pages with the same settings.
 */
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const addinConfig = require("./webpack.config.js");

/** CSP hash of an empty <style> element (Griffel creates empty ones and fills them through the CSSOM). */
const EMPTY_STYLE_HASH = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' '${EMPTY_STYLE_HASH}'`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

/** Plugins of the add-in build that belong to its own pages and files, not to ours. */
const ADDIN_ONLY = new Set(["HtmlWebpackPlugin", "CopyPlugin", "CopyWebpackPlugin", "CustomFunctionsMetadataPlugin", "LocalizedMetadataPlugin"]);

async function functionsMetadata() {
  const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
  const result = await generateCustomFunctionsMetadata(path.join(__dirname, "src", "functions", "functions.ts"));
  if (result.errors && result.errors.length > 0) throw new Error(`functions.json: ${result.errors.join("; ")}`);
  return result.metadataJson;
}

/**
 * A page built with the add-in's settings: `entries` is { name: "./path/entry.tsx" }, one HTML
 * file per entry (`<name>.html`, or index.html for `index`).
 */
async function pageConfig({ entries, outputPath, mode, template, defines = {}, title = "Sales Sprint Planner" }) {
  const dev = mode === "development";
  const base = await addinConfig({ entries: "taskpane", outputPath }, { mode });
  const plugins = base.plugins.filter((p) => !ADDIN_ONLY.has(p.constructor.name));
  for (const name of Object.keys(entries)) {
    plugins.push(
      new HtmlWebpackPlugin({
        filename: name === "index" ? "index.html" : `${name}.html`,
        template,
        chunks: [name],
        scriptLoading: "defer",
        csp: CSP,
        title,
        minify: false,
      }),
    );
  }
  plugins.push(new webpack.ProvidePlugin({ Buffer: ["buffer", "Buffer"] }));
  if (Object.keys(defines).length > 0) plugins.push(new webpack.DefinePlugin(defines));
  return {
    mode,
    target: base.target,
    // Never eval-based: the page's CSP has no 'unsafe-eval'.
    devtool: "source-map",
    entry: entries,
    output: {
      path: outputPath,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
      publicPath: "auto",
    },
    resolve: base.resolve,
    module: base.module,
    performance: { hints: false },
    plugins,
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || "development";
  const outputPath = path.resolve(env.outputPath || path.join(__dirname, "dist-preview", "preview"));
  return pageConfig({
    entries: { index: "./src/preview/index.tsx" },
    outputPath,
    mode,
    template: "./src/preview/preview.html",
    defines: { __SALES_FUNCTIONS_METADATA__: await functionsMetadata() },
  });
};

module.exports.pageConfig = pageConfig;
module.exports.functionsMetadata = functionsMetadata;
module.exports.CSP = CSP;
