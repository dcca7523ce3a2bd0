// "This operation might require SCA" (issue 8, item 4): whether one call needs SCA under the
// policy the profile declares for its operation. The simulator decides with this function and the
// expectation model predicts with it, so both read one rule. The PSD2 figures are inferred from
// the RTS (docs/expect-profile.md, D-SCA-POLICY).

import type { OperationId } from '../openapi/index.ts';
import { DEFAULT_PSD2_EXEMPTIONS } from './defaults.ts';
import { documentedOperation, isScaEligible } from './documented-operations.ts';
import type { Psd2Exemptions, ScaPolicySetting, TargetProfile } from './types.ts';

/** Payments the RTS art. 16 low-value exemption can apply to. */
export const PAYMENT_OPERATIONS = ['createTransaction', 'createInterLedgerTransaction'] as const satisfies readonly OperationId[];
/** The operation art. 10's periodic re-authentication applies to. */
export const REAUTHENTICATION_OPERATIONS = ['refreshToken'] as const satisfies readonly OperationId[];
/** Where `psd2-exemptions` can change anything; elsewhere the profile loader refuses it. */
export const PSD2_OPERATIONS: readonly OperationId[] = [...PAYMENT_OPERATIONS, ...REAUTHENTICATION_OPERATIONS];
/** Where `first-device-free` means something: the operation that registers a device. */
export const FIRST_DEVICE_OPERATIONS: readonly OperationId[] = ['registerScaDevice'];

const DAY_MS = 86_400_000;

/** The end user's devices, REMOVED ones left out. */
export type DevicePresence = 'none' | 'pending-only' | 'blocked-only' | 'active';

/** What happened since the end user's last SCA (DATA_SIGNING or an approved push; BY_PASS is no SCA). */
export interface ScaHistory {
  /** Sum of the payments made without SCA since the last SCA (major units). */
  readonly exemptAmountSinceSca: number;
  readonly exemptCountSinceSca: number;
  /** Age of the last SCA; null: never. */
  readonly lastScaAgeMs: number | null;
}

export const NO_SCA_HISTORY: ScaHistory = { exemptAmountSinceSca: 0, exemptCountSinceSca: 0, lastScaAgeMs: null };

export interface PolicyCall {
  readonly operationId: OperationId;
  /** False for a partner-token refresh: SCA has nobody to authenticate, so it does not apply. */
  readonly hasScaSubject: boolean;
  readonly devices: DevicePresence;
  /** For PAYMENT_OPERATIONS: the amount (major units) and whether the beneficiary is trusted. */
  readonly payment?: { readonly amount: number; readonly beneficiaryTrusted: boolean };
  readonly history: ScaHistory;
}

export type ScaExemption =
  | 'not-eligible'
  | 'policy-never'
  | 'no-sca-subject'
  | 'first-device'
  | 'trusted-beneficiary'
  | 'low-value'
  | 'reauthentication-not-due';

export type ScaNeed = { readonly needed: true } | { readonly needed: false; readonly exemption: ScaExemption };

const NEEDED: ScaNeed = { needed: true };
const exempt = (exemption: ScaExemption): ScaNeed => ({ needed: false, exemption });

/** The policy in force for an operation: the profile's override, else the document's `x-linkcy-sca`. */
export function scaPolicyOf(profile: TargetProfile, operationId: OperationId): ScaPolicySetting {
  const override = profile.scaPolicies[operationId];
  if (override !== undefined) return override;
  const documented = documentedOperation(operationId).scaPolicy;
  // The document names the policy only; its figures are the RTS defaults.
  return documented === 'psd2-exemptions' ? { policy: documented, exemptions: DEFAULT_PSD2_EXEMPTIONS } : { policy: documented };
}

/** Step 4 of docs/sca-evaluation-order.md. */
export function scaNeed(profile: TargetProfile, call: PolicyCall): ScaNeed {
  const setting = scaPolicyOf(profile, call.operationId);
  if (setting.policy === 'never') return exempt(isScaEligible(call.operationId) ? 'policy-never' : 'not-eligible');
  if (!call.hasScaSubject) return exempt('no-sca-subject');
  switch (setting.policy) {
    case 'always':
      return NEEDED;
    case 'first-device-free':
      return isFirstDevice(profile, call.devices) ? exempt('first-device') : NEEDED;
    case 'psd2-exemptions':
      return psd2Need(setting.exemptions, call);
  }
}

/** The audit fix (D-AUDIT-1): by default a PENDING or BLOCKED device makes the next one "extra". */
function isFirstDevice(profile: TargetProfile, devices: DevicePresence): boolean {
  return profile.firstDevice === 'no-device' ? devices === 'none' : devices !== 'active';
}

function psd2Need(exemptions: Psd2Exemptions, call: PolicyCall): ScaNeed {
  if ((REAUTHENTICATION_OPERATIONS as readonly OperationId[]).includes(call.operationId)) {
    const { lastScaAgeMs } = call.history;
    // Art. 10: SCA "at least every 180 days": at exactly the period, it is due.
    return lastScaAgeMs !== null && lastScaAgeMs < exemptions.reauthenticationDays * DAY_MS ? exempt('reauthentication-not-due') : NEEDED;
  }
  const { payment } = call;
  if (payment === undefined) return NEEDED;
  if (exemptions.trustedBeneficiaries && call.operationId === 'createTransaction' && payment.beneficiaryTrusted) {
    return exempt('trusted-beneficiary');
  }
  return isLowValue(exemptions, payment.amount, call.history) ? exempt('low-value') : NEEDED;
}

/**
 * Art. 16: amount <= the low-value limit, and, this payment included, the payments without SCA
 * since the last SCA sum to at most the cumulative amount and number at most the cumulative count.
 * So with the RTS figures 30.00 is exempt and 30.01 is not; the 5th payment is exempt, the 6th is
 * not; a running total of exactly 100.00 is exempt. Cents, so 0.1 + 0.2 sums to 0.30.
 */
export function isLowValue(exemptions: Psd2Exemptions, amount: number, history: ScaHistory): boolean {
  if (cents(amount) > cents(exemptions.lowValueLimit)) return false;
  const { cumulativeAmountLimit, cumulativeCountLimit } = exemptions;
  if (cumulativeAmountLimit !== null && cents(history.exemptAmountSinceSca) + cents(amount) > cents(cumulativeAmountLimit)) return false;
  if (cumulativeCountLimit !== null && history.exemptCountSinceSca + 1 > cumulativeCountLimit) return false;
  return true;
}

function cents(amount: number): number {
  return Math.round(amount * 100);
}
