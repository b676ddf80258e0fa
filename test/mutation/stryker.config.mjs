// @ts-check
/**
 * `npm run mutate`: Stryker's mutation testing of the security-critical modules, against the
 * unit tests. Too slow for `npm test`; scores.ts judges each module, and docs/SECURITY.md has
 * the scores and the mutants that survive as equivalent.
 */

/**
 * Each module, with the files (or `path:from-to` line ranges) that hold it. One list: Stryker
 * mutates these, and scores.ts judges each module on its own.
 * @type {readonly { name: string; files: readonly string[] }[]}
 */
export const MODULES = [
  {
    name: 'sign-in and the authorization flow',
    files: ['src/background/sign-in.ts', 'src/background/auth-flow.ts', 'src/background/oauth-client.ts', 'src/background/token-server.ts'],
  },
  { name: 'the message router and request shapes', files: ['src/background/router.ts', 'src/background/request-shapes.ts'] },
  { name: 'the sanitizer', files: ['src/popup/sanitize.ts'] },
  { name: 'bounded bodies', files: ['src/shared/zoho/bounded-body.ts'] },
  { name: 'the answer parsers', files: ['src/shared/zoho/parse.ts', 'src/shared/zoho/ticket.ts', 'src/shared/zoho/ticket-detail.ts'] },
  { name: 'origins and scopes', files: ['src/shared/zoho/origins.ts', 'src/shared/zoho/scopes.ts'] },
  { name: 'the store gate', files: ['scripts/store-check.ts'] },
  { name: 'the Desk client’s error mapping', files: ['src/shared/zoho/desk-fetch.ts'] },
];

/** The least share of each module's mutants the tests must kill (a timeout counts as killed). */
export const LEAST_SCORE = 85;

/** The JSON report scores.ts reads. */
export const REPORT = 'reports/mutation/mutation.json';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'test/mutation/vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: MODULES.flatMap((module) => module.files),
  coverageAnalysis: 'perTest',
  // The two cores of the machines this runs on.
  concurrency: 2,
  reporters: ['json', 'clear-text', 'progress'],
  jsonReporter: { fileName: REPORT },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  // A run after a change tests again only the mutants the change can affect.
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
