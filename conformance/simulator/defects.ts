// TEST-ONLY. Each defect switches on one deliberate deviation from docs/sca-evaluation-order.md so
// the probe suite can prove its checks catch it. Never exposed by the CLI. Each is read at exactly
// one place in the simulator, named in the comment beside it.

export const SIMULATOR_DEFECTS = [
  /** data-signing.ts: a verified signature does not advance the counter, so it verifies again. */
  'acceptReplays',
  /** data-signing.ts: the signature TTL is not checked. */
  'ignoreTtl',
  /** data-signing.ts: a possession-only signature counts as SCA. */
  'acceptPossessionOnly',
  /** reply.ts: SCA_REQUIRED is answered with 400 instead of the catalogue's 409. */
  'wrongStatusForScaRequired',
  /** reply.ts: error bodies carry no `errorCode`. */
  'missingErrorCode',
  /** sca-evaluation.ts: BY_PASS is honoured in the production profile. */
  'bypassInProduction',
  /** data-signing.ts: verification signs an empty body instead of the bytes received. */
  'bodyNotSigned',
  /** data-signing.ts: the PowerAuth URI id drops the `?query`. */
  'queryNotSigned',
  /** operation-pipeline.ts: registering an extra device never needs SCA. */
  'extraDeviceWithoutSca',
  /** auth.ts: deleteScaDevice accepts end-user tokens. */
  'deleteWithEndUserToken',
  /** handlers/create-card.ts: the 201 body names the card `cardId` instead of the required `id`. */
  'offSchemaResponse',
  /** data-signing.ts: the counter look-ahead window is effectively unlimited. */
  'unboundedCounterWindow',
  /** handlers/create-card.ts: an undocumented card limit: a new card is refused once the end user holds two (the scene's and one more). */
  'secondCardRefused',
  /** handlers/delete-sca-device.ts: delete answers 204 but the device stays as it was, so it still signs. */
  'deleteKeepsDevice',
  /** handlers/register-sca-device.ts: a new registration puts the end user's BLOCKED devices back to ACTIVE. */
  'registrationUnblocks',
  /** data-signing.ts: a device of another end user signs for this one. */
  'foreignDeviceSigns',
  // Edges of the signature rules, each caught by a stated case of the boundaries family
  // (conformance/probes/boundaries/test-support/faults.ts).
  /** data-signing.ts: an empty (or blank) Linkcy-SCA-Signature is parsed, whatever the profile's emptySignature. */
  'emptySignatureParsed',
  /** data-signing.ts: the look-ahead tries one value fewer (19 steps ahead refused). */
  'counterWindowOneShort',
  /** data-signing.ts: the look-ahead tries one value more (20 steps ahead accepted). */
  'counterWindowOneLong',
  /** data-signing.ts: a match ahead stores the value after the stored one, not after the matched one. */
  'lookAheadMatchNotStored',
  /** data-signing.ts: replays are told by a used nonce and the counter never moves. */
  'replayCheckedByNonce',
  /** data-signing.ts: a signature aged exactly the TTL is refused. */
  'ttlExclusive',
  /** data-signing.ts: the TTL is not checked on a request without a body. */
  'ttlSkippedWithoutBody',
  /** data-signing.ts: only possession alone is refused as single-factor; knowledge or biometry alone pass. */
  'singleFactorOnlyPossessionRefused',
  /** data-signing.ts: the signature's factors are not checked against those onboarded. */
  'factorOnboardingNotChecked',
  /** data-signing.ts: the device is blocked at the fourth failed attempt. */
  'blockOneAttemptEarly',
  /** data-signing.ts: the device is blocked at the sixth failed attempt. */
  'blockOneAttemptLate',
  /** data-signing.ts: a successful signature does not reset the failed attempts. */
  'successKeepsFailedAttempts',
  /** data-signing.ts: every SCA_SIGNATURE_DOES_NOT_MATCH counts, not only a cryptographic mismatch. */
  'everyMismatchCounts',
  /** data-signing.ts: a malformed header naming a known activation counts a failed attempt. */
  'malformedSignatureCounts',
  /** sca-evaluation.ts: a refused push counts a failed attempt on each ACTIVE device of the end user. */
  'pushRefusalCounts',
  /** data-signing.ts: a signed GET whose query has a %-escape that does not decode counts a failed attempt. */
  'badEscapeCounts',
  /** data-signing.ts: the URI id is percent-decoded before verification. */
  'uriDecodedBeforeVerify',
  /** data-signing.ts: the hex digits of the URI id's percent-escapes are upper-cased before verification. */
  'uriEscapesNormalised',
  // Edges of the token, header and environment rules, each caught by a stated case of the
  // boundaries family (conformance/probes/boundaries/test-support/token-header-faults.ts).
  /** auth.ts: a bearer token is still accepted at exactly its `exp` millisecond. */
  'tokenExpiryOffByOne',
  /** handlers/refresh-token.ts: a refresh token is not forgotten once exchanged, so it refreshes again. */
  'refreshTokenReusable',
  /** handlers/login.ts: login checks the user name or phone but not the password (partner and consumer). */
  'loginIgnoresPassword',
  /** auth.ts: GET operations do not check who owns the resource, so an end user reads another's. */
  'otherEndUserReads',
  /** http-request.ts: the SCA headers are found only under their lower-case names (a case-sensitive lookup). */
  'scaHeaderNamesCaseSensitive',
  /** http-request.ts: of several Linkcy-SCA-Strategy values, the last one is used. */
  'lastStrategyValueWins',
  /** sca-evaluation.ts: a push the end user let time out counts as approved. */
  'pushTimeoutPerforms',
  /** sca-evaluation.ts: BY_PASS is honoured in the production profile on GET operations. */
  'bypassInProductionOnGet',
  /** auth.ts: bearer expiry compared in whole seconds rounded up, so a token is refused during its last second. */
  'tokenExpiryRoundedUp',
  /** http-request.ts: the SCA headers are found only under their documented spelling (a case-sensitive lookup). */
  'scaHeaderNamesDocumentedSpellingOnly',
  /** auth.ts: operations other than GET do not check who owns the resource, so an end user acts on another's. */
  'otherEndUserWrites',
  /** handlers/login.ts: the partner login checks the password but not the user name. */
  'loginIgnoresUserName',
  /** sca-evaluation.ts: a push that is not implemented (mode off) is taken as approved. */
  'pushOffPerforms',
  /** sca-evaluation.ts: an approved push still answers SCA_REQUIRED. */
  'pushApprovalIgnored',
  /** sca-evaluation.ts: a declined push answers SCA_REQUIRED instead of SCA_INTERACTION_DECLINED. */
  'pushDeclineWrongCode',
  /** operation-pipeline.ts: an end user whose KYC or KYB is not validated is served once SCA passed. */
  'kycNotEnforced',
  // Edges of the token and login rules the mutation score found unplayed (docs/mutation.md), each
  // caught by a stated case of the boundaries family (test-support/token-header-faults.ts).
  /** tokens.ts: a bearer token is known by its jti alone: its header, signature and segment count go unchecked. */
  'bearerTokenKnownByJtiAlone',
  /** handlers/login.ts: login ignores `partnerName`, so the partner's user name and password log in under any partner name. */
  'loginIgnoresPartnerName',
  /** auth.ts: an end-user token is refused 403 on a call that names no owning end user (e.g. listBeneficiaries without endUserId). */
  'endUserTokenNeedsOwner',
  /** handlers/refresh-token.ts: a refresh token is still accepted at exactly its expiry millisecond. */
  'refreshTokenExpiryOffByOne',
  /** handlers/refresh-token.ts: a refresh token is refused one millisecond before its expiry. */
  'refreshTokenExpiresEarly',
  /** tokens.ts: a bearer token from login or refresh gets the refresh token's lifetime (its `exp` says so). */
  'bearerGetsRefreshLifetime',
  /** sca-evaluation.ts: a payment made under the low-value exemption is not recorded, so the cumulative limits never bite. */
  'exemptPaymentsNotRecorded',
  /** sca-history.ts: an exempt payment adds to the count but not to the cumulative amount. */
  'exemptAmountNotSummed',
  /** sca-evaluation.ts: a low-value payment that failed (an error reply) counts towards the cumulative limits. */
  'failedPaymentCounted',
  /** sca-evaluation.ts: an SCA is not recorded: the exempt counts keep running and re-authentication stays due. */
  'scaNotRecorded',
  /** sca-evaluation.ts: BY_PASS counts as an SCA (it resets the exempt counts and makes a beneficiary trusted). */
  'byPassCountsAsSca',
  /** sca-evaluation.ts: a beneficiary added with SCA is not trusted. */
  'beneficiaryAddedWithScaNotTrusted',
  /** sca-evaluation.ts: an end user has an ACTIVE device only when every device is ACTIVE (a PENDING one beside makes the next registration a first one). */
  'activeOnlyWhenAllDevicesActive',
  /** sca-evaluation.ts: a factor asked for with push must be onboarded on every ACTIVE device, not on one. */
  'pushFactorOnEveryDevice',
  /** data-signing.ts: Linkcy-SCA-Factor read the wrong way round (PIN as biometry, BIOMETRY as the PIN). */
  'factorHeaderSwapped',
  /** data-signing.ts: the TTL ages a signature by the activation's newest recorded signature, not by its own. */
  'ttlReadsNewestSignature',
  /** operation-pipeline.ts: a Linkcy-SCA-Factor outside its enum is refused on every operation, SCA-eligible or not. */
  'factorHeaderCheckedEverywhere',
  /** sca-evaluation.ts: a 202 Waiting SCA names no device (scaDeviceId null). */
  'waitingScaWithoutDevice',
] as const;

export type SimulatorDefect = (typeof SIMULATOR_DEFECTS)[number];

export type DefectSet = ReadonlySet<SimulatorDefect>;

export function isSimulatorDefect(value: unknown): value is SimulatorDefect {
  return typeof value === 'string' && (SIMULATOR_DEFECTS as readonly string[]).includes(value);
}

/** Checks a defect list from untyped callers, naming the valid values. */
export function defectSet(defects: readonly SimulatorDefect[] = []): DefectSet {
  for (const defect of defects) {
    if (!isSimulatorDefect(defect)) {
      throw new TypeError(`startSimulator: unknown defect ${JSON.stringify(defect)}; valid: ${SIMULATOR_DEFECTS.join(', ')}`);
    }
  }
  return new Set(defects);
}
