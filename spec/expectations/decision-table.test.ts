import { describe, expect, it } from 'vitest';
import { listOperations, loadOpenApiDocument, OPERATION_IDS } from '../openapi/index.ts';
import { REQUIREMENTS } from '../requirements/index.ts';
import { DECISION_TABLE, expectedStatusOf, predict, type PredictOptions, type ScaCase } from './index.ts';
import { header, plainCase, signedCase, successCase, withProfile } from './test-support/cases.ts';
import { DEFAULT_TARGET_PROFILE } from '../profile/index.ts';

const NOT_VALIDATED: ScaCase['endUser'] = { devices: 'active', factors: ['KNOWLEDGE'], registrationPending: false, kyc: 'consumer-not-validated' };
const CORPORATE_NOT_VALIDATED: ScaCase['endUser'] = { ...NOT_VALIDATED, kyc: 'corporate-not-validated' };
const FACTOR_HEADER_READ = { expect: withProfile({ factorHeader: 'BIOMETRY|PIN' }) };
const POWERAUTH_CODE = { expect: withProfile({ malformedSignatureCode: 'ERROR_SIGNATURE_INVALID' }) };
const KYC_FIRST = { expect: withProfile({ kycCheck: 'before-sca' }) };

// One case per row that this row, and no earlier one, decides, with the options that reach it.
const ROW_EXAMPLES: Readonly<Record<string, readonly [ScaCase, PredictOptions?]>> = {
  'AUTH-MISSING': [signedCase({ token: 'missing' })],
  'AUTH-INVALID': [signedCase({ token: 'expired' })],
  'AUTH-CREDENTIALS-REJECTED': [plainCase({ operationId: 'login', token: 'unknown' })],
  'AUTH-PARTNER-ONLY': [plainCase({ operationId: 'deleteScaDevice', token: 'end-user' })],
  'AUTH-SIGN-UP-END-USER': [plainCase({ operationId: 'createConsumer', token: 'end-user' })],
  'AUTH-OTHER-END-USER': [signedCase({ token: 'end-user-other' })],
  'REQ-INVALID': [signedCase({ requestValid: false })],
  'REQ-STRATEGY-ENUM': [signedCase({ strategy: header('data_signing') })],
  'REQ-FACTOR-ENUM': [signedCase({ factorHeader: header('KNOWLEDGE') }), FACTOR_HEADER_READ],
  'RES-DEVICE-NOT-FOUND': [plainCase({ operationId: 'activateScaDevice', resourceExists: false })],
  'RES-NOT-FOUND': [signedCase({ operationId: 'getCardPin', resourceExists: false })],
  'KYC-BEFORE-SCA-CONSUMER': [signedCase({ endUser: NOT_VALIDATED, signature: { present: false } }), KYC_FIRST],
  'KYC-BEFORE-SCA-CORPORATE': [signedCase({ endUser: CORPORATE_NOT_VALIDATED, signature: { present: false } }), KYC_FIRST],
  'BYP-PRODUCTION': [plainCase({ strategy: header('BY_PASS'), profile: 'production' })],
  'PUSH-DEVICE-NOT-SET': [plainCase({ endUser: { devices: 'none', factors: [], registrationPending: false } })],
  'PUSH-NO-ACTIVE-DEVICE': [plainCase({ endUser: { devices: 'blocked-only', factors: ['KNOWLEDGE'], registrationPending: false } })],
  'PUSH-FACTOR-NOT-SET': [plainCase({ factorHeader: header('BIOMETRY') }), FACTOR_HEADER_READ],
  'PUSH-WAITING-SCA': [plainCase(), { expect: withProfile({ waitingSca202: true }) }],
  'PUSH-NOT-IMPLEMENTED': [plainCase({ strategy: header('PUSH_NOTIFICATION') })],
  'PUSH-DECLINED': [plainCase({ pushMode: 'timeout' })],
  'DS-SIG-MISSING': [signedCase({ signature: { present: false } })],
  'DS-SIG-MALFORMED': [signedCase({ signature: { present: true, wellFormed: false } })],
  'DS-SIG-MALFORMED-POWERAUTH': [signedCase({ signature: { present: true, wellFormed: false } }), POWERAUTH_CODE],
  'DS-SIG-VERSION-FORMAT': [signedCase({ signature: { present: true, wellFormed: false, defect: 'version-format' } })],
  'DS-SIG-VERSION-FORMAT-POWERAUTH': [signedCase({ signature: { present: true, wellFormed: false, defect: 'version-format' } }), POWERAUTH_CODE],
  'DS-DEVICE-NOT-SET': [signedCase({ endUser: { devices: 'none', factors: [], registrationPending: false } })],
  'DS-NO-ACTIVE-DEVICE': [signedCase({ endUser: { devices: 'pending-only', factors: [], registrationPending: true } })],
  'DS-DEVICE-FOREIGN': [signedCase({}, { device: 'other-user' })],
  'DS-DEVICE-INACTIVE': [signedCase({}, { device: 'own-removed' })],
  'DS-ONE-FACTOR': [signedCase({}, { type: 'knowledge' })],
  'DS-FACTOR-NOT-SET': [signedCase({}, { type: 'possession_biometry' })],
  'DS-FACTOR-MISMATCH': [signedCase({ factorHeader: header('BIOMETRY') }), FACTOR_HEADER_READ],
  'DS-APP-KEY': [signedCase({}, { applicationKeyMatches: false })],
  'DS-TTL-EXPIRED': [signedCase({ ageMs: 45_000 })],
  'DS-TTL-UNPROVABLE': [signedCase({}, { provenance: 'unknown' }), { strictTtl: true }],
  'DS-QUERY-NOT-CANONICAL': [signedCase({ operationId: 'getCardPin' }, { dataMatches: false, canonicalQuery: false })],
  'DS-DATA-MISMATCH': [signedCase({}, { dataMatches: false })],
  'DS-COUNTER-REPLAYED': [signedCase({}, { counter: 'replayed' })],
  'DS-COUNTER-OVERTAKEN': [signedCase({}, { counter: 'overtaken' })],
  'DS-COUNTER-BEYOND-WINDOW': [signedCase({}, { counter: 'beyond-window' })],
  'DS-WRONG-KEY': [signedCase({}, { counter: 'wrong-key' })],
  'KYC-CONSUMER': [signedCase({ endUser: NOT_VALIDATED })],
  'KYC-CORPORATE': [signedCase({ endUser: CORPORATE_NOT_VALIDATED })],
  'REG-IN-PROGRESS': [
    signedCase({ operationId: 'registerScaDevice', endUser: { devices: 'active', factors: ['KNOWLEDGE'], registrationPending: true } }),
  ],
  ...Object.fromEntries(OPERATION_IDS.map((operationId) => [`OK-${operationId}`, [successCase(operationId)]])),
};

