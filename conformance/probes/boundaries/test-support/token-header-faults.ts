import type { BoundaryFault } from './faults.ts';

// TEST-ONLY. The defects that prove the token, header and environment boundaries: on the simulator
// with `defect` (under `profile` when given), every case of `cases` fails naming `requirement`
// (token-header-cases.test.ts; docs/probe-design.md, "Stated boundaries", lists the same pairs).

export interface TokenHeaderFault extends BoundaryFault {
  readonly profile?: 'production';
}

// The first SCA-eligible operation of each method, with a bearer or without, in the default document.
const PUSH_OPERATIONS = ['refreshToken', 'registerScaDevice', 'updateCardRules', 'deleteCardRule', 'getCardPin'];

export const TOKEN_HEADER_BOUNDARY_FAULTS: readonly TokenHeaderFault[] = [
  { defect: 'tokenExpiryRoundedUp', cases: ['token-expiry/partner-last-valid-ms', 'token-expiry/end-user-last-valid-ms'], requirement: 'SCA-AUTH-003' },
  { defect: 'tokenExpiryOffByOne', cases: ['token-expiry/partner-first-expired-ms', 'token-expiry/end-user-first-expired-ms'], requirement: 'SCA-AUTH-003' },
  { defect: 'refreshTokenReusable', cases: ['refresh-token/partner-reused', 'refresh-token/end-user-reused'], requirement: 'SCA-AUTH-009' },
  { defect: 'loginIgnoresPassword', cases: ['credentials/partner-wrong-password', 'credentials/consumer-wrong-password'], requirement: 'SCA-AUTH-008' },
  { defect: 'loginIgnoresUserName', cases: ['credentials/partner-unknown-user'], requirement: 'SCA-AUTH-008' },
  { defect: 'loginIgnoresPartnerName', cases: ['credentials/partner-other-partner-name'], requirement: 'SCA-AUTH-008' },
  {
    defect: 'bearerTokenKnownByJtiAlone',
    cases: ['two-segments', 'four-segments', 'other-header', 'signature-same-length', 'signature-one-character-short'].map((id) => `forged-token/${id}`),
    requirement: 'SCA-AUTH-003',
  },
  { defect: 'refreshTokenExpiryOffByOne', cases: ['refresh-token/partner-first-expired-ms'], requirement: 'SCA-AUTH-009' },
  { defect: 'refreshTokenExpiresEarly', cases: ['refresh-token/partner-last-valid-ms'], requirement: 'SCA-AUTH-009' },
  { defect: 'bearerGetsRefreshLifetime', cases: ['token-expiry/partner-lifetime-passed'], requirement: 'SCA-AUTH-003' },
  { defect: 'endUserTokenNeedsOwner', cases: ['other-end-user/own-token-listBeneficiaries'], requirement: 'SCA-AUTH-005' },
  { defect: 'otherEndUserReads', cases: ['other-end-user/getConsumer', 'other-end-user/getCard', 'other-end-user/getCardPin'], requirement: 'SCA-AUTH-005' },
  {
    defect: 'otherEndUserWrites',
    cases: ['registerScaDevice', 'activateScaDevice', 'updateCardRules', 'deleteCardRule', 'createLedger', 'createBeneficiary', 'createCard', 'createTransaction'].map((id) => `other-end-user/${id}`),
    requirement: 'SCA-AUTH-005',
  },
  { defect: 'scaHeaderNamesDocumentedSpellingOnly', cases: ['header-names/lower-case', 'header-names/upper-case'], requirement: 'SCA-HDR-008' },
  { defect: 'scaHeaderNamesCaseSensitive', cases: ['header-names/documented-spelling', 'header-names/upper-case'], requirement: 'SCA-HDR-008' },
  {
    defect: 'lastStrategyValueWins',
    cases: ['duplicate-headers/strategy-same-value-twice', 'duplicate-headers/strategy-data-signing-then-by-pass', 'duplicate-headers/strategy-by-pass-then-data-signing'],
    requirement: 'SCA-HDR-004',
  },
  { defect: 'pushOffPerforms', cases: PUSH_OPERATIONS.map((id) => `push-mode/off-${id}`), requirement: 'SCA-PUSH-004' },
  { defect: 'pushApprovalIgnored', cases: PUSH_OPERATIONS.map((id) => `push-mode/approve-${id}`), requirement: 'SCA-PUSH-004' },
  { defect: 'pushDeclineWrongCode', cases: PUSH_OPERATIONS.map((id) => `push-mode/decline-${id}`), requirement: 'SCA-PUSH-005' },
  { defect: 'pushTimeoutPerforms', cases: PUSH_OPERATIONS.map((id) => `push-mode/timeout-${id}`), requirement: 'SCA-PUSH-005' },
  { defect: 'kycNotEnforced', cases: ['evaluation-order/kyc-after-sca/consumer', 'evaluation-order/kyc-after-sca/corporate'], requirement: 'SCA-KYC-002' },
  {
    defect: 'bypassInProductionOnGet',
    cases: ['by-pass-production/getCardPin', 'by-pass-production/getCardPanCredentials'],
    requirement: 'SCA-BYP-005',
    profile: 'production',
  },
];
