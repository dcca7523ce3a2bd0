import { fileURLToPath } from 'node:url';
import { DEFAULT_TARGET_PROFILE, isScaEligible, loadTargetProfile, type TargetProfile } from '../../profile/index.ts';
import type { OperationId } from '../../openapi/index.ts';
import { GOOD_SIGNATURE_FACTS } from '../good-signature.ts';
import type { HeaderFact, ScaCase, SignatureFacts } from '../types.ts';

// Hand-written cases for the example tests: one base case that succeeds, changed one fact at a time.

export const header = (value: string): HeaderFact => ({ present: true, value });
export const ABSENT: HeaderFact = { present: false };

/** createCard with a good DATA_SIGNING signature from the end user's active device (KNOWLEDGE). */
export function signedCase(overrides: Partial<ScaCase> = {}, signature: Partial<SignatureFacts> = {}): ScaCase {
  return {
    operationId: 'createCard',
    profile: 'production',
    token: 'partner',
    endUser: { devices: 'active', factors: ['KNOWLEDGE'], registrationPending: false },
    strategy: header('DATA_SIGNING'),
    factorHeader: ABSENT,
    signature: { present: true, wellFormed: true, facts: { ...GOOD_SIGNATURE_FACTS, ...signature } },
    ageMs: 1_000,
    requestValid: true,
    resourceExists: true,
    ...overrides,
  };
}

/** A call without SCA headers, for operations where SCA does not apply (or with BY_PASS etc.). */
export function plainCase(overrides: Partial<ScaCase> = {}): ScaCase {
  return signedCase({ strategy: ABSENT, signature: { present: false }, ageMs: undefined, ...overrides });
}

/** A call that succeeds on `operationId`: signed where the operation is SCA-eligible, with the token it takes. */
export function successCase(operationId: OperationId): ScaCase {
  const token = operationId === 'login' || operationId === 'refreshToken' ? 'missing' : 'partner';
  return isScaEligible(operationId) ? signedCase({ operationId, token: operationId === 'refreshToken' ? 'end-user' : token }) : plainCase({ operationId, token });
}

/** Every non-default choice at once: the documented example (docs/expect-profile.example.json). */
export const NON_DEFAULT_PROFILE: TargetProfile = loadTargetProfile(fileURLToPath(new URL('../../../docs/expect-profile.example.json', import.meta.url)));

export const withProfile = (changes: Partial<TargetProfile>): TargetProfile => ({ ...DEFAULT_TARGET_PROFILE, ...changes });
