import { describe, expect, it } from 'vitest';
import { explain, predict, type ScaCase } from './index.ts';
import { ABSENT, header, plainCase, signedCase } from './test-support/cases.ts';

const ruleOf = (testCase: ScaCase, options?: Parameters<typeof predict>[1]): string => predict(testCase, options).rule;
const NO_DEVICE: ScaCase['endUser'] = { devices: 'none', factors: [], registrationPending: false };

describe('evaluation order (docs/sca-evaluation-order.md)', () => {
  it('checks the bearer token before the signature', () => {
    expect(ruleOf(signedCase({ token: 'missing', signature: { present: false } }))).toBe('AUTH-MISSING');
  });

  it('checks the signature format before looking for an active device', () => {
    const testCase = signedCase({ signature: { present: true, wellFormed: false }, endUser: NO_DEVICE });
    expect(ruleOf(testCase)).toBe('DS-SIG-MALFORMED');
  });

  it('refuses a bad strategy value even where SCA is not needed (first device)', () => {
    const testCase = plainCase({ operationId: 'registerScaDevice', endUser: NO_DEVICE, strategy: header('BY_PASS ') });
    expect(predict(testCase).outcome).toEqual({ kind: 'error', code: 'ERROR_REQUEST', status: 400 });
  });

  it.each(['by_pass', ' BY_PASS', 'BY_PASS\t', 'NONE', ''])('refuses the strategy value %j as a validation failure', (value) => {
    expect(ruleOf(signedCase({ strategy: header(value) }))).toBe('REQ-STRATEGY-ENUM');
  });

  it('ignores SCA headers on operations that do not declare them', () => {
    const testCase = plainCase({ operationId: 'getEndUser', strategy: header('bogus'), factorHeader: header('pin') });
    expect(ruleOf(testCase)).toBe('OK-getEndUser');
  });

  it('takes a missing strategy header as PUSH_NOTIFICATION', () => {
    expect(predict(plainCase({ strategy: ABSENT })).outcome).toEqual({
      kind: 'error',
      code: 'SCA_REQUIRED',
      status: 409,
      messageArgs: ['PUSH_NOTIFICATION'],
    });
  });

  it('refuses BY_PASS in production with SCA_REQUIRED naming BY_PASS, and accepts it in the sandbox', () => {
    const byPass = plainCase({ strategy: header('BY_PASS') });
    expect(predict({ ...byPass, profile: 'production' }).outcome).toEqual({
      kind: 'error',
      code: 'SCA_REQUIRED',
      status: 409,
      messageArgs: ['BY_PASS'],
    });
    expect(predict({ ...byPass, profile: 'sandbox' }).outcome).toEqual({ kind: 'success', status: 201 });
  });

  it('registers the first device without SCA, whatever the profile', () => {
    const first = plainCase({ operationId: 'registerScaDevice', endUser: NO_DEVICE });
    expect(predict({ ...first, profile: 'production' }).outcome).toEqual({ kind: 'success', status: 201 });
  });

  it('treats an end user with only pending or blocked devices as having no first device yet', () => {
    const blocked: ScaCase['endUser'] = { devices: 'blocked-only', factors: [], registrationPending: false };
    expect(ruleOf(plainCase({ operationId: 'registerScaDevice', endUser: blocked }))).toBe('OK-registerScaDevice');
  });

  it('needs SCA for an extra device', () => {
    expect(ruleOf(plainCase({ operationId: 'registerScaDevice' }))).toBe('PUSH-NOT-IMPLEMENTED');
    expect(ruleOf(signedCase({ operationId: 'registerScaDevice' }))).toBe('OK-registerScaDevice');
  });

  it('refuses a registration in progress only after SCA passed', () => {
    const extra: ScaCase['endUser'] = { devices: 'active', factors: ['KNOWLEDGE'], registrationPending: true };
    expect(ruleOf(plainCase({ operationId: 'registerScaDevice', endUser: extra }))).toBe('PUSH-NOT-IMPLEMENTED');
    const signed = predict(signedCase({ operationId: 'registerScaDevice', endUser: extra }));
    expect(signed.rule).toBe('REG-IN-PROGRESS');
    expect(signed.sideEffects).toEqual({ counterAdvances: true });
  });

  it('satisfies SCA with an approved push and refuses a declined one', () => {
    expect(ruleOf(plainCase({ pushMode: 'approve' }))).toBe('OK-createCard');
    expect(ruleOf(plainCase({ pushMode: 'decline' }))).toBe('PUSH-DECLINED');
  });

  it.each(['possession', 'knowledge', 'biometry'] as const)('refuses the single-factor signature type %s as not SCA', (type) => {
    expect(predict(signedCase({}, { type })).outcome).toEqual({ kind: 'error', code: 'SCA_DEVICE_NOT_VALID', status: 409 });
  });

  it('refuses a single-factor signature before checking its factor is onboarded', () => {
    // A biometry-only signature from a device without biometry: not SCA comes first (5e before 5f).
    expect(ruleOf(signedCase({}, { type: 'biometry' }))).toBe('DS-ONE-FACTOR');
  });

  it('checks the signature type factors before the Linkcy-SCA-Factor header', () => {
    const testCase = signedCase({ factorHeader: header('KNOWLEDGE') }, { type: 'possession_biometry' });
    expect(ruleOf(testCase)).toBe('DS-FACTOR-NOT-SET');
  });
});

