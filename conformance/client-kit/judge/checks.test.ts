import { describe, expect, it } from 'vitest';
import { sha256, type AppSignature } from '../app-stand-in.ts';
import type { RecordedExchange } from '../recording.ts';
import type { JudgedSession } from './check.ts';
import { CLIENT_CHECKS, judgeSession } from './index.ts';

// Every client check, on a recorded exchange with its fault and on a correct one; the rules with
// a boundary (TTL, attempt counts) at both sides of it.

const USER = '0f8fad5b-d9cb-469f-a165-70867728950e';
const DEVICE = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const REGISTER = `/api/partner/end-users/${USER}/sca-devices`;
const SIGNATURE = 'PowerAuth pa_activation_id="…"';

let nextId = 1;
function exchange(overrides: Partial<Omit<RecordedExchange, 'facts'>> & { facts?: Partial<RecordedExchange['facts']> } = {}): RecordedExchange {
  const { facts, ...rest } = overrides;
  return {
    kind: 'exchange',
    id: nextId++,
    at: 1_000_000,
    operationId: 'registerScaDevice',
    method: 'POST',
    target: REGISTER,
    requestHeaders: { authorization: '[REDACTED len=50 sha256:00000000]' },
    requestBody: '',
    status: 201,
    responseBody: '{}',
    ...rest,
    facts: { bearer: 'partner', strategy: null, signature: null, bodySha256: sha256(''), urlSecrets: [], ...facts },
  };
}

