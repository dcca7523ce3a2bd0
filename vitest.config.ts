import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// One worker per core (vitest's default leaves one idle, which is half of a 2-core CI machine).
// Files share their worker's module cache (isolate: false), so the OpenAPI document is parsed and
// its ajv validators compiled once per worker instead of once per file; no test depends on a
// fresh module registry, and the few spies restore themselves.
const cores = availableParallelism();

export default defineConfig({
  test: {
    include: ['{spec,generators,contracts,conformance,reports}/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    // The Pact core otherwise posts usage metrics: tests reach no network but loopback.
    env: { PACT_DO_NOT_TRACK: 'true' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    isolate: false,
    maxWorkers: cores,
    minWorkers: cores,
  },
});
