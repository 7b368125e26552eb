/**
 * A stand-in for the `CustomFunctions` global that Excel's JavaScript-only runtime provides
 * before it loads functions.js: `associate` records the registrations, `Error` and
 * `ErrorCode` behave like Excel's. The preview installs it first, then imports
 * src/functions/functions.ts, whose own `CustomFunctions.associate(...)` calls register the
 * functions here, exactly as they do in Excel.
 *
 * Browser and Web Worker safe (no DOM). test/e2e uses the same shape inside a worker.
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

/** Like Excel's CustomFunctions.Error: a code and, for #VALUE! and #N/A, a message. */
export class StandInError extends Error {
  readonly code: ExcelErrorCode;
  constructor(code: ExcelErrorCode, message?: string) {
    super(message ?? "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

/** A function as associate() receives it: Excel hands over untyped cell values. */
export type AssociatedFunction = (...args: unknown[]) => unknown;

export interface CustomFunctionsStandIn {
  associate(idOrMappings: string | Record<string, AssociatedFunction>, fn?: AssociatedFunction): void;
  Error: typeof StandInError;
  ErrorCode: typeof ERROR_CODES;
}

/** What associate() recorded, by upper-case id. */
export const associated = new Map<string, AssociatedFunction>();

export function isStandInError(x: unknown): x is StandInError {
  return x instanceof StandInError;
}

export function installCustomFunctionsStandIn(): void {
  const g = globalThis as { CustomFunctions?: unknown };
  if (g.CustomFunctions !== undefined) return;
  const standIn: CustomFunctionsStandIn = {
    Error: StandInError,
    ErrorCode: ERROR_CODES,
    associate(idOrMappings, fn) {
      if (typeof idOrMappings === "string") {
        if (typeof fn !== "function") throw new TypeError(`associate("${idOrMappings}") without a function`);
        associated.set(idOrMappings.toUpperCase(), fn);
      } else {
        for (const [id, f] of Object.entries(idOrMappings)) associated.set(id.toUpperCase(), f);
      }
    },
  };
  g.CustomFunctions = standIn;
}

installCustomFunctionsStandIn();
