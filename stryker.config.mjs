// @ts-check
// `npm run mutation` (conformance/mutation/run-mutation.ts): Stryker mutates the simulator's rule code and the probe suite, run in process
// against the embedded simulator (vitest.mutation.config.ts), must notice. docs/mutation.md says
// why these files, the time budget, the score and every survivor.

/** The rule files: what the conformance suite certifies a target on. Plumbing and business bookkeeping are left out (docs/mutation.md). */
export const RULE_FILES = [
  'conformance/simulator/operation-pipeline.ts',
  'conformance/simulator/auth.ts',
  'conformance/simulator/tokens.ts',
  'conformance/simulator/sca-evaluation.ts',
  'conformance/simulator/data-signing.ts',
  'conformance/simulator/device-presence.ts',
  'conformance/simulator/signature-provenance.ts',
  'conformance/simulator/sca-history.ts',
  'conformance/simulator/device-activation.ts',
  // createActivation only: which device a code activates, in which state. The envelope's decoding
  // around it is the stand-in for the PowerAuth SDK's request, not a rule of the partner API.
  'conformance/simulator/powerauth-activation.ts:53-84',
  'conformance/simulator/handlers/register-sca-device.ts',
  'conformance/simulator/handlers/activate-sca-device.ts',
  'conformance/simulator/handlers/delete-sca-device.ts',
  'conformance/simulator/handlers/login.ts',
  'conformance/simulator/handlers/refresh-token.ts',
  'conformance/simulator/handlers/end-user-rules.ts',
];

/** Where the run writes: outside the source folders, ignored by git. */
export const REPORT_DIR = 'linkcy-sca-mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  mutate: RULE_FILES,
  coverageAnalysis: 'perTest',
  plugins: ['@stryker-mutator/*', './conformance/mutation/defect-switches.mjs'],
  ignorers: ['defect-switches', 'message-texts'],
  // A mutant only reached while a module loads would need every test rerun in a fresh process.
  ignoreStatic: true,
  // Each probe test takes 0.1 to 2 s; a mutant that makes the simulator loop or wait is cut short.
  timeoutMS: 10_000,
  timeoutFactor: 2,
  dryRunTimeoutMinutes: 10,
  reporters: ['clear-text', 'progress', 'json', 'html'],
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  jsonReporter: { fileName: `${REPORT_DIR}/mutation.json` },
  htmlReporter: { fileName: `${REPORT_DIR}/mutation.html` },
  incrementalFile: `${REPORT_DIR}/stryker-incremental.json`,
  tempDirName: '.stryker-tmp',
  thresholds: { high: 95, low: 90, break: null },
};

export default config;
