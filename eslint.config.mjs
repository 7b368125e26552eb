import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";

/*
 * Layering (README, "How the code is organised"): the domain is pure and imports only itself;
 * workbook builders know no host; the task pane gets a host and never reaches into the Excel
 * adapter; only src/hosts/excel calls Excel.run. test/lint/layering.test.ts proves each rule
 * fires. Import paths are matched as written (relative paths), by regular expression.
 */

/** Only src/hosts/excel may call Excel.run (README, "Writing into Excel"). */
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

/**
 * One entry per restricted folder: `regex` matches a forbidden import path. Static imports and
 * re-exports are checked by no-restricted-imports, dynamic import() and require() by
 * no-restricted-syntax (which also carries EXCEL_RUN, as one rule has one set of options).
 */
const LAYERS = [
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    // Anything but ./x (a sibling; the folder has no subfolders) or ../domain/x: other folders of
    // src (i18n included), packages and node builtins are all refused.
    regex: "^(?!\\./(?!\\.\\.)|\\.\\./domain(/|$))",
    message: "src/domain is pure: it imports only src/domain (README, \"How the code is organised\").",
  },
  {
    files: ["src/workbook/**/*.{ts,tsx}"],
    regex: "(^|/)(hosts|xlsx)(/|$)",
    message: "src/workbook builds specs for every host and imports none of them (README, \"How the code is organised\").",
  },
  {
    // index.tsx is the pane's composition root (the webpack entry): it alone picks the Excel host.
    files: ["src/taskpane/**/*.{ts,tsx}"],
    ignores: ["src/taskpane/index.tsx"],
    regex: "(^|/)hosts/excel(/|$)",
    message: "The task pane gets a Host and never imports src/hosts/excel (only its entry, index.tsx, creates the Excel host).",
  },
];

const dynamicImportSelectors = (regex, message) => [
  { selector: `ImportExpression[source.value=/${regex.replace(/\//g, "\\/")}/]`, message },
  { selector: `CallExpression[callee.name='require'][arguments.0.value=/${regex.replace(/\//g, "\\/")}/]`, message },
];

const layering = [
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/hosts/excel/**"],
    rules: { "no-restricted-syntax": ["error", ...EXCEL_RUN] },
  },
  ...LAYERS.map(({ files, ignores, regex, message }) => ({
    files,
    ...(ignores ? { ignores } : {}),
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex, message }] }],
      "no-restricted-syntax": ["error", ...EXCEL_RUN, ...dynamicImportSelectors(regex, message)],
    },
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
