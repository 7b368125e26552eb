/**
 * A stand-in for the `CustomFunctions` global that Excel's JavaScript-only runtime provides
 * before it loads functions.js: `associate` records the registrations, `Error` and `ErrorCode`
 * behave like Excel's. Used where Excel is absent: the browser preview and the tests.
 * Not part of functions.js (functions.ts never imports it).
 *
 * Importing this module installs one on globalThis when no CustomFunctions exists yet, so a
 * module imported after it (src/functions/functions.ts) registers itself here, as in Excel.
 * Browser and Web Worker safe (no DOM).
 */

export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

export type ExcelErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

/**
 * Like Excel's CustomFunctions.Error: a code and, for #VALUE! and #N/A, a message (undefined
 * when none was given, as in Excel).
 */
export class StandInError {
  readonly name = "CustomFunctions.Error";
  constructor(
    readonly code: ExcelErrorCode,
    readonly message?: string,
  ) {}
}

/** A function as associate() receives it: Excel hands over untyped cell values. */
export type AssociatedFunction = (...args: unknown[]) => unknown;

export interface CustomFunctionsStandIn {
  associate(idOrMappings: string | Record<string, AssociatedFunction>, fn?: AssociatedFunction): void;
  Error: typeof StandInError;
  ErrorCode: typeof ERROR_CODES;
  /** What associate() recorded, by upper-case id. */
  registry: Map<string, AssociatedFunction>;
}

export function isStandInError(x: unknown): x is StandInError {
  return x instanceof StandInError;
}

/** A fresh stand-in with an empty registry (e.g. for a bare vm context). */
export function createCustomFunctionsStandIn(): CustomFunctionsStandIn {
  const registry = new Map<string, AssociatedFunction>();
  return {
    registry,
    Error: StandInError,
    ErrorCode: ERROR_CODES,
    associate(idOrMappings, fn) {
      if (typeof idOrMappings === "string") {
        if (typeof fn !== "function") throw new TypeError(`associate("${idOrMappings}") without a function`);
        registry.set(idOrMappings.toUpperCase(), fn);
      } else {
        for (const [id, f] of Object.entries(idOrMappings)) registry.set(id.toUpperCase(), f);
      }
    },
  };
}

const g = globalThis as { CustomFunctions?: unknown };
const installed = createCustomFunctionsStandIn();
g.CustomFunctions ??= installed;

/** What associate() recorded on the stand-in this module installed, by upper-case id. */
export const associated = installed.registry;
