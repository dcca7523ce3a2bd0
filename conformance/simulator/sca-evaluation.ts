import { randomUUID } from 'node:crypto';
import {
  isKycGated,
  NO_SCA_HISTORY,
  PAYMENT_OPERATIONS,
  scaNeed,
  type DevicePresence,
  type ScaNeed,
  type TargetProfile,
} from '../../spec/profile/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { DefectSet } from './defects.ts';
import { countFailedAttempt, verifyDataSigning, type DataSigningSettings, type SignedCall } from './data-signing.ts';
import { activeDevicesOf } from './device-presence.ts';
import type { HandlerContext, OperationCall, Resolution } from './handlers/handler.ts';
import { headerText } from './http-request.ts';
import { errorReply, jsonReply, type ErrorReply, type Reply } from './reply.ts';
import { noteExemptPayment, noteScaPerformed, scaHistoryOf } from './sca-history.ts';
import type { SimulatorProfile } from './settings.ts';
import type { ScaFactor, SimulatorState } from './state.ts';

// Steps 3b to 5 of docs/sca-evaluation-order.md: does this call need SCA under the profile's policy
// (spec/profile scaNeed, the function the expectation model predicts with), and does the strategy
// the caller chose provide it? Plus the bookkeeping the PSD2 exemptions need once the call answered.

export type ScaStrategy = 'PUSH_NOTIFICATION' | 'DATA_SIGNING' | 'BY_PASS';
export const SCA_STRATEGIES: readonly ScaStrategy[] = ['PUSH_NOTIFICATION', 'DATA_SIGNING', 'BY_PASS'];

/** Linkcy-SCA-Factor under the profile's `factorHeader: "BIOMETRY|PIN"` (1.78): the PIN is the knowledge factor. */
const FACTOR_OF_HEADER: Readonly<Record<string, ScaFactor>> = { BIOMETRY: 'BIOMETRY', PIN: 'KNOWLEDGE' };

export interface ScaCall extends SignedCall {
  /** The Linkcy-SCA-Strategy header, already checked against its enum; absent = PUSH_NOTIFICATION. */
  readonly strategy: ScaStrategy | undefined;
}

export interface ScaSettings extends DataSigningSettings {
  readonly profile: SimulatorProfile;
  readonly operationId: OperationId;
}

export type ScaDecision =
  | { readonly kind: 'answer'; readonly reply: Reply }
  | {
      readonly kind: 'proceed';
      /** The KYC refusal to answer after SCA (profile kycCheck `after-sca`), if any. */
      readonly kycRefusal: ErrorReply | undefined;
      /** Bookkeeping once the operation answered: SCA history, trusted beneficiaries. */
      readonly settle: (reply: Reply) => void;
    };

/**
 * Step 2's part for Linkcy-SCA-Factor: under `factorHeader: "absent"` (1.114.5) the header is not
 * part of the contract and is ignored; under "BIOMETRY|PIN" a value outside the enum is ERROR_REQUEST.
 */
export function factorHeaderOf(call: Pick<OperationCall, 'headers'>, expect: TargetProfile): { ok: true; factor: ScaFactor | undefined } | { ok: false; reply: ErrorReply } {
  if (expect.factorHeader === 'absent') return { ok: true, factor: undefined };
  const value = headerText(call.headers, 'linkcy-sca-factor');
  if (value === undefined) return { ok: true, factor: undefined };
  const factor = Object.hasOwn(FACTOR_OF_HEADER, value) ? FACTOR_OF_HEADER[value] : undefined;
  if (factor !== undefined) return { ok: true, factor };
  return {
    ok: false,
    reply: { ...errorReply('ERROR_REQUEST'), details: [{ field: 'Linkcy-SCA-Factor', rejectedValue: value, message: 'must be one of BIOMETRY, PIN' }] },
  };
}

