// The decision table of docs/sca-evaluation-order.md as data. Rows are evaluated in order and the
// first whose condition holds decides. A stage adds its common condition to each of its rows.
// Step 4 ("does this call need SCA?") is the `sca` fact; BY_PASS in the sandbox and an approved
// push satisfy SCA, so no row stops them and evaluation goes on to the business rules.

import type { ErrorCode } from '../errors/index.ts';
import { OPERATION_IDS } from '../openapi/index.ts';
import { SUCCESS_REQUIREMENTS, type RequirementId } from '../requirements/index.ts';
import type { Condition } from './condition.ts';
import type { SideEffects } from './types.ts';

export const STAGES = {
  bearer: '1. Bearer token',
  validation: '2. Request validation',
  resource: '3. Resource existence',
  kycBeforeSca: '3b. KYC before SCA (profile kycCheck before-sca)',
  byPass: '5. Strategy BY_PASS',
  push: '5. Strategy PUSH_NOTIFICATION',
  dataSigning: '5. Strategy DATA_SIGNING',
  business: '6. Business rules after SCA',
  success: '7. Success',
} as const;
export type Stage = keyof typeof STAGES;

export interface DecisionRow {
  readonly id: string;
  readonly stage: Stage;
  readonly when: Condition;
  /**
   * 'success': the operation's documented 2xx status; 'waiting-sca': 202 "Waiting SCA";
   * 'not-found': the operation's first documented not-found code (the others accepted too); an
   * error code: its ERROR_CATALOGUE status (SCA_SIGNATURE_DOES_NOT_MATCH: the profile's).
   */
  readonly then: 'success' | 'waiting-sca' | 'not-found' | ErrorCode;
  /** Other answers that conform too where the sources allow both (D-AUDIT-3, D-AUDIT-5). */
  readonly alsoAccept?: readonly ('success' | ErrorCode)[];
  /** What a target answering otherwise violates, most specific first. */
  readonly requirementIds: readonly RequirementId[];
  readonly messageArgs?: readonly string[];
  readonly sideEffects?: SideEffects;
  readonly note?: string;
}

type RowSpec = Omit<DecisionRow, 'stage'>;
type RowExtras = Pick<RowSpec, 'messageArgs' | 'sideEffects' | 'note' | 'alsoAccept'>;

/** A row in column order, so the table below reads like one: id, when, then, requirements. */
function row(
  id: string,
  when: Condition,
  then: RowSpec['then'],
  requirementIds: readonly RequirementId[],
  extras: RowExtras = {},
): RowSpec {
  return { id, when, then, requirementIds, ...extras };
}

function stage(name: Stage, common: Condition, rows: readonly RowSpec[]): DecisionRow[] {
  return rows.map((spec) => ({ ...spec, stage: name, when: { ...common, ...spec.when } }));
}

const SECURED = ['partner', 'partner-or-end-user'] as const;
const END_USER_TOKENS = ['end-user', 'end-user-other'] as const;
const NOT_ACTIVE = ['pending-only', 'blocked-only'] as const;
const SINGLE_FACTOR = ['possession', 'knowledge', 'biometry'] as const;
const NOT_VALID = 'SCA_DEVICE_NOT_VALID';
const DOES_NOT_MATCH = 'SCA_SIGNATURE_DOES_NOT_MATCH';
// The verifier counts a miss only once it has checked the cryptography (step 5 j).
const FAILED_ATTEMPT: RowExtras = { sideEffects: { failedAttempt: true } };