function signed(overrides: Parameters<typeof exchange>[0] = {}, header = SIGNATURE): RecordedExchange {
  return exchange({
    ...overrides,
    requestHeaders: { authorization: '[REDACTED]', 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': '[REDACTED]' },
    facts: { strategy: 'DATA_SIGNING', signature: { sha256: sha256(header), wellFormed: true, problems: [] }, ...overrides.facts },
  });
}

function madeByApp(overrides: Partial<AppSignature> = {}): AppSignature {
  return {
    endUserId: USER,
    activationId: 'a',
    scaDeviceId: DEVICE,
    method: 'POST',
    uri: REGISTER,
    bodySha256: sha256(''),
    signatureSha256: sha256(SIGNATURE),
    signedAtMs: 1_000_000,
    deliberatelyWrong: false,
    ...overrides,
  };
}

function findings(exchanges: RecordedExchange[], session: Partial<JudgedSession> = {}): string[] {
  return judgeSession({ scenario: 't', profile: 'sandbox', signatureTtlMs: 30_000, exchanges, appSignatures: [madeByApp()], ...session }).map(
    (finding) => `${finding.requirementId} ${finding.check}`,
  );
}

describe('client checks', () => {
  it('finds nothing in a correct signed request', () => {
    expect(findings([signed()])).toEqual([]);
  });

  it('have unique ids and one requirement each', () => {
    expect(new Set(CLIENT_CHECKS.map((check) => check.id)).size).toBe(CLIENT_CHECKS.length);
  });

  it('request-schema: a body the operation does not take, a strategy outside its enum', () => {
    expect(findings([exchange({ requestHeaders: { 'linkcy-sca-strategy': 'SMS' }, facts: { strategy: 'SMS' } })])).toEqual(['SCA-CLI-010 request-schema']);
  });

  it('bearer-present: a secured operation without a bearer; login needs none', () => {
    expect(findings([exchange({ requestHeaders: {}, facts: { bearer: 'none' } })])).toEqual(['SCA-CLI-008 bearer-present']);
    expect(findings([exchange({ operationId: 'login', target: '/api/partner/login', requestHeaders: { 'content-type': 'application/json' }, requestBody: '{"partnerName":"p","username":"u","password":"[REDACTED]"}', facts: { bearer: 'none' } })])).toEqual([]);
  });

  it('partner-token: an end-user token on deleteScaDevice, not on registerScaDevice', () => {
    const del = { operationId: 'deleteScaDevice', method: 'DELETE', target: `/api/partner/sca-devices/${DEVICE}`, status: 204 } as const;
    expect(findings([exchange({ ...del, facts: { bearer: 'end-user' } })])).toEqual(['SCA-CLI-007 partner-token']);
    expect(findings([exchange({ ...del, facts: { bearer: 'partner' } })])).toEqual([]);
    expect(findings([exchange({ facts: { bearer: 'end-user' } })])).toEqual([]);
  });

  it('no-secret-in-url: what the recorder found in the URL', () => {
    expect(findings([exchange({ facts: { urlSecrets: ['token'] } })])).toEqual(['SCA-CLI-009 no-secret-in-url']);
  });

  it('sca-headers-consistent: DATA_SIGNING without a signature, a signature without DATA_SIGNING', () => {
    expect(findings([exchange({ requestHeaders: { authorization: 'x', 'linkcy-sca-strategy': 'DATA_SIGNING' }, facts: { strategy: 'DATA_SIGNING' } })])).toEqual([
      'SCA-CLI-005 sca-headers-consistent',
    ]);
    expect(findings([signed({ facts: { strategy: null } })])).toEqual(['SCA-CLI-005 sca-headers-consistent']);
  });

  it('signature-format: the escaped-quote header of the guide', () => {
    const bad = signed();
    const malformed = { ...bad, facts: { ...bad.facts, signature: { sha256: sha256(SIGNATURE), wellFormed: false, problems: ['values are wrapped in backslash-escaped quotes'] } } };
    expect(findings([malformed])).toEqual(['SCA-CLI-004 signature-format']);
  });

  it('no-bypass-in-production: BY_PASS only counts outside the sandbox', () => {
    const bypass = exchange({ requestHeaders: { authorization: 'x', 'linkcy-sca-strategy': 'BY_PASS' }, facts: { strategy: 'BY_PASS' } });
    expect(findings([bypass], { profile: 'production' })).toEqual(['SCA-CLI-006 no-bypass-in-production']);
    expect(findings([bypass], { profile: 'sandbox' })).toEqual([]);
  });

  it('signature-provenance: other body bytes, the path signed without its query, another method, a signature the app never made', () => {
    expect(findings([signed({ facts: { bodySha256: sha256('{"a": 1}') } })])).toEqual(['SCA-CLI-001 signature-provenance']);
    // The defect "signs the path without the query": the app signed the path, the request carries a query.
    expect(findings([signed({ target: `${REGISTER}?channel=app` })])).toEqual(['SCA-CLI-001 signature-provenance']);
    expect(findings([signed()], { appSignatures: [madeByApp({ method: 'PUT' })] })).toEqual(['SCA-CLI-001 signature-provenance']);
    expect(findings([signed()], { appSignatures: [] })).toEqual(['SCA-CLI-001 signature-provenance']);
    // Passive mode: no app log, nothing to compare with.
    expect(findings([signed()], { appSignatures: undefined })).toEqual([]);
  });

  it('signature-ttl: 30 000 ms after signing is in time, 30 001 ms is late', () => {
    expect(findings([signed({ at: 1_030_000 })])).toEqual([]);
    expect(findings([signed({ at: 1_030_001 })])).toEqual(['SCA-CLI-002 signature-ttl']);
  });

  it('signature-single-use: the same signature twice, whatever the first answer', () => {
    expect(findings([signed({ status: 503 }), signed()])).toEqual(['SCA-CLI-003 signature-single-use']);
    expect(findings([signed({ status: 503 }), signed({}, `${SIGNATURE} `)], { appSignatures: [madeByApp(), madeByApp({ signatureSha256: sha256(`${SIGNATURE} `) })] })).toEqual([]);
  });

  const answered = (status: number, code: string, at: number): RecordedExchange => exchange({ status, at, responseBody: JSON.stringify({ errorCode: code }) });

  it('transient-retries-bounded: a third attempt after two 5xx is fine, a fourth is not', () => {
    expect(findings([answered(503, 'ERROR_INTERNAL_API', 1), answered(503, 'ERROR_INTERNAL_API', 2), answered(201, 'x', 3)])).toEqual([]);
    expect(
      findings([answered(503, 'ERROR_INTERNAL_API', 1), answered(503, 'ERROR_INTERNAL_API', 2), answered(503, 'ERROR_INTERNAL_API', 3), answered(503, 'ERROR_INTERNAL_API', 4)]),
    ).toEqual(['SCA-CLI-011 transient-retries-bounded']);
  });

  it('sca-required-no-loop: two SCA_REQUIRED answers are fine (the switch to DATA_SIGNING), a third attempt is a loop', () => {
    expect(findings([answered(409, 'SCA_REQUIRED', 1), answered(409, 'SCA_REQUIRED', 2)])).toEqual([]);
    expect(findings([answered(409, 'SCA_REQUIRED', 1), answered(409, 'SCA_REQUIRED', 2), answered(409, 'SCA_REQUIRED', 3)])).toEqual([
      'SCA-CLI-012 sca-required-no-loop',
    ]);
    // The code is the vendor body's errorCode (readErrorCode); a body naming it otherwise carries none.
    expect(findings([1, 2, 3].map((at) => exchange({ status: 409, at, responseBody: '{"code":"SCA_REQUIRED"}' })))).toEqual([]);
  });

  it('unauthorized-refresh-once: a request refused UNAUTHORIZED twice is not sent a third time', () => {
    expect(findings([answered(401, 'UNAUTHORIZED', 1), answered(201, 'x', 2)])).toEqual([]);
    expect(findings([answered(401, 'UNAUTHORIZED', 1), answered(401, 'UNAUTHORIZED', 2), answered(401, 'UNAUTHORIZED', 3)])).toEqual([
      'SCA-CLI-013 unauthorized-refresh-once',
    ]);
  });

  it('names scenario, request, check and requirement in each finding', () => {
    const [finding] = judgeSession({ scenario: 'delete-device', profile: 'sandbox', signatureTtlMs: 30_000, exchanges: [exchange({ id: 7, facts: { urlSecrets: ['token'] } })] });
    expect(finding).toEqual({
      scenario: 'delete-device',
      exchangeId: 7,
      request: `POST ${REGISTER}`,
      check: 'no-secret-in-url',
      requirementId: 'SCA-CLI-009',
      message: 'the URL carries token',
    });
  });
});
