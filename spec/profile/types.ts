// The target profile: what a provider declares where LinkCy's sources are silent or contradict
// each other (issue 8, item 5). The simulator applies it, the expectation model predicts with it,
// and the probes judge a target against the profile it declares (`--expect FILE`).

import type { OperationId, ScaPolicy } from '../openapi/index.ts';

/** PSD2 RTS exemptions (Delegated Regulation (EU) 2018/389), as the suite models them; all inferred. */
export interface Psd2Exemptions {
  /** Art. 16 (a): a remote payment of at most this amount (ledger currency, major units) may skip SCA. */
  readonly lowValueLimit: number;
  /** Art. 16 (b): SCA once the low-value payments since the last SCA, this one included, sum to more; null: not applied. */
  readonly cumulativeAmountLimit: number | null;
  /** Art. 16 (c): SCA once the low-value payments since the last SCA, this one included, are more; null: not applied. */
  readonly cumulativeCountLimit: number | null;
  /** Art. 13: a payment to a beneficiary the end user trusts skips SCA (createTransaction only). */
  readonly trustedBeneficiaries: boolean;
  /** Art. 10 (as amended by 2022/2360): a refresh skips SCA while the last SCA is younger than this. */
  readonly reauthenticationDays: number;
}

export type ScaPolicySetting =
  | { readonly policy: Exclude<ScaPolicy, 'psd2-exemptions'> }
  | { readonly policy: 'psd2-exemptions'; readonly exemptions: Psd2Exemptions };

export type DeviceActivation = { readonly mode: 'synchronous' } | { readonly mode: 'delayed'; readonly delayMs: number };

export interface TargetProfile {
  /** RFC 6901 pointers to the error code in an error body, tried in order. */
  readonly errorCodePointers: readonly string[];
  /** SCA_SIGNATURE_DOES_NOT_MATCH's status: 401 (the label's number) or 403 (its text, "Forbidden"). */
  readonly signatureMismatchStatus: 401 | 403;
  /** An empty Linkcy-SCA-Signature: SCA_SIGNATURE_MISSING, or a malformed signature. */
  readonly emptySignature: 'missing' | 'malformed';
  /** The code of a signature header that breaks the PowerAuth grammar. */
  readonly malformedSignatureCode: 'SCA_SIGNATURE_FORMAT_INVALID' | 'ERROR_SIGNATURE_INVALID';
  /** Linkcy-SCA-Factor: not part of the contract (1.114.5), or BIOMETRY|PIN default BIOMETRY (1.78). */
  readonly factorHeader: 'absent' | 'BIOMETRY|PIN';
  /** When registration is "the first": no device at all (REMOVED ones aside), or no ACTIVE device. */
  readonly firstDevice: 'no-device' | 'no-active-device';
  /** Operations where BY_PASS satisfies SCA outside the sandbox too. */
  readonly productionByPassAllowlist: readonly OperationId[];
  readonly deviceActivation: DeviceActivation;
  /** A call that needs SCA with PUSH_NOTIFICATION (and an ACTIVE device) answers 202 "Waiting SCA". */
  readonly waitingSca202: boolean;
  /** Where the KYC/KYB check of the end user sits: after SCA (step 6), before it, or not at all. */
  readonly kycCheck: 'after-sca' | 'before-sca' | 'not-enforced';
  /** Overrides of the document's `x-linkcy-sca` (the default profile's policy) per operation. */
  readonly scaPolicies: Readonly<Partial<Record<OperationId, ScaPolicySetting>>>;
}