describe('signature TTL', () => {
  it.each([
    [29_999, 'OK-createCard'],
    [30_000, 'OK-createCard'],
    [30_001, 'DS-TTL-EXPIRED'],
  ])('a recorded signature aged %i ms is decided by %s', (ageMs, rule) => {
    expect(ruleOf(signedCase({ ageMs }))).toBe(rule);
  });

  it('follows signatureTtlMs', () => {
    expect(ruleOf(signedCase({ ageMs: 5_001 }), { signatureTtlMs: 5_000 })).toBe('DS-TTL-EXPIRED');
    expect(ruleOf(signedCase({ ageMs: 59_000 }), { signatureTtlMs: 60_000 })).toBe('OK-createCard');
  });

  it('accepts a signature of unknown provenance on cryptography alone unless strictTtl', () => {
    const unknown = signedCase({ ageMs: 90_000 }, { provenance: 'unknown' });
    expect(ruleOf(unknown)).toBe('OK-createCard');
    expect(ruleOf(unknown, { strictTtl: true })).toBe('DS-TTL-UNPROVABLE');
  });

  it('refuses an invalid signatureTtlMs, naming predict', () => {
    expect(() => predict(signedCase(), { signatureTtlMs: -1 })).toThrow(/^predict: signatureTtlMs/);
  });
});

describe('side effects', () => {
  it('counts a failed attempt only for a cryptographic mismatch', () => {
    expect(predict(signedCase({}, { counter: 'wrong-key' })).sideEffects).toEqual({ failedAttempt: true });
    expect(predict(signedCase({ ageMs: 31_000 })).sideEffects).toEqual({});
  });

  it('advances the counter when a signature is accepted, not when SCA is bypassed', () => {
    expect(predict(signedCase()).sideEffects).toEqual({ counterAdvances: true });
    expect(predict(plainCase({ strategy: header('BY_PASS'), profile: 'sandbox' })).sideEffects).toEqual({});
  });
});

describe('explain', () => {
  it('lists the rows considered up to the deciding one, saying why each did not match', () => {
    const rows = explain(signedCase({ signature: { present: false } }));
    const last = rows.at(-1);
    expect(last).toMatchObject({ rowId: 'DS-SIG-MISSING', matched: true });
    expect(last?.reason).toBe('sca = needed; strategy = DATA_SIGNING; signature = absent');
    expect(rows.slice(0, -1).every((row) => !row.matched)).toBe(true);
    expect(rows.find((row) => row.rowId === 'BYP-PRODUCTION')?.reason).toBe(
      'strategy is DATA_SIGNING (row needs strategy = BY_PASS)',
    );
  });
});
