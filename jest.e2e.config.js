/**
 * End-to-end tests in real Chromium (`npm run test:e2e`): test/e2e/*.e2e.test.ts drive the
 * browser preview and the built functions.js through playwright-core and Debian's chromium.
 * globalSetup builds the add-in and the preview into dist-preview/ (E2E_SKIP_BUILD=1 reuses
 * them) and serves them on 127.0.0.1 on a free port; globalTeardown stops the server.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", isolatedModules: true } }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "cjs", "json"],
  globalSetup: "<rootDir>/test/e2e/globalSetup.ts",
  globalTeardown: "<rootDir>/test/e2e/globalTeardown.ts",
  testTimeout: 90000,
  maxWorkers: 1,
  verbose: true,
};
