/**
 * Test helper: the custom functions metadata exactly as the build makes it, without a build.
 * custom-functions-metadata is the library behind custom-functions-metadata-plugin (the webpack
 * plugin calls the same generateCustomFunctionsMetadata on the same file).
 */
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import type { CustomFunctionsMetadata } from "../../scripts/localize-metadata";

export const ROOT = join(__dirname, "..", "..");
export const FUNCTIONS_TS = join(ROOT, "src", "functions", "functions.ts");

export interface GeneratedMetadata {
  /** functions.json text, as the plugin emits it. */
  json: string;
  metadata: CustomFunctionsMetadata;
  /** Which exported JavaScript function each metadata id is bound to. */
  associate: { id: string; functionName: string }[];
}

let cached: Promise<GeneratedMetadata> | null = null;

export function generateFunctionsMetadata(): Promise<GeneratedMetadata> {
  cached ??= generateCustomFunctionsMetadata(FUNCTIONS_TS, false).then((result) => {
    if (result.errors.length > 0) throw new Error(`custom-functions-metadata errors:\n${result.errors.join("\n")}`);
    if (!result.metadataJson) throw new Error(`no @customfunction found in ${FUNCTIONS_TS}`);
    return {
      json: result.metadataJson,
      metadata: JSON.parse(result.metadataJson) as CustomFunctionsMetadata,
      associate: result.associate.map(({ id, functionName }) => ({ id, functionName })),
    };
  });
  return cached;
}
