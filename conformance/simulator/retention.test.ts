import { describe, expect, it } from 'vitest';
import { MAX_CARDS, MAX_TOKENS, retainBounded } from './retention.ts';
import { SimulatorState, type CardRecord } from './state.ts';

const card = (id: string): CardRecord => ({
  id,
  endUserId: 'e',
  ledgerId: 'l',
  profileId: 'p',
  type: 'VIRTUAL',
  status: 'ACTIVE',
  nameOnCard: 'JANE DOE',
  friendlyName: undefined,
  deliveryMethod: undefined,
  pan: '5355220000000000',
  pin: '1234',
  pinStatus: 'UNLOCKED',
  pinTriesLeft: 3,
  rules: new Map(),
  expiryDate: '2029-01-31',
  createdAtMs: 0,
});

describe('retainBounded', () => {
  it('keeps only the newest cards and tokens, in creation order', () => {
    const state = new SimulatorState();
    for (let index = 0; index < MAX_CARDS + 5; index++) state.cards.set(`card-${index}`, card(`card-${index}`));
    for (let index = 0; index < MAX_TOKENS + 3; index++) state.tokens.set(`token-${index}`, { subject: { kind: 'partner' }, expiresAtMs: 1e15 });
    retainBounded(state, 0);
    expect(state.cards.size).toBe(MAX_CARDS);
    expect(state.cards.has('card-4')).toBe(false);
    expect(state.cards.has('card-5')).toBe(true);
    expect(state.tokens.size).toBe(MAX_TOKENS);
    expect([...state.tokens.keys()][0]).toBe('token-3');
  });

  it('forgets tokens expired for over an hour, keeping recently expired ones (they still answer "expired")', () => {
    const state = new SimulatorState();
    const nowMs = 10 * 3_600_000;
    state.tokens.set('long-expired', { subject: { kind: 'partner' }, expiresAtMs: nowMs - 3_600_001 });
    state.tokens.set('just-expired', { subject: { kind: 'partner' }, expiresAtMs: nowMs - 1 });
    state.refreshTokens.set('old-refresh', { subject: { kind: 'partner' }, expiresAtMs: nowMs - 3_600_001 });
    state.refreshTokens.set('live-refresh', { subject: { kind: 'partner' }, expiresAtMs: nowMs + 1 });
    // Sweeps are amortised over requests.
    for (let request = 0; request < 1024; request++) retainBounded(state, nowMs);
    expect([...state.tokens.keys()]).toEqual(['just-expired']);
    expect([...state.refreshTokens.keys()]).toEqual(['live-refresh']);
  });
});
