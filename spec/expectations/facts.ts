// The facts the decision table reads: each a small enum or boolean computed from the case, the
// operation's spec, the target profile and the options, so every row can be plain data. 'n/a'
// marks a fact that cannot be known for this case (no well-formed signature, no factor header).

import type { OperationId, TokenPolicy } from '../openapi/index.ts';
import { factorsOf, type SignatureFactor, type SignatureType } from '../powerauth/index.ts';
import { DEFAULT_TARGET_PROFILE, isKycGated, NO_SCA_HISTORY, scaNeed, type ScaExemption, type TargetProfile } from '../profile/index.ts';
import { operationFacts, type ResourceKind } from './operation-facts.ts';
import type {
  DeviceSummary,
  HeaderFact,
  KycFact,
  PredictOptions,
  Profile,
  PushMode,
  ScaCase,
  ScaFactor,
  SignatureFacts,
  TokenKind,
} from './types.ts';

/** Linkcy-SCA-Strategy values, exact case (a test checks them against the document's enum). */
export const STRATEGIES = ['PUSH_NOTIFICATION', 'DATA_SIGNING', 'BY_PASS'] as const;
export type Strategy = (typeof STRATEGIES)[number];
/** SCA-HDR-002: "Default PUSH_NOTIFICATION". */
export const DEFAULT_STRATEGY: Strategy = 'PUSH_NOTIFICATION';
/** Factors a device can onboard (the PIN is KNOWLEDGE). */
export const SCA_FACTORS = ['KNOWLEDGE', 'BIOMETRY'] as const satisfies readonly ScaFactor[];
/** Linkcy-SCA-Factor values under the profile's `factorHeader: "BIOMETRY|PIN"` (1.78), exact case. */
export const FACTOR_HEADER_VALUES = ['BIOMETRY', 'PIN'] as const;
export type FactorHeaderValue = (typeof FACTOR_HEADER_VALUES)[number];
/** SCA-TTL-001: "Signature TTL is 30 sec." */
export const DEFAULT_SIGNATURE_TTL_MS = 30_000;

export type NotApplicable = 'n/a';

export interface CaseFacts {
  operationId: OperationId;
  tokenPolicy: TokenPolicy;
  token: TokenKind;
  requestValid: boolean;
  strategy: Strategy | 'invalid';
  factorHeader: FactorHeaderValue | 'absent' | 'invalid';
  resource: ResourceKind;
  resourceExists: boolean;
  kyc: KycFact | 'not-gated';
  kycCheck: TargetProfile['kycCheck'];
  sca: 'needed' | ScaExemption;
  profile: Profile;
  byPassAllowed: boolean;
  devices: DeviceSummary;
  factorHeaderOnboarded: boolean | NotApplicable;
  pushMode: PushMode;
  waitingSca202: boolean;
  registrationPending: boolean;
  signature: 'absent' | 'malformed' | 'version-format' | 'well-formed';
  malformedSignatureCode: TargetProfile['malformedSignatureCode'];
  signingDevice: SignatureFacts['device'] | NotApplicable;
  signatureType: SignatureType | NotApplicable;
  signatureFactorsOnboarded: boolean | NotApplicable;
  signatureCoversFactorHeader: boolean | NotApplicable;
  applicationKeyMatches: boolean | NotApplicable;
  ttl: 'within' | 'expired' | 'unknown-within' | 'unknown-expired' | 'unprovable' | NotApplicable;
  canonicalQuery: boolean | NotApplicable;
  dataMatches: boolean | NotApplicable;
  counter: SignatureFacts['counter'] | NotApplicable;
}

export type FactName = keyof CaseFacts;

