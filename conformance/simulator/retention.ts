import type { SimulatorState } from './state.ts';

// What keeps a long-running simulator's memory bounded under any steady load: tokens expired for
// an hour are forgotten (an hour, so a token a probe just saw expire still answers "expired", and
// a clock set back a little does not revive a forgotten one), and the stores a client can grow with every request (cards,
// tokens) keep only their newest entries. End users, devices and activations are not trimmed:
// they grow only as fast as a client registers them, and a probe may read any of them later.

/** Newest cards kept; an older card answers 404 as if deleted. */
export const MAX_CARDS = 20_000;
/** Newest bearer tokens and refresh tokens kept (each store); an older one answers 401 as if expired. */
export const MAX_TOKENS = 50_000;
/** Requests between two sweeps of expired tokens: a sweep walks every token. */
const SWEEP_EVERY = 1024;
const EXPIRED_TOKEN_GRACE_MS = 60 * 60_000;

const answered = new WeakMap<SimulatorState, number>();

/** Called once per answered request, after the answer: cheap except every SWEEP_EVERY-th call. */
export function retainBounded(state: SimulatorState, nowMs: number): void {
  const count = (answered.get(state) ?? 0) + 1;
  answered.set(state, count);
  if (count % SWEEP_EVERY === 0) forgetExpiredTokens(state, nowMs);
  keepNewest(state.cards, MAX_CARDS);
  keepNewest(state.tokens, MAX_TOKENS);
  keepNewest(state.refreshTokens, MAX_TOKENS);
}

function forgetExpiredTokens(state: SimulatorState, nowMs: number): void {
  const before = nowMs - EXPIRED_TOKEN_GRACE_MS;
  for (const [token, record] of state.tokens) if (record.expiresAtMs < before) state.tokens.delete(token);
  for (const [token, record] of state.refreshTokens) if (record.expiresAtMs < before) state.refreshTokens.delete(token);
}

/** Maps iterate in insertion order: the first keys are the oldest. */
function keepNewest(store: Map<string, unknown>, max: number): void {
  if (store.size <= max) return;
  for (const key of store.keys()) {
    store.delete(key);
    if (store.size <= max) return;
  }
}
