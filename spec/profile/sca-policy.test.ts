import { describe, expect, it } from 'vitest';
import type { OperationId } from '../openapi/index.ts';
import { DEFAULT_PSD2_EXEMPTIONS, DEFAULT_TARGET_PROFILE } from './defaults.ts';
import { isLowValue, NO_SCA_HISTORY, scaNeed, scaPolicyOf, type PolicyCall, type ScaHistory } from './sca-policy.ts';
import type { TargetProfile } from './types.ts';

const PSD2: TargetProfile = {
  ...DEFAULT_TARGET_PROFILE,
  scaPolicies: {
    createTransaction: { policy: 'psd2-exemptions', exemptions: DEFAULT_PSD2_EXEMPTIONS },
    createInterLedgerTransaction: { policy: 'psd2-exemptions', exemptions: DEFAULT_PSD2_EXEMPTIONS },
    refreshToken: { policy: 'psd2-exemptions', exemptions: DEFAULT_PSD2_EXEMPTIONS },
  },
};
const DAY_MS = 86_400_000;

function call(operationId: OperationId, overrides: Partial<PolicyCall> = {}): PolicyCall {
  return { operationId, hasScaSubject: true, devices: 'active', history: NO_SCA_HISTORY, ...overrides };
}

function payment(amount: number, history: Partial<ScaHistory> = {}, beneficiaryTrusted = false): PolicyCall {
  return call('createTransaction', { payment: { amount, beneficiaryTrusted }, history: { ...NO_SCA_HISTORY, ...history } });
}

describe('the default profile', () => {
  it('takes each policy from the document: always on SCA-eligible operations, first-device-free on registration, never elsewhere', () => {
    expect(scaPolicyOf(DEFAULT_TARGET_PROFILE, 'createCard')).toEqual({ policy: 'always' });
    expect(scaPolicyOf(DEFAULT_TARGET_PROFILE, 'createTransaction')).toEqual({ policy: 'always' });
    expect(scaPolicyOf(DEFAULT_TARGET_PROFILE, 'refreshToken')).toEqual({ policy: 'always' });
    expect(scaPolicyOf(DEFAULT_TARGET_PROFILE, 'registerScaDevice')).toEqual({ policy: 'first-device-free' });
    expect(scaPolicyOf(DEFAULT_TARGET_PROFILE, 'createLedger')).toEqual({ policy: 'never' });
    expect(scaNeed(DEFAULT_TARGET_PROFILE, payment(1))).toEqual({ needed: true });
    expect(scaNeed(DEFAULT_TARGET_PROFILE, call('createLedger'))).toEqual({ needed: false, exemption: 'not-eligible' });
  });

  it('a partner refresh has no SCA subject, whatever the policy', () => {
    expect(scaNeed(DEFAULT_TARGET_PROFILE, call('refreshToken', { hasScaSubject: false }))).toEqual({ needed: false, exemption: 'no-sca-subject' });
  });

  it('a profile can turn SCA off on an eligible operation', () => {
    const profile = { ...DEFAULT_TARGET_PROFILE, scaPolicies: { getCardPin: { policy: 'never' } } } as const;
    expect(scaNeed(profile, call('getCardPin'))).toEqual({ needed: false, exemption: 'policy-never' });
  });
});

describe('first-device-free (D-AUDIT-1)', () => {
  it.each([
    ['none', false],
    ['pending-only', true],
    ['blocked-only', true],
    ['active', true],
  ] as const)('default rule "no-device": devices %s -> SCA needed %s', (devices, needed) => {
    expect(scaNeed(DEFAULT_TARGET_PROFILE, call('registerScaDevice', { devices })).needed).toBe(needed);
  });

  it.each([
    ['none', false],
    ['pending-only', false],
    ['blocked-only', false],
    ['active', true],
  ] as const)('declared rule "no-active-device": devices %s -> SCA needed %s', (devices, needed) => {
    const profile = { ...DEFAULT_TARGET_PROFILE, firstDevice: 'no-active-device' } as const;
    expect(scaNeed(profile, call('registerScaDevice', { devices })).needed).toBe(needed);
  });
});

