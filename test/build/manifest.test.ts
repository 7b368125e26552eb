/**
 * manifest.xml validates offline against the Office add-in manifest XSDs kept in the
 * repository (schemas/office-manifest, see its README.md) and follows the project's policy; broken copies fail,
 * which proves the check can fail.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { checkManifest, checkManifestPolicy, MAIN_SCHEMA, schemaDir, schemaErrors } from "../../scripts/validate-manifest";

const ROOT = join(__dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");

interface WebpackConfigModule {
  PRODUCTION_URL: string;
  DEV_URL: string;
  addinBaseUrl: (raw: string) => string;
  substituteManifestUrls: (xml: string, base: string) => string;
}
const webpackConfig = createRequire(__filename)(join(ROOT, "webpack.config.js")) as WebpackConfigModule;

jest.setTimeout(60000);

describe("manifest.xml", () => {
  it("is checked against the schemas kept in the repository (a clone needs nothing beside it)", () => {
    const saved = process.env.OFFICE_MANIFEST_SCHEMAS;
    delete process.env.OFFICE_MANIFEST_SCHEMAS;
    try {
      expect(schemaDir()).toBe(join(ROOT, "schemas", "office-manifest"));
    } finally {
      if (saved !== undefined) process.env.OFFICE_MANIFEST_SCHEMAS = saved;
    }
    expect(existsSync(join(ROOT, "schemas", "office-manifest", MAIN_SCHEMA))).toBe(true);
    expect(readFileSync(join(ROOT, "schemas", "office-manifest", "README.md"), "utf8")).toMatch(/Source[\s\S]*Licence/);
  });

  it("validates against the Office add-in manifest schema and the project policy", async () => {
    const report = await checkManifest(manifest);
    expect(report.schemaErrors).toEqual([]);
    expect(report.policyErrors).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it("asks for ReadWriteDocument and nothing broader", () => {
    const permissions = [...manifest.matchAll(/<Permissions>([^<]*)<\/Permissions>/g)].map((m) => m[1].trim());
    expect(permissions).toEqual(["ReadWriteDocument"]);
  });

  it("uses the JavaScript-only runtime: CustomFunctionsRuntime 1.1, functions.html/js/json, namespace SALES, no <Runtimes>", () => {
    expect(manifest).not.toMatch(/<Runtimes\b/);
    expect(manifest).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.1"\/>/);
    expect(manifest).toMatch(/<bt:String id="Functions\.Namespace" DefaultValue="SALES"\/>/);
    expect(manifest).toMatch(/id="Functions\.Page\.Url" DefaultValue="https:\/\/localhost:3000\/functions\.html"/);
    expect(manifest).toMatch(/id="Functions\.Script\.Url" DefaultValue="https:\/\/localhost:3000\/functions\.js"/);
    expect(manifest).toMatch(/id="Functions\.Metadata\.Url" DefaultValue="https:\/\/localhost:3000\/functions\.json"/);
  });

  it("has zh-CN and zh-TW names, description and localized function metadata", () => {
    expect(manifest).toContain('<Override Locale="zh-CN" Value="销售冲刺规划"/>');
    expect(manifest).toContain('<Override Locale="zh-TW" Value="銷售衝刺規劃"/>');
    expect(manifest).toContain('<bt:Override Locale="zh-CN" Value="https://localhost:3000/functions.zh-cn.json"/>');
    expect(manifest).toContain('<bt:Override Locale="zh-TW" Value="https://localhost:3000/functions.zh-tw.json"/>');
    expect(manifest).toMatch(/<DisplayName DefaultValue="Sales Sprint Planner">/);
  });

  it("has a real GUID and icons in every size the ribbon uses", () => {
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}<\/Id>/);
    for (const size of [16, 32, 64, 80]) expect(manifest).toContain(`/assets/icon-${size}.png`);
  });
});

describe("the production copy (dist/manifest.xml)", () => {
  it("substitutes the production URL everywhere and still validates", async () => {
    const base = webpackConfig.addinBaseUrl("https://cdn.contoso.com/sales-sprint");
    expect(base).toBe("https://cdn.contoso.com/sales-sprint/");
    const prod = webpackConfig.substituteManifestUrls(manifest, base);
    expect(prod).not.toMatch(/https?:\/\/localhost/);
    expect(prod).toContain('DefaultValue="https://cdn.contoso.com/sales-sprint/functions.js"');
    expect(prod).toContain("<AppDomain>https://cdn.contoso.com</AppDomain>");
    expect((await checkManifest(prod)).valid).toBe(true);
  });

  it("defaults to the placeholder production URL and refuses http", () => {
    expect(webpackConfig.PRODUCTION_URL).toMatch(/^https:\/\/.+\/$/);
    expect(() => webpackConfig.addinBaseUrl("http://example.com/")).toThrow(/https/);
  });
});

describe("the check can fail", () => {
  const broken: [string, (xml: string) => string][] = [
    ["Permissions removed", (x) => x.replace(/<Permissions>[^<]*<\/Permissions>/, "")],
    ["broader permission", (x) => x.replace("<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteMailbox</Permissions>")],
    ["elements out of order", (x) => x.replace(/(<ProviderName>[^<]*<\/ProviderName>)\s*(<Version>[^<]*<\/Version>)?/, "$1").replace("<Id>", "<Version>0.1.0.0</Version><Id>")],
    ["not well-formed", (x) => x.replace("</OfficeApp>", "")],
    ["version not a version", (x) => x.replace("<Version>0.1.0.0</Version>", "<Version>one</Version>")],
  ];

  it.each(broken)("a copy with %s fails schema validation", async (_label, mutate) => {
    const xml = mutate(manifest);
    expect(xml).not.toBe(manifest);
    const errors = await schemaErrors(xml, "broken.xml");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join("\n")).toMatch(/broken\.xml/);
  });

  it("a copy with <Runtimes> (shared runtime) fails", async () => {
    const xml = manifest.replace(
      "<Hosts>\n      <Host xsi:type=\"Workbook\">",
      '<Hosts>\n      <Host xsi:type="Workbook">\n        <Runtimes><Runtime resid="Taskpane.Url" lifetime="long"/></Runtimes>',
    );
    expect(xml).toContain("<Runtimes>");
    const report = await checkManifest(xml);
    expect(report.valid).toBe(false);
    expect(report.policyErrors.join("\n")).toMatch(/Runtimes/);
  });

  it("policy catches a wrong namespace, a missing translation and http URLs", () => {
    expect(checkManifestPolicy(manifest)).toEqual([]);
    expect(checkManifestPolicy(manifest.replace('DefaultValue="SALES"', 'DefaultValue="CONTOSO"')).join()).toMatch(/SALES/);
    expect(checkManifestPolicy(manifest.replace(/<bt:Override Locale="zh-TW" Value="[^"]*functions\.zh-tw\.json"\/>/, "")).join()).toMatch(/zh-TW/);
    expect(checkManifestPolicy(manifest.replace('<Override Locale="zh-CN" Value="销售冲刺规划"/>', "")).join()).toMatch(/DisplayName.*zh-CN/);
    expect(checkManifestPolicy(manifest.replace(/https:\/\/localhost:3000\/taskpane\.html/g, "http://localhost:3000/taskpane.html")).join()).toMatch(/Not https/);
  });
});
