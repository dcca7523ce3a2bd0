import { describe, expect, it } from 'vitest';
import { DEFAULT_ERROR_CODE_POINTERS } from '../../spec/errors/index.ts';
import { DEFAULT_SIGNATURE_TTL_MS, predict, type ScaCase } from '../../spec/expectations/index.ts';
import { DEFAULT_TARGET_PROFILE } from '../../spec/profile/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { Exchange } from '../targets/index.ts';
import type { JudgeContext } from './check.ts';
import { outcomeProblems } from './outcome.ts';
import { CHECK_LIST, CHECKS } from './registry.ts';
import type { GrammarObservation } from './signature-grammar/observation.ts';
import { boundaryExpectations } from './ttl/boundary.ts';
import type { AgeBracket, TtlObservation } from './ttl/observation.ts';

// The checks are pure: fed a hand-made observation they fail on a wrong answer and pass on the
// right one. This covers the checks no simulator defect reaches (fault-catalogue.test.ts covers
// the others against a running target).

function exchange(operationId: OperationId, status: number, body?: unknown, contentType = 'application/json'): Exchange {
  const bodyText = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  return {
    operationId,
    request: { method: 'POST', target: '/api/partner/cards', headers: { authorization: 'Bearer secret-token' }, body: '{}' },
    response: { status, headers: body === undefined ? {} : { 'content-type': contentType }, bodyText, ...(typeof body === 'object' ? { body } : {}), durationMs: 1 },
  };
}

const CARD = { id: '3e1f9c2a-7b4d-4a6e-9c8b-1d2e3f4a5b6c' };
const JUDGE: JudgeContext = { errorCodePointers: DEFAULT_ERROR_CODE_POINTERS, expect: DEFAULT_TARGET_PROFILE, profile: 'sandbox', signatureTtlMs: DEFAULT_SIGNATURE_TTL_MS };

/** A vendor error body (digest §1.4). */
function errorBody(errorCode: string, status: number): Record<string, unknown> {
  const kinds: Record<number, string> = { 400: 'bad.request', 401: 'unauthorized', 404: 'not.found', 409: 'conflict' };
  return { errorCode, message: 'm', error: `linkcy.${kinds[status] ?? 'internal'}`, status, timestamp: '2026-12-02T10:35:00.123000000Z', ...(status === 400 ? { details: [] } : {}) };
}

const MALFORMED: ScaCase = {
  operationId: 'createCard',
  profile: 'sandbox',
  token: 'partner',
  endUser: { devices: 'active', factors: ['KNOWLEDGE'], registrationPending: false },
  strategy: { present: true, value: 'DATA_SIGNING' },
  factorHeader: { present: false },
  signature: { present: true, wellFormed: false },
  requestValid: true,
  resourceExists: true,
};

// A recorded, otherwise good signature of `ageMs`, as the TTL family states it.
const SIGNED: ScaCase = { ...MALFORMED, signature: { present: true, wellFormed: true, facts: { device: 'own-active', type: 'possession_knowledge', applicationKeyMatches: true, dataMatches: true, counter: 'fresh', provenance: 'recorded' } } };
const aged = (ageMs: number) => predict({ ...SIGNED, ageMs });

function grammarObservation(probe: Exchange): GrammarObservation {
  return { caseId: 'case', exchanges: [probe], operationId: 'createCard', probe, scaCase: MALFORMED, wellFormed: false };
}

function ttlObservation(ages: AgeBracket, clockFrozen: boolean, probe: Exchange): TtlObservation {
  return { caseId: 'case', exchanges: [probe], operationId: 'createCard', probe, scaCase: { ...SIGNED, ageMs: ages.low }, ages, clockFrozen };
}

