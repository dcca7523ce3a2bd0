import { describe, expect, it } from 'vitest';
import type { ClientRunResult } from './contract.ts';
import { judgeOutcome, type SimulatorFacts } from './outcome-check.ts';
import { SCENARIOS } from './scenarios.ts';

// The outcome check: what the client reports against what the scenario expects, and what it
// claims against what the simulator holds.

const scenario = (id: string) => {
  const found = SCENARIOS.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(id);
  return found;
};
const FACTS: SimulatorFacts = {
  endUserId: 'u1',
  setupDeviceId: 'd0',
  devices: [
    { id: 'd0', endUserId: 'u1', status: 'ACTIVE' },
    { id: 'd1', endUserId: 'u1', status: 'ACTIVE' },
    { id: 'd2', endUserId: 'u1', status: 'PENDING_ACTIVATION' },
    { id: 'd3', endUserId: 'u2', status: 'ACTIVE' },
  ],
};
const reported = (outcome: Record<string, unknown>): ClientRunResult => ({ crashed: false, outcome: outcome as never });
const messages = (id: string, run: ClientRunResult, facts = FACTS): string[] => judgeOutcome(scenario(id), run, facts).map((finding) => finding.message);

describe('judgeOutcome', () => {
  it('passes a new ACTIVE device of the end user', () => {
    expect(messages('onboard-extra-device', reported({ ok: true, scaDeviceId: 'd1' }))).toEqual([]);
  });

  it.each([
    [{ ok: true }, /scaDeviceId is missing/],
    [{ ok: true, scaDeviceId: 'd0' }, /d0 is the device the end user already had/],
    [{ ok: true, scaDeviceId: 'd2' }, /device d2 is PENDING_ACTIVATION, not ACTIVE/],
    [{ ok: true, scaDeviceId: 'd3' }, /holds no device d3 for the end user/],
    [{ ok: false, errorCode: 'SCA_REQUIRED' }, /it reported SCA_REQUIRED/],
  ])('fails %j in onboard-extra-device', (outcome, message) => {
    expect(messages('onboard-extra-device', reported(outcome))).toEqual([expect.stringMatching(message)]);
  });

  it('accepts any one of several expected outcomes, and names them all when none matches', () => {
    expect(messages('sca-required', reported({ ok: false, errorCode: 'SCA_REQUIRED' }))).toEqual([]);
    expect(messages('sca-required', reported({ ok: true, scaDeviceId: 'd1' }))).toEqual([]);
    expect(messages('sca-required', reported({ ok: false, errorCode: 'FORBIDDEN' }))).toEqual([
      expect.stringMatching(/^expected \{"ok":false,"errorCode":"SCA_REQUIRED"\} or \{"ok":true\} \(new-active-device\); the client reported/),
    ]);
  });

  it('checks a deletion in the simulator, reports a crash, and never echoes secrets of the outcome', () => {
    expect(messages('delete-device', reported({ ok: true }))).toEqual([expect.stringMatching(/device d0 is still ACTIVE/)]);
    expect(messages('delete-device', reported({ ok: true }), { ...FACTS, devices: [{ id: 'd0', endUserId: 'u1', status: 'REMOVED' }] })).toEqual([]);
    expect(judgeOutcome(scenario('transient-failure'), { crashed: true, reason: 'exit code 1' }, FACTS)).toEqual([
      { scenario: 'transient-failure', exchangeId: null, request: null, check: 'scenario-outcome', requirementId: 'SCA-CLI-011', message: 'the client crashed: exit code 1' },
    ]);
    expect(messages('signature-refused', reported({ ok: true, token: 'secret-token', scaDeviceId: 'd1' })).join()).not.toContain('secret-token');
  });
});
