import type { OperationInfo } from '../../spec/openapi/index.ts';
import type { DefectSet } from './defects.ts';
import { errorReply, type ErrorReply } from './reply.ts';
import type { SimulatorState, TokenRecord } from './state.ts';
import { checkToken, type TokenIssuer } from './tokens.ts';

// Step 1 of docs/sca-evaluation-order.md: who is calling, and may they call this.

// RFC 6750 token68 after the scheme, which is case-insensitive (RFC 9110).
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;

export type Authentication = { readonly ok: true; readonly token: TokenRecord } | { readonly ok: false; readonly reply: ErrorReply };

/** 401 UNAUTHORIZED for a missing, malformed, unknown or expired bearer token. */
export function authenticate(
  authorization: string | undefined,
  state: SimulatorState,
  issuer: TokenIssuer,
  nowMs: number,
  defects: DefectSet,
): Authentication {
  const refuse = (reason: string): Authentication => ({ ok: false, reply: errorReply('UNAUTHORIZED', reason) });
  if (authorization === undefined || authorization.trim() === '') return refuse('the Authorization header is missing');
  const token = BEARER.exec(authorization.trim())?.[1];
  if (token === undefined) return refuse('the Authorization header is not "Bearer <token>"');
  // Defects `tokenExpiryOffByOne` (a clock a millisecond behind accepts a token at its `exp`) and
  // `tokenExpiryRoundedUp` (whole seconds rounded up refuse it during its last second).
  const clock = defects.has('tokenExpiryOffByOne') ? nowMs - 1 : defects.has('tokenExpiryRoundedUp') ? Math.ceil(nowMs / 1000) * 1000 : nowMs;
  const check = checkToken(state, issuer, token, clock, defects);
  return check.ok ? { ok: true, token: check.record } : refuse(check.reason);
}

/**
 * 403 FORBIDDEN for an end-user token on an operation only partners (or nobody) call, or on another end user's
 * resources (`ownerEndUserId`, when the request names one that can be told before validation).
 */
export function authorize(
  operation: OperationInfo,
  token: TokenRecord,
  ownerEndUserId: string | undefined,
  defects: DefectSet,
): ErrorReply | undefined {
  if (token.subject.kind === 'partner') return undefined;
  // Defect `deleteWithEndUserToken`: the one place partner-only operations refuse end users.
  const partnerOnly = operation.tokenPolicy === 'partner' || operation.tokenPolicy === 'none-or-partner';
  if (partnerOnly && !defects.has('deleteWithEndUserToken')) return errorReply('FORBIDDEN', 'partner');
  // Defects `otherEndUserReads` and `otherEndUserWrites`: the owner check skipped on reads, or on the rest.
  const ownerChecked = !defects.has(operation.method === 'GET' ? 'otherEndUserReads' : 'otherEndUserWrites');
  // Defect `endUserTokenNeedsOwner`: an end user is refused a call that names no owning end user.
  if (ownerEndUserId === undefined && defects.has('endUserTokenNeedsOwner')) return errorReply('FORBIDDEN', "the owning end user's");
  if (ownerChecked && ownerEndUserId !== undefined && ownerEndUserId !== token.subject.endUserId) {
    return errorReply('FORBIDDEN', "the owning end user's");
  }
  return undefined;
}
