import { defineConfig } from 'vitest/config';

// The test set Stryker runs for `npm run mutation` (stryker.config.mjs): the probe families against
// the embedded simulator, one small test per family and setting, so per-test coverage reruns only
// the tests that reach a mutant. Not part of `npm test` (its files end in .mutation.ts).
export default defineConfig({
  test: {
    include: ['conformance/mutation/**/*.mutation.ts'],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    isolate: false,
  },
});
