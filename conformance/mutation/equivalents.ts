// The single mutants of the rule files that no probe can ever kill, each with the reason: the
// score of `npm run mutation` (score.ts) leaves them out, and docs/mutation.md lists them
// (rendered from here). The structural classes (test-only defect code, error wording) are Stryker
// ignorers instead (defect-switches.mjs). A claim is checked twice: `equivalents.test.ts` fails when
// its code no longer occurs in its file, and score.ts fails the run when a claimed mutant is killed.

export interface EquivalentMutant {
  /** The mutated file, as in stryker.config.mjs RULE_FILES (without a line range). */
  readonly file: string;
  readonly mutator: string;
  /** The code Stryker replaced, exactly as in the source (for code over several lines, its first line will do, with `line`). */
  readonly code: string;
  /** Where the same code and replacement occur more than once in the file and only one is equivalent. */
  readonly line?: number;
  readonly replacement: string;
  readonly reason: string;
}

/** Reasons shared by several mutants. */
export const REASONS = {
  headerDetails:
    'the `details` of a Linkcy-SCA-Factor value outside its enum (a 1.78 header, read only under factorHeader "BIOMETRY|PIN"): LinkCy shows `details` only for body validation, none for a header, so no check may require them (D-ERR-1)',
  defectOff: 'a test-only defect switch set to the value it has when no defect is on (the probe runs switch none on)',
  httpTrims: 'HTTP strips the leading and trailing whitespace of a header value (RFC 9110 5.5): a padded or blank header arrives trimmed or empty, so trim() changes nothing',
  noStore: 'LinkCy documents no Cache-Control on login or refresh, so no check may require `no-store` (D-BOUND-AUTH-4)',
  requiredLoginFields: 'unreachable: step 2 refuses a login body without partnerName, password and a string username, userName or consumerPhone (400 ERROR_REQUEST, D-SRC-16), so every field compared is a string',
  blankBearer: 'a blank Authorization header then fails the Bearer pattern and is refused 401 UNAUTHORIZED all the same: only the message, which no check reads (D-ERR-1), differs',
  signedClaims: 'readJti decodes only a payload whose HS256 signature verified, i.e. a JSON object this simulator wrote; the probes decode real tokens too: a non-object claims value never occurs',
  errorDetails:
    "the `details` of a refusal whose errorCode already names the rule: LinkCy shows `details[{field, rejectedValue, message}]` only in the 400 examples of body validation (OAS178) and documents none for this code, so no check may read them (D-ERR-1)",
  defectOnlyHelper: 'a helper called only from the branch of a test-only defect (data-signing.ts countMalformed, pathOnly; register-sca-device.ts unblockDevicesOf): dead code in every probe run',
  possessionRefusedAtE:
    'a possession-only signature is refused at step e (isScaSignatureType: possession plus another factor) whether or not `possessionOnly` is set, so no possession-only call reaches the success path that reads it again',
  factorHeaderReading:
    'a target that leaves Linkcy-SCA-Factor unchecked where the profile declares "BIOMETRY|PIN" answers as the other documented reading ("absent", 1.114.5): the outcome check reports the disputed row (informational, D-PROFILE-3) and must not fail it',
  pathParamPresent: "the router matched the operation's path, so its path parameter is always present and `?? ''` never applies",
} as const;

const DEFECT_SWITCH = /^(?:[\w.]+\.)?defects\.has\([^()]*\)$/;

/**
 * A switch read at its "off" value (`defects.has(...)` as false, `!defects.has(...)` as true), or a
 * conjunction with a switch read as false: equivalent by construction.
 */
export function isDefectSwitchAtOffValue(code: string, replacement: string): boolean {
  if (replacement === 'false') return conjuncts(code).some((part) => DEFECT_SWITCH.test(part));
  if (replacement === 'true') return code.startsWith('!') && DEFECT_SWITCH.test(code.slice(1));
  return false;
}

