/**
 * Lints source texts as if they were files of the repository, with the repository's own
 * eslint.config.mjs, and prints ESLint's results as JSON. Used by test/lint/layering.test.ts:
 * ESLint loads its flat config with import(), which jest's CommonJS runtime cannot do, so the
 * test runs this script in a plain Node process.
 *
 *   echo '[{"filePath":"src/domain/x.ts","code":"..."}]' | node test/lint/lint-fixtures.mjs
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const fixtures = JSON.parse(readFileSync(0, "utf8"));
const eslint = new ESLint({ cwd: root });
const out = [];
for (const { filePath, code } of fixtures) {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  out.push({
    filePath,
    errors: result.messages.filter((m) => m.severity === 2).map((m) => ({ ruleId: m.ruleId, message: m.message })),
  });
}
process.stdout.write(JSON.stringify(out));
