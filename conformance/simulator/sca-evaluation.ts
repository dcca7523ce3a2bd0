import { verifyDataSigning, type DataSigningSettings, type SignedCall } from './data-signing.ts';
import { activeDevicesOf } from './device-presence.ts';
import { errorReply, type ErrorReply } from './reply.ts';
import type { SimulatorState } from './state.ts';

// Step 5 of docs/sca-evaluation-order.md: given that this call needs SCA, does the strategy the
// caller chose provide it?

export type ScaStrategy = 'PUSH_NOTIFICATION' | 'DATA_SIGNING' | 'BY_PASS';
export const SCA_STRATEGIES: readonly ScaStrategy[] = ['PUSH_NOTIFICATION', 'DATA_SIGNING', 'BY_PASS'];
export type SimulatorProfile = 'sandbox' | 'production';

export interface ScaCall extends SignedCall {
  /** The Linkcy-SCA-Strategy header, already checked against its enum; absent = PUSH_NOTIFICATION. */
  readonly strategy: ScaStrategy | undefined;
}

export interface ScaSettings extends DataSigningSettings {
  readonly profile: SimulatorProfile;
}

/** Undefined when SCA is satisfied; otherwise the error to answer. */
export function evaluateSca(call: ScaCall, state: SimulatorState, nowMs: number, settings: ScaSettings): ErrorReply | undefined {
  const strategy = call.strategy ?? 'PUSH_NOTIFICATION';
  switch (strategy) {
    case 'BY_PASS':
      // Defect `bypassInProduction` acts here only.
      return settings.profile === 'sandbox' || settings.defects.has('bypassInProduction')
        ? undefined
        : errorReply('SCA_REQUIRED', 'BY_PASS');
    case 'PUSH_NOTIFICATION':
      return evaluatePush(call, state);
    case 'DATA_SIGNING':
      return verifyDataSigning(call, state, nowMs, settings);
  }
}

function evaluatePush(call: ScaCall, state: SimulatorState): ErrorReply | undefined {
  const presence = activeDevicesOf(state, call.endUserId);
  if (!presence.ok) return presence.reply;
  const factor = call.factorHeader;
  if (factor !== undefined && !presence.devices.some((device) => device.factors.includes(factor))) {
    return errorReply('SCA_FACTOR_NOT_SET', factor);
  }
  // Seed: out-of-band push "is not implemented yet"; the control plane can play the end user.
  switch (state.pushMode) {
    case 'off':
      return errorReply('SCA_REQUIRED', 'PUSH_NOTIFICATION');
    case 'approve':
      return undefined;
    case 'decline':
    case 'timeout':
      return errorReply('SCA_INTERACTION_DECLINED');
  }
}
