// The single mutants of the rule files that no probe can ever kill, each with the reason: the
// score of `npm run mutation` (score.ts) leaves them out, and docs/mutation.md lists them
// (rendered from here). The structural classes (test-only defect code, error wording) are Stryker
// ignorers instead (defect-switches.mjs). A claim is checked twice: `equivalents.test.ts` fails when
// its code no longer occurs in its file, and score.ts fails the run when a claimed mutant is killed.

export interface EquivalentMutant {
  /** The mutated file, as in stryker.config.mjs RULE_FILES (without a line range). */
  readonly file: string;
  readonly mutator: string;
  /** The code Stryker replaced, exactly as in the source. */
  readonly code: string;
  readonly replacement: string;
  readonly reason: string;
}

/** Reasons shared by several mutants. */
export const REASONS = {
  defectOff: 'a test-only defect switch set to the value it has when no defect is on (the probe runs switch none on)',
  httpTrims: 'HTTP strips the leading and trailing whitespace of a header value (RFC 9110 5.5): a padded or blank header arrives trimmed or empty, so trim() changes nothing',
  noStore: 'LinkCy documents no Cache-Control on login or refresh, so no check may require `no-store` (D-BOUND-AUTH-4)',
  requiredLoginFields: 'unreachable: step 2 refuses a login body without partnerName, password and a string username, userName or consumerPhone (400 ERROR_REQUEST, D-SRC-16), so every field compared is a string',
  blankBearer: 'a blank Authorization header then fails the Bearer pattern and is refused 401 UNAUTHORIZED all the same: only the message, which no check reads (D-ERR-1), differs',
  signedClaims: 'readJti decodes only a payload whose HS256 signature verified, i.e. a JSON object this simulator wrote; the probes decode real tokens too: a non-object claims value never occurs',
} as const;

/** A switch read at its "off" value (`defects.has(...)` as false, `!defects.has(...)` as true): equivalent by construction. */
export function isDefectSwitchAtOffValue(code: string, replacement: string): boolean {
  const defectSwitch = /^(?:[\w.]+\.)?defects\.has\([^()]*\)$/;
  if (replacement === 'false') return defectSwitch.test(code);
  if (replacement === 'true') return code.startsWith('!') && defectSwitch.test(code.slice(1));
  return false;
}