export const DECISION_TABLE: readonly DecisionRow[] = [
  // `none-or-partner` (consumer and corporate sign-up, D-SRC-3): no bearer is anonymous, but a bearer
  // that is sent is checked, and an end user may not create end users.
  ...stage('bearer', {}, [
    row('AUTH-MISSING', { tokenPolicy: SECURED, token: 'missing' }, 'UNAUTHORIZED', ['SCA-AUTH-003']),
    row('AUTH-INVALID', { tokenPolicy: [...SECURED, 'none-or-partner'], token: ['malformed', 'unknown', 'expired'] }, 'UNAUTHORIZED', ['SCA-AUTH-003']),
    row('AUTH-PARTNER-ONLY', { tokenPolicy: 'partner', token: END_USER_TOKENS }, 'FORBIDDEN', ['SCA-AUTH-004', 'SCA-AUTH-005']),
    row('AUTH-SIGN-UP-END-USER', { tokenPolicy: 'none-or-partner', token: END_USER_TOKENS }, 'FORBIDDEN', ['SCA-AUTH-005'], {
      note: 'An end-user bearer on consumer or corporate creation (D-SRC-3).',
    }),
    row('AUTH-OTHER-END-USER', { tokenPolicy: SECURED, token: 'end-user-other' }, 'FORBIDDEN', ['SCA-AUTH-005']),
    // Login and refresh carry their credential in the body; the `token` fact states whether the target accepts it.
    row('AUTH-CREDENTIALS-REJECTED', { tokenPolicy: 'none', token: ['malformed', 'unknown', 'expired'] }, 'UNAUTHORIZED', ['SCA-AUTH-008'], {
      note: 'Login with a wrong password or an unknown user; refresh with a refresh token never issued, expired or already exchanged (D-BOUND-AUTH-2).',
    }),
  ]),
  ...stage('validation', {}, [
    row('REQ-INVALID', { requestValid: false }, 'ERROR_REQUEST', ['SCA-ERR-003']),
    row('REQ-STRATEGY-ENUM', { strategy: 'invalid' }, 'ERROR_REQUEST', ['SCA-HDR-004', 'SCA-HDR-003'], {
      note: 'The OpenAPI enum is exact-case: wrong case, whitespace, an unknown or an empty value fail validation, even where SCA is not needed.',
    }),
    row('REQ-FACTOR-ENUM', { factorHeader: 'invalid' }, 'ERROR_REQUEST', ['SCA-HDR-004', 'SCA-HDR-012'], {
      note: 'Only under the profile\'s factorHeader "BIOMETRY|PIN" (1.78); under "absent" the header is ignored.',
    }),
  ]),
  ...stage('resource', { resourceExists: false }, [
    row('RES-DEVICE-NOT-FOUND', { resource: 'sca-device' }, 'SCA_REGISTRATION_NOT_FOUND', ['SCA-DEV-013']),
    row('RES-NOT-FOUND', { resource: 'named-resource' }, 'not-found', ['SCA-ERR-010'], {
      note: 'The operation\'s first documented not-found code; its other not-found codes are accepted too.',
    }),
  ]),
  ...stage('kycBeforeSca', { kycCheck: 'before-sca' }, [
    row('KYC-BEFORE-SCA-CONSUMER', { kyc: 'consumer-not-validated' }, 'CONSUMER_KYC_MUST_BE_VALIDATED', ['SCA-KYC-002', 'SCA-KYC-001']),
    row('KYC-BEFORE-SCA-CORPORATE', { kyc: 'corporate-not-validated' }, 'CORPORATE_KYB_MUST_BE_VALIDATED', ['SCA-KYC-002', 'SCA-KYC-001']),
  ]),
  ...stage('byPass', { sca: 'needed', strategy: 'BY_PASS' }, [
    row('BYP-PRODUCTION', { byPassAllowed: false }, 'SCA_REQUIRED', ['SCA-BYP-005', 'SCA-BYP-001'], {
      messageArgs: ['BY_PASS'],
      note: 'In the sandbox, or on an operation of the profile\'s productionByPassAllowlist, BY_PASS satisfies SCA (SCA-BYP-004).',
    }),
  ]),
  ...stage('push', { sca: 'needed', strategy: 'PUSH_NOTIFICATION' }, [
    row('PUSH-DEVICE-NOT-SET', { devices: 'none' }, 'SCA_DEVICE_NOT_SET', ['SCA-ERR-008']),
    row('PUSH-NO-ACTIVE-DEVICE', { devices: NOT_ACTIVE }, 'NO_ACTIVE_SCA_DEVICE_FOUND', ['SCA-SIG-016']),
    row('PUSH-FACTOR-NOT-SET', { factorHeaderOnboarded: false }, 'SCA_FACTOR_NOT_SET', ['SCA-ERR-009', 'SCA-HDR-012']),
    row('PUSH-WAITING-SCA', { pushMode: 'off', waitingSca202: true }, 'waiting-sca', ['SCA-PUSH-004'], {
      note: 'Only under the profile\'s waitingSca202 (G-CODES, 1.78): 202 "Waiting SCA", the operation not performed.',
    }),
    row('PUSH-NOT-IMPLEMENTED', { pushMode: 'off' }, 'SCA_REQUIRED', ['SCA-PUSH-004', 'SCA-PUSH-003'], {
      messageArgs: ['PUSH_NOTIFICATION'],
      note: 'Push is "not implemented yet"; an approved push (a simulator push mode) satisfies SCA.',
    }),
    row('PUSH-DECLINED', { pushMode: ['decline', 'timeout'] }, 'SCA_INTERACTION_DECLINED', ['SCA-PUSH-005']),
  ]),
  ...stage('dataSigning', { sca: 'needed', strategy: 'DATA_SIGNING' }, [
    row('DS-SIG-MISSING', { signature: 'absent' }, 'SCA_SIGNATURE_MISSING', ['SCA-SIG-012', 'SCA-HDR-006'], {
      note: 'An empty header too under the profile\'s emptySignature "missing" (default).',
    }),
    row('DS-SIG-MALFORMED', { signature: 'malformed', malformedSignatureCode: 'SCA_SIGNATURE_FORMAT_INVALID' }, 'SCA_SIGNATURE_FORMAT_INVALID', ['SCA-SIG-013', 'SCA-SIG-005']),
    row('DS-SIG-MALFORMED-POWERAUTH', { signature: 'malformed', malformedSignatureCode: 'ERROR_SIGNATURE_INVALID' }, 'ERROR_SIGNATURE_INVALID', ['SCA-SIG-018', 'SCA-SIG-005'], {
      note: 'The profile\'s malformedSignatureCode "ERROR_SIGNATURE_INVALID" (the guide\'s Failures table, 400).',
    }),
    row('DS-SIG-VERSION-FORMAT', { signature: 'version-format', malformedSignatureCode: 'SCA_SIGNATURE_FORMAT_INVALID' }, 'SCA_SIGNATURE_FORMAT_INVALID', ['SCA-SIG-013', 'SCA-SIG-005'], {
      alsoAccept: [DOES_NOT_MATCH],
      note: 'pa_version and the signature encoding disagree: the reference server hands it to the cryptography (DOES_NOT_MATCH), our parser refuses it (FORMAT_INVALID); either conforms (D-AUDIT-3).',
    }),
    row('DS-SIG-VERSION-FORMAT-POWERAUTH', { signature: 'version-format', malformedSignatureCode: 'ERROR_SIGNATURE_INVALID' }, 'ERROR_SIGNATURE_INVALID', ['SCA-SIG-018', 'SCA-SIG-005'], {
      alsoAccept: [DOES_NOT_MATCH, 'SCA_SIGNATURE_FORMAT_INVALID'],
      note: 'As DS-SIG-VERSION-FORMAT, under malformedSignatureCode "ERROR_SIGNATURE_INVALID".',
    }),
    row('DS-DEVICE-NOT-SET', { devices: 'none' }, 'SCA_DEVICE_NOT_SET', ['SCA-ERR-008']),
    row('DS-NO-ACTIVE-DEVICE', { devices: NOT_ACTIVE }, 'NO_ACTIVE_SCA_DEVICE_FOUND', ['SCA-SIG-016']),
    row('DS-DEVICE-FOREIGN', { signingDevice: ['unknown', 'other-user'] }, NOT_VALID, ['SCA-SIG-014']),
    row('DS-DEVICE-INACTIVE', { signingDevice: ['own-pending', 'own-blocked', 'own-removed'] }, NOT_VALID, ['SCA-DEV-015']),
    row('DS-ONE-FACTOR', { signatureType: SINGLE_FACTOR }, NOT_VALID, ['SCA-SIG-015', 'SCA-SIG-001'], {
      note: 'SCA is possession plus at least one other factor; one factor alone, whichever, is not SCA.',
    }),
    row('DS-FACTOR-NOT-SET', { signatureFactorsOnboarded: false }, 'SCA_FACTOR_NOT_SET', ['SCA-ERR-009']),
    row('DS-FACTOR-MISMATCH', { signatureCoversFactorHeader: false }, DOES_NOT_MATCH, ['SCA-SIG-009', 'SCA-HDR-012']),
    row('DS-APP-KEY', { applicationKeyMatches: false }, DOES_NOT_MATCH, ['SCA-SIG-009', 'SCA-SIG-007']),
    row('DS-TTL-EXPIRED', { ttl: 'expired' }, DOES_NOT_MATCH, ['SCA-TTL-002', 'SCA-TTL-001'], { note: 'Age == TTL is still accepted.' }),
    row('DS-TTL-UNPROVABLE', { ttl: 'unprovable' }, DOES_NOT_MATCH, ['SCA-TTL-002'], {
      note: 'Only under strictTtl. Otherwise a signature of unknown provenance is judged on cryptography alone, and an old one may be accepted or refused (D-AUDIT-2).',
    }),
    row('DS-QUERY-NOT-CANONICAL', { canonicalQuery: false }, DOES_NOT_MATCH, ['SCA-SIG-009', 'SCA-SIG-004'], {
      note: 'A signed GET whose query cannot be put in canonical form (a %-escape that does not decode): no signature matches, and nothing is learnt about the signer, so no failed attempt (D-BOUND-2).',
    }),
    row('DS-DATA-MISMATCH', { dataMatches: false }, DOES_NOT_MATCH, ['SCA-SIG-009', 'SCA-SIG-004'], FAILED_ATTEMPT),
    row('DS-COUNTER-REPLAYED', { counter: 'replayed' }, DOES_NOT_MATCH, ['SCA-SIG-011'], FAILED_ATTEMPT),
    row('DS-COUNTER-OVERTAKEN', { counter: 'overtaken' }, DOES_NOT_MATCH, ['SCA-SIG-011'], {
      ...FAILED_ATTEMPT,
      alsoAccept: ['success'],
      note: 'Two signatures of one device in flight, the younger accepted first: the counter has passed the older one, so the simulator refuses it. The seed only says "avoid" it, so a target that accepts it conforms too (D-AUDIT-5).',
    }),
    row('DS-COUNTER-BEYOND-WINDOW', { counter: 'beyond-window' }, DOES_NOT_MATCH, ['SCA-SIG-009'], FAILED_ATTEMPT),
    row('DS-WRONG-KEY', { counter: 'wrong-key' }, DOES_NOT_MATCH, ['SCA-SIG-009', 'SCA-SIG-001'], {
      ...FAILED_ATTEMPT,
      note: 'E.g. a wrong PIN. At 5 failed attempts the device becomes BLOCKED; cases do not count attempts.',
    }),
  ]),
  ...stage('business', {}, [
    row('KYC-CONSUMER', { kycCheck: 'after-sca', kyc: 'consumer-not-validated' }, 'CONSUMER_KYC_MUST_BE_VALIDATED', ['SCA-KYC-002', 'SCA-KYC-001'], {
      note: 'The first business rule (D-AUDIT-7): a signature that passed has advanced the counter.',
    }),
    row('KYC-CORPORATE', { kycCheck: 'after-sca', kyc: 'corporate-not-validated' }, 'CORPORATE_KYB_MUST_BE_VALIDATED', ['SCA-KYC-002', 'SCA-KYC-001']),
    row('REG-IN-PROGRESS', { operationId: 'registerScaDevice', registrationPending: true }, 'ERROR_REGISTRATION_NOT_ALLOWED', ['SCA-DEV-012']),
  ]),
  ...stage(
    'success',
    {},
    OPERATION_IDS.map((operationId) => row(`OK-${operationId}`, { operationId }, 'success', SUCCESS_REQUIREMENTS[operationId])),
  ),
];