/** How each fact is computed, for DECISION-TABLE.md (in this order). */
export const FACT_DESCRIPTIONS: Readonly<Record<FactName, string>> = {
  operationId: 'The operation called.',
  tokenPolicy: 'x-linkcy-token of the operation in the OpenAPI document.',
  token: 'The bearer token sent, as the case gives it; for refreshToken whose refresh token, for login whose credentials (`unknown`: credentials rejected, or a refresh token never issued or already exchanged; `expired`: a refresh token past its lifetime).',
  requestValid: 'Body and parameters valid against the OpenAPI document.',
  strategy:
    'Linkcy-SCA-Strategy: absent gives the default PUSH_NOTIFICATION; an exact-case enum value is itself; anything else (wrong case, whitespace, unknown, empty) is `invalid`. Not read on operations that are not SCA-eligible (treated as absent).',
  factorHeader:
    'Linkcy-SCA-Factor under the profile\'s `factorHeader: "BIOMETRY|PIN"` (1.78): `absent`, an exact-case value, or `invalid`. Under `"absent"` (1.114.5, default) the header is not part of the contract and is ignored: always `absent`.',
  resource:
    'The path resource, by the 404 code the operation documents: SCA_REGISTRATION_NOT_FOUND gives `sca-device`, any other documented 404 `named-resource`, none `none`.',
  resourceExists: 'The resource the call names exists (and, for a device, is not REMOVED).',
  kyc: 'The SCA subject\'s KYC (consumer) or KYB (corporate) state on KYC-gated operations (spec/profile KYC_GATED_OPERATIONS); `not-gated` elsewhere.',
  kycCheck: 'The profile\'s `kycCheck`: where the KYC gate sits (`after-sca`, default; `before-sca`; `not-enforced`).',
  sca: 'Step 4, spec/profile scaNeed: the operation\'s policy in the profile (default: the document\'s x-linkcy-sca) applied to the devices, the payment and the SCA history: `needed`, or the exemption that applies (`not-eligible`, `policy-never`, `no-sca-subject`, `first-device`, `trusted-beneficiary`, `low-value`, `reauthentication-not-due`).',
  profile: 'The target environment: BY_PASS is sandbox only.',
  byPassAllowed: 'BY_PASS satisfies SCA: the sandbox, or an operation on the profile\'s productionByPassAllowlist.',
  devices: "The end user's devices: `none` (never registered, or all REMOVED), `pending-only`, `blocked-only`, `active`.",
  factorHeaderOnboarded: 'The factor named by Linkcy-SCA-Factor (PIN = KNOWLEDGE) is onboarded on the active device.',
  pushMode: "The target's push mode; absent is `off` (push is not implemented yet).",
  waitingSca202: 'The profile\'s `waitingSca202`: a push that cannot complete now answers 202 "Waiting SCA".',
  registrationPending: 'Another device of the end user is PENDING_ACTIVATION.',
  signature:
    'Linkcy-SCA-Signature: `absent`, `malformed` (breaks the PowerAuth header grammar), `version-format` (only pa_version and the signature encoding disagree), `well-formed`. An empty header counts as `absent` or `malformed` by the profile\'s `emptySignature`.',
  malformedSignatureCode: 'The profile\'s `malformedSignatureCode`.',
  signingDevice: 'The device whose activation pa_activation_id names.',
  signatureType: 'pa_signature_type.',
  signatureFactorsOnboarded: 'The knowledge/biometry factors of pa_signature_type are onboarded on the device.',
  signatureCoversFactorHeader: 'pa_signature_type includes the factor named by Linkcy-SCA-Factor (PIN: knowledge; BIOMETRY: biometry).',
  applicationKeyMatches: "pa_application_key is the target's application key.",
  ttl: 'Signatures whose making the target recorded (a reporting virtual device): `within` (age <= TTL) or `expired`. Unknown provenance (a real SDK, or a target that cannot know): `unknown-within`/`unknown-expired`, which the target may accept or refuse; `unprovable` under strictTtl.',
  canonicalQuery: 'false for a GET without body whose query has a %-escape that does not decode: it has no canonical form, so no signature can match it.',
  dataMatches: 'Method, URI (path + query) and body signed are those sent.',
  counter: 'The signing counter: `fresh`, `replayed`, `beyond-window` (past the look-ahead), `wrong-key` (e.g. wrong PIN), `overtaken` (an older signature of the device sent after a younger one was accepted).',
};

export interface ResolvedOptions {
  readonly signatureTtlMs: number;
  readonly strictTtl: boolean;
  readonly expect: TargetProfile;
}

export function resolveOptions(options: PredictOptions = {}): ResolvedOptions {
  const signatureTtlMs = options.signatureTtlMs ?? DEFAULT_SIGNATURE_TTL_MS;
  if (!Number.isFinite(signatureTtlMs) || signatureTtlMs < 0) {
    throw new RangeError(`predict: signatureTtlMs must be a finite number >= 0, got ${signatureTtlMs}`);
  }
  return { signatureTtlMs, strictTtl: options.strictTtl ?? false, expect: options.expect ?? DEFAULT_TARGET_PROFILE };
}