describe('pure checks on hand-made observations', () => {
  it('signature-grammar/malformed-refused: fails when a malformed header is accepted, passes on 409 SCA_SIGNATURE_FORMAT_INVALID', () => {
    const check = CHECKS['signature-grammar/malformed-refused'];
    const accepted = grammarObservation(exchange('createCard', 201, CARD));
    expect(check.appliesTo?.(accepted)).toBe(true);
    const { problems: [problem], rows } = check.run(accepted, JUDGE);
    expect(rows).toEqual(['DS-SIG-MALFORMED']);
    expect(problem?.message).toBe('Expected: 409 SCA_SIGNATURE_FORMAT_INVALID (rule DS-SIG-MALFORMED)\nReceived: 201');
    expect(problem?.requirementIds).toEqual(['SCA-SIG-013', 'SCA-SIG-005', 'SCA-HDR-011']);
    expect(problem?.severity).toBe('critical');
    expect(check.run(grammarObservation(exchange('createCard', 409, errorBody('SCA_SIGNATURE_FORMAT_INVALID', 409))), JUDGE)).toEqual({ problems: [], rows: ['DS-SIG-MALFORMED'] });
  });

  it('response/status-documented: fails on a status the operation does not document', () => {
    const check = CHECKS['response/status-documented'];
    const teapot = exchange('createCard', 418, errorBody('ERROR_REQUEST', 400));
    expect(check.run({ caseId: 'case', exchanges: [teapot] }, JUDGE).problems[0]?.message).toMatch(/response status: must be status 201, 400, 401, 403, 404, 409, 413, 415, 500 \(received 418\)/);
    expect(check.run({ caseId: 'case', exchanges: [exchange('createCard', 201, CARD)] }, JUDGE).problems).toEqual([]);
  });

  it('response/content-type: fails on an undocumented media type, passes on JSON', () => {
    const check = CHECKS['response/content-type'];
    const text = exchange('createCard', 409, 'SCA_REQUIRED', 'text/plain');
    const [problem] = check.run({ caseId: 'case', exchanges: [text] }, JUDGE).problems;
    expect(problem?.requirementIds).toContain('SCA-ERR-001');
    expect(problem?.rule).toBe('content-type@/headers/content-type');
    expect(check.run({ caseId: 'case', exchanges: [exchange('createCard', 409, errorBody('SCA_REQUIRED', 409))] }, JUDGE).problems).toEqual([]);
  });

  it("reads the error code where the target profile's pointers say", () => {
    const check = CHECKS['response/error-code-in-catalogue'];
    const nested = exchange('createCard', 409, { error: { code: 'SCA_REQUIRED' }, message: 'm' });
    expect(check.run({ caseId: 'case', exchanges: [nested] }, JUDGE).problems[0]?.rule).toBe('code-missing');
    expect(check.run({ caseId: 'case', exchanges: [nested] }, { ...JUDGE, errorCodePointers: ['/errorCode', '/error/code'] }).problems).toEqual([]);
  });

  it('reports a status another source documents as an informational profile reading, and fails any other', () => {
    const check = CHECKS['response/error-status-matches-code'];
    const byLabelText = exchange('createCard', 403, errorBody('SCA_SIGNATURE_DOES_NOT_MATCH', 403));
    const [reading] = check.run({ caseId: 'case', exchanges: [byLabelText] }, JUDGE).problems;
    expect(reading?.informational).toEqual({
      row: 'signatureMismatchStatus',
      declared: { value: '401', sources: ['SEED000', 'P-SA'] },
      observed: { value: '403', sources: ['SEED000', 'P-SA'] },
    });
    // Declared 403: the same answer conforms; 401 is then the informational one.
    expect(check.run({ caseId: 'case', exchanges: [byLabelText] }, { ...JUDGE, expect: { ...DEFAULT_TARGET_PROFILE, signatureMismatchStatus: 403 } }).problems).toEqual([]);
    const [failure] = check.run({ caseId: 'case', exchanges: [exchange('createCard', 400, errorBody('SCA_SIGNATURE_DOES_NOT_MATCH', 400))] }, JUDGE).problems;
    expect(failure?.informational).toBeUndefined();
    expect(failure?.message).toMatch(/^Expected: 401 for SCA_SIGNATURE_DOES_NOT_MATCH/);
  });

  it('an outcome another documented profile reading predicts is informational, not a failure', () => {
    const declared = predict(MALFORMED);
    const underOther = predict(MALFORMED, { expect: { ...DEFAULT_TARGET_PROFILE, malformedSignatureCode: 'ERROR_SIGNATURE_INVALID' } });
    const reading = { row: 'malformedSignatureCode', declared: { value: '"SCA_SIGNATURE_FORMAT_INVALID"', sources: ['SEED000'] }, observed: { value: '"ERROR_SIGNATURE_INVALID"', sources: ['SEED001'] } } as const;
    const judged = (probe: Exchange) => outcomeProblems({ caseId: 'case', exchanges: [probe], operationId: 'createCard', probe, scaCase: MALFORMED }, { expectations: [declared], alternatives: [{ reading, expectation: underOther }] }, JUDGE);
    expect(judged(exchange('createCard', 400, errorBody('ERROR_SIGNATURE_INVALID', 400)))[0]?.informational).toEqual(reading);
    const [failure] = judged(exchange('createCard', 201, CARD));
    expect(failure?.informational).toBeUndefined();
    expect(failure?.severity).toBe('critical');
  });

  it('skips harness traffic: exchanges of no documented operation are not judged', () => {
    const { operationId: _dropped, ...control } = exchange('createCard', 418, 'nope', 'text/plain');
    for (const check of CHECK_LIST.filter((candidate) => candidate.crossCutting === true)) {
      expect(check.run({ caseId: 'case', exchanges: [control] }, JUDGE), check.id).toEqual({ problems: [], rows: [] });
    }
  });

  it('accepts either side of the TTL boundary only when the target clock runs on', () => {
    const check = CHECKS['ttl/boundary'];
    const judged = (probe: Exchange) => check.run(ttlObservation({ low: 30_000, high: 30_002 }, false, probe), JUDGE);
    expect(judged(exchange('createCard', 201, CARD))).toEqual({ problems: [], rows: ['OK-createCard', 'DS-TTL-EXPIRED'] });
    expect(judged(exchange('createCard', 401, errorBody('SCA_SIGNATURE_DOES_NOT_MATCH', 401))).problems).toEqual([]);
    expect(judged(exchange('createCard', 409, errorBody('SCA_REQUIRED', 409))).problems[0]?.message).toMatch(/^Expected: 201 \(rule OK-createCard\) or 401 SCA_SIGNATURE_DOES_NOT_MATCH \(rule DS-TTL-EXPIRED\)/);
  });

  it('demands acceptance at exactly the TTL, and refusal 1 ms after, on a frozen clock', () => {
    const judged = (ageMs: number, probe: Exchange) => CHECKS['ttl/boundary'].run(ttlObservation({ low: ageMs, high: ageMs }, true, probe), JUDGE).problems;
    const refused = exchange('createCard', 401, errorBody('SCA_SIGNATURE_DOES_NOT_MATCH', 401));
    expect(judged(30_000, exchange('createCard', 201, CARD))).toEqual([]);
    expect(judged(30_000, refused)[0]?.message).toMatch(/^Expected: 201 \(rule OK-createCard\)\nReceived: 401/);
    expect(judged(30_001, refused)).toEqual([]);
    expect(judged(30_001, exchange('createCard', 201, CARD))[0]?.rule).toBe('DS-TTL-EXPIRED');
    // Even a bracket that straddles the TTL is judged at the age the probe set when the clock is frozen.
    expect(boundaryExpectations({ low: 30_000, high: 30_002 }, true, aged).map((expectation) => expectation.rule)).toEqual(['OK-createCard']);
  });
});
