import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { DefectSet } from './defects.ts';
import type { SimulatorState, TokenRecord, TokenSubject } from './state.ts';

// Bearer tokens are JWTs (RFC 7519) signed HS256 with a key made at every start, as the vendor's
// bearerFormat: JWT says and its guides rely on (a client decodes `exp` to refresh in time).
// Claims: sub, iat, exp (NumericDate, whole seconds), jti, role (`partner` | `end-user`) and
// endUserId for end users. The simulator also remembers each jti, so a reset forgets every token
// and the control plane can mint "unknown" ones. Refresh tokens stay opaque (docs/decisions.md).

export interface TokenLifetimes {
  readonly tokenTtlMs: number;
  readonly refreshTokenTtlMs: number;
}

/** What a token pair is issued under: the lifetimes, and the test-only defects. */
export interface TokenSettings extends TokenLifetimes {
  readonly defects: DefectSet;
}

export type TokenRole = 'partner' | 'end-user';

export interface JwtClaims {
  readonly sub: string;
  readonly iat: number;
  readonly exp: number;
  readonly jti: string;
  readonly role: TokenRole;
  readonly endUserId?: string;
}

/** What a login or refresh answers. */
export interface TokenPair {
  readonly token: string;
  readonly refreshToken: string;
  readonly endUserId?: string;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

/** The per-start signing key and the partner's name (the `sub` of partner tokens). */
export interface TokenIssuer {
  readonly key: Buffer;
  readonly partnerName: string;
}

export function createTokenIssuer(partnerName: string): TokenIssuer {
  return { key: randomBytes(32), partnerName };
}

export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * A signed JWT for `subject`. `iat` is the current second (floor) and `exp` = iat + the lifetime
 * rounded up to whole seconds, so `exp - iat` is the configured lifetime; the token is refused
 * from `exp` on (RFC 7519 4.1.4).
 */
export function issueToken(state: SimulatorState, issuer: TokenIssuer, subject: TokenSubject, nowMs: number, ttlMs: number): string {
  const iat = Math.floor(nowMs / 1000);
  const exp = iat + Math.ceil(ttlMs / 1000);
  const claims: JwtClaims =
    subject.kind === 'partner'
      ? { sub: issuer.partnerName, iat, exp, jti: randomUUID(), role: 'partner' }
      : { sub: subject.endUserId, iat, exp, jti: randomUUID(), role: 'end-user', endUserId: subject.endUserId };
  state.tokens.set(claims.jti, { subject, expiresAtMs: exp * 1000 });
  const payload = base64url(JSON.stringify(claims));
  return `${HEADER}.${payload}.${sign(issuer.key, `${HEADER}.${payload}`)}`;
}

export type TokenCheck = { readonly ok: true; readonly record: TokenRecord } | { readonly ok: false; readonly reason: string };

/** A bearer token this simulator issued (signature, jti), not past its `exp` on the simulator clock. */
export function checkToken(state: SimulatorState, issuer: TokenIssuer, token: string, nowMs: number, defects: DefectSet): TokenCheck {
  const parts = token.split('.');
  const [header, payload, signature] = parts;
  // Defect `bearerTokenKnownByJtiAlone`: the header, the signature and the segment count go unread.
  if (defects.has('bearerTokenKnownByJtiAlone')) return knownToken(state, readJti(payload ?? ''), nowMs);
  if (parts.length !== 3 || header === undefined || payload === undefined || signature === undefined) {
    return { ok: false, reason: 'the token is not a JWT' };
  }
  const expected = Buffer.from(sign(issuer.key, `${header}.${payload}`), 'utf8');
  const received = Buffer.from(signature, 'utf8');
  if (header !== HEADER || expected.length !== received.length || !timingSafeEqual(expected, received)) {
    return { ok: false, reason: 'the token is unknown' };
  }
  return knownToken(state, readJti(payload), nowMs);
}

function knownToken(state: SimulatorState, jti: string | undefined, nowMs: number): TokenCheck {
  const record = jti === undefined ? undefined : state.tokens.get(jti);
  if (record === undefined) return { ok: false, reason: 'the token is unknown' };
  if (nowMs >= record.expiresAtMs) return { ok: false, reason: 'the token has expired' };
  return { ok: true, record };
}

/** The claims of a JWT, without checking its signature: what a client does to read `exp`. */
export function decodeJwtClaims(token: string): Record<string, unknown> | undefined {
  const payload = token.split('.')[1];
  if (payload === undefined) return undefined;
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return claims !== null && typeof claims === 'object' && !Array.isArray(claims) ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A bearer token and a fresh single-use refresh token for `subject`. */
export function issueTokenPair(
  state: SimulatorState,
  issuer: TokenIssuer,
  subject: TokenSubject,
  nowMs: number,
  settings: TokenSettings,
): TokenPair {
  const refreshToken = newOpaqueToken();
  state.refreshTokens.set(refreshToken, { subject, expiresAtMs: nowMs + settings.refreshTokenTtlMs });
  // Defect `bearerGetsRefreshLifetime`: the bearer token lives as long as the refresh token.
  const token = issueToken(state, issuer, subject, nowMs, settings.defects.has('bearerGetsRefreshLifetime') ? settings.refreshTokenTtlMs : settings.tokenTtlMs);
  return subject.kind === 'partner' ? { token, refreshToken } : { token, refreshToken, endUserId: subject.endUserId };
}

function readJti(payload: string): string | undefined {
  const jti = decodeJwtClaims(`.${payload}.`)?.jti;
  return typeof jti === 'string' ? jti : undefined;
}

function sign(key: Buffer, data: string): string {
  return createHmac('sha256', key).update(data).digest('base64url');
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
