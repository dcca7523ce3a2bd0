import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RUNS } from '../../cli/probe-command.ts';
import { runProbes, type ProbeResult } from '../../runner/index.ts';
import type { SimulatorDefect } from '../../simulator/index.ts';
import { startSimulatorTarget } from '../../targets/index.ts';
import { LIFECYCLE_FAULTS } from './test-support/faults.ts';

// The lifecycle family at the runs `linkcy-sca probe` plays by default: it passes the correct
// simulator, reaching signed calls in most sequences, and catches each device-lifecycle defect
// with the requirement it breaks.

const SEED = 1;
const results = new Map<SimulatorDefect | 'correct', ProbeResult>();

beforeAll(async () => {
  const defects = [undefined, ...LIFECYCLE_FAULTS.map((fault) => fault.defect)];
  await Promise.all(
    defects.map(async (defect) => {
      const target = await startSimulatorTarget(defect === undefined ? {} : { defects: [defect] });
      try {
        results.set(defect ?? 'correct', await runProbes({ target, runs: DEFAULT_RUNS, seed: SEED, only: 'lifecycle' }));
      } finally {
        await target.close();
      }
    }),
  );
}, 300_000);
afterAll(() => results.clear());

describe('lifecycle family at the default runs', () => {
  it('passes the correct simulator and states its reach: most sequences sign, every state, two end users', () => {
    const result = results.get('correct');
    expect(result?.checks.find((check) => check.id === 'lifecycle/model')?.outcome).toBe('passed');
    const reach = result?.reach.lifecycle;
    expect(reach?.cases).toBe(DEFAULT_RUNS);
    expect(reach?.casesReaching.signed).toBeGreaterThan(DEFAULT_RUNS / 2);
    expect(reach?.deepestStage).toBe('two-devices-interleaved');
    expect(reach?.deviceStatesVisited).toEqual(['PENDING_ACTIVATION', 'ACTIVE', 'BLOCKED', 'REMOVED']);
    expect(reach?.maxEndUsersWithDevices).toBe(2);
    expect(reach?.crossUserCases).toBeGreaterThan(0);
  });

  it.each(LIFECYCLE_FAULTS)('catches $defect, naming $requirement', ({ defect, requirement }) => {
    const check = results.get(defect)?.checks.find((candidate) => candidate.id === 'lifecycle/model');
    expect(check?.outcome).toBe('failed');
    expect(check?.violatedRequirementIds).toContain(requirement);
    expect(check?.failures.every((failure) => failure.seed === SEED)).toBe(true);
  });
});