const OPERATIONS = listOperations(loadOpenApiDocument());

describe('DECISION_TABLE rows', () => {
  it.each(DECISION_TABLE.map((row) => [row.id, row] as const))('%s decides its example', (id, row) => {
    const example = ROW_EXAMPLES[id];
    if (example === undefined) throw new Error(`no example case for row ${id}`);
    const [testCase, options] = example;
    const expectation = predict(testCase, options);
    expect(expectation.rule).toBe(id);
    expect(expectation.requirementIds).toEqual(row.requirementIds);
    const operation = OPERATIONS.find((info) => info.operationId === testCase.operationId);
    const { outcome } = expectation;
    if (row.then === 'waiting-sca') {
      // A profile choice (1.78, G-CODES): the 1.114.5 document does not list it.
      expect(outcome).toEqual({ kind: 'success', status: 202 });
    } else if (outcome.kind === 'success') {
      expect(row.then).toBe('success');
      expect(operation?.documentedStatuses).toContain(outcome.status);
    } else {
      if (row.then !== 'not-found') expect(outcome.code).toBe(row.then);
      expect(outcome.status).toBe(expectedStatusOf(outcome.code, options?.expect ?? DEFAULT_TARGET_PROFILE));
      // The example's operation documents this answer in the OpenAPI document.
      expect(operation?.documentedErrors.find((error) => error.status === outcome.status)?.codes, `${testCase.operationId} ${outcome.status}`).toContain(outcome.code);
    }
  });

  it('has an example for every row and no example for a row that does not exist', () => {
    expect(Object.keys(ROW_EXAMPLES).sort()).toEqual(DECISION_TABLE.map((row) => row.id).sort());
  });

  it('has unique row ids', () => {
    const ids = DECISION_TABLE.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('ends with one success row per operation', () => {
    const successes = DECISION_TABLE.filter((row) => row.then === 'success');
    expect(successes.map((row) => row.when.operationId)).toEqual([...OPERATION_IDS]);
    expect(DECISION_TABLE.slice(-successes.length)).toEqual(successes);
  });
});

describe('requirement IDs of the rows', () => {
  it('cites only requirements that exist, at least one per row', () => {
    for (const row of DECISION_TABLE) {
      expect(row.requirementIds.length, row.id).toBeGreaterThan(0);
      for (const id of row.requirementIds) expect(Object.hasOwn(REQUIREMENTS, id), `${row.id} cites ${id}`).toBe(true);
    }
  });

  it('cites, for every error a row produces, a requirement that names that code', () => {
    for (const row of DECISION_TABLE) {
      if (row.then === 'success' || row.then === 'waiting-sca' || row.then === 'not-found') continue;
      const code = row.then;
      const naming = row.requirementIds.filter((id) => REQUIREMENTS[id].errorCodes?.includes(code) ?? false);
      expect(naming, `${row.id} -> ${code}`).not.toEqual([]);
    }
  });
});
