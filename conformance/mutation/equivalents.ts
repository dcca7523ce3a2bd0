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
  // --- data signing, devices, activation, pipeline ---
];