export function decideSca(call: OperationCall, resolution: Resolution, context: HandlerContext, applicationKeys: Pick<DataSigningSettings, 'applicationKey' | 'applicationSecret'>): ScaDecision {
  const { state, nowMs, settings } = context;
  const { expect, defects } = settings;
  const operationId = call.operation.operationId;
  const subject = resolution.scaSubject;
  const kycRefusal = expect.kycCheck === 'not-enforced' || !isKycGated(operationId) ? undefined : resolution.kycRefusal;
  // 3b. The profile may put the KYC gate before SCA.
  if (expect.kycCheck === 'before-sca' && kycRefusal !== undefined) return { kind: 'answer', reply: kycRefusal };
  const after = expect.kycCheck === 'after-sca' ? kycRefusal : undefined;
  const payment = paymentOf(call, state);
  // 4. Does this call need SCA?
  const need: ScaNeed =
    // Defect `extraDeviceWithoutSca` acts here only.
    operationId === 'registerScaDevice' && defects.has('extraDeviceWithoutSca')
      ? { needed: false, exemption: 'first-device' }
      : scaNeed(expect, {
          operationId,
          hasScaSubject: subject !== null,
          devices: subject === null ? 'none' : presenceOf(state, subject, defects),
          ...(payment === undefined ? {} : { payment }),
          history: subject === null ? NO_SCA_HISTORY : scaHistoryOf(state, subject, nowMs),
        });
  if (!need.needed || subject === null) {
    return {
      kind: 'proceed',
      kycRefusal: after,
      settle: (reply) => {
        // Defects `exemptPaymentsNotRecorded` and `failedPaymentCounted` act here only.
        if (defects.has('exemptPaymentsNotRecorded')) return;
        if (subject !== null && payment !== undefined && !need.needed && need.exemption === 'low-value' && (isSuccess(reply) || defects.has('failedPaymentCounted'))) {
          noteExemptPayment(state, subject, payment.amount, defects);
        }
      },
    };
  }
  // 5. The strategy.
  const strategyHeader = headerText(call.headers, 'linkcy-sca-strategy');
  const strategy = SCA_STRATEGIES.find((candidate) => candidate === strategyHeader);
  const factor = factorHeaderOf(call, expect);
  // Step 2 already refused values outside the enums; this keeps the types honest.
  if (strategyHeader !== undefined && strategy === undefined) return { kind: 'answer', reply: errorReply('ERROR_REQUEST') };
  if (!factor.ok) return { kind: 'answer', reply: factor.reply };
  const scaCall: ScaCall = {
    endUserId: subject,
    strategy,
    factorHeader: factor.factor,
    signatureHeader: headerText(call.headers, 'linkcy-sca-signature'),
    method: call.method,
    target: call.target,
    rawBody: call.rawBody,
  };
  const refusal = evaluateSca(scaCall, state, nowMs, {
    ...applicationKeys,
    signatureTtlMs: settings.signatureTtlMs,
    strictTtl: settings.strictTtl,
    profile: settings.profile,
    defects,
    expect,
    operationId,
  });
  if (refusal !== undefined) return { kind: 'answer', reply: refusal };
  // Defects `byPassCountsAsSca`, `scaNotRecorded` and `beneficiaryAddedWithScaNotTrusted` act here only.
  const performed = strategy !== 'BY_PASS' || defects.has('byPassCountsAsSca');
  if (performed && !defects.has('scaNotRecorded')) noteScaPerformed(state, subject, nowMs);
  return {
    kind: 'proceed',
    kycRefusal: after,
    settle: (reply) => {
      // RTS art. 13: a beneficiary the end user added with SCA is trusted.
      if (performed && operationId === 'createBeneficiary' && reply.kind === 'json' && isSuccess(reply) && !defects.has('beneficiaryAddedWithScaNotTrusted')) {
        const id = (reply.body as { id?: unknown } | null)?.id;
        if (typeof id === 'string') state.trustedBeneficiaries.add(id);
      }
    },
  };
}

/** Undefined when SCA is satisfied; otherwise the answer (an error, or 202 "Waiting SCA"). */
export function evaluateSca(call: ScaCall, state: SimulatorState, nowMs: number, settings: ScaSettings): Reply | undefined {
  const strategy = call.strategy ?? 'PUSH_NOTIFICATION';
  switch (strategy) {
    case 'BY_PASS':
      // Defects `bypassInProduction` and `bypassInProductionOnGet` act here only.
      return settings.profile === 'sandbox' ||
        settings.expect.productionByPassAllowlist.includes(settings.operationId) ||
        settings.defects.has('bypassInProduction') ||
        (settings.defects.has('bypassInProductionOnGet') && call.method === 'GET')
        ? undefined
        : errorReply('SCA_REQUIRED', 'BY_PASS');
    case 'PUSH_NOTIFICATION': {
      const reply = evaluatePush(call, state, settings);
      // Defect `pushRefusalCounts` acts here only: a refused push counts against every ACTIVE device.
      if (reply?.kind === 'error' && settings.defects.has('pushRefusalCounts')) {
        for (const device of state.devicesOf(call.endUserId)) {
          const activation = device.activationId === null ? undefined : state.activations.get(device.activationId);
          if (device.status === 'ACTIVE' && activation !== undefined) countFailedAttempt(activation, device, settings.defects);
        }
      }
      return reply;
    }
    case 'DATA_SIGNING':
      return verifyDataSigning(call, state, nowMs, settings);
  }
}

