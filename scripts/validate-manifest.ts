/**
 * Offline validation of the add-in manifest.
 *
 *   npm run validate                      # manifest.xml, and dist/manifest.xml if it exists
 *   npx tsx scripts/validate-manifest.ts path/to/other.xml
 *
 * Two layers:
 * 1. XML Schema: the Office add-in manifest XSDs in schemas/office-manifest (part of the
 *    repository, source and licence in its README.md; OFFICE_MANIFEST_SCHEMAS overrides the folder), checked with
 *    libxml2 compiled to WebAssembly (xmllint-wasm), so no network and no native module.
 *    (`office-addin-manifest validate` would need the internet.)
 * 2. Project policy the schema cannot express: least permission, the SALES namespace,
 *    the JavaScript-only runtime (no <Runtimes>), localized names and metadata, https only.
 *
 * Exits 1 and prints the validator's messages when anything fails.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";

export const REPO_ROOT = resolve(__dirname, "..");
export const MAIN_SCHEMA = "OfficeAppManifestV1_1.xsd";

/** schemas/office-manifest in the repository (see its README.md), unless OFFICE_MANIFEST_SCHEMAS names another folder. */
export function schemaDir(): string {
  return resolve(process.env.OFFICE_MANIFEST_SCHEMAS ?? join(REPO_ROOT, "schemas", "office-manifest"));
}

export interface ManifestReport {
  /** True when both the schema and the policy checks pass. */
  valid: boolean;
  /** Messages from xmllint (schema) with line numbers where known. */
  schemaErrors: string[];
  /** Project policy problems (see checkManifestPolicy). */
  policyErrors: string[];
}

let schemaCache: { dir: string; files: XMLFileInfo[] } | null = null;

function loadSchemas(dir: string): XMLFileInfo[] {
  if (schemaCache?.dir === dir) return schemaCache.files;
  if (!existsSync(join(dir, MAIN_SCHEMA))) {
    throw new Error(
      `Manifest schemas not found: ${join(dir, MAIN_SCHEMA)}.\n` +
        `Expected schemas/office-manifest in the repository (or set OFFICE_MANIFEST_SCHEMAS).`,
    );
  }
  const names = readdirSync(dir).filter((f) => f.endsWith(".xsd"));
  // The entry schema first; the others are imported by file name, so they go in as preloaded files.
  names.sort((a, b) => (a === MAIN_SCHEMA ? -1 : b === MAIN_SCHEMA ? 1 : a.localeCompare(b)));
  const files = names.map((fileName) => ({ fileName, contents: readFileSync(join(dir, fileName), "utf8") }));
  schemaCache = { dir, files };
  return files;
}

/** Validates manifest XML text against the Office add-in manifest XSDs. Returns xmllint's messages (empty = valid). */
export async function schemaErrors(xml: string, fileName = "manifest.xml", dir = schemaDir()): Promise<string[]> {
  const [main, ...rest] = loadSchemas(dir);
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [main],
    preload: rest,
  });
  if (result.valid) return [];
  const messages = result.errors.map((e) => e.rawMessage.trim()).filter((m) => m.length > 0);
  return messages.length > 0 ? messages : [result.rawOutput.trim() || "xmllint reported the manifest invalid"];
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(tag);
  return m ? m[1] : null;
}

/** The element `<name ...>...</name>` (or self-closing) whose attribute `id` is `id`, as raw text. */
function elementWithId(xml: string, name: string, id: string): string | null {
  const re = new RegExp(`<${name}\\b[^>]*\\bid="${id.replace(/\./g, "\\.")}"[^>]*?(/>|>[\\s\\S]*?</${name}>)`);
  const m = re.exec(xml);
  return m ? m[0] : null;
}

function overrideLocales(element: string): string[] {
  return [...element.matchAll(/<(?:bt:)?Override\b[^>]*>/g)].map((m) => attr(m[0], "Locale") ?? "");
}

/**
 * Project rules the XSD cannot express. Returns one message per problem (empty = fine).
 * Regex-based on purpose: the manifest is our own, small, and already schema-valid when this runs.
 */
