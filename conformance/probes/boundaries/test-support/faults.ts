import { DEFAULT_TARGET_PROFILE, type TargetProfile } from '../../../../spec/profile/index.ts';
import type { RequirementId } from '../../../../spec/requirements/index.ts';
import type { SimulatorDefect } from '../../../simulator/index.ts';

// TEST-ONLY. The defects that prove the stated boundaries: on the simulator with `defect`, the
// boundaries family fails every case of `cases` naming `requirement`
// (boundaries.test.ts; docs/probe-design.md, "Stated boundaries", lists the same pairs).

export interface BoundaryFault {
  readonly defect: SimulatorDefect;
  readonly cases: readonly string[];
  readonly requirement: RequirementId;
  /** The target profile the simulator plays and the probes judge by, when the edge exists only under it. */
  readonly expect?: TargetProfile;
}

/** Linkcy-SCA-Factor is part of the contract only under factorHeader "BIOMETRY|PIN" (D-PROFILE-3). */
const FACTOR_HEADER_PROFILE: TargetProfile = { ...DEFAULT_TARGET_PROFILE, factorHeader: 'BIOMETRY|PIN' };

const ELIGIBLE = [
  'refreshToken', 'registerScaDevice', 'createCard', 'updateCardRules', 'deleteCardRule', 'resetCardPinAttempts', 'getCardPin',
  'getCardPanCredentials', 'createBeneficiary', 'createTransaction', 'createInterLedgerTransaction', 'createCryptoBeneficiary',
] as const;
const WITHOUT_BODY = ['registerScaDevice', 'deleteCardRule', 'resetCardPinAttempts', 'getCardPin', 'getCardPanCredentials'] as const;
const URI_OPERATIONS = ['getCardPin', 'updateCardRules'] as const;

const each = (prefix: string, operations: readonly string[]): string[] => operations.map((operationId) => `${prefix}/${operationId}`);

export const SIGNATURE_BOUNDARY_FAULTS: readonly BoundaryFault[] = [
  { defect: 'emptySignatureParsed', cases: ['empty-signature/empty-value', 'empty-signature/whitespace-only'], requirement: 'SCA-SIG-012' },
  { defect: 'counterWindowOneShort', cases: ['counter-window/last-accepted-ahead', 'counter-window/replay-accepted-ahead'], requirement: 'SCA-SIG-011' },
  { defect: 'counterWindowOneLong', cases: ['counter-window/first-refused-ahead'], requirement: 'SCA-SIG-011' },
  { defect: 'lookAheadMatchNotStored', cases: ['counter-window/replay-accepted-ahead'], requirement: 'SCA-SIG-011' },
  { defect: 'replayCheckedByNonce', cases: ['counter-window/used-counter-new-nonce'], requirement: 'SCA-SIG-011' },
  { defect: 'ttlExclusive', cases: each('ttl/last-accepted-ms', ELIGIBLE), requirement: 'SCA-TTL-002' },
  // Also in the fault catalogue (the ttl family): here, it fails the first refused millisecond on every operation.
  { defect: 'ignoreTtl', cases: each('ttl/first-refused-ms', ELIGIBLE), requirement: 'SCA-TTL-002' },
  { defect: 'ttlSkippedWithoutBody', cases: each('ttl/first-refused-ms', WITHOUT_BODY), requirement: 'SCA-TTL-002' },
  { defect: 'singleFactorOnlyPossessionRefused', cases: ['single-factor/knowledge-alone', 'single-factor/biometry-alone'], requirement: 'SCA-SIG-015' },
  {
    defect: 'factorOnboardingNotChecked',
    cases: ['factor-not-onboarded/possession_biometry', 'factor-not-onboarded/possession_knowledge_biometry'],
    requirement: 'SCA-ERR-009',
  },
  {
    defect: 'blockOneAttemptEarly',
    cases: [
      'failed-attempts/threshold-minus-one-then-success', 'failed-attempts/success-resets-count', 'failed-attempts/not-counted-expired',
      'failed-attempts/not-counted-application-key', 'failed-attempts/not-counted-malformed', 'failed-attempts/not-counted-other-strategy',
      'failed-attempts/not-counted-query-without-canonical-form',
    ],
    requirement: 'SCA-DEV-015',
  },
  { defect: 'blockOneAttemptLate', cases: ['failed-attempts/threshold-blocks', 'failed-attempts/data-mismatch-counts'], requirement: 'SCA-DEV-015' },
  { defect: 'successKeepsFailedAttempts', cases: ['failed-attempts/success-resets-count'], requirement: 'SCA-DEV-015' },
  { defect: 'everyMismatchCounts', cases: ['failed-attempts/not-counted-expired', 'failed-attempts/not-counted-application-key'], requirement: 'SCA-DEV-015' },
  { defect: 'malformedSignatureCounts', cases: ['failed-attempts/not-counted-malformed'], requirement: 'SCA-DEV-015' },
  { defect: 'badEscapeCounts', cases: ['failed-attempts/not-counted-query-without-canonical-form'], requirement: 'SCA-DEV-015' },
  { defect: 'pushRefusalCounts', cases: ['failed-attempts/not-counted-other-strategy'], requirement: 'SCA-DEV-015' },
  {
    defect: 'uriDecodedBeforeVerify',
    cases: [
      ...each('signed-uri/encoded-query-signed-as-sent', URI_OPERATIONS),
      ...each('signed-uri/decoded-query-signed', URI_OPERATIONS),
      ...each('signed-uri/encoded-path-signed-as-sent', URI_OPERATIONS),
    ],
    requirement: 'SCA-SIG-004',
  },
  { defect: 'uriEscapesNormalised', cases: each('signed-uri/escape-case-differs', URI_OPERATIONS), requirement: 'SCA-SIG-004' },
  { defect: 'ttlReadsNewestSignature', cases: ['ttl/older-signature-after-newer-made'], requirement: 'SCA-TTL-002' },
  { defect: 'factorHeaderSwapped', cases: ['factor-header/pin-on-pin-signature'], requirement: 'SCA-HDR-012', expect: FACTOR_HEADER_PROFILE },
  { defect: 'factorHeaderCheckedEverywhere', cases: ['factor-header/not-in-enum-not-sca-eligible'], requirement: 'SCA-HDR-012', expect: FACTOR_HEADER_PROFILE },
];
