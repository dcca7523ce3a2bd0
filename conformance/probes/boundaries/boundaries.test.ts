import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProbes, type ProbeResult } from '../../runner/index.ts';
import type { SimulatorDefect } from '../../simulator/index.ts';
import { startSimulatorTarget } from '../../targets/index.ts';
import { createProbeContext } from '../context.ts';
import { FAILED_ATTEMPTS_TO_BLOCK } from '../fixtures/device.ts';
import { predictFor } from '../sca-case.ts';
import { CaseSession } from '../session.ts';
import { boundaryCases } from './cases.ts';
import { boundariesFamily } from './family.ts';
import { boundariesOutcome } from './outcome.ts';
import { SIGNATURE_BOUNDARY_FAULTS } from './test-support/faults.ts';
import { replayOnDefect } from './test-support/replay.ts';

// The stated boundaries pass on the correct simulator (every case of the family), and each case
// of test-support/faults.ts fails on the simulator with the defect at its edge, naming the rule's
// requirement.

let correct: ProbeResult | undefined;
const caught = new Map<SimulatorDefect, ReadonlyMap<string, ProbeResult>>();

beforeAll(async () => {
  const target = await startSimulatorTarget({});
  try {
    correct = await runProbes({ target, runs: 1, seed: 1, only: 'boundaries' });
  } finally {
    await target.close();
  }
  // Two simulators at a time: every case onboards a device.
  const pending = [...SIGNATURE_BOUNDARY_FAULTS];
  const worker = async (): Promise<void> => {
    for (let next = pending.shift(); next !== undefined; next = pending.shift()) caught.set(next.defect, await replayOnDefect(next));
  };
  await Promise.all([worker(), worker()]);
}, 600_000);
afterAll(() => caught.clear());

describe('boundaries family', () => {
  it('passes on the correct simulator, every case judged', async () => {
    expect(correct?.harnessErrors).toEqual([]);
    const check = correct?.checks.find((candidate) => candidate.id === 'boundaries/outcome');
    expect(check?.failures.flatMap((failure) => failure.findings.map((finding) => finding.message))).toEqual([]);
    expect(check?.outcome).toBe('passed');
    const target = await startSimulatorTarget({});
    try {
      const context = await createProbeContext(target);
      const applicable = boundaryCases(context).filter((testCase) => testCase.notApplicable?.(context) === undefined);
      expect(check?.casesRun).toBe(applicable.length);
    } finally {
      await target.close();
    }
  });

  it.each(SIGNATURE_BOUNDARY_FAULTS)('$defect: fails $cases naming $requirement', (fault) => {
    for (const id of fault.cases) {
      const result = caught.get(fault.defect)?.get(id);
      const check = result?.checks.find((candidate) => candidate.id === 'boundaries/outcome');
      expect(result?.harnessErrors, id).toEqual([]);
      // Only this check fails: the case's problem is the boundary's, not a response shape.
      expect(result?.checks.filter((candidate) => candidate.outcome === 'failed').map((candidate) => candidate.id), id).toEqual(['boundaries/outcome']);
      expect(check?.violatedRequirementIds, id).toContain(fault.requirement);
      expect(check?.failures[0]?.findings[0]?.message, id).toContain(`Boundary ${id}, call `);
    }
  });

  it('states no exact TTL millisecond on a target whose clock runs: not applicable, nothing sent, never passed', async () => {
    const target = await startSimulatorTarget({});
    try {
      const context = { ...(await createProbeContext(target)), clockFrozen: false };
      const cases = boundaryCases(context);
      // Ids are public (a finding names its case): one per edge.
      expect(new Set(cases.map((testCase) => testCase.id)).size).toBe(cases.length);
      const ttl = cases.find((testCase) => testCase.id === 'ttl/last-accepted-ms/createCard');
      if (ttl === undefined) throw new Error('no TTL case for createCard');
      const session = new CaseSession(context, 'boundaries:ttl');
      const observation = await boundariesFamily.execute(ttl, session);
      expect(observation).toMatchObject({ boundary: ttl.id, calls: [], exchanges: [], notApplicable: expect.stringMatching(/clock runs on/) });
      expect(session.exchanges).toEqual([]);
      expect(boundariesOutcome.appliesTo?.(observation)).toBe(false);
    } finally {
      await target.close();
    }
  });

  // The failed-attempt cases state the device state each call meets; it must be the one the
  // model's side effects lead to (D-BOUND-2), so the cases and the decision table cannot drift.
  it('states, before each call, the device state the model side effects lead to', async () => {
    const target = await startSimulatorTarget({});
    try {
      const context = await createProbeContext(target);
      const cases = boundaryCases(context).filter((testCase) => testCase.id.startsWith('failed-attempts/'));
      expect(cases.length).toBeGreaterThan(0);
      for (const testCase of cases) {
        const { calls } = await boundariesFamily.execute(testCase, new CaseSession(context, testCase.id));
        let failures = 0;
        for (const call of calls) {
          expect(call.scaCase.endUser.devices, `${testCase.id}: ${call.note ?? ''}`).toBe(failures >= FAILED_ATTEMPTS_TO_BLOCK ? 'blocked-only' : 'active');
          const { sideEffects } = predictFor(context, call.scaCase);
          if (sideEffects?.failedAttempt === true) failures += 1;
          if (sideEffects?.counterAdvances === true) failures = 0;
        }
      }
    } finally {
      await target.close();
    }
  });
});
