// The shared contract of the probe engine (docs/probe-design.md, "Expectations"): what a case
// says about one call, and what the decision table predicts for it.

import type { ErrorCode } from '../errors/index.ts';
import type { OperationId } from '../openapi/index.ts';
import type { SignatureType } from '../powerauth/index.ts';
import type { ScaHistory, TargetProfile } from '../profile/index.ts';
import type { RequirementId } from '../requirements/index.ts';

export type Profile = 'sandbox' | 'production';
export type TokenKind = 'partner' | 'end-user' | 'end-user-other' | 'missing' | 'malformed' | 'expired' | 'unknown';
/** The end user's devices: 'none' also covers "every device REMOVED". */
export type DeviceSummary = 'none' | 'pending-only' | 'blocked-only' | 'active';
/** A factor onboarded on a device (the PIN is KNOWLEDGE). */
export type ScaFactor = 'KNOWLEDGE' | 'BIOMETRY';
/** The end user's KYC (consumer) or KYB (corporate) state, as far as the gate cares. */
export type KycFact = 'validated' | 'consumer-not-validated' | 'corporate-not-validated';
export type PushMode = 'off' | 'approve' | 'decline' | 'timeout';

/** A header as sent: its raw value, unnormalised, so wrong case and whitespace stay visible. */
export type HeaderFact = { present: false } | { present: true; value: string };

/** Facts about one call, not how it was produced. */
export interface ScaCase {
  operationId: OperationId;
  profile: Profile;
  token: TokenKind;
  /**
   * `factors`: those onboarded on the ACTIVE device. `registrationPending`: a device awaits activation.
   * `kyc`: absent is validated (the control plane's default).
   */
  endUser: { devices: DeviceSummary; factors: ScaFactor[]; registrationPending: boolean; kyc?: KycFact };
  strategy: HeaderFact;
  factorHeader: HeaderFact;
  /**
   * A header that is not well-formed may be so for a reason the profile or the sources treat apart:
   * `empty` (an empty value), `version-format` (pa_version and the signature's encoding disagree).
   */
  signature:
    | { present: false }
    | { present: true; wellFormed: false; defect?: 'empty' | 'version-format' }
    | { present: true; wellFormed: true; facts: SignatureFacts };
  /** Payments (createTransaction, createInterLedgerTransaction): what the PSD2 exemptions read. */
  payment?: { amount: number; beneficiaryTrusted: boolean };
  /** What happened since the end user's last SCA; absent: nothing, and no SCA ever. */
  scaHistory?: ScaHistory;
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
  /**
   * false: a GET without body whose query has a %-escape that does not decode, so it has no
   * canonical form and no signature can match it (D-BOUND-2). Absent: true.
   */
  canonicalQuery?: false;
  /**
   * wrong-key: e.g. a wrong PIN. overtaken: made before another signature of the same device that
   * the target already accepted (two signatures in flight, sent out of order).
   */
  counter: 'fresh' | 'replayed' | 'beyond-window' | 'wrong-key' | 'overtaken';
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
  /**
   * Other answers that conform too, where the sources allow both (e.g. FORMAT_INVALID or
   * DOES_NOT_MATCH for a version/format disagreement). A judge accepts `outcome` or any of these.
   */
  alternatives?: ExpectedOutcome[];
  /** What a report must say beside the verdict (e.g. why a TTL could not be judged). */
  notes?: string[];
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
  /** The profile the target declares (`--expect FILE`). Default DEFAULT_TARGET_PROFILE. */
  expect?: TargetProfile;
}
