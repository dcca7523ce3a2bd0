import fc from 'fast-check';
import { OPERATION_IDS } from '../openapi/index.ts';
import { SIGNATURE_TYPES } from '../powerauth/index.ts';
import { FACTOR_HEADER_VALUES, SCA_FACTORS, STRATEGIES } from './facts.ts';
import type { HeaderFact, ScaCase, SignatureFacts } from './types.ts';

/**
 * Any valid ScaCase (a value of the type, consistent or not). The facts that let a call go on
 * weigh more than those that stop it, so deep rows (DATA_SIGNING verification, business rules)
 * are reached too, not only bearer and validation failures.
 */
export function scaCaseArbitrary(): fc.Arbitrary<ScaCase> {
  return fc.record({
    operationId: fc.constantFrom(...OPERATION_IDS),
    profile: fc.constantFrom('sandbox', 'production'),
    token: mostly(fc.constantFrom('partner', 'end-user'), fc.constantFrom('end-user-other', 'missing', 'malformed', 'expired', 'unknown')),
    endUser: fc.record({
      devices: mostly(fc.constant('active'), fc.constantFrom('none', 'pending-only', 'blocked-only')),
      factors: mostly(fc.constant([...SCA_FACTORS]), fc.subarray([...SCA_FACTORS])),
      registrationPending: mostly(fc.constant(false), fc.constant(true)),
      kyc: mostly(fc.constant('validated' as const), fc.constantFrom('consumer-not-validated', 'corporate-not-validated')),
    }),
    strategy: headerArbitrary(STRATEGIES),
    factorHeader: headerArbitrary(FACTOR_HEADER_VALUES),
    signature: fc.oneof(
      { weight: 1, arbitrary: fc.constant({ present: false } as const) },
      { weight: 1, arbitrary: fc.constantFrom({ present: true, wellFormed: false } as const, { present: true, wellFormed: false, defect: 'empty' } as const, { present: true, wellFormed: false, defect: 'version-format' } as const) },
      { weight: 4, arbitrary: signatureFactsArbitrary().map((facts) => ({ present: true, wellFormed: true, facts }) as const) },
    ),
    // Both sides of the default 30 s TTL, and the boundary itself.
    ageMs: fc.option(fc.oneof(fc.nat(120_000), fc.constantFrom(29_999, 30_000, 30_001)), { nil: undefined }),
    pushMode: fc.option(fc.constantFrom('off', 'approve', 'decline', 'timeout'), { nil: undefined }),
    payment: fc.option(fc.record({ amount: fc.constantFrom(0.01, 12.5, 30, 30.01, 99.99, 100, 250), beneficiaryTrusted: fc.boolean() }), { nil: undefined }),
    scaHistory: fc.option(
      fc.record({
        exemptAmountSinceSca: fc.constantFrom(0, 70, 99.99, 100),
        exemptCountSinceSca: fc.constantFrom(0, 4, 5),
        lastScaAgeMs: fc.option(fc.constantFrom(1_000, 180 * 86_400_000 - 1, 180 * 86_400_000), { nil: null }),
      }),
      { nil: undefined },
    ),
    requestValid: mostly(fc.constant(true), fc.constant(false)),
    resourceExists: mostly(fc.constant(true), fc.constant(false)),
  });
}

function signatureFactsArbitrary(): fc.Arbitrary<SignatureFacts> {
  return fc.record({
    device: mostly(fc.constant('own-active'), fc.constantFrom('own-pending', 'own-blocked', 'own-removed', 'other-user', 'unknown')),
    type: fc.constantFrom(...SIGNATURE_TYPES),
    applicationKeyMatches: mostly(fc.constant(true), fc.constant(false)),
    dataMatches: mostly(fc.constant(true), fc.constant(false)),
    counter: mostly(fc.constant('fresh'), fc.constantFrom('replayed', 'beyond-window', 'wrong-key', 'overtaken')),
    provenance: fc.constantFrom('recorded', 'unknown'),
  });
}

/** A header as a client might send it: absent, an exact enum value, or a near miss the enum refuses. */
function headerArbitrary(values: readonly string[]): fc.Arbitrary<HeaderFact> {
  const nearMisses = ['', ' ', ...values.flatMap((value) => [value.toLowerCase(), ` ${value}`, `${value} `])];
  return fc.oneof(
    { weight: 4, arbitrary: fc.constant({ present: false } as const) },
    { weight: 10, arbitrary: fc.constantFrom(...values).map((value) => ({ present: true, value }) as const) },
    { weight: 1, arbitrary: fc.constantFrom(...nearMisses).map((value) => ({ present: true, value }) as const) },
    { weight: 1, arbitrary: fc.string().map((value) => ({ present: true, value }) as const) },
  );
}

// Seven in eight draws take the value that lets evaluation go on: a case passes a dozen such
// facts before it reaches the last DATA_SIGNING rows.
function mostly<T>(common: fc.Arbitrary<T>, rare: fc.Arbitrary<T>): fc.Arbitrary<T> {
  return fc.oneof({ weight: 7, arbitrary: common }, { weight: 1, arbitrary: rare });
}