// Sections by area keep parallel additions apart.
export const EQUIVALENT_MUTANTS: readonly EquivalentMutant[] = [
  // --- tokens, bearer authentication, login, refresh ---
  { file: 'conformance/simulator/auth.ts', mutator: 'ConditionalExpression', code: "authorization.trim() === ''", replacement: 'false', reason: REASONS.blankBearer },
  { file: 'conformance/simulator/auth.ts', mutator: 'StringLiteral', code: "''", replacement: '"Stryker was here!"', reason: REASONS.blankBearer },
  { file: 'conformance/simulator/auth.ts', mutator: 'MethodExpression', code: 'authorization.trim()', replacement: 'authorization', reason: REASONS.httpTrims },
  {
    file: 'conformance/simulator/handlers/login.ts',
    mutator: 'StringLiteral',
    code: "'userName'",
    replacement: '""',
    reason: 'the sources contradict each other on the spelling (1.114.5 guide `userName`, seeds and 1.78 `username`): no check may fail a target that refuses `userName`; D-SRC-16 lets the simulator accept both, a target profile setting would be needed to judge it',
  },
  { file: 'conformance/simulator/handlers/login.ts', mutator: 'BooleanLiteral', code: 'false', replacement: 'true', reason: REASONS.requiredLoginFields },
  { file: 'conformance/simulator/handlers/login.ts', mutator: 'ObjectLiteral', code: "{ 'cache-control': 'no-store' }", replacement: '{}', reason: REASONS.noStore },
  { file: 'conformance/simulator/handlers/login.ts', mutator: 'StringLiteral', code: "'no-store'", replacement: '""', reason: REASONS.noStore },
  { file: 'conformance/simulator/handlers/login.ts', mutator: 'ObjectLiteral', code: "{\n    'cache-control': 'no-store',\n  }", replacement: '{}', reason: REASONS.noStore },
  {
    file: 'conformance/simulator/handlers/refresh-token.ts',
    mutator: 'StringLiteral',
    code: "''",
    replacement: '"Stryker was here!"',
    reason: 'unreachable: step 2 refuses a refresh body without a string refreshToken (400 ERROR_REQUEST), and neither string is a refresh token the simulator issued',
  },
  { file: 'conformance/simulator/handlers/refresh-token.ts', mutator: 'ObjectLiteral', code: "{ 'cache-control': 'no-store' }", replacement: '{}', reason: REASONS.noStore },
  { file: 'conformance/simulator/handlers/refresh-token.ts', mutator: 'StringLiteral', code: "'no-store'", replacement: '""', reason: REASONS.noStore },
  {
    file: 'conformance/simulator/tokens.ts',
    mutator: 'ConditionalExpression',
    code: 'header === undefined',
    replacement: 'false',
    reason: '`split` returns at least one element, so the first segment is never undefined',
  },
  {
    file: 'conformance/simulator/tokens.ts',
    mutator: 'ConditionalExpression',
    code: 'payload === undefined',
    replacement: 'false',
    reason: 'with exactly three segments, `split` leaves none undefined: the segment count alone decides',
  },
  {
    file: 'conformance/simulator/tokens.ts',
    mutator: 'ConditionalExpression',
    code: 'header !== HEADER',
    replacement: 'false',
    reason: 'the simulator signs only tokens with its own header, so a token with another header text fails the HMAC check that follows (forged-token/other-header is refused either way)',
  },
  { file: 'conformance/simulator/tokens.ts', mutator: 'BlockStatement', code: '{\n    return undefined;\n  }', replacement: '{}', reason: 'an empty catch block falls off the end of the function, which returns undefined as well' },
  { file: 'conformance/simulator/tokens.ts', mutator: 'ConditionalExpression', code: "claims !== null && typeof claims === 'object' && !Array.isArray(claims)", replacement: "true", reason: REASONS.signedClaims },
  { file: 'conformance/simulator/tokens.ts', mutator: 'LogicalOperator', code: "claims !== null && typeof claims === 'object' && !Array.isArray(claims)", replacement: "claims !== null && typeof claims === 'object' || !Array.isArray(claims)", reason: REASONS.signedClaims },
  { file: 'conformance/simulator/tokens.ts', mutator: 'ConditionalExpression', code: "claims !== null && typeof claims === 'object'", replacement: "true", reason: REASONS.signedClaims },
  { file: 'conformance/simulator/tokens.ts', mutator: 'LogicalOperator', code: "claims !== null && typeof claims === 'object'", replacement: "claims !== null || typeof claims === 'object'", reason: REASONS.signedClaims },
  { file: 'conformance/simulator/tokens.ts', mutator: 'ConditionalExpression', code: "claims !== null", replacement: "true", reason: REASONS.signedClaims },
  { file: 'conformance/simulator/tokens.ts', mutator: 'ConditionalExpression', code: "typeof claims === 'object'", replacement: "true", reason: REASONS.signedClaims },
  {
    file: 'conformance/simulator/auth.ts',
    mutator: 'ConditionalExpression',
    code: "ownerEndUserId === undefined && defects.has('endUserTokenNeedsOwner')",
    replacement: 'false',
    reason: `a conjunction with a test-only defect switch, set to false: ${REASONS.defectOff}`,
  },
  {
    file: 'conformance/simulator/tokens.ts',
    mutator: 'StringLiteral',
    code: "''",
    replacement: '"Stryker was here!"',
    reason: 'in the return run only under the test-only defect `bearerTokenKnownByJtiAlone`, which no probe run switches on',
  },
  // --- SCA evaluation, PSD2 exemptions, KYC, push ---
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'expect.factorHeader === \'absent\'',
    replacement: 'false',
    reason: 'Linkcy-SCA-Factor is a disputed profile row (factorHeader: "absent" at 1.114.5, "BIOMETRY|PIN" at 1.78): a target answering as the other documented reading is reported as an informational reading, never failed (conformance/probes/profile-readings.ts, issue 8 item 5), so no probe run can fail this mutant, whose only change is to answer as the other reading',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'factor !== undefined',
    replacement: 'true',
    reason: 'Linkcy-SCA-Factor is a disputed profile row (factorHeader: "absent" at 1.114.5, "BIOMETRY|PIN" at 1.78): a target answering as the other documented reading is reported as an informational reading, never failed (conformance/probes/profile-readings.ts, issue 8 item 5), so no probe run can fail this mutant, whose only change is to answer as the other reading',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'expect.kycCheck === \'not-enforced\' || !isKycGated(operationId)',
    replacement: 'false',
    reason: 'under not-enforced neither reader of kycRefusal runs (step 3b reads it under before-sca only, `after` under after-sca only), and only the KYC-gated operations\' handlers give a kycRefusal (kycRefusalOf: createCard, createLedger, the two transactions, endUserCreation): the test changes no answer',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'LogicalOperator',
    code: 'expect.kycCheck === \'not-enforced\' || !isKycGated(operationId)',
    replacement: 'expect.kycCheck === \'not-enforced\' && !isKycGated(operationId)',
    reason: 'under not-enforced neither reader of kycRefusal runs (step 3b reads it under before-sca only, `after` under after-sca only), and only the KYC-gated operations\' handlers give a kycRefusal (kycRefusalOf: createCard, createLedger, the two transactions, endUserCreation): the test changes no answer',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'expect.kycCheck === \'not-enforced\'',
    replacement: 'false',
    reason: 'under not-enforced neither reader of kycRefusal runs (step 3b reads it under before-sca only, `after` under after-sca only), and only the KYC-gated operations\' handlers give a kycRefusal (kycRefusalOf: createCard, createLedger, the two transactions, endUserCreation): the test changes no answer',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'expect.kycCheck === \'after-sca\'',
    replacement: 'true',
    reason: 'under before-sca a defined KYC refusal has already answered at step 3b, and under not-enforced the refusal is undefined: `after` takes kycRefusal only where it is undefined anyway',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'subject !== null',
    replacement: 'true',
    reason: 'without an SCA subject (a partner-token refresh) the call proceeds whatever the need (`!need.needed || subject === null`), and the settle step records nothing: scaNeed answers no-sca-subject, policy-never or not-eligible, never low-value, and a needed SCA is not an exemption',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'strategyHeader !== undefined && strategy === undefined',
    replacement: 'false',
    reason: 'unreachable: step 2 (the OpenAPI document) refuses a Linkcy-SCA-Strategy outside its enum on every SCA-eligible operation, and only those can need SCA (the profile loader allows a policy other than never only on them)',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'case \'decline\':\n      // Defect `pushDeclineWrongCode`.\n      return defects.has(\'pushDeclineWrongCode\') ? errorReply(\'SCA_REQUIRED\', \'PUSH_NOTIFICATION\') : errorReply(\'SCA_INTERACTION_DECLINED\');',
    replacement: 'case \'decline\':',
    reason: 'with the defect off, the fall-through reaches `timeout`, which answers the same SCA_INTERACTION_DECLINED (decision row PUSH-DECLINED: one code for both modes)',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'MethodExpression',
    code: 'present.some((device) => device.status === \'BLOCKED\')',
    replacement: 'present.every(device => device.status === \'BLOCKED\')',
    reason: 'scaNeed reads the device presence only to tell a first device (spec/profile isFirstDevice: `none`, or anything but `active`, D-AUDIT-1): `blocked-only` and `pending-only` decide alike under every profile, and nothing else reads which of the two it is',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ArrowFunction',
    code: '(device) => device.status === \'BLOCKED\'',
    replacement: '() => undefined',
    reason: 'scaNeed reads the device presence only to tell a first device (spec/profile isFirstDevice: `none`, or anything but `active`, D-AUDIT-1): `blocked-only` and `pending-only` decide alike under every profile, and nothing else reads which of the two it is',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'device.status === \'BLOCKED\'',
    replacement: 'true',
    reason: 'scaNeed reads the device presence only to tell a first device (spec/profile isFirstDevice: `none`, or anything but `active`, D-AUDIT-1): `blocked-only` and `pending-only` decide alike under every profile, and nothing else reads which of the two it is',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'device.status === \'BLOCKED\'',
    replacement: 'false',
    reason: 'scaNeed reads the device presence only to tell a first device (spec/profile isFirstDevice: `none`, or anything but `active`, D-AUDIT-1): `blocked-only` and `pending-only` decide alike under every profile, and nothing else reads which of the two it is',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'EqualityOperator',
    code: 'device.status === \'BLOCKED\'',
    replacement: 'device.status !== \'BLOCKED\'',
    reason: 'scaNeed reads the device presence only to tell a first device (spec/profile isFirstDevice: `none`, or anything but `active`, D-AUDIT-1): `blocked-only` and `pending-only` decide alike under every profile, and nothing else reads which of the two it is',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: '!(PAYMENT_OPERATIONS as readonly OperationId[]).includes(call.operation.operationId)',
    replacement: 'false',
    reason: 'scaNeed reads a payment only under psd2-exemptions, which the profile loader allows on the payments and refreshToken alone, and refreshToken is decided before the payment is read (re-authentication): an `amount` in another operation\'s body changes nothing',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'operationId === \'createBeneficiary\'',
    replacement: 'true',
    reason: 'an id another operation answers with after an SCA (card, ledger, transaction, crypto beneficiary) is never a beneficiary\'s: a payment naming it is refused 404 BENEFICIARY_NOT_FOUND before SCA (createTransaction resolves it in state.beneficiaries), so trusting it changes no answer',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'reply.status >= 200',
    replacement: 'true',
    reason: 'isSuccess reads only the replies of createTransaction, createInterLedgerTransaction and createBeneficiary (the settle steps), which succeed with 201 and fail with an error reply: no reply of theirs is a non-error below 200, exactly 200, or 300 and above',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'EqualityOperator',
    code: 'reply.status >= 200',
    replacement: 'reply.status > 200',
    reason: 'isSuccess reads only the replies of createTransaction, createInterLedgerTransaction and createBeneficiary (the settle steps), which succeed with 201 and fail with an error reply: no reply of theirs is a non-error below 200, exactly 200, or 300 and above',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'reply.status < 300',
    replacement: 'true',
    reason: 'isSuccess reads only the replies of createTransaction, createInterLedgerTransaction and createBeneficiary (the settle steps), which succeed with 201 and fail with an error reply: no reply of theirs is a non-error below 200, exactly 200, or 300 and above',
  },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'EqualityOperator',
    code: 'reply.status < 300',
    replacement: 'reply.status <= 300',
    reason: 'isSuccess reads only the replies of createTransaction, createInterLedgerTransaction and createBeneficiary (the settle steps), which succeed with 201 and fail with an error reply: no reply of theirs is a non-error below 200, exactly 200, or 300 and above',
  },
  // --- data signing, devices, activation, pipeline ---
];
