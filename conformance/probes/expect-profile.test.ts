import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTargetProfile } from '../../spec/profile/index.ts';
import type { ProbeResult } from '../../reports/index.ts';
import { runProbes } from '../runner/index.ts';
import { startSimulatorTarget } from '../targets/index.ts';

// Issue 8: "a run with each non-default choice is green against a simulator configured the same
// way". The example profile (docs/expect-profile.example.json) takes the non-default value of
// every row at once; the simulator plays it and the probes judge against it.

const EXAMPLE = loadTargetProfile(new URL('../../docs/expect-profile.example.json', import.meta.url).pathname);
let result: ProbeResult | undefined;

beforeAll(async () => {
  const target = await startSimulatorTarget({ profile: 'production', expect: EXAMPLE });
  try {
    result = await runProbes({ target, runs: 4, seed: 20261202, profile: 'production', expect: EXAMPLE });
  } finally {
    await target.close();
  }
}, 120_000);
afterAll(() => {
  result = undefined;
});

describe('the simulator playing the example profile, judged against it', () => {
  it('passes every check, with no harness error', () => {
    expect(result?.harnessErrors).toEqual([]);
    const notPassed = (result?.checks ?? []).filter((check) => check.outcome !== 'passed').map((check) => [check.id, check.outcome]);
    expect(notPassed).toEqual([]);
    expect(result?.summary).toMatchObject({ failed: 0, harnessErrors: 0 });
  });
});
