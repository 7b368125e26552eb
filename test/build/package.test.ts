/**
 * `npm run package` (scripts/package.ts; docs/deploying.md "Deploying to a sales team"): the zip holds the
 * production manifest.xml, which validates, and a site/ folder with every file that manifest
 * and the pages name. Runs on the production build in dist/ (CI runs `npm run build` before
 * `npm test`); when dist/ is missing or a development build, builds one into a temporary folder.
 * Broken builds are refused, which shows the checks can fail.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { packageAddin } from "../../scripts/package";
import { checkManifest } from "../../scripts/validate-manifest";

const ROOT = join(__dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "sales-package-"));

/** A production build: dist/ if it is one, else a fresh build (ADDIN_URL below) in a temporary folder. */
function productionDist(): string {
  const dist = join(ROOT, "dist");
  const manifest = join(dist, "manifest.xml");
  if (existsSync(manifest) && !/https:\/\/localhost/.test(readFileSync(manifest, "utf8"))) return dist;
  const out = join(work, "build");
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--env", `outputPath=${out}`, "--stats", "errors-warnings"],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, ADDIN_URL: "https://addins.contoso.test/sales-sprint/" } },
  );
  if (r.status !== 0) throw new Error(`production build failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/** The https URLs of a manifest, read independently of scripts/package.ts: attribute values and element text. */
function urlsOf(xml: string): string[] {
  const values = [...xml.matchAll(/(?:DefaultValue|Value)="([^"]+)"|<(?:AppDomain|SourceLocation|IconUrl|HighResolutionIconUrl|SupportUrl)[^>]*>([^<]+)</g)];
  return values.map((m) => (m[1] ?? m[2]).trim()).filter((v) => /^https?:/.test(v));
}

let dist = "";
let zip: JSZip;
let manifest = "";

beforeAll(async () => {
  dist = productionDist();
  const result = await packageAddin(dist, join(work, "addin.zip"));
  zip = await JSZip.loadAsync(readFileSync(result.zipPath));
  manifest = await zip.file("manifest.xml")!.async("string");
}, 600000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

jest.setTimeout(60000);

describe("the package", () => {
  it("holds the production manifest.xml, unchanged, and it validates", async () => {
    expect(manifest).toBe(readFileSync(join(dist, "manifest.xml"), "utf8"));
    expect(manifest).not.toMatch(/https?:\/\/localhost/);
    const report = await checkManifest(manifest, "packaged manifest.xml");
    expect(report.schemaErrors).toEqual([]);
    expect(report.policyErrors).toEqual([]);
  });

  it("has a file in site/ for every URL of the manifest", () => {
    const urls = urlsOf(manifest);
    const base = /DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(manifest)![1];
    const files = urls.filter((u) => u !== new URL(base).origin);
    expect(files.length).toBeGreaterThanOrEqual(10); // pane, functions page/script/metadata ×3, icons
    for (const url of files) {
      expect(url.startsWith(base)).toBe(true);
      const path = `site/${url.slice(base.length)}`;
      expect({ url, inPackage: zip.file(path) !== null }).toEqual({ url, inPackage: true });
    }
  });

  it("has every script and stylesheet the pages load, and no source maps", async () => {
    for (const page of ["site/taskpane.html", "site/functions.html"]) {
      const html = await zip.file(page)!.async("string");
      const local = [...html.matchAll(/(?:src|href)=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((r) => !r.startsWith("https://"));
      expect(local.length).toBeGreaterThan(0);
      for (const ref of local) expect({ page, ref, inPackage: zip.file(`site/${ref}`) !== null }).toEqual({ page, ref, inPackage: true });
    }
    expect(Object.keys(zip.files).filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(zip.file("site/functions.js")).not.toBeNull();
  });
});

describe("what the packager refuses", () => {
  function brokenCopy(name: string, mutate: (dir: string) => void): string {
    const dir = join(work, name);
    cpSync(dist, dir, { recursive: true });
    mutate(dir);
    return dir;
  }
  const editManifest = (dir: string, edit: (xml: string) => string): void => {
    const path = join(dir, "manifest.xml");
    writeFileSync(path, edit(readFileSync(path, "utf8")));
  };

  it("a build without a file the manifest names", async () => {
    const dir = brokenCopy("no-metadata", (d) => unlinkSync(join(d, "functions.zh-tw.json")));
    await expect(packageAddin(dir, join(work, "x.zip"))).rejects.toThrow(/functions\.zh-tw\.json/);
  });

  it("a build without a script its page loads", async () => {
    const dir = brokenCopy("no-css", (d) => {
      const css = /href=["']?([^"'\s>]+\.css)/.exec(readFileSync(join(d, "taskpane.html"), "utf8"))![1];
      unlinkSync(join(d, css));
    });
    await expect(packageAddin(dir, join(work, "x.zip"))).rejects.toThrow(/taskpane\.html loads .*\.css/);
  });

  it("a development build (localhost URLs)", async () => {
    const dir = brokenCopy("dev", (d) => editManifest(d, (x) => x.replace(/https:\/\/[^"<]+?\/(?=taskpane\.html|functions|assets)/g, "https://localhost:3000/")));
    await expect(packageAddin(dir, join(work, "x.zip"))).rejects.toThrow(/development build/);
  });

  it("a manifest that does not validate", async () => {
    const dir = brokenCopy("invalid", (d) => editManifest(d, (x) => x.replace(/<Version>[^<]*<\/Version>/, "<Version>one</Version>")));
    await expect(packageAddin(dir, join(work, "x.zip"))).rejects.toThrow(/does not validate/);
  });

  it("no build at all", async () => {
    await expect(packageAddin(join(work, "nothing"), join(work, "x.zip"))).rejects.toThrow(/npm run build/);
  });
});

describe("a base URL with a path", () => {
  it("maps each URL below the path to the same file in site/", async () => {
    const base = /DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(readFileSync(join(dist, "manifest.xml"), "utf8"))![1];
    const dir = join(work, "subpath");
    cpSync(dist, dir, { recursive: true });
    const path = join(dir, "manifest.xml");
    const moved = readFileSync(path, "utf8").split(base).join("https://intranet.contoso.test/tools/sales-sprint/");
    writeFileSync(path, moved.split(new URL(base).origin).join("https://intranet.contoso.test"));
    const r = await packageAddin(dir, join(work, "subpath.zip"));
    expect(r.baseUrl).toBe("https://intranet.contoso.test/tools/sales-sprint/");
    expect(r.entries).toContain("site/taskpane.html");
  });
});
