/**
 * Packages a production build for deployment (docs/deploying.md "Deploying to a sales team").
 *
 *   ADDIN_URL=https://addins.contoso.com/sales-sprint/ npm run build
 *   npm run package                 # writes out/sales-sprint-planner-<version>.zip
 *   npx tsx scripts/package.ts --dist DIR --out FILE.zip
 *
 * The zip holds:
 *   manifest.xml   the manifest built for that URL: what an administrator uploads to the
 *                  Microsoft 365 admin center or a SharePoint app catalog;
 *   site/          every file of dist/ to copy to the static HTTPS host at that URL (source maps
 *                  and the manifest left out: the add-in needs neither at run time).
 *
 * Refuses (exit 1, with the reason) a missing or development build, a manifest that does not
 * validate (scripts/validate-manifest.ts), and a manifest or page that names a file the package
 * does not hold. Uses JSZip (MIT, already installed as a dependency of ExcelJS).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import JSZip from "jszip";
import { checkManifest, REPO_ROOT } from "./validate-manifest";

export const SITE = "site";

/** Files of dist/ that are not uploaded to the web host. */
function leftOut(path: string): boolean {
  return path.endsWith(".map") || path === "manifest.xml";
}

/** Every file under `root`, as "/"-separated paths relative to it. */
function filesUnder(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(root, full));
    else out.push(relative(root, full).split(sep).join("/"));
  }
  return out;
}

/** The add-in's base URL, read from the manifest's task pane URL (…/taskpane.html). */
export function manifestBaseUrl(xml: string): string {
  const m = /DefaultValue="(https:\/\/[^"]*\/)taskpane\.html"/.exec(xml);
  if (!m) throw new Error("manifest.xml names no https …/taskpane.html: is this the add-in's manifest?");
  return m[1];
}

/** Every https URL the manifest names (attribute values and element text). */
export function manifestUrls(xml: string): string[] {
  const body = xml.replace(/<!--[\s\S]*?-->/g, "");
  return [...new Set([...body.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]))];
}

/** Local files an HTML page loads (script src, link href), relative to the page. */
export function pageReferences(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)=["']?([^"'\s>]+)/g)]
    .map((m) => m[1])
    .filter((ref) => !/^[a-z]+:/i.test(ref) && !ref.startsWith("//"));
}

export interface PackageResult {
  zipPath: string;
  baseUrl: string;
  /** Paths inside the zip. */
  entries: string[];
  bytes: number;
}

/** Checks what the site must hold: every manifest URL under the base URL, every file a page loads. */
function missingFiles(xml: string, baseUrl: string, site: Set<string>, read: (path: string) => string): string[] {
  const problems: string[] = [];
  const origin = new URL(baseUrl).origin;
  for (const url of manifestUrls(xml)) {
    if (url === origin) continue; // <AppDomain>: an origin, not a file
    if (!url.startsWith(baseUrl)) {
      problems.push(`manifest URL outside the add-in's base URL ${baseUrl}: ${url}`);
      continue;
    }
    const path = decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length));
    if (!site.has(path)) problems.push(`manifest names ${url}, but the build has no ${path}`);
  }
  for (const page of [...site].filter((p) => p.endsWith(".html"))) {
    for (const ref of pageReferences(read(page))) {
      const path = new URL(ref, `https://x/${page}`).pathname.slice(1);
      if (!site.has(path)) problems.push(`${page} loads ${ref}, which the build does not have`);
    }
  }
  return problems;
}

export async function packageAddin(distDir: string, zipPath: string): Promise<PackageResult> {
  const manifestPath = join(distDir, "manifest.xml");
  if (!existsSync(manifestPath)) {
    throw new Error(`${manifestPath} not found: run \`ADDIN_URL=https://your.host/path/ npm run build\` first.`);
  }
  const xml = readFileSync(manifestPath, "utf8");
  const baseUrl = manifestBaseUrl(xml);
  if (new URL(baseUrl).hostname === "localhost") {
    throw new Error(`${manifestPath} points at ${baseUrl}: that is a development build. Build with \`ADDIN_URL=https://your.host/path/ npm run build\`.`);
  }
  const report = await checkManifest(xml, "dist/manifest.xml");
  if (!report.valid) {
    throw new Error(`dist/manifest.xml does not validate:\n  ${[...report.schemaErrors, ...report.policyErrors].join("\n  ")}`);
  }

  const siteFiles = filesUnder(distDir).filter((f) => !leftOut(f)).sort();
  const problems = missingFiles(xml, baseUrl, new Set(siteFiles), (p) => readFileSync(join(distDir, p), "utf8"));
  if (problems.length > 0) throw new Error(`The build is incomplete:\n  ${problems.join("\n  ")}`);

  const zip = new JSZip();
  // A fixed date keeps the zip the same for the same build.
  const date = new Date(Date.UTC(2000, 0, 1));
  zip.file("manifest.xml", xml, { date, createFolders: false });
  for (const f of siteFiles) zip.file(`${SITE}/${f}`, readFileSync(join(distDir, f)), { date, createFolders: false });
  const data = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "UNIX" });
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, data);
  return { zipPath, baseUrl, entries: ["manifest.xml", ...siteFiles.map((f) => `${SITE}/${f}`)], bytes: data.length };
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const version = (JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;
  const distDir = resolve(option(args, "--dist") ?? join(REPO_ROOT, "dist"));
  const zipPath = resolve(option(args, "--out") ?? join(REPO_ROOT, "out", `sales-sprint-planner-${version}.zip`));
  try {
    const r = await packageAddin(distDir, zipPath);
    console.log(`✓ ${relative(process.cwd(), r.zipPath) || r.zipPath}: ${r.entries.length} files, ${(r.bytes / 1024).toFixed(1)} KB`);
    console.log(`  site/        → copy to ${r.baseUrl} (any static HTTPS host)`);
    console.log(`  manifest.xml → upload in the Microsoft 365 admin center (Integrated apps) or a SharePoint app catalog`);
  } catch (err) {
    console.error(`✗ ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

if (require.main === module) void main();
