import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET_PROFILE } from '../../../spec/profile/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { JudgeContext } from '../check.ts';
import { responseWaitingScaBody } from './waiting-sca-body.ts';

// The edges of the 1.78 shape, one field at a time; the fault catalogue shows the check failing on
// the simulator (defect waitingScaWithoutDevice) and the mutation suite passing on the correct one.

const SCA_ID = '3f2c8a4e-1b7d-4c9a-9e2f-5d6b7a8c9d0e';
const GOOD = { scaId: SCA_ID, scaDeviceId: 'd-1', ttl: 'PT5M' };

const judge = (waitingSca202: boolean): JudgeContext => ({
  errorCodePointers: ['/errorCode'],
  expect: { ...DEFAULT_TARGET_PROFILE, waitingSca202 },
  profile: 'sandbox',
  signatureTtlMs: 30_000,
});

function answered(status: number, body: unknown): Exchange {
  return {
    operationId: 'createCard',
    request: { method: 'POST', target: '/api/partner/cards', headers: {} },
    response: { status, headers: { 'content-type': 'application/json' }, bodyText: JSON.stringify(body), body, durationMs: 1 },
  };
}

function problemsOf(status: number, body: unknown, waitingSca202 = true): string[] {
  return responseWaitingScaBody.run({ caseId: 'c', exchanges: [answered(status, body)] }, judge(waitingSca202)).problems.map((problem) => problem.rule);
}

describe('response/waiting-sca-body (SCA-PUSH-006)', () => {
  it.each([
    ['the ISO 8601 ttl', GOOD],
    ['the serialised Duration ttl of the 1.78 schema', { ...GOOD, ttl: { seconds: 300, nano: 0, negative: false, zero: false, units: [] } }],
    ['a joinCode beside', { ...GOOD, joinCode: SCA_ID }],
    ['a ttl in days, hours and fractional seconds', { ...GOOD, ttl: 'P1DT2H0.5S' }],
  ])('passes %s', (_name, body) => {
    expect(problemsOf(202, body)).toEqual([]);
  });

  it.each([
    ['no body', undefined, 'type@'],
    ['an empty body', {}, 'required@'],
    ['no scaDeviceId', { scaId: SCA_ID, ttl: 'PT5M' }, 'required@'],
    ['scaDeviceId null', { ...GOOD, scaDeviceId: null }, 'type@/scaDeviceId'],
    ['scaDeviceId empty', { ...GOOD, scaDeviceId: '' }, 'minLength@/scaDeviceId'],
    ['scaId not a uuid', { ...GOOD, scaId: 'sca-1' }, 'format@/scaId'],
    ['ttl empty', { ...GOOD, ttl: '' }, 'anyOf@/ttl'],
    ['ttl "P" alone', { ...GOOD, ttl: 'P' }, 'anyOf@/ttl'],
    ['ttl a number of seconds', { ...GOOD, ttl: 300 }, 'anyOf@/ttl'],
  ])('fails %s', (_name, body, rule) => {
    const [problem] = problemsOf(202, body);
    expect(problem).toContain(rule);
  });

  it('judges only 202 answers, and only where the profile declares them (else response/status-documented does)', () => {
    expect(problemsOf(201, {})).toEqual([]);
    expect(problemsOf(202, {}, false)).toEqual([]);
  });

  it('names the request, the field and the rule', () => {
    const [problem] = responseWaitingScaBody.run({ caseId: 'c', exchanges: [answered(202, { ...GOOD, scaDeviceId: null })] }, judge(true)).problems;
    expect(problem?.message).toContain('POST /api/partner/cards answered 202 Waiting SCA');
    expect(problem?.message).toContain('/scaDeviceId must be string (rule: type)');
    expect(problem?.requirementIds).toEqual(['SCA-PUSH-006']);
  });
});
