import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

/*
 * Layering (docs/architecture.md "Allowed imports"): every folder of src/ is a layer with an
 * allow-list of what it may import, checked on every import form (import, import type,
 * export … from, import(), require(), import x = require(), typeof import()).
 * test/lint/layering.test.ts proves each list refuses a breach.
 *
 *   domain ─────────── the sales rules and the vocabulary; imports only itself
 *   i18n ───────────── domain                          (words, typed by the domain's keys)
 *   calendar ───────── domain                          (holiday data as calendar entries; chinese-days)
 *   workbook ───────── domain, i18n                    (the spec builders; @borgar/fx)
 *   xlsx ───────────── domain, i18n, workbook          (the .xlsx writer; exceljs, jszip)
 *   hosts/host.ts ──── domain, workbook                (the host contract the pane talks to)
 *   hosts/write ────── domain, workbook, host.ts       (the host-neutral planner: no words, no UI)
 *   hosts/excel ────── domain, workbook, host.ts, hosts/write   (Office.js: the only Excel.run)
 *   hosts/preview ──── domain, workbook, host.ts, hosts/write, functions/standIn.ts (hyperformula)
 *   functions ──────── domain, i18n                    (the SALES.* custom functions)
 *   taskpane ───────── domain, i18n, workbook, host.ts, calendar (React, Fluent UI); only its entry,
 *                      index.tsx, may also pick the Excel host (hosts/excel)
 *   preview ────────── everything but hosts/excel and cli (the browser preview page)
 *   cli ────────────── domain, i18n, workbook, xlsx, calendar (node: builtins)
 *
 * Each layer may import itself. Paths are resolved against the importing file, so the A1
 * module is the same target whether src/workbook/evaluate or src/hosts/write imports it.
 * A file of src/ outside these folders matches no layer and may import nothing: give its
 * folder a line here first.
 */

const ROOT = dirname(fileURLToPath(import.meta.url));
const SRC = join(ROOT, "src");

/** An import target as a path below src/ without extension ("workbook/a1", "hosts/host"), or null outside src. */
function srcPath(fromFile, specifier) {
  const rel = relative(SRC, resolve(dirname(fromFile), specifier));
  if (rel.startsWith("..") || isAbsolute(rel)) return null;
  return rel.split(sep).join("/").replace(/\.(tsx?|mjs|cjs|js|json)$/, "");
}

/** "react-dom/client" -> "react-dom", "@fluentui/react-components/x" -> "@fluentui/react-components". */
function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

/** A package allowed by the list: an exact name, "@scope/*", or "node:*" (the node: builtins). */
function packageAllowed(specifier, packages) {
  const name = packageName(specifier);
  return packages.some((p) => (p.endsWith("/*") || p.endsWith(":*") ? specifier.startsWith(p.slice(0, -1)) : p === name));
}

const layersPlugin = {
  rules: {
    imports: {
      meta: {
        type: "problem",
        docs: { description: "A layer of src/ imports only what its allow-list names (eslint.config.mjs, LAYERS)." },
        schema: [
          {
            type: "object",
            properties: {
              layer: { type: "string" },
              allow: { type: "array", items: { type: "string" } },
              packages: { type: "array", items: { type: "string" } },
              why: { type: "string" },
            },
            required: ["layer", "allow", "packages", "why"],
            additionalProperties: false,
          },
        ],
        messages: {
          forbidden: "{{layer}} may not import {{target}} (\"{{specifier}}\"). {{why}} It may import: {{allowed}}.",
          computed: "{{layer}} may not import a computed path: layered code names what it imports.",
        },
      },
      create(context) {
        const { layer, allow, packages, why } = context.options[0];
        const allowed = [...allow.map((a) => `src/${a}`), ...packages].join(", ") || "nothing";
        const check = (node, specifier) => {
          if (typeof specifier !== "string") {
            context.report({ node, messageId: "computed", data: { layer } });
            return;
          }
          let ok;
          let target;
          if (specifier.startsWith(".") || specifier.startsWith("/")) {
            const p = srcPath(context.filename, specifier);
            target = p === null ? "a file outside src/" : `src/${p}`;
            ok = p !== null && allow.some((a) => p === a || p.startsWith(`${a}/`));
          } else {
            target = `the package ${packageName(specifier)}`;
            ok = packageAllowed(specifier, packages);
          }
          if (!ok) context.report({ node, messageId: "forbidden", data: { layer, target, specifier, why, allowed } });
        };
        const literal = (node) => (node && node.type === "Literal" && typeof node.value === "string" ? node.value : null);
        return {
          ImportDeclaration: (node) => check(node, node.source.value),
          ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
          ExportAllDeclaration: (node) => check(node, node.source.value),
          ImportExpression: (node) => check(node, literal(node.source)),
          TSImportEqualsDeclaration: (node) =>
            node.moduleReference.type === "TSExternalModuleReference" && check(node, literal(node.moduleReference.expression)),
          TSImportType: (node) => check(node, literal(node.argument?.literal ?? node.argument)),
          CallExpression: (node) => {
            if (node.callee.type === "Identifier" && node.callee.name === "require" && node.arguments.length > 0) check(node, literal(node.arguments[0]));
          },
        };
      },
    },
  },
};

const UI_PACKAGES = ["react", "react-dom", "@fluentui/*"];