export function factsOf(testCase: ScaCase, options: ResolvedOptions): CaseFacts {
  const { expect } = options;
  const operation = operationFacts(testCase.operationId);
  const { endUser, signature } = testCase;
  const ignored = !operation.readsScaHeaders;
  const strategy = ignored ? DEFAULT_STRATEGY : strategyOf(testCase.strategy);
  const factorHeader = ignored || expect.factorHeader === 'absent' ? 'absent' : factorOf(testCase.factorHeader);
  const namedFactor = factorHeader === 'absent' || factorHeader === 'invalid' ? undefined : FACTOR_OF_HEADER[factorHeader];
  const signed = signature.present && signature.wellFormed ? signature.facts : undefined;
  const need = scaNeed(expect, {
    operationId: testCase.operationId,
    // A partner's refresh token: the refresh acts for nobody, so SCA has no subject.
    hasScaSubject: !(testCase.operationId === 'refreshToken' && testCase.token === 'partner'),
    devices: endUser.devices,
    ...(testCase.payment === undefined ? {} : { payment: testCase.payment }),
    history: testCase.scaHistory ?? NO_SCA_HISTORY,
  });
  return {
    operationId: testCase.operationId,
    tokenPolicy: operation.tokenPolicy,
    token: testCase.token,
    requestValid: testCase.requestValid,
    strategy,
    factorHeader,
    resource: operation.resource,
    resourceExists: testCase.resourceExists,
    kyc: isKycGated(testCase.operationId) ? (endUser.kyc ?? 'validated') : 'not-gated',
    kycCheck: expect.kycCheck,
    sca: need.needed ? 'needed' : need.exemption,
    profile: testCase.profile,
    byPassAllowed: testCase.profile === 'sandbox' || expect.productionByPassAllowlist.includes(testCase.operationId),
    devices: endUser.devices,
    factorHeaderOnboarded: namedFactor === undefined ? 'n/a' : endUser.factors.includes(namedFactor),
    pushMode: testCase.pushMode ?? 'off',
    waitingSca202: expect.waitingSca202,
    registrationPending: endUser.registrationPending,
    signature: signatureOf(signature, expect),
    malformedSignatureCode: expect.malformedSignatureCode,
    signingDevice: signed?.device ?? 'n/a',
    signatureType: signed?.type ?? 'n/a',
    signatureFactorsOnboarded:
      signed === undefined ? 'n/a' : secondFactorsOf(signed.type).every((factor) => endUser.factors.includes(factor)),
    signatureCoversFactorHeader:
      signed === undefined || namedFactor === undefined ? 'n/a' : secondFactorsOf(signed.type).includes(namedFactor),
    applicationKeyMatches: signed?.applicationKeyMatches ?? 'n/a',
    ttl: signed === undefined ? 'n/a' : ttlOf(signed.provenance, testCase.ageMs ?? 0, options),
    canonicalQuery: signed === undefined ? 'n/a' : signed.canonicalQuery !== false,
    dataMatches: signed?.dataMatches ?? 'n/a',
    counter: signed?.counter ?? 'n/a',
  };
}

const FACTOR_OF_HEADER: Readonly<Record<FactorHeaderValue, ScaFactor>> = { BIOMETRY: 'BIOMETRY', PIN: 'KNOWLEDGE' };

// The OpenAPI enum is exact: 'data_signing' or ' BY_PASS' fail validation like an unknown value.
function strategyOf(header: HeaderFact): Strategy | 'invalid' {
  if (!header.present) return DEFAULT_STRATEGY;
  return STRATEGIES.find((strategy) => strategy === header.value) ?? 'invalid';
}

function factorOf(header: HeaderFact): FactorHeaderValue | 'absent' | 'invalid' {
  if (!header.present) return 'absent';
  return FACTOR_HEADER_VALUES.find((factor) => factor === header.value) ?? 'invalid';
}

function signatureOf(signature: ScaCase['signature'], expect: TargetProfile): CaseFacts['signature'] {
  if (!signature.present) return 'absent';
  if (signature.wellFormed) return 'well-formed';
  if (signature.defect === 'empty') return expect.emptySignature === 'missing' ? 'absent' : 'malformed';
  return signature.defect === 'version-format' ? 'version-format' : 'malformed';
}

// Possession is the device itself; the header and the end user's factors name only the others.
const SECOND_FACTOR: Readonly<Record<SignatureFactor, ScaFactor | undefined>> = {
  possession: undefined,
  knowledge: 'KNOWLEDGE',
  biometry: 'BIOMETRY',
};

function secondFactorsOf(type: SignatureType): ScaFactor[] {
  return factorsOf(type).flatMap((factor) => SECOND_FACTOR[factor] ?? []);
}

// Only the target's own record gives a signature an age (D-AUDIT-2): a PowerAuth signature carries
// no time, so a target that did not see it made cannot know how old it is.
function ttlOf(provenance: SignatureFacts['provenance'], ageMs: number, options: ResolvedOptions): CaseFacts['ttl'] {
  const expired = ageMs > options.signatureTtlMs;
  if (provenance === 'recorded') return expired ? 'expired' : 'within';
  if (options.strictTtl) return 'unprovable';
  return expired ? 'unknown-expired' : 'unknown-within';
}
