import fc from 'fast-check';

// Signature ages around the TTL: the seed's "Signature TTL is 30 sec." probed on both sides.
// With the default 30 s: 0, 29 s, 29.9 s, 30 s, 30.1 s, 45 s, the boundary's millisecond
// neighbours, and any age up to twice the TTL.

export interface SignatureAgeConstraints {
  /** The target's TTL in ms (default 30 000; at least 1 000, so every landmark is an age). */
  readonly ttlMs?: number;
}

function ttlOf(apiName: string, constraints: SignatureAgeConstraints): number {
  const ttlMs = constraints.ttlMs ?? 30_000;
  if (!Number.isSafeInteger(ttlMs) || ttlMs < 1000) throw new RangeError(`${apiName}: ttlMs must be an integer of at least 1000, got ${ttlMs}`);
  return ttlMs;
}

function landmarksOf(ttlMs: number): number[] {
  return [0, ttlMs - 1000, ttlMs - 100, ttlMs - 1, ttlMs, ttlMs + 1, ttlMs + 100, Math.round(ttlMs * 1.5)];
}

/** The ages every run plays first: both sides of the boundary, at 1 ms, 100 ms and 1 s. */
export function signatureAgeLandmarks(constraints: SignatureAgeConstraints = {}): number[] {
  return landmarksOf(ttlOf('signatureAgeLandmarks', constraints));
}

export function signatureAgeArbitrary(constraints: SignatureAgeConstraints = {}): fc.Arbitrary<number> {
  const ttlMs = ttlOf('signatureAgeArbitrary', constraints);
  return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...landmarksOf(ttlMs)) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 2 * ttlMs }) });
}
