import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE } from '../errors/index.ts';
import { listOperations, loadOpenApiDocument, OPERATION_IDS } from '../openapi/index.ts';
import { REQUIREMENTS } from '../requirements/index.ts';
import { DECISION_TABLE, predict, type ScaCase } from './index.ts';
import { header, plainCase, signedCase } from './test-support/cases.ts';

// One case per row that this row, and no earlier one, decides.
const ROW_EXAMPLES: Readonly<Record<string, ScaCase>> = {
  'AUTH-MISSING': signedCase({ token: 'missing' }),
  'AUTH-INVALID': signedCase({ token: 'expired' }),
  'AUTH-PARTNER-ONLY': plainCase({ operationId: 'deleteScaDevice', token: 'end-user' }),
  'AUTH-OTHER-END-USER': signedCase({ token: 'end-user-other' }),
  'REQ-INVALID': signedCase({ requestValid: false }),
  'REQ-STRATEGY-ENUM': signedCase({ strategy: header('data_signing') }),
  'REQ-FACTOR-ENUM': signedCase({ factorHeader: header('PIN') }),
  'RES-DEVICE-NOT-FOUND': plainCase({ operationId: 'activateScaDevice', resourceExists: false }),
  'RES-NOT-FOUND': signedCase({ operationId: 'getCardSensitiveData', resourceExists: false }),
  'BYP-PRODUCTION': plainCase({ strategy: header('BY_PASS'), profile: 'production' }),
  'PUSH-DEVICE-NOT-SET': plainCase({ endUser: { devices: 'none', factors: [], registrationPending: false } }),
  'PUSH-NO-ACTIVE-DEVICE': plainCase({ endUser: { devices: 'blocked-only', factors: ['KNOWLEDGE'], registrationPending: false } }),
  'PUSH-FACTOR-NOT-SET': plainCase({ factorHeader: header('BIOMETRY') }),
  'PUSH-NOT-IMPLEMENTED': plainCase({ strategy: header('PUSH_NOTIFICATION') }),
  'PUSH-DECLINED': plainCase({ pushMode: 'timeout' }),
  'DS-SIG-MISSING': signedCase({ signature: { present: false } }),
  'DS-SIG-MALFORMED': signedCase({ signature: { present: true, wellFormed: false } }),
  'DS-DEVICE-NOT-SET': signedCase({ endUser: { devices: 'none', factors: [], registrationPending: false } }),
  'DS-NO-ACTIVE-DEVICE': signedCase({ endUser: { devices: 'pending-only', factors: [], registrationPending: true } }),
  'DS-DEVICE-FOREIGN': signedCase({}, { device: 'other-user' }),
  'DS-DEVICE-INACTIVE': signedCase({}, { device: 'own-removed' }),
  'DS-ONE-FACTOR': signedCase({}, { type: 'knowledge' }),
  'DS-FACTOR-NOT-SET': signedCase({}, { type: 'possession_biometry' }),
  'DS-FACTOR-MISMATCH': signedCase({ factorHeader: header('BIOMETRY') }),
  'DS-APP-KEY': signedCase({}, { applicationKeyMatches: false }),
  'DS-TTL-EXPIRED': signedCase({ ageMs: 45_000 }),
  'DS-TTL-UNPROVABLE': signedCase({}, { provenance: 'unknown' }),
  'DS-DATA-MISMATCH': signedCase({}, { dataMatches: false }),
  'DS-COUNTER-REPLAYED': signedCase({}, { counter: 'replayed' }),
  'DS-COUNTER-BEYOND-WINDOW': signedCase({}, { counter: 'beyond-window' }),
  'DS-WRONG-KEY': signedCase({}, { counter: 'wrong-key' }),
  'REG-IN-PROGRESS': signedCase({
    operationId: 'registerScaDevice',
    endUser: { devices: 'active', factors: ['KNOWLEDGE'], registrationPending: true },
  }),
  'OK-login': plainCase({ operationId: 'login', token: 'missing' }),
  'OK-refreshToken': plainCase({ operationId: 'refreshToken', token: 'missing' }),
  'OK-getEndUser': plainCase({ operationId: 'getEndUser', token: 'end-user' }),
  'OK-registerScaDevice': signedCase({ operationId: 'registerScaDevice' }),
  'OK-activateScaDevice': plainCase({ operationId: 'activateScaDevice' }),
  'OK-deleteScaDevice': plainCase({ operationId: 'deleteScaDevice' }),
  'OK-createCard': signedCase(),
  'OK-getCardSensitiveData': signedCase({ operationId: 'getCardSensitiveData', factorHeader: header('KNOWLEDGE') }),
};

const OPERATIONS = listOperations(loadOpenApiDocument());

// Only DS-TTL-UNPROVABLE needs an option to be reached.
const OPTIONS_OF: Readonly<Record<string, { strictTtl: boolean }>> = { 'DS-TTL-UNPROVABLE': { strictTtl: true } };

describe('DECISION_TABLE rows', () => {
  it.each(DECISION_TABLE.map((row) => [row.id, row] as const))('%s decides its example', (id, row) => {
    const example = ROW_EXAMPLES[id];
    if (example === undefined) throw new Error(`no example case for row ${id}`);
    const expectation = predict(example, OPTIONS_OF[id]);
    expect(expectation.rule).toBe(id);
    expect(expectation.requirementIds).toEqual(row.requirementIds);
    const operation = OPERATIONS.find((info) => info.operationId === example.operationId);
    if (row.then === 'success') {
      expect(expectation.outcome.kind).toBe('success');
      expect(operation?.documentedStatuses).toContain(expectation.outcome.status);
    } else {
      const { status } = ERROR_CATALOGUE[row.then];
      expect(expectation.outcome).toMatchObject({ kind: 'error', code: row.then, status });
      // The example's operation documents this answer in the OpenAPI document.
      expect(operation?.documentedErrors.find((error) => error.status === status)?.codes).toContain(row.then);
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
      if (row.then === 'success') continue;
      const code = row.then;
      const naming = row.requirementIds.filter((id) => REQUIREMENTS[id].errorCodes?.includes(code) ?? false);
      expect(naming, `${row.id} -> ${code}`).not.toEqual([]);
    }
  });
});
