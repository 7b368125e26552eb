/**
 * The reference card tells the truth: its signatures match functions.json (generated from the
 * JSDoc of src/functions/functions.ts), and every worked example, run through the real custom
 * functions in each language exactly as Excel would call them, gives the result the card shows.
 */
import "../../../src/functions/standIn";
import * as functions from "../../../src/functions/functions";
import { setFunctionsLocale } from "../../../src/functions/locale";
import { FUNCTION_HELP } from "../../../src/i18n/functionsHelp";
import { LOCALES } from "../../../src/i18n/locale";
import { REFERENCE, formatValue, syntaxOf } from "../../../src/taskpane/reference/reference";
import { cellValue, excelArgs, parseFormula } from "../../build/excelCall";
import { generateFunctionsMetadata } from "../../build/metadata";

afterAll(() => setFunctionsLocale(null));

describe("reference card data", () => {
  it("covers every custom function once, in the metadata's order", async () => {
    const { metadata } = await generateFunctionsMetadata();
    expect(REFERENCE.map((f) => f.id)).toEqual(metadata.functions.map((f) => f.id));
    expect(Object.keys(FUNCTION_HELP).sort()).toEqual(REFERENCE.map((f) => f.id).sort());
  });

  it.each(REFERENCE.map((f) => [f.id, f] as const))("%s: the syntax matches functions.json (names, order, optional)", async (id, fn) => {
    const { metadata } = await generateFunctionsMetadata();
    const meta = metadata.functions.find((f) => f.id === id)!;
    expect(fn.params.map((p) => [p.name, p.optional])).toEqual(meta.parameters.map((p) => [p.name, p.optional === true]));
    expect(syntaxOf(fn)).toMatch(new RegExp(`^=SALES\\.${meta.name}\\(`));
  });

  const cases = REFERENCE.flatMap((fn) =>
    fn.examples.flatMap((ex) => LOCALES.map((locale) => [locale, ex.formula[locale], ex.value[locale]] as const)),
  );

  it.each(cases)("%s: %s → %j", async (locale, formula, expected) => {
    const { metadata } = await generateFunctionsMetadata();
    const { name, args } = parseFormula(formula);
    const meta = metadata.functions.find((f) => f.name === name)!;
    const fn = (functions as unknown as Record<string, (...a: unknown[]) => unknown>)[name];
    setFunctionsLocale(locale);
    expect(cellValue(await fn(...excelArgs(meta, args)))).toEqual(expected);
  });

  it("formats results for reading: grouped numbers, spilled parts joined", () => {
    expect(formatValue([[300000, 330000, 350000]], "en")).toBe("300,000 / 330,000 / 350,000");
    expect(formatValue([[34], [33], [33]], "zh-CN")).toBe("34 / 33 / 33");
    expect(formatValue("提案", "zh-TW")).toBe("提案");
  });
});