describe('PSD2 low-value and cumulative limits (RTS art. 16)', () => {
  it.each([
    ['exactly 30 EUR', 30, true],
    ['30.01 EUR', 30.01, false],
    ['0.01 EUR', 0.01, true],
    ['29.999 EUR (rounds to 30.00)', 29.999, true],
  ])('a first payment of %s is exempt: %s', (_title, amount, exempt) => {
    expect(scaNeed(PSD2, payment(amount))).toEqual(exempt ? { needed: false, exemption: 'low-value' } : { needed: true });
  });

  it('the 5th payment since the last SCA is exempt, the 6th needs SCA', () => {
    expect(scaNeed(PSD2, payment(1, { exemptAmountSinceSca: 4, exemptCountSinceSca: 4 })).needed).toBe(false);
    expect(scaNeed(PSD2, payment(1, { exemptAmountSinceSca: 5, exemptCountSinceSca: 5 })).needed).toBe(true);
  });

  it('a running total of exactly 100 EUR is exempt, 100.01 EUR needs SCA', () => {
    expect(scaNeed(PSD2, payment(10, { exemptAmountSinceSca: 90, exemptCountSinceSca: 3 })).needed).toBe(false);
    expect(scaNeed(PSD2, payment(10.01, { exemptAmountSinceSca: 90, exemptCountSinceSca: 3 })).needed).toBe(true);
  });

  it('sums in cents: 0.1 + 0.2 + ... reaches 100.00 exactly', () => {
    expect(isLowValue(DEFAULT_PSD2_EXEMPTIONS, 0.3, { ...NO_SCA_HISTORY, exemptAmountSinceSca: 99.7 })).toBe(true);
  });

  it('a limit set to null is not applied', () => {
    const exemptions = { ...DEFAULT_PSD2_EXEMPTIONS, cumulativeCountLimit: null };
    expect(isLowValue(exemptions, 1, { ...NO_SCA_HISTORY, exemptAmountSinceSca: 5, exemptCountSinceSca: 50 })).toBe(true);
    const noAmount = { ...DEFAULT_PSD2_EXEMPTIONS, cumulativeAmountLimit: null };
    expect(isLowValue(noAmount, 30, { ...NO_SCA_HISTORY, exemptAmountSinceSca: 1000, exemptCountSinceSca: 4 })).toBe(true);
  });

  it('inter-ledger transfers follow the same limits', () => {
    const transfer = (amount: number) => call('createInterLedgerTransaction', { payment: { amount, beneficiaryTrusted: false } });
    expect(scaNeed(PSD2, transfer(30)).needed).toBe(false);
    expect(scaNeed(PSD2, transfer(30.01)).needed).toBe(true);
  });
});

describe('PSD2 trusted beneficiaries (RTS art. 13)', () => {
  it('a payment to a trusted beneficiary skips SCA whatever its amount', () => {
    expect(scaNeed(PSD2, payment(5_000, { exemptCountSinceSca: 99 }, true))).toEqual({ needed: false, exemption: 'trusted-beneficiary' });
  });

  it('not when the profile turns the exemption off', () => {
    const exemptions = { ...DEFAULT_PSD2_EXEMPTIONS, trustedBeneficiaries: false };
    const profile: TargetProfile = { ...PSD2, scaPolicies: { createTransaction: { policy: 'psd2-exemptions', exemptions } } };
    expect(scaNeed(profile, payment(5_000, {}, true))).toEqual({ needed: true });
  });
});

describe('PSD2 periodic re-authentication for refresh (RTS art. 10)', () => {
  it.each([
    ['never authenticated', null, true],
    ['authenticated a day ago', DAY_MS, false],
    ['authenticated 180 days minus 1 ms ago', 180 * DAY_MS - 1, false],
    ['authenticated exactly 180 days ago', 180 * DAY_MS, true],
  ])('%s: SCA needed %s', (_title, lastScaAgeMs, needed) => {
    expect(scaNeed(PSD2, call('refreshToken', { history: { ...NO_SCA_HISTORY, lastScaAgeMs } })).needed).toBe(needed);
  });
});
