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

  const SCENE: SimulatorFacts = {
    ...FACTS,
    ledgerId: 'l1',
    profileId: 'p1',
    cardId: 'c1',
    setupBeneficiaryId: 'b0',
    amount: 12.5,
    cards: [
      { id: 'c1', ledgerId: 'l1', profileId: 'p0' },
      { id: 'c2', ledgerId: 'l1', profileId: 'p1' },
      { id: 'c3', ledgerId: 'l2', profileId: 'p1' },
    ],
    beneficiaries: [
      { id: 'b0', endUserId: 'u1' },
      { id: 'b1', endUserId: 'u1' },
      { id: 'b2', endUserId: 'u2' },
    ],
    transactions: [
      { id: 't1', ledgerFromId: 'l1', counterpartId: 'b0', amount: 12.5 },
      { id: 't2', ledgerFromId: 'l1', counterpartId: 'b0', amount: 125 },
      { id: 't3', ledgerFromId: 'l1', counterpartId: 'b1', amount: 12.5 },
    ],
    answered: [
      { operationId: 'login', target: '/api/partner/login', status: 200 },
      { operationId: 'getCardPin', target: '/api/partner/cards/c1/pin', status: 401 },
      { operationId: 'getCardPanCredentials', target: '/api/partner/cards/c1/pan/credentials', status: 200 },
    ],
  };

  it.each([
    ['create-card', { ok: true, cardId: 'c2' }, undefined],
    ['create-card', { ok: true }, /cardId is missing/],
    ['create-card', { ok: true, cardId: 'c9' }, /holds no card c9/],
    ['create-card', { ok: true, cardId: 'c1' }, /card c1 is not on the given ledger and profile/],
    ['create-card', { ok: true, cardId: 'c3' }, /card c3 is not on the given ledger and profile/],
    ['add-beneficiary', { ok: true, beneficiaryId: 'b1' }, undefined],
    ['add-beneficiary', { ok: true, beneficiaryId: 'b0' }, /b0 is the beneficiary the end user already had/],
    ['add-beneficiary', { ok: true, beneficiaryId: 'b2' }, /no beneficiary b2 of the end user/],
    ['transfer-to-beneficiary', { ok: true, transactionId: 't1' }, undefined],
    ['transfer-to-beneficiary', { ok: true, transactionId: 't2' }, /t2 moved 125 from l1 to b0, not 12.5/],
    ['transfer-to-beneficiary', { ok: true, transactionId: 't3' }, /t3 moved 12.5 from l1 to b1/],
    ['transfer-to-beneficiary', { ok: true, transactionId: 't9' }, /holds no transaction t9/],
    ['pan-credentials', { ok: true }, undefined],
    ['read-pin', { ok: true }, /getCardPin was answered 401, never 2xx/],
  ] as const)('%s: %j', (id, outcome, message) => {
    expect(messages(id, reported(outcome), SCENE)).toEqual(message === undefined ? [] : [expect.stringMatching(message)]);
  });

  it('fails a sensitive read the client never made, or made on another card', () => {
    expect(messages('read-pin', reported({ ok: true }), { ...SCENE, answered: [] })).toEqual([expect.stringMatching(/never called getCardPin on card c1/)]);
    const elsewhere = [{ operationId: 'getCardPin', target: '/api/partner/cards/c2/pin', status: 200 }];
    expect(messages('read-pin', reported({ ok: true }), { ...SCENE, answered: elsewhere })).toEqual([expect.stringMatching(/never called getCardPin on card c1/)]);
  });
});
