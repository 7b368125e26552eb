/**
 * Registry: every function exported from src/functions/functions.ts is a documented custom
 * function with complete JSDoc, appears with the same id, name and parameters in functions.json,
 * functions.zh-cn.json and functions.zh-tw.json, and has real Chinese help.
 */
import * as functions from "../../src/functions/functions";
import { localizedMetadataFiles, type CustomFunctionsMetadata } from "../../scripts/localize-metadata";
import { FUNCTION_HELP } from "../../src/i18n/functionsHelp";
import { LOCALES } from "../../src/i18n/locale";
import { generateFunctionsMetadata } from "./metadata";

const EXPECTED = ["FUNNEL_STAGE", "HIT_CHANCE", "REQUIRED_LEADS", "SMART_SCORE", "SPLIT_TARGET"];
const help = FUNCTION_HELP as unknown as Record<string, (typeof FUNCTION_HELP)[keyof typeof FUNCTION_HELP]>;

describe("custom functions registry", () => {
  const exported = Object.entries(functions as Record<string, unknown>)
    .filter(([, v]) => typeof v === "function")
    .map(([k]) => k)
    .sort();

  it("functions.ts exports the five SALES functions", async () => {
    const { metadata } = await generateFunctionsMetadata();
    expect(metadata.functions.map((f) => f.id).sort()).toEqual(EXPECTED);
  });

  it("every exported function is a @customfunction (an associate entry)", async () => {
    const { associate } = await generateFunctionsMetadata();
    expect(associate.map((a) => a.functionName).sort()).toEqual(exported);
  });

  it("every function has a description and every parameter a description (complete JSDoc)", async () => {
    const { metadata } = await generateFunctionsMetadata();
    for (const fn of metadata.functions) {
      expect([fn.id, (fn.description ?? "").trim().length > 0]).toEqual([fn.id, true]);
      for (const p of fn.parameters) expect([fn.id, p.name, (p.description ?? "").trim().length > 0]).toEqual([fn.id, p.name, true]);
    }
  });

  it("declares as many parameters as the JavaScript function takes", async () => {
    const { metadata, associate } = await generateFunctionsMetadata();
    for (const { id, functionName } of associate) {
      const fn = (functions as Record<string, unknown>)[functionName] as (...args: unknown[]) => unknown;
      const meta = metadata.functions.find((f) => f.id === id);
      expect(meta).toBeDefined();
      // Function.length stops at the first parameter with a default value.
      expect(meta!.parameters.length).toBeGreaterThanOrEqual(fn.length);
    }
  });

  it("appears with the same id, name and parameter list in all three metadata files", async () => {
    const { json, metadata } = await generateFunctionsMetadata();
    const shape = (m: CustomFunctionsMetadata): unknown =>
      m.functions.map((f) => ({ id: f.id, name: f.name, params: f.parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional]), result: f.result }));
    const files = localizedMetadataFiles(json, FUNCTION_HELP);
    expect(Object.keys(files)).toHaveLength(2);
    for (const text of Object.values(files)) expect(shape(JSON.parse(text) as CustomFunctionsMetadata)).toEqual(shape(metadata));
  });

  it("has help in every language, and the Chinese help is not the English text", async () => {
    const { metadata } = await generateFunctionsMetadata();
    for (const fn of metadata.functions) {
      const entry = help[fn.id];
      expect([fn.id, entry !== undefined]).toEqual([fn.id, true]);
      const texts = [entry.description, entry.result, ...fn.parameters.map((p) => entry.params[p.name])];
      for (const text of texts) {
        expect(text).toBeDefined();
        for (const locale of LOCALES) expect(text[locale].trim()).not.toBe("");
        expect(text["zh-CN"]).not.toBe(text.en);
        expect(text["zh-TW"]).not.toBe(text.en);
      }
      expect(Object.keys(entry.params).sort()).toEqual(fn.parameters.map((p) => p.name).sort());
    }
  });
});
