import { describe, expect, it } from 'vitest';
import { DEFAULT_PSD2_EXEMPTIONS, type TargetProfile } from '../profile/index.ts';
import { explain, predict, TTL_PROVENANCE_NOTE, type PredictOptions, type ScaCase } from './index.ts';
import { ABSENT, header, NON_DEFAULT_PROFILE, plainCase, signedCase, withProfile } from './test-support/cases.ts';

const ruleOf = (testCase: ScaCase, options?: PredictOptions): string => predict(testCase, options).rule;
const NO_DEVICE: ScaCase['endUser'] = { devices: 'none', factors: [], registrationPending: false };
const PENDING_ONLY: ScaCase['endUser'] = { devices: 'pending-only', factors: [], registrationPending: true };
const BLOCKED_ONLY: ScaCase['endUser'] = { devices: 'blocked-only', factors: ['KNOWLEDGE'], registrationPending: false };
const DOES_NOT_MATCH = { kind: 'error', code: 'SCA_SIGNATURE_DOES_NOT_MATCH', status: 401 } as const;

describe('evaluation order (docs/sca-evaluation-order.md)', () => {
  it('checks the bearer token before the signature', () => {
    expect(ruleOf(signedCase({ token: 'missing', signature: { present: false } }))).toBe('AUTH-MISSING');
  });

  it('consumer and corporate creation: anonymous or partner; a bearer that is sent is checked (D-SRC-3)', () => {
    for (const operationId of ['createConsumer', 'createCorporate'] as const) {
      expect(ruleOf(plainCase({ operationId, token: 'missing' }))).toBe(`OK-${operationId}`);
      expect(ruleOf(plainCase({ operationId, token: 'partner' }))).toBe(`OK-${operationId}`);
      for (const token of ['expired', 'malformed', 'unknown'] as const) expect(ruleOf(plainCase({ operationId, token }))).toBe('AUTH-INVALID');
      for (const token of ['end-user', 'end-user-other'] as const) expect(ruleOf(plainCase({ operationId, token }))).toBe('AUTH-SIGN-UP-END-USER');
    }
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

  it('ignores SCA headers on operations that are not SCA-eligible', () => {
    const testCase = plainCase({ operationId: 'getCard', strategy: header('bogus'), factorHeader: header('pin') });
    expect(ruleOf(testCase)).toBe('OK-getCard');
  });

  it('takes a missing strategy header as PUSH_NOTIFICATION', () => {
    expect(predict(plainCase({ strategy: ABSENT })).outcome).toEqual({ kind: 'error', code: 'SCA_REQUIRED', status: 409, messageArgs: ['PUSH_NOTIFICATION'] });
  });

  it('refuses BY_PASS in production with SCA_REQUIRED naming BY_PASS, and accepts it in the sandbox', () => {
    const byPass = plainCase({ strategy: header('BY_PASS') });
    expect(predict({ ...byPass, profile: 'production' }).outcome).toEqual({ kind: 'error', code: 'SCA_REQUIRED', status: 409, messageArgs: ['BY_PASS'] });
    expect(predict({ ...byPass, profile: 'sandbox' }).outcome).toEqual({ kind: 'success', status: 201 });
  });

  it('registers the first device without SCA, whatever the environment', () => {
    const first = plainCase({ operationId: 'registerScaDevice', endUser: NO_DEVICE });
    expect(predict({ ...first, profile: 'production' }).outcome).toEqual({ kind: 'success', status: 201 });
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
    expect(ruleOf(signedCase({}, { type: 'biometry' }))).toBe('DS-ONE-FACTOR');
  });
});

describe('D-AUDIT-1: a user whose only devices are PENDING or BLOCKED does not register one without SCA', () => {
  it.each([
    ['pending-only', PENDING_ONLY],
    ['blocked-only', BLOCKED_ONLY],
  ] as const)('%s: DATA_SIGNING gets 404 NO_ACTIVE_SCA_DEVICE_FOUND, push too', (_title, endUser) => {
    expect(predict(signedCase({ operationId: 'registerScaDevice', endUser })).outcome).toEqual({ kind: 'error', code: 'NO_ACTIVE_SCA_DEVICE_FOUND', status: 404 });
    expect(ruleOf(plainCase({ operationId: 'registerScaDevice', endUser }))).toBe('PUSH-NO-ACTIVE-DEVICE');
  });

  it('only a user with no device at all (REMOVED ones aside) registers freely', () => {
    expect(ruleOf(plainCase({ operationId: 'registerScaDevice', endUser: NO_DEVICE, profile: 'production' }))).toBe('OK-registerScaDevice');
  });

  it('a target declaring firstDevice "no-active-device" is judged by its own rule', () => {
    const options = { expect: withProfile({ firstDevice: 'no-active-device' }) };
    expect(ruleOf(plainCase({ operationId: 'registerScaDevice', endUser: BLOCKED_ONLY }), options)).toBe('OK-registerScaDevice');
  });
});

describe('D-AUDIT-2: the TTL is judged only for signatures whose making the target saw', () => {
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

  it('an old signature of unknown provenance may be accepted or refused, and the prediction says why', () => {
    const expectation = predict(signedCase({ ageMs: 90_000 }, { provenance: 'unknown' }));
    expect(expectation.outcome).toEqual({ kind: 'success', status: 201 });
    expect(expectation.alternatives).toEqual([DOES_NOT_MATCH]);
    expect(expectation.notes).toEqual([TTL_PROVENANCE_NOTE]);
  });

  it('a young signature of unknown provenance is not refusable for its age, but carries the note', () => {
    const expectation = predict(signedCase({ ageMs: 1_000 }, { provenance: 'unknown' }));
    expect(expectation.alternatives).toBeUndefined();
    expect(expectation.notes).toEqual([TTL_PROVENANCE_NOTE]);
  });

  it('under strictTtl the unknown age is refused', () => {
    expect(ruleOf(signedCase({ ageMs: 90_000 }, { provenance: 'unknown' }), { strictTtl: true })).toBe('DS-TTL-UNPROVABLE');
  });

  it('refuses an invalid signatureTtlMs, naming predict', () => {
    expect(() => predict(signedCase(), { signatureTtlMs: -1 })).toThrow(/^predict: signatureTtlMs/);
  });
});

describe('D-AUDIT-3: pa_version and signature encoding disagree', () => {
  it('accepts FORMAT_INVALID (our parser) or DOES_NOT_MATCH (the reference server), never failing either', () => {
    const expectation = predict(signedCase({ signature: { present: true, wellFormed: false, defect: 'version-format' } }));
    expect(expectation.outcome).toEqual({ kind: 'error', code: 'SCA_SIGNATURE_FORMAT_INVALID', status: 409 });
    expect(expectation.alternatives).toEqual([DOES_NOT_MATCH]);
  });
});

describe('D-AUDIT-4: ERROR_SIGNATURE_INVALID for malformed signatures is a profile choice', () => {
  const options = { expect: withProfile({ malformedSignatureCode: 'ERROR_SIGNATURE_INVALID' }) };
  it('a malformed header gets 400 ERROR_SIGNATURE_INVALID under the choice, 409 FORMAT_INVALID by default', () => {
    const malformed = signedCase({ signature: { present: true, wellFormed: false } });
    expect(predict(malformed, options).outcome).toEqual({ kind: 'error', code: 'ERROR_SIGNATURE_INVALID', status: 400 });
    expect(predict(malformed).outcome).toEqual({ kind: 'error', code: 'SCA_SIGNATURE_FORMAT_INVALID', status: 409 });
  });
});

describe('D-AUDIT-5: two signatures of one device in flight', () => {
  it('the older one sent after the younger was accepted: 401 DOES_NOT_MATCH, and acceptance conforms too', () => {
    const expectation = predict(signedCase({}, { counter: 'overtaken' }));
    expect(expectation.outcome).toEqual(DOES_NOT_MATCH);
    expect(expectation.alternatives).toEqual([{ kind: 'success', status: 201 }]);
    expect(expectation.sideEffects).toEqual({ failedAttempt: true });
  });

  it('in signing order both are fresh: both accepted', () => {
    expect(ruleOf(signedCase({}, { counter: 'fresh' }))).toBe('OK-createCard');
  });
});

describe('D-AUDIT-7: KYC', () => {
  const notValidated: ScaCase['endUser'] = { devices: 'active', factors: ['KNOWLEDGE'], registrationPending: false, kyc: 'consumer-not-validated' };

  it('by default the KYC gate is the first business rule: after SCA, so SCA errors come first', () => {
    expect(ruleOf(signedCase({ endUser: notValidated, signature: { present: false } }))).toBe('DS-SIG-MISSING');
    const signed = predict(signedCase({ endUser: notValidated }));
    expect(signed.outcome).toEqual({ kind: 'error', code: 'CONSUMER_KYC_MUST_BE_VALIDATED', status: 409 });
    expect(signed.sideEffects).toEqual({ counterAdvances: true });
  });

  it('before everything else of the business, the registration in progress included', () => {
    const both = signedCase({ operationId: 'createCard', endUser: { ...notValidated, registrationPending: true } });
    expect(ruleOf(both)).toBe('KYC-CONSUMER');
  });

  it('under kycCheck "before-sca" it comes before SCA; under "not-enforced" never', () => {
    const unsigned = signedCase({ endUser: notValidated, signature: { present: false } });
    expect(ruleOf(unsigned, { expect: withProfile({ kycCheck: 'before-sca' }) })).toBe('KYC-BEFORE-SCA-CONSUMER');
    expect(ruleOf(signedCase({ endUser: notValidated }), { expect: withProfile({ kycCheck: 'not-enforced' }) })).toBe('OK-createCard');
  });

  it('only on the KYC-gated operations: reads and device onboarding stay open', () => {
    expect(ruleOf(plainCase({ operationId: 'getCard', endUser: notValidated }))).toBe('OK-getCard');
    expect(ruleOf(plainCase({ operationId: 'registerScaDevice', endUser: { ...notValidated, devices: 'none' } }))).toBe('OK-registerScaDevice');
  });
});

describe('profile choices', () => {
  it('signatureMismatchStatus 403 moves every DOES_NOT_MATCH to 403', () => {
    const options = { expect: withProfile({ signatureMismatchStatus: 403 }) };
    expect(predict(signedCase({}, { counter: 'wrong-key' }), options).outcome).toEqual({ ...DOES_NOT_MATCH, status: 403 });
    expect(predict(signedCase({ ageMs: 31_000 }), options).outcome).toEqual({ ...DOES_NOT_MATCH, status: 403 });
  });

  it.each([
    ['missing', 'SCA_SIGNATURE_MISSING'],
    ['malformed', 'SCA_SIGNATURE_FORMAT_INVALID'],
  ] as const)('emptySignature %s: an empty header gets %s', (emptySignature, code) => {
    const empty = signedCase({ signature: { present: true, wellFormed: false, defect: 'empty' } });
    expect(predict(empty, { expect: withProfile({ emptySignature }) }).outcome).toMatchObject({ code });
  });

  it('factorHeader "absent" (default) ignores Linkcy-SCA-Factor; "BIOMETRY|PIN" reads it, PIN meaning the knowledge factor', () => {
    expect(ruleOf(signedCase({ factorHeader: header('KNOWLEDGE') }))).toBe('OK-createCard');
    const read = { expect: withProfile({ factorHeader: 'BIOMETRY|PIN' }) };
    expect(ruleOf(signedCase({ factorHeader: header('PIN') }), read)).toBe('OK-createCard');
    expect(ruleOf(signedCase({ factorHeader: header('BIOMETRY') }), read)).toBe('DS-FACTOR-MISMATCH');
    expect(ruleOf(signedCase({ factorHeader: header('KNOWLEDGE') }), read)).toBe('REQ-FACTOR-ENUM');
  });

  it('productionByPassAllowlist lets BY_PASS through in production on the listed operations only', () => {
    const options = { expect: withProfile({ productionByPassAllowlist: ['getCardPanCredentials'] }) };
    const byPass = (operationId: ScaCase['operationId']) => plainCase({ operationId, strategy: header('BY_PASS'), profile: 'production' });
    expect(ruleOf(byPass('getCardPanCredentials'), options)).toBe('OK-getCardPanCredentials');
    expect(ruleOf(byPass('getCardPin'), options)).toBe('BYP-PRODUCTION');
  });

  it('waitingSca202: a push that cannot complete answers 202 Waiting SCA', () => {
    expect(predict(plainCase(), { expect: withProfile({ waitingSca202: true }) }).outcome).toEqual({ kind: 'success', status: 202 });
  });

  it('a policy "never" turns SCA off on an eligible operation: headers are still validated, not acted on', () => {
    const options = { expect: withProfile({ scaPolicies: { getCardPin: { policy: 'never' } } }) };
    expect(ruleOf(plainCase({ operationId: 'getCardPin' }), options)).toBe('OK-getCardPin');
    expect(ruleOf(plainCase({ operationId: 'getCardPin', strategy: header('nope') }), options)).toBe('REQ-STRATEGY-ENUM');
  });
});

describe('the PSD2 exemption model predicts as the policy decides', () => {
  const psd2: TargetProfile = withProfile({
    scaPolicies: {
      createTransaction: { policy: 'psd2-exemptions', exemptions: DEFAULT_PSD2_EXEMPTIONS },
      refreshToken: { policy: 'psd2-exemptions', exemptions: DEFAULT_PSD2_EXEMPTIONS },
    },
  });
  const payment = (amount: number, count = 0, total = 0): ScaCase =>
    plainCase({
      operationId: 'createTransaction',
      payment: { amount, beneficiaryTrusted: false },
      scaHistory: { exemptAmountSinceSca: total, exemptCountSinceSca: count, lastScaAgeMs: null },
    });

  it.each([
    ['exactly 30 EUR', payment(30), 'OK-createTransaction'],
    ['30.01 EUR', payment(30.01), 'PUSH-NOT-IMPLEMENTED'],
    ['the 5th low-value payment', payment(1, 4, 4), 'OK-createTransaction'],
    ['the 6th low-value payment', payment(1, 5, 5), 'PUSH-NOT-IMPLEMENTED'],
    ['a running total of exactly 100 EUR', payment(10, 3, 90), 'OK-createTransaction'],
    ['a running total of 100.01 EUR', payment(10.01, 3, 90), 'PUSH-NOT-IMPLEMENTED'],
  ])('%s', (_title, testCase, rule) => {
    expect(ruleOf(testCase, { expect: psd2 })).toBe(rule);
    // The default profile needs SCA for every payment.
    expect(ruleOf(testCase)).toBe('PUSH-NOT-IMPLEMENTED');
  });

  it('a client that signs an exempt payment is still answered 201: a signature is not refused where none is needed', () => {
    expect(ruleOf(signedCase({ operationId: 'createTransaction', payment: { amount: 5, beneficiaryTrusted: false } }), { expect: psd2 })).toBe('OK-createTransaction');
  });

  it('refresh: SCA due at 180 days; a partner refresh never needs it', () => {
    const refresh = (lastScaAgeMs: number | null, token: ScaCase['token'] = 'end-user'): ScaCase =>
      plainCase({ operationId: 'refreshToken', token, scaHistory: { exemptAmountSinceSca: 0, exemptCountSinceSca: 0, lastScaAgeMs } });
    expect(ruleOf(refresh(180 * 86_400_000 - 1), { expect: psd2 })).toBe('OK-refreshToken');
    expect(ruleOf(refresh(180 * 86_400_000), { expect: psd2 })).toBe('PUSH-NOT-IMPLEMENTED');
    expect(ruleOf(refresh(null, 'partner'))).toBe('OK-refreshToken');
  });

  it('every non-default choice at once is a consistent profile', () => {
    expect(ruleOf(payment(30), { expect: NON_DEFAULT_PROFILE })).toBe('OK-createTransaction');
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
    expect(rows.find((row) => row.rowId === 'BYP-PRODUCTION')?.reason).toBe('strategy is DATA_SIGNING (row needs strategy = BY_PASS)');
  });
});
