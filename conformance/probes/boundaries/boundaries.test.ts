import { describe, expect, it } from 'vitest';
import { runProbes } from '../../runner/index.ts';
import { startSimulatorTarget } from '../../targets/index.ts';

describe('boundaries family', () => {
  it('passes on the correct simulator', async () => {
    const target = await startSimulatorTarget({});
    try {
      const result = await runProbes({ target, runs: 1, seed: 1, only: 'boundaries' });
      const check = result.checks.find((candidate) => candidate.id === 'boundaries/outcome');
      expect(check?.failures.flatMap((failure) => failure.findings.map((finding) => finding.message))).toEqual([]);
      expect(check?.outcome).toBe('passed');
    } finally {
      await target.close();
    }
  }, 120_000);
});
