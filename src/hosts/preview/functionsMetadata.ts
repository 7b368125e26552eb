/**
 * The custom functions' metadata (functions.json), as Excel reads it: which functions exist,
 * their parameters, which take ranges (`dimensionality: "matrix"`) and which are optional.
 * webpack.preview.config.js generates it from src/functions/functions.ts with the same
 * generator the add-in build uses and defines it as `__SALES_FUNCTIONS_METADATA__`.
 */

export interface FunctionParameterMetadata {
  name: string;
  type?: string;
  dimensionality?: "scalar" | "matrix";
  optional?: boolean;
}

export interface FunctionMetadataEntry {
  id: string;
  name: string;
  parameters: FunctionParameterMetadata[];
  result?: { type?: string; dimensionality?: "scalar" | "matrix" };
}

export interface FunctionsMetadata {
  functions: FunctionMetadataEntry[];
}

declare const __SALES_FUNCTIONS_METADATA__: FunctionsMetadata | undefined;

/** The metadata compiled into this bundle. */
export function bundledFunctionsMetadata(): FunctionsMetadata {
  if (typeof __SALES_FUNCTIONS_METADATA__ === "undefined") {
    throw new Error("No custom functions metadata in this bundle: build with webpack.preview.config.js.");
  }
  return __SALES_FUNCTIONS_METADATA__;
}
