/**
 * A stand-in for the `CustomFunctions` global that Excel's JavaScript-only runtime provides:
 * associate() records the registrations; Error and ErrorCode behave like the real ones.
 * Importing this module also installs it on globalThis when no CustomFunctions exists, so tests
 * can import src/functions/functions.ts directly.
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

export type StandInErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];

export class StandInError {
  constructor(
    public code: StandInErrorCode,
    public message?: string,
  ) {}
}

export type RegisteredFunction = (...args: unknown[]) => unknown;

export interface CustomFunctionsStandIn {
  associate(idOrMappings: string | Record<string, RegisteredFunction>, fn?: RegisteredFunction): void;
  Error: typeof StandInError;
  ErrorCode: typeof ERROR_CODES;
  /** What associate() recorded, by id. */
  registry: Map<string, RegisteredFunction>;
}

export function createCustomFunctionsStandIn(): CustomFunctionsStandIn {
  const registry = new Map<string, RegisteredFunction>();
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
g.CustomFunctions ??= createCustomFunctionsStandIn();
