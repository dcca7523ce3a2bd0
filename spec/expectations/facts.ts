// The facts the decision table reads: each a small enum or boolean computed from the case, the
// operation's spec and the options, so every row can be plain data. 'n/a' marks a fact that
// cannot be known for this case (no well-formed signature, no factor header): no row names it.

import type { OperationId, ScaPolicy, TokenPolicy } from '../openapi/index.ts';
import { factorsOf, type SignatureFactor, type SignatureType } from '../powerauth/index.ts';
import { operationFacts, type ResourceKind } from './operation-facts.ts';
import type {
  DeviceSummary,
  HeaderFact,
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
/** Linkcy-SCA-Factor values, exact case. */
export const SCA_FACTORS = ['KNOWLEDGE', 'BIOMETRY'] as const satisfies readonly ScaFactor[];
/** SCA-TTL-001: "Signature TTL is 30 sec." */
export const DEFAULT_SIGNATURE_TTL_MS = 30_000;

export type NotApplicable = 'n/a';

export interface CaseFacts {
  operationId: OperationId;
  tokenPolicy: TokenPolicy;
  token: TokenKind;
  requestValid: boolean;
  strategy: Strategy | 'invalid';
  factorHeader: ScaFactor | 'absent' | 'invalid';
  resource: ResourceKind;
  resourceExists: boolean;
  sca: 'needed' | 'first-device-exempt' | 'not-eligible';
  profile: Profile;
  devices: DeviceSummary;
  factorHeaderOnboarded: boolean | NotApplicable;
  pushMode: PushMode;
  registrationPending: boolean;
  signature: 'absent' | 'malformed' | 'well-formed';
  signingDevice: SignatureFacts['device'] | NotApplicable;
  signatureType: SignatureType | NotApplicable;
  signatureFactorsOnboarded: boolean | NotApplicable;
  signatureCoversFactorHeader: boolean | NotApplicable;
  applicationKeyMatches: boolean | NotApplicable;
  ttl: 'within' | 'expired' | 'not-checked' | 'unprovable' | NotApplicable;
  dataMatches: boolean | NotApplicable;
  counter: SignatureFacts['counter'] | NotApplicable;
}

export type FactName = keyof CaseFacts;

/** How each fact is computed, for DECISION-TABLE.md (in this order). */
export const FACT_DESCRIPTIONS: Readonly<Record<FactName, string>> = {
  operationId: 'The operation called.',
  tokenPolicy: 'x-linkcy-token of the operation in the OpenAPI document.',
  token: 'The bearer token sent, as the case gives it.',
  requestValid: 'Body and parameters valid against the OpenAPI document.',
  strategy:
    'Linkcy-SCA-Strategy: absent gives the default PUSH_NOTIFICATION; an exact-case enum value is itself; anything else (wrong case, whitespace, unknown, empty) is `invalid`. Not read on operations that do not declare it (treated as absent).',
  factorHeader:
    'Linkcy-SCA-Factor: `absent`, an exact-case enum value, or `invalid`. Not read on operations that do not declare it (treated as absent).',
  resource:
    'The path resource, by the 404 code the operation documents: SCA_REGISTRATION_NOT_FOUND gives `sca-device`, RESOURCE_NOT_FOUND `end-user-or-card`, none `none`.',
  resourceExists: 'The resource the call names exists (and, for a device, is not REMOVED).',
  sca: 'x-linkcy-sca `required`: `needed`; `first-device-exempt`: `needed` once the end user has an ACTIVE device, else `first-device-exempt`; `none`: `not-eligible`.',
  profile: 'The target profile: BY_PASS is sandbox only.',
  devices: "The end user's devices: `none` (never registered, or all REMOVED), `pending-only`, `blocked-only`, `active`.",
  factorHeaderOnboarded: 'The factor named by Linkcy-SCA-Factor is onboarded on the active device.',
  pushMode: "The target's push mode; absent is `off` (push is not implemented yet).",
  registrationPending: 'Another device of the end user is PENDING_ACTIVATION.',
  signature:
    'Linkcy-SCA-Signature: `absent`, `malformed` (breaks the PowerAuth header grammar), `well-formed`. An empty header fails request validation (minLength 1), so it is never `absent`.',
  signingDevice: 'The device whose activation pa_activation_id names.',
  signatureType: 'pa_signature_type.',
  signatureFactorsOnboarded: 'The knowledge/biometry factors of pa_signature_type are onboarded on the device.',
  signatureCoversFactorHeader: 'pa_signature_type includes the factor named by Linkcy-SCA-Factor.',
  applicationKeyMatches: "pa_application_key is the target's application key.",
  ttl: 'Recorded signatures: `within` (age <= TTL) or `expired` (age > TTL). Unknown provenance: `not-checked`, or `unprovable` under strictTtl.',
  dataMatches: 'Method, URI (path + query) and body signed are those sent.',
  counter: 'The signing counter: `fresh`, `replayed`, `beyond-window` (past the look-ahead), `wrong-key` (e.g. wrong PIN).',
};

export interface ResolvedOptions {
  readonly signatureTtlMs: number;
  readonly strictTtl: boolean;
}

export function resolveOptions(options: PredictOptions = {}): ResolvedOptions {
  const signatureTtlMs = options.signatureTtlMs ?? DEFAULT_SIGNATURE_TTL_MS;
  if (!Number.isFinite(signatureTtlMs) || signatureTtlMs < 0) {
    throw new RangeError(`predict: signatureTtlMs must be a finite number >= 0, got ${signatureTtlMs}`);
  }
  return { signatureTtlMs, strictTtl: options.strictTtl ?? false };
}

export function factsOf(testCase: ScaCase, options: ResolvedOptions): CaseFacts {
  const operation = operationFacts(testCase.operationId);
  const { endUser, signature } = testCase;
  const ignored = !operation.readsScaHeaders;
  const strategy = ignored ? DEFAULT_STRATEGY : strategyOf(testCase.strategy);
  const factorHeader = ignored ? 'absent' : factorOf(testCase.factorHeader);
  const namedFactor = factorHeader === 'absent' || factorHeader === 'invalid' ? undefined : factorHeader;
  const signed = signature.present && signature.wellFormed ? signature.facts : undefined;
  return {
    operationId: testCase.operationId,
    tokenPolicy: operation.tokenPolicy,
    token: testCase.token,
    requestValid: testCase.requestValid,
    strategy,
    factorHeader,
    resource: operation.resource,
    resourceExists: testCase.resourceExists,
    sca: scaOf(operation.scaPolicy, endUser.devices),
    profile: testCase.profile,
    devices: endUser.devices,
    factorHeaderOnboarded: namedFactor === undefined ? 'n/a' : endUser.factors.includes(namedFactor),
    pushMode: testCase.pushMode ?? 'off',
    registrationPending: endUser.registrationPending,
    signature: !signature.present ? 'absent' : signature.wellFormed ? 'well-formed' : 'malformed',
    signingDevice: signed?.device ?? 'n/a',
    signatureType: signed?.type ?? 'n/a',
    signatureFactorsOnboarded:
      signed === undefined ? 'n/a' : secondFactorsOf(signed.type).every((factor) => endUser.factors.includes(factor)),
    signatureCoversFactorHeader:
      signed === undefined || namedFactor === undefined ? 'n/a' : secondFactorsOf(signed.type).includes(namedFactor),
    applicationKeyMatches: signed?.applicationKeyMatches ?? 'n/a',
    ttl: signed === undefined ? 'n/a' : ttlOf(signed.provenance, testCase.ageMs ?? 0, options),
    dataMatches: signed?.dataMatches ?? 'n/a',
    counter: signed?.counter ?? 'n/a',
  };
}

// The OpenAPI enum is exact: 'data_signing' or ' BY_PASS' fail validation like an unknown value.
function strategyOf(header: HeaderFact): Strategy | 'invalid' {
  if (!header.present) return DEFAULT_STRATEGY;
  return STRATEGIES.find((strategy) => strategy === header.value) ?? 'invalid';
}

function factorOf(header: HeaderFact): ScaFactor | 'absent' | 'invalid' {
  if (!header.present) return 'absent';
  return SCA_FACTORS.find((factor) => factor === header.value) ?? 'invalid';
}

function scaOf(policy: ScaPolicy, devices: DeviceSummary): CaseFacts['sca'] {
  switch (policy) {
    case 'required':
      return 'needed';
    case 'first-device-exempt':
      // Only an ACTIVE device counts as "the first registration" (docs/sca-evaluation-order.md, 4).
      return devices === 'active' ? 'needed' : 'first-device-exempt';
    case 'none':
      return 'not-eligible';
  }
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

// Only the target's own record gives a signature an age; others pass on cryptography alone
// unless strictTtl asks the suite to expect them refused.
function ttlOf(provenance: SignatureFacts['provenance'], ageMs: number, options: ResolvedOptions): CaseFacts['ttl'] {
  if (provenance === 'unknown') return options.strictTtl ? 'unprovable' : 'not-checked';
  return ageMs > options.signatureTtlMs ? 'expired' : 'within';
}
