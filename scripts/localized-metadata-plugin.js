/**
 * Webpack plugin: after CustomFunctionsMetadataPlugin has produced functions.json (English,
 * from JSDoc), emit functions.zh-cn.json and functions.zh-tw.json with the translated help
 * from src/i18n/functionsHelp.ts (FUNCTION_HELP). The manifest points Excel at them with
 * <bt:Override Locale="zh-CN"/"zh-TW"> on the metadata URL.
 *
 * The generator and the help are TypeScript; they are loaded with tsx, in a fresh namespace
 * per compilation, so `npm run watch` picks up edited translations.
 */
const path = require("path");
const { Compilation, WebpackError, sources } = require("webpack");
const { register } = require("tsx/cjs/api");

const PLUGIN = "LocalizedMetadataPlugin";
let loads = 0;

class LocalizedMetadataPlugin {
  /**
   * @param {{ source?: string, help?: string, generator?: string }} [options]
   *   source: the English metadata asset name (default functions.json);
   *   help: path of the module exporting FUNCTION_HELP; generator: path of localize-metadata.ts.
   */
  constructor(options = {}) {
    this.source = options.source || "functions.json";
    this.help = path.resolve(options.help || path.join(__dirname, "..", "src", "i18n", "functionsHelp.ts"));
    this.generator = path.resolve(options.generator || path.join(__dirname, "localize-metadata.ts"));
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS }, () => {
        compilation.fileDependencies.add(this.help);
        const asset = compilation.getAsset(this.source);
        if (!asset) {
          // The metadata plugin reports its own errors; only complain when it produced nothing silently.
          if (compilation.errors.length === 0) compilation.errors.push(new WebpackError(`${PLUGIN}: no ${this.source} asset to localize`));
          return;
        }
        const tsx = register({ namespace: `${PLUGIN}-${process.pid}-${++loads}` });
        try {
          const { localizedMetadataFiles } = tsx.require(this.generator, __filename);
          const { FUNCTION_HELP } = tsx.require(this.help, __filename);
          if (!FUNCTION_HELP) throw new Error(`${this.help} does not export FUNCTION_HELP`);
          const files = localizedMetadataFiles(asset.source.source().toString(), FUNCTION_HELP);
          for (const [file, text] of Object.entries(files)) {
            const src = new sources.RawSource(text);
            if (compilation.getAsset(file)) compilation.updateAsset(file, src);
            else compilation.emitAsset(file, src);
          }
        } catch (err) {
          compilation.errors.push(new WebpackError(`${PLUGIN}: ${err && err.message ? err.message : String(err)}`));
        } finally {
          tsx.unregister();
        }
      });
    });
  }
}

module.exports = { LocalizedMetadataPlugin };
