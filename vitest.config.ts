import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['{spec,generators,contracts,conformance,reports}/**/*.test.ts'],
    setupFiles: ['./vitest.setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
