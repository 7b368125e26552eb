/**
 * The build step that writes functions.zh-cn.json and functions.zh-tw.json: same ids, names and
 * parameter lists as functions.json, translated descriptions. Runs the generator directly (on a
 * sample and on the metadata generated from src/functions/functions.ts), so no prior build is needed.
 */
import {
  LOCALIZED_METADATA_FILES,
  localizeMetadata,
  localizedMetadataFiles,
  missingTranslations,
  type CustomFunctionsMetadata,
  type FunctionHelp,
} from "../../scripts/localize-metadata";
import { FUNCTION_HELP } from "../../src/i18n/functionsHelp";
import { generateFunctionsMetadata } from "./metadata";

const sample: CustomFunctionsMetadata = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: "REQUIRED_LEADS",
      name: "REQUIRED_LEADS",
      description: "Leads needed to reach a revenue target.",
      parameters: [
        { name: "target", description: "Revenue target.", type: "number" },
        { name: "periods", description: "Number of periods.", type: "number", optional: true },
      ],
      result: { type: "number" },
    },
  ],
};

const sampleHelp: FunctionHelp = {
  REQUIRED_LEADS: {
    description: { "zh-CN": "达成目标需要的线索数。", "zh-TW": "達成目標需要的線索數。", en: "Leads needed." },
    params: {
      target: { "zh-CN": "销售目标。", "zh-TW": "銷售目標。", en: "Target." },
      periods: { "zh-CN": "期数。", "zh-TW": "期數。", en: "Periods." },
    },
    result: { "zh-CN": "线索数", "zh-TW": "線索數", en: "Leads" },
  },
};

describe("localizeMetadata (sample)", () => {
  it("translates descriptions and keeps everything else", () => {
    const zh = localizeMetadata(sample, sampleHelp, "zh-CN");
    expect(zh.functions[0].description).toBe("达成目标需要的线索数。");
    expect(zh.functions[0].parameters.map((p) => p.description)).toEqual(["销售目标。", "期数。"]);
    expect(zh.functions[0].id).toBe("REQUIRED_LEADS");
    expect(zh.functions[0].name).toBe("REQUIRED_LEADS");
    expect(zh.functions[0].parameters[1]).toMatchObject({ name: "periods", type: "number", optional: true });
    expect(zh.functions[0].result).toEqual({ type: "number" });
    expect(zh.allowCustomDataForDataTypeAny).toBe(true);
    // The input is not modified.
    expect(sample.functions[0].description).toBe("Leads needed to reach a revenue target.");
  });

  it("writes both files, Traditional in zh-tw", () => {
    const files = localizedMetadataFiles(JSON.stringify(sample), sampleHelp);
    expect(Object.keys(files).sort()).toEqual(["functions.zh-cn.json", "functions.zh-tw.json"]);
    const tw = JSON.parse(files["functions.zh-tw.json"]) as CustomFunctionsMetadata;
    expect(tw.functions[0].description).toBe("達成目標需要的線索數。");
  });

  it("refuses incomplete help: missing function, missing parameter, empty text, unknown parameter", () => {
    expect(() => localizeMetadata(sample, {}, "zh-CN")).toThrow(/REQUIRED_LEADS: no entry/);
    const noPeriods: FunctionHelp = {
      REQUIRED_LEADS: { ...sampleHelp.REQUIRED_LEADS, params: { target: sampleHelp.REQUIRED_LEADS.params.target } },
    };
    expect(() => localizeMetadata(sample, noPeriods, "zh-TW")).toThrow(/REQUIRED_LEADS\(periods\)/);
    const empty: FunctionHelp = {
      REQUIRED_LEADS: { ...sampleHelp.REQUIRED_LEADS, description: { "zh-CN": " ", "zh-TW": "x", en: "x" } },
    };
    expect(missingTranslations(sample, empty, "zh-CN")).toEqual(["REQUIRED_LEADS: description (zh-CN)"]);
    const extra: FunctionHelp = {
      REQUIRED_LEADS: {
        ...sampleHelp.REQUIRED_LEADS,
        params: { ...sampleHelp.REQUIRED_LEADS.params, period: { "zh-CN": "x", "zh-TW": "x", en: "x" } },
      },
    };
    expect(missingTranslations(sample, extra, "zh-CN").join()).toMatch(/unknown parameter "period"/);
  });
});

describe("localized metadata of the real functions", () => {
  it("has every function and parameter of functions.json, translated, in both files", async () => {
    const { json, metadata } = await generateFunctionsMetadata();
    const files = localizedMetadataFiles(json, FUNCTION_HELP);
    for (const [locale, file] of Object.entries(LOCALIZED_METADATA_FILES)) {
      const localized = JSON.parse(files[file]) as CustomFunctionsMetadata;
      expect(localized.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)])).toEqual(
        metadata.functions.map((f) => [f.id, f.name, f.parameters.map((p) => p.name)]),
      );
      localized.functions.forEach((fn, i) => {
        expect(fn.description).not.toBe(metadata.functions[i].description);
        expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
        fn.parameters.forEach((p) => expect(p.description).toMatch(/[\u4e00-\u9fff]/));
      });
      expect(locale).toMatch(/^zh-/);
    }
  });
});
