import type { BoundaryFault } from './faults.ts';

// TEST-ONLY. The defects that prove the token, header and environment boundaries: on the simulator
// with `defect` (under `profile` when given), every case of `cases` fails naming `requirement`
// (token-header-cases.test.ts; docs/probe-design.md, "Stated boundaries", lists the same pairs).

export interface TokenHeaderFault extends BoundaryFault {
  readonly profile?: 'production';
}

export const TOKEN_HEADER_BOUNDARY_FAULTS: readonly TokenHeaderFault[] = [
  { defect: 'tokenExpiryOffByOne', cases: ['token-expiry/partner-first-expired-ms', 'token-expiry/end-user-first-expired-ms'], requirement: 'SCA-AUTH-003' },
  { defect: 'refreshTokenReusable', cases: ['refresh-token/partner-reused', 'refresh-token/end-user-reused'], requirement: 'SCA-AUTH-009' },
  { defect: 'loginIgnoresPassword', cases: ['credentials/partner-wrong-password'], requirement: 'SCA-AUTH-008' },
  { defect: 'otherEndUserReads', cases: ['other-end-user/getConsumer', 'other-end-user/getCard', 'other-end-user/getCardPin'], requirement: 'SCA-AUTH-005' },
  { defect: 'scaHeaderNamesCaseSensitive', cases: ['header-names/documented-spelling', 'header-names/upper-case'], requirement: 'SCA-HDR-008' },
  {
    defect: 'lastStrategyValueWins',
    cases: ['duplicate-headers/strategy-same-value-twice', 'duplicate-headers/strategy-data-signing-then-by-pass', 'duplicate-headers/strategy-by-pass-then-data-signing'],
    requirement: 'SCA-HDR-004',
  },
  { defect: 'pushTimeoutPerforms', cases: ['push-mode/timeout-getCardPin', 'push-mode/timeout-registerScaDevice'], requirement: 'SCA-PUSH-005' },
  {
    defect: 'bypassInProductionOnGet',
    cases: ['by-pass-production/getCardPin', 'by-pass-production/getCardPanCredentials'],
    requirement: 'SCA-BYP-005',
    profile: 'production',
  },
];