/** Each layer: its files, what it may import (folders or files below src/, and packages), and why. Later entries win. */
const LAYERS = [
  {
    layer: "src/",
    files: ["src/**/*.{ts,tsx}"],
    allow: [],
    packages: [],
    why: "This file belongs to no layer: add its folder to LAYERS in eslint.config.mjs.",
  },
  {
    layer: "src/domain",
    files: ["src/domain/**/*.{ts,tsx}"],
    allow: ["domain"],
    packages: [],
    why: "src/domain is pure: the sales rules and the vocabulary, no words, no host, no package.",
  },
  {
    layer: "src/i18n",
    files: ["src/i18n/**/*.{ts,tsx}"],
    allow: ["domain", "i18n"],
    packages: [],
    why: "src/i18n only translates the domain's keys; it knows no workbook, host or pane.",
  },
  {
    layer: "src/workbook",
    files: ["src/workbook/**/*.{ts,tsx}"],
    allow: ["domain", "i18n", "workbook"],
    packages: ["@borgar/fx"],
    why: "src/workbook builds specs for every writer and imports none of them, nor the pane or the preview.",
  },
  {
    layer: "src/calendar",
    files: ["src/calendar/**/*.{ts,tsx}"],
    allow: ["domain", "calendar"],
    packages: ["chinese-days"],
    why: "src/calendar turns bundled holiday data into the domain's calendar entries; it knows no words, workbook, host or pane.",
  },
  {
    layer: "src/xlsx",
    files: ["src/xlsx/**/*.{ts,tsx}"],
    allow: ["domain", "i18n", "workbook", "xlsx"],
    packages: ["exceljs", "jszip"],
    why: "The .xlsx writer turns a spec into a file; it needs no host or pane.",
  },
  {
    layer: "src/hosts/host.ts",
    files: ["src/hosts/host.ts"],
    allow: ["domain", "workbook", "hosts/host"],
    packages: [],
    why: "The host contract is plain data shared by every host and the pane.",
  },
  {
    layer: "src/hosts/write",
    files: ["src/hosts/write/**/*.{ts,tsx}"],
    allow: ["domain", "workbook", "hosts/host", "hosts/write"],
    packages: [],
    why: "The write planner is host-neutral and pure: its words come through the spec, not from i18n, and it knows no pane.",
  },
  {
    layer: "src/hosts/excel",
    files: ["src/hosts/excel/**/*.{ts,tsx}"],
    allow: ["domain", "workbook", "hosts/host", "hosts/write", "hosts/excel"],
    packages: [],
    why: "The Excel host sends the planner's operations through Office.js; the pane localizes its errors.",
  },
  {
    layer: "src/hosts/preview",
    files: ["src/hosts/preview/**/*.{ts,tsx}"],
    allow: ["domain", "workbook", "hosts/host", "hosts/write", "hosts/preview", "functions/standIn"],
    packages: ["hyperformula"],
    why: "The preview host writes through the planner into its in-browser workbook; the page around it is src/preview.",
  },
  {
    layer: "src/functions",
    files: ["src/functions/**/*.{ts,tsx}"],
    allow: ["domain", "i18n", "functions"],
    packages: [],
    why: "The custom functions run in Excel's JavaScript-only runtime: the domain and its words only.",
  },
  {
    layer: "src/taskpane",
    files: ["src/taskpane/**/*.{ts,tsx}"],
    allow: ["domain", "i18n", "workbook", "hosts/host", "calendar", "taskpane"],
    packages: UI_PACKAGES,
    why: "The task pane gets a Host (src/hosts/host.ts) and never imports a host's code; only its entry, index.tsx, creates the Excel host.",
  },
  {
    layer: "src/taskpane/index.tsx",
    files: ["src/taskpane/index.tsx"],
    allow: ["domain", "i18n", "workbook", "hosts/host", "calendar", "taskpane", "hosts/excel"],
    packages: UI_PACKAGES,
    why: "The pane's entry (the webpack entry) picks the Excel host and nothing else outside the pane.",
  },
  {
    layer: "src/preview",
    files: ["src/preview/**/*.{ts,tsx}"],
    allow: ["domain", "i18n", "workbook", "xlsx", "hosts/host", "hosts/write", "hosts/preview", "functions", "calendar", "taskpane", "preview"],
    packages: UI_PACKAGES,
    why: "The preview page runs the pane over the preview host, in a browser: never the Excel host or the command line.",
  },
  {
    layer: "src/cli",
    files: ["src/cli/**/*.{ts,tsx}"],
    allow: ["domain", "i18n", "workbook", "xlsx", "calendar", "cli"],
    packages: ["node:*"],
    why: "The command line plans and writes an .xlsx file; it has no host and no pane.",
  },
];

/** Only src/hosts/excel may call Excel.run (docs/architecture.md "Writing into Excel"). */
const EXCEL_RUN = [
  {
    selector: "MemberExpression[object.name='Excel'][property.name='run']",
    message: "Only src/hosts/excel calls Excel.run; go through the Host interface (src/hosts/host.ts).",
  },
  {
    selector: "MemberExpression[object.property.name='Excel'][property.name='run']",
    message: "Only src/hosts/excel calls Excel.run; go through the Host interface (src/hosts/host.ts).",
  },
];

const layering = [
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/hosts/excel/**"],
    rules: { "no-restricted-syntax": ["error", ...EXCEL_RUN] },
  },
  ...LAYERS.map(({ files, layer, allow, packages, why }) => ({
    files,
    plugins: { layers: layersPlugin },
    rules: { "layers/imports": ["error", { layer, allow, packages, why }] },
  })),
];

export default tseslint.config(
  { ignores: ["dist/**", "dist-cli/**", "dist-preview/**", "node_modules/**", "coverage/**", "out/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  ...layering,
);
