import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbes, type ProbeEvent, type ProbeResult } from '../../runner/index.ts';
import { caseIdOf } from '../../runner/findings.ts';
import type { SimulatorDefect } from '../../simulator/index.ts';
import { startSimulatorTarget } from '../../targets/index.ts';
import { SIGNATURE_BOUNDARY_FAULTS } from './test-support/faults.ts';

// The stated boundaries pass on the correct simulator, and each fails on the simulator with a
// defect at its edge (test-support/faults.ts), naming the rule's requirement.

interface Run {
  readonly result: ProbeResult;
  /** The boundary ids of the cases that found a problem. */
  readonly failing: ReadonlySet<string>;
}

const runs = new Map<SimulatorDefect | 'none', Run>();

async function run(defect: SimulatorDefect | 'none'): Promise<Run> {
  const target = await startSimulatorTarget(defect === 'none' ? {} : { defects: [defect] });
  const failingIds = new Set<string>();
  const listen = (event: ProbeEvent): void => {
    if (event.type === 'case-finished' && event.problems > 0) failingIds.add(event.caseId);
  };
  try {
    const result = await runProbes({ target, runs: 1, seed: 1, only: 'boundaries', listeners: [listen] });
    const ids = new Set(result.checks.find((check) => check.id === 'boundaries/outcome')?.failures.map((failure) => failure.caseId));
    return { result, failing: new Set([...boundaryIdsOf(failingIds), ...boundaryIdsOf(ids)]) };
  } finally {
    await target.close();
  }
}

const ALL_IDS = new Set<string>();
function boundaryIdsOf(caseIds: ReadonlySet<string>): string[] {
  return [...ALL_IDS].filter((boundary) => caseIds.has(caseIdOf('boundaries', { boundary })));
}

beforeAll(async () => {
  for (const fault of SIGNATURE_BOUNDARY_FAULTS) for (const id of fault.cases) ALL_IDS.add(id);
  // Two at a time: each run is ~50 cases with a device onboarded for each.
  const pending: (SimulatorDefect | 'none')[] = ['none', ...SIGNATURE_BOUNDARY_FAULTS.map((fault) => fault.defect)];
  const worker = async (): Promise<void> => {
    for (let next = pending.shift(); next !== undefined; next = pending.shift()) runs.set(next, await run(next));
  };
  await Promise.all([worker(), worker()]);
}, 600_000);
afterAll(() => runs.clear());

describe('boundaries family', () => {
  it('passes on the correct simulator, every case judged', () => {
    const { result } = runs.get('none') ?? {};
    expect(result?.harnessErrors).toEqual([]);
    const check = result?.checks.find((candidate) => candidate.id === 'boundaries/outcome');
    expect(check?.failures.flatMap((failure) => failure.findings.map((finding) => finding.message))).toEqual([]);
    expect(check?.outcome).toBe('passed');
    expect(check?.casesRun).toBeGreaterThanOrEqual(ALL_IDS.size);
  });

  it.each(SIGNATURE_BOUNDARY_FAULTS)('$defect: fails $cases naming $requirement', (fault) => {
    const { result, failing } = runs.get(fault.defect) ?? {};
    const check = result?.checks.find((candidate) => candidate.id === 'boundaries/outcome');
    expect(result?.harnessErrors).toEqual([]);
    // Only this check fails, so every case that found a problem found it here.
    expect(result?.checks.filter((candidate) => candidate.outcome === 'failed').map((candidate) => candidate.id)).toEqual(['boundaries/outcome']);
    expect(check?.violatedRequirementIds).toContain(fault.requirement);
    expect(fault.cases.filter((id) => failing?.has(id) !== true)).toEqual([]);
  });
});