function evaluatePush(call: ScaCall, state: SimulatorState, { expect, defects }: ScaSettings): Reply | undefined {
  const presence = activeDevicesOf(state, call.endUserId);
  if (!presence.ok) return presence.reply;
  const wanted = call.factorHeader;
  if (wanted !== undefined) {
    const onboarded = (device: (typeof presence.devices)[number]): boolean => device.factors.includes(wanted);
    // Defect `pushFactorOnEveryDevice` acts here only.
    const found = defects.has('pushFactorOnEveryDevice') ? presence.devices.every(onboarded) : presence.devices.some(onboarded);
    if (!found) return errorReply('SCA_FACTOR_NOT_SET', wanted);
  }
  // Seed: out-of-band push "is not implemented yet"; the control plane can play the end user.
  switch (state.pushMode) {
    case 'off': {
      // Defect `pushOffPerforms`: a push nobody can answer taken as approved.
      if (defects.has('pushOffPerforms')) return undefined;
      if (!expect.waitingSca202) return errorReply('SCA_REQUIRED', 'PUSH_NOTIFICATION');
      // The profile's waitingSca202 (G-CODES; 1.78's body, whose ttl was a serialised Java Duration: an ISO duration here, inferred).
      const [device] = presence.devices;
      // Defect `waitingScaWithoutDevice`.
      return jsonReply(202, { scaId: randomUUID(), scaDeviceId: defects.has('waitingScaWithoutDevice') ? null : (device?.id ?? null), ttl: 'PT5M' });
    }
    case 'approve':
      // Defect `pushApprovalIgnored`.
      return defects.has('pushApprovalIgnored') ? errorReply('SCA_REQUIRED', 'PUSH_NOTIFICATION') : undefined;
    case 'decline':
      // Defect `pushDeclineWrongCode`.
      return defects.has('pushDeclineWrongCode') ? errorReply('SCA_REQUIRED', 'PUSH_NOTIFICATION') : errorReply('SCA_INTERACTION_DECLINED');
    case 'timeout':
      // Defect `pushTimeoutPerforms`: silence taken for consent.
      return defects.has('pushTimeoutPerforms') ? undefined : errorReply('SCA_INTERACTION_DECLINED');
  }
}

function presenceOf(state: SimulatorState, endUserId: string, defects: DefectSet): DevicePresence {
  const present = state.devicesOf(endUserId).filter((device) => device.status !== 'REMOVED');
  if (present.length === 0) return 'none';
  const active = (device: (typeof present)[number]): boolean => device.status === 'ACTIVE';
  // Defect `activeOnlyWhenAllDevicesActive` acts here only.
  if (defects.has('activeOnlyWhenAllDevicesActive') ? present.every(active) : present.some(active)) return 'active';
  return present.some((device) => device.status === 'BLOCKED') ? 'blocked-only' : 'pending-only';
}

function paymentOf(call: OperationCall, state: SimulatorState): { amount: number; beneficiaryTrusted: boolean } | undefined {
  if (!(PAYMENT_OPERATIONS as readonly OperationId[]).includes(call.operation.operationId)) return undefined;
  const body = call.body as { amount?: unknown; beneficiaryId?: unknown } | undefined;
  if (typeof body?.amount !== 'number') return undefined;
  return { amount: body.amount, beneficiaryTrusted: typeof body.beneficiaryId === 'string' && state.trustedBeneficiaries.has(body.beneficiaryId) };
}

function isSuccess(reply: Reply): boolean {
  return reply.kind !== 'error' && reply.status >= 200 && reply.status < 300;
}
