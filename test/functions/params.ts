/**
 * Test-only: every function's parameters in order as { name, optional }, derived from the one
 * declaration in src/domain/vocabulary.ts, to compare with the metadata that
 * custom-functions-metadata reads from the JSDoc of src/functions/functions.ts.
 */
import { parameterList, type FunctionId } from "../../src/domain/vocabulary";

export interface ParamInfo {
  readonly name: string;
  readonly optional: boolean;
}


export const FUNCTION_PARAMS: Readonly<Record<FunctionId, readonly ParamInfo[]>> = {
  REQUIRED_LEADS: parameterList("REQUIRED_LEADS"),
  SPLIT_TARGET: parameterList("SPLIT_TARGET"),
  SMART_SCORE: parameterList("SMART_SCORE"),
  FUNNEL_STAGE: parameterList("FUNNEL_STAGE"),
  HIT_CHANCE: parameterList("HIT_CHANCE"),
};