/** The operands of a top-level `&&` chain (the code itself when there is none). */
function conjuncts(code: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < code.length; index += 1) {
    const character = code[index];
    if (character === '(') depth += 1;
    else if (character === ')') depth -= 1;
    else if (depth === 0 && code.startsWith('&&', index)) {
      parts.push(code.slice(start, index).trim());
      start = index + 2;
    }
  }
  return [...parts, code.slice(start).trim()];
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
  // Found by the full run of 2026-12-02 evening (docs/mutation.md, Results).
  { file: 'conformance/simulator/sca-evaluation.ts', mutator: 'ArrayDeclaration', code: "[{ field: 'Linkcy-SCA-Factor', rejectedValue: value, message: 'must be one of BIOMETRY, PIN' }]", replacement: '[]', reason: REASONS.headerDetails },
  { file: 'conformance/simulator/sca-evaluation.ts', mutator: 'ObjectLiteral', code: "{ field: 'Linkcy-SCA-Factor', rejectedValue: value, message: 'must be one of BIOMETRY, PIN' }", replacement: '{}', reason: REASONS.headerDetails },
  { file: 'conformance/simulator/sca-evaluation.ts', mutator: 'StringLiteral', code: "'Linkcy-SCA-Factor'", replacement: '""', reason: REASONS.headerDetails },
  {
    file: 'conformance/simulator/sca-evaluation.ts',
    mutator: 'ConditionalExpression',
    code: 'payment === undefined',
    replacement: 'false',
    reason: 'spreads `{ payment: undefined }` instead of nothing: every reader of the SCA subject tests `payment === undefined`, which is true either way',
  },
  // --- data signing, devices, activation, pipeline ---
  { file: 'conformance/simulator/data-signing.ts', mutator: 'MethodExpression', code: 'call.signatureHeader.trim()', replacement: 'call.signatureHeader', reason: REASONS.httpTrims },
  {
    file: 'conformance/simulator/data-signing.ts',
    mutator: 'ObjectLiteral',
    code: "{ field: 'Linkcy-SCA-Signature', rejectedValue: '[redacted]', message: error.message }",
    replacement: '{}',
    reason: REASONS.errorDetails,
  },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'StringLiteral', code: "'Linkcy-SCA-Signature'", replacement: '""', reason: REASONS.errorDetails },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'StringLiteral', code: "'[redacted]'", replacement: '""', reason: `${REASONS.errorDetails}; an empty value reveals no secret either` },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'ConditionalExpression', code: "header.signatureType === 'possession'", replacement: 'false', reason: REASONS.possessionRefusedAtE },
  {
    file: 'conformance/simulator/data-signing.ts',
    mutator: 'ConditionalExpression',
    code: "!defects.has('ignoreTtl') && !(defects.has('ttlSkippedWithoutBody') && call.rawBody.length === 0)",
    replacement: 'true',
    reason: `both operands are test-only defect switches read as off: ${REASONS.defectOff}`,
  },
  {
    file: 'conformance/simulator/data-signing.ts',
    mutator: 'LogicalOperator',
    code: "!defects.has('ignoreTtl') && !(defects.has('ttlSkippedWithoutBody') && call.rawBody.length === 0)",
    replacement: "!defects.has('ignoreTtl') || !(defects.has('ttlSkippedWithoutBody') && call.rawBody.length === 0)",
    reason: `both operands are true while no defect is on, so && and || agree: ${REASONS.defectOff}`,
  },
  {
    file: 'conformance/simulator/data-signing.ts',
    mutator: 'AssignmentOperator',
    code: 'activation.counterIndex += ahead ? 1 : result.matchedIndex + 1',
    replacement: 'activation.counterIndex -= ahead ? 1 : result.matchedIndex + 1',
    reason: '`counterIndex` is the simulator\'s own bookkeeping, shown by its control plane only (control-plane.ts): verification reads and stores `counterData`, so no answer to a partner call depends on it',
  },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'ArithmeticOperator', code: 'result.matchedIndex + 1', replacement: 'result.matchedIndex - 1', reason: '`counterIndex` is the simulator\'s own bookkeeping, shown by its control plane only (control-plane.ts): verification reads and stores `counterData`, so no answer to a partner call depends on it' },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'ConditionalExpression', code: "!possessionOnly && !defects.has('successKeepsFailedAttempts')", replacement: 'true', reason: REASONS.possessionRefusedAtE },
  {
    file: 'conformance/simulator/data-signing.ts',
    mutator: 'LogicalOperator',
    code: "!possessionOnly && !defects.has('successKeepsFailedAttempts')",
    replacement: "!possessionOnly || !defects.has('successKeepsFailedAttempts')",
    reason: `${REASONS.possessionRefusedAtE}; and the defect switch is off`,
  },
  {
    file: 'conformance/simulator/data-signing.ts',
    mutator: 'ArithmeticOperator',
    code: "MAX_FAILED_ATTEMPTS + (defects.has('blockOneAttemptEarly') ? -1 : defects.has('blockOneAttemptLate') ? 1 : 0)",
    replacement: "MAX_FAILED_ATTEMPTS - (defects.has('blockOneAttemptEarly') ? -1 : defects.has('blockOneAttemptLate') ? 1 : 0)",
    reason: `with both switches off the correction is 0, and 5 + 0 = 5 - 0: ${REASONS.defectOff}`,
  },
  {
    file: 'conformance/simulator/data-signing.ts',
    mutator: 'BlockStatement',
    code: '{\n  const activationId = /pa_activation_id="([^"]*)"/.exec(signatureHeader)?.[1]?.toLowerCase();\n  const activation = activationId === undefined ? undefined : state.activations.get(activationId);\n  const device = activation === undefined ? undefined : state.devices.get(activation.scaDeviceId);\n  if (activation !== undefined && device !== undefined) countFailedAttempt(activation, device, defects);\n}',
    replacement: '{}',
    reason: REASONS.defectOnlyHelper,
  },
  {
    file: 'conformance/simulator/data-signing.ts',
    mutator: 'MethodExpression',
    code: '/pa_activation_id="([^"]*)"/.exec(signatureHeader)?.[1]?.toLowerCase()',
    replacement: '/pa_activation_id="([^"]*)"/.exec(signatureHeader)?.[1]?.toUpperCase()',
    reason: REASONS.defectOnlyHelper,
  },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'Regex', code: '/pa_activation_id="([^"]*)"/', replacement: '/pa_activation_id="([^"])"/', reason: REASONS.defectOnlyHelper },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'Regex', code: '/pa_activation_id="([^"]*)"/', replacement: '/pa_activation_id="(["]*)"/', reason: REASONS.defectOnlyHelper },
  {
    file: 'conformance/simulator/data-signing.ts',
    mutator: 'ArithmeticOperator',
    code: 'DEFAULT_LOOK_AHEAD - 1',
    replacement: 'DEFAULT_LOOK_AHEAD + 1',
    reason: "the look-ahead returned only under the test-only defect `counterWindowOneShort` (the `if`'s return, which the defect ignorer does not reach inside): dead code in every probe run",
  },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'StringLiteral', code: "'?'", replacement: '""', reason: REASONS.defectOnlyHelper },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'ConditionalExpression', code: 'questionMark === -1', replacement: 'true', reason: REASONS.defectOnlyHelper },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'ConditionalExpression', code: 'questionMark === -1', replacement: 'false', reason: REASONS.defectOnlyHelper },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'EqualityOperator', code: 'questionMark === -1', replacement: 'questionMark !== -1', reason: REASONS.defectOnlyHelper },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'UnaryOperator', code: '-1', replacement: '+1', reason: REASONS.defectOnlyHelper },
  { file: 'conformance/simulator/data-signing.ts', mutator: 'MethodExpression', code: 'target.slice(0, questionMark)', replacement: 'target', reason: REASONS.defectOnlyHelper },
  {
    file: 'conformance/simulator/signature-provenance.ts',
    mutator: 'MethodExpression',
    code: 'activationId.toLowerCase()',
    replacement: 'activationId.toUpperCase()',
    reason: 'the record key is folded the same way where it is written and where it is read; a signature reaches the TTL step only if its activation id folds to an issued activation id (a UUID: ASCII hex and dashes, step d), where upper and lower case fold alike',
  },
  {
    file: 'conformance/simulator/signature-provenance.ts',
    mutator: 'EqualityOperator',
    code: 'state.signatureRecords.size > MAX_RECORDS',
    replacement: 'state.signatureRecords.size >= MAX_RECORDS',
    reason: 'the memory bound of the simulator\'s own records (100 000 signatures, for the benchmark), no LinkCy rule: a forgotten record leaves the signature judged on cryptography alone, as a real SDK\'s (D-AUDIT-2), and no probe run makes that many',
  },
  {
    file: 'conformance/simulator/signature-provenance.ts',
    mutator: 'BlockStatement',
    code: '{\n    const oldest = state.signatureRecords.keys().next();\n    if (oldest.done !== true) state.signatureRecords.delete(oldest.value);\n  }',
    replacement: '{}',
    reason: 'the memory bound of the simulator\'s own records (100 000 signatures, for the benchmark), no LinkCy rule: a forgotten record leaves the signature judged on cryptography alone, as a real SDK\'s (D-AUDIT-2), and no probe run makes that many',
  },
  { file: 'conformance/simulator/device-activation.ts', mutator: 'ArithmeticOperator', code: 'nowMs + activation.delayMs', replacement: 'nowMs - activation.delayMs', reason: 'the device is ACTIVE at once instead of after delayMs: under a delayed deviceActivation the device "may" stay PENDING_ACTIVATION after the 204, delayMs is the longest the probes wait (D-OA-7, D-MUT-SIGNING-1), so a target active sooner conforms' },
  { file: 'conformance/simulator/device-activation.ts', mutator: 'ConditionalExpression', code: 'device.activatedAtMs <= nowMs', replacement: 'true', reason: 'the device is ACTIVE at once instead of after delayMs: under a delayed deviceActivation the device "may" stay PENDING_ACTIVATION after the 204, delayMs is the longest the probes wait (D-OA-7, D-MUT-SIGNING-1), so a target active sooner conforms' },
  {
    file: 'conformance/simulator/powerauth-activation.ts',
    mutator: 'ConditionalExpression',
    code: "device.status === 'REMOVED'",
    replacement: 'false',
    reason: "a REMOVED device's code is still refused (next line: not PENDING_ACTIVATION), with 400 instead of 404, on the SDK's PowerAuth activation endpoint, which is no LinkCy partner operation and whose codes LinkCy does not document",
  },
  {
    file: 'conformance/simulator/powerauth-activation.ts',
    mutator: 'ConditionalExpression',
    code: "device.status !== 'PENDING_ACTIVATION'",
    replacement: 'false',
    reason: 'unreachable: past the REMOVED test, a device without an activation id is PENDING_ACTIVATION (ACTIVE needs an activation id, activate-sca-device.ts; BLOCKED needs a signing activation)',
  },
  { file: 'conformance/simulator/operation-pipeline.ts', mutator: 'EqualityOperator', code: 'fault.delayMs > 0', replacement: 'fault.delayMs >= 0', reason: "test-only fault injection (faults.ts, the control plane's, left out of the rule files): a delay of 0 ms only yields one event-loop turn" },
  { file: 'conformance/simulator/operation-pipeline.ts', mutator: 'ConditionalExpression', code: 'fault.delayMs > 0', replacement: 'true', reason: "test-only fault injection (faults.ts, the control plane's, left out of the rule files): a delay of 0 ms only yields one event-loop turn" },
  {
    file: 'conformance/simulator/operation-pipeline.ts',
    mutator: 'EqualityOperator',
    code: 'fault.delayMs > 0',
    replacement: 'fault.delayMs <= 0',
    reason: "test-only fault injection (faults.ts, the control plane's, left out of the rule files): how the suite's own tests slow the simulator down, not what a target must do; no probe injects a delay",
  },
  {
    file: 'conformance/simulator/data-signing.ts',
    mutator: 'ConditionalExpression',
    code: 'askedFactor !== undefined && !signedFactors.includes(askedFactor)',
    replacement: 'false',
    reason: `${REASONS.factorHeaderReading}: a factor the signature did not use is accepted`,
  },
  {
    file: 'conformance/simulator/operation-pipeline.ts',
    mutator: 'BlockStatement',
    code: '{\n    const factor = factorHeaderOf(call, settings.expect);\n    if (!factor.ok) return factor.reply;\n  }',
    replacement: '{}',
    reason: `${REASONS.factorHeaderReading}: a value in no enum then goes unrefused only where the call needs no SCA (step 5 refuses it otherwise)`,
  },
  {
    file: 'conformance/simulator/operation-pipeline.ts',
    mutator: 'ConditionalExpression',
    code: "isScaEligible(operation.operationId) || settings.defects.has('factorHeaderCheckedEverywhere')",
    replacement: 'false',
    reason: `${REASONS.factorHeaderReading}: a value in no enum then goes unrefused only where the call needs no SCA (step 5 refuses it otherwise)`,
  },
  {
    file: 'conformance/simulator/operation-pipeline.ts',
    mutator: 'LogicalOperator',
    code: "isScaEligible(operation.operationId) || settings.defects.has('factorHeaderCheckedEverywhere')",
    replacement: "isScaEligible(operation.operationId) && settings.defects.has('factorHeaderCheckedEverywhere')",
    reason: `with the defect switch off the test is false: ${REASONS.factorHeaderReading}: a value in no enum then goes unrefused only where the call needs no SCA (step 5 refuses it otherwise)`,
  },
  { file: 'conformance/simulator/handlers/activate-sca-device.ts', mutator: 'StringLiteral', code: "''", replacement: '"Stryker was here!"', reason: REASONS.pathParamPresent },
  { file: 'conformance/simulator/handlers/delete-sca-device.ts', mutator: 'StringLiteral', code: "''", replacement: '"Stryker was here!"', reason: REASONS.pathParamPresent },
  { file: 'conformance/simulator/handlers/register-sca-device.ts', mutator: 'StringLiteral', code: "''", replacement: '"Stryker was here!"', reason: REASONS.pathParamPresent },
  {
    file: 'conformance/simulator/handlers/register-sca-device.ts',
    mutator: 'BlockStatement',
    code: "{\n  for (const device of state.devicesOf(endUserId)) {\n    if (device.status !== 'BLOCKED') continue;\n    device.status = 'ACTIVE';\n    const activation = device.activationId === null ? undefined : state.activations.get(device.activationId);\n    if (activation !== undefined) activation.failedAttempts = 0;\n  }\n}",
    replacement: '{}',
    reason: `${REASONS.defectOnlyHelper} (registrationUnblocks; D-LIFE-1: a registration leaves a BLOCKED device BLOCKED)`,
  },
  {
    file: 'conformance/simulator/handlers/register-sca-device.ts',
    mutator: 'BlockStatement',
    code: "{\n    if (device.status !== 'BLOCKED') continue;\n    device.status = 'ACTIVE';\n    const activation = device.activationId === null ? undefined : state.activations.get(device.activationId);\n    if (activation !== undefined) activation.failedAttempts = 0;\n  }",
    replacement: '{}',
    reason: `${REASONS.defectOnlyHelper} (registrationUnblocks; D-LIFE-1: a registration leaves a BLOCKED device BLOCKED)`,
  },
  { file: 'conformance/simulator/handlers/register-sca-device.ts', mutator: 'ConditionalExpression', code: "device.status !== 'BLOCKED'", replacement: 'false', reason: `${REASONS.defectOnlyHelper} (registrationUnblocks; D-LIFE-1)` },
  { file: 'conformance/simulator/handlers/register-sca-device.ts', mutator: 'EqualityOperator', code: "device.status !== 'BLOCKED'", replacement: "device.status === 'BLOCKED'", reason: `${REASONS.defectOnlyHelper} (registrationUnblocks; D-LIFE-1)` },
  {
    file: 'conformance/simulator/handlers/end-user-rules.ts',
    line: 27,
    mutator: 'StringLiteral',
    code: "'endUserId'",
    replacement: '""',
    reason: "the `details` field of END_USER_ID_REQUIRED: LinkCy documents the code, not its details, so no check may read them (D-ERR-1); line 41's 'endUserId' (the owner's body field) is killed",
  },
];