export function checkManifestPolicy(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");

  const permissions = [...body.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
  if (permissions.length !== 1 || permissions[0] !== "ReadWriteDocument") {
    problems.push(`Permissions must be exactly ReadWriteDocument (found: ${permissions.join(", ") || "none"})`);
  }

  if (/<Runtimes\b/.test(body)) {
    problems.push("<Runtimes> found: custom functions must use the JavaScript-only runtime, not the shared runtime");
  }

  if (!/<Set\s+Name="CustomFunctionsRuntime"\s+MinVersion="1\.1"\s*\/>/.test(body)) {
    problems.push('Requirements must include <Set Name="CustomFunctionsRuntime" MinVersion="1.1"/>');
  }

  const cf = /<ExtensionPoint\s+xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(body);
  if (!cf) {
    problems.push('No <ExtensionPoint xsi:type="CustomFunctions">');
  } else {
    const resid = (el: string): string | null => {
      const m = new RegExp(`<${el}>\\s*<SourceLocation\\s+resid="([^"]+)"`).exec(cf[1]);
      return m ? m[1] : null;
    };
    const expect: Record<string, RegExp> = {
      Script: /\/functions\.js$/,
      Page: /\/functions\.html$/,
      Metadata: /\/functions\.json$/,
    };
    for (const [el, pattern] of Object.entries(expect)) {
      const id = resid(el);
      const url = id ? elementWithId(body, "bt:Url", id) : null;
      const value = url ? attr(url, "DefaultValue") : null;
      if (!value || !pattern.test(value)) problems.push(`CustomFunctions ${el} must point to ${pattern.source} (found ${value ?? "nothing"})`);
    }
    const metaId = resid("Metadata");
    const meta = metaId ? elementWithId(body, "bt:Url", metaId) : null;
    for (const [locale, file] of [
      ["zh-CN", "functions.zh-cn.json"],
      ["zh-TW", "functions.zh-tw.json"],
    ]) {
      const ov = meta ? [...meta.matchAll(/<bt:Override\b[^>]*>/g)].find((m) => attr(m[0], "Locale") === locale) : undefined;
      if (!ov || !attr(ov[0], "Value")?.endsWith(`/${file}`)) {
        problems.push(`Metadata URL needs <bt:Override Locale="${locale}" Value=".../${file}"/>`);
      }
    }
    const ns = /<Namespace\s+resid="([^"]+)"/.exec(cf[1]);
    const nsString = ns ? elementWithId(body, "bt:String", ns[1]) : null;
    const nsValue = nsString ? attr(nsString, "DefaultValue") : null;
    if (nsValue !== "SALES") problems.push(`Custom functions namespace must be SALES (found ${nsValue ?? "nothing"})`);
  }

  for (const el of ["DisplayName", "Description"]) {
    const m = new RegExp(`<${el}\\b[\\s\\S]*?</${el}>`).exec(body);
    const locales = m ? overrideLocales(m[0]) : [];
    for (const locale of ["zh-CN", "zh-TW"]) {
      if (!locales.includes(locale)) problems.push(`${el} needs an <Override Locale="${locale}">`);
    }
  }

  for (const m of body.matchAll(/(?:DefaultValue|Value)="(http[^"]*)"|<AppDomain>([^<]*)<\/AppDomain>/g)) {
    const url = m[1] ?? m[2];
    if (!url.startsWith("https://")) problems.push(`Not https: ${url}`);
  }

  return problems;
}

/** Schema + policy checks of manifest XML text. */
export async function checkManifest(xml: string, fileName = "manifest.xml", dir = schemaDir()): Promise<ManifestReport> {
  const schema = await schemaErrors(xml, fileName, dir);
  const policy = checkManifestPolicy(xml);
  return { valid: schema.length === 0 && policy.length === 0, schemaErrors: schema, policyErrors: policy };
}

/** Reads and checks a manifest file. */
export async function checkManifestFile(path: string, dir = schemaDir()): Promise<ManifestReport> {
  return checkManifest(readFileSync(path, "utf8"), relative(REPO_ROOT, path) || path, dir);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files = args.length > 0 ? args.map((a) => resolve(a)) : [join(REPO_ROOT, "manifest.xml"), join(REPO_ROOT, "dist", "manifest.xml")].filter(existsSync);
  let failed = false;
  for (const file of files) {
    const name = relative(process.cwd(), file) || file;
    let report: ManifestReport;
    try {
      report = await checkManifestFile(file);
    } catch (err) {
      console.error(`✗ ${name}: ${err instanceof Error ? err.message : String(err)}`);
      failed = true;
      continue;
    }
    if (report.valid) {
      console.log(`✓ ${name} is valid (Office add-in manifest schema, ${schemaDir()}; project policy)`);
    } else {
      failed = true;
      console.error(`✗ ${name} is not valid`);
      for (const e of report.schemaErrors) console.error(`  schema: ${e}`);
      for (const e of report.policyErrors) console.error(`  policy: ${e}`);
    }
  }
  if (files.length === 0) {
    console.error("No manifest to validate.");
    failed = true;
  }
  process.exit(failed ? 1 : 0);
}

if (require.main === module) void main();
