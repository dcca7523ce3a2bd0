import { randomBytes } from 'node:crypto';
import type { SimulatorState, TokenSubject } from './state.ts';

// Opaque bearer and refresh tokens: random strings the simulator remembers with their subject and
// an expiry on the simulator clock (so advancing the clock expires them).

export interface TokenLifetimes {
  readonly tokenTtlMs: number;
  readonly refreshTokenTtlMs: number;
}

export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function issueToken(state: SimulatorState, subject: TokenSubject, nowMs: number, ttlMs: number): string {
  const token = newOpaqueToken();
  state.tokens.set(token, { subject, expiresAtMs: nowMs + ttlMs });
  return token;
}

export function issuePartnerTokens(
  state: SimulatorState,
  nowMs: number,
  lifetimes: TokenLifetimes,
): { token: string; refreshToken: string } {
  const refreshToken = newOpaqueToken();
  state.refreshTokens.set(refreshToken, nowMs + lifetimes.refreshTokenTtlMs);
  return { token: issueToken(state, { kind: 'partner' }, nowMs, lifetimes.tokenTtlMs), refreshToken };
}
