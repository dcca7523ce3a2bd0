// The shared contract of the probe engine (docs/probe-design.md, "Expectations"): what a case
// says about one call, and what the decision table predicts for it.

import type { ErrorCode } from '../errors/index.ts';
import type { OperationId } from '../openapi/index.ts';
import type { SignatureType } from '../powerauth/index.ts';
import type { RequirementId } from '../requirements/index.ts';

export type Profile = 'sandbox' | 'production';
export type TokenKind = 'partner' | 'end-user' | 'end-user-other' | 'missing' | 'malformed' | 'expired' | 'unknown';
/** The end user's devices: 'none' also covers "every device REMOVED". */
export type DeviceSummary = 'none' | 'pending-only' | 'blocked-only' | 'active';
export type ScaFactor = 'KNOWLEDGE' | 'BIOMETRY';
export type PushMode = 'off' | 'approve' | 'decline' | 'timeout';

/** A header as sent: its raw value, unnormalised, so wrong case and whitespace stay visible. */
export type HeaderFact = { present: false } | { present: true; value: string };

/** Facts about one call, not how it was produced. */
export interface ScaCase {
  operationId: OperationId;
  profile: Profile;
  token: TokenKind;
  /** `factors`: those onboarded on the ACTIVE device. `registrationPending`: a device awaits activation. */
  endUser: { devices: DeviceSummary; factors: ScaFactor[]; registrationPending: boolean };
  strategy: HeaderFact;
  factorHeader: HeaderFact;
  signature:
    | { present: false }
    | { present: true; wellFormed: false }
    | { present: true; wellFormed: true; facts: SignatureFacts };
  /** Signature age at the target's clock when sent; absent: sent at once (0 ms). */
  ageMs?: number;
  /** The target's push-notification mode; absent: 'off' (push is "not implemented yet"). */
  pushMode?: PushMode;
  /** Body and parameters valid against the OpenAPI document (the SCA headers are judged apart). */
  requestValid: boolean;
  resourceExists: boolean;
}

export interface SignatureFacts {
  device: 'own-active' | 'own-pending' | 'own-blocked' | 'own-removed' | 'other-user' | 'unknown';
  type: SignatureType;
  applicationKeyMatches: boolean;
  /** Method, URI (path + query) and body signed == sent. */
  dataMatches: boolean;
  /** wrong-key: e.g. a wrong PIN. */
  counter: 'fresh' | 'replayed' | 'beyond-window' | 'wrong-key';
  /** recorded: the target knows when the signature was made, so it can age it. */
  provenance: 'recorded' | 'unknown';
}

export type ExpectedOutcome =
  | { kind: 'success'; status: number }
  /** `messageArgs`: the message placeholders the table knows (e.g. the strategy of SCA_REQUIRED). */
  | { kind: 'error'; code: ErrorCode; status: number; messageArgs?: readonly string[] };

export interface SideEffects {
  failedAttempt?: boolean;
  counterAdvances?: boolean;
  blocks?: boolean;
}

export interface Expectation {
  outcome: ExpectedOutcome;
  /** The decision-table row id, e.g. 'DS-TTL-EXPIRED'. */
  rule: string;
  /** What a mismatch violates. */
  requirementIds: RequirementId[];
  sideEffects?: SideEffects;
}

export interface PredictOptions {
  /** How long a recorded signature stays valid. Default DEFAULT_SIGNATURE_TTL_MS. */
  signatureTtlMs?: number;
  /** Refuse signatures whose age the target cannot know (unknown provenance). Default false. */
  strictTtl?: boolean;
}
