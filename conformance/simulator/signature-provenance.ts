import type { SimulatorState } from './state.ts';

// Signatures a virtual device reports when it makes them (activation id, nonce, time on the
// simulator clock). The TTL check (step 5i) can only age signatures it knows the birth of; a real
// SDK's signatures have no record and are judged on cryptography alone unless strictTtl.

/** Oldest records are forgotten past this many, so a long benchmark cannot grow memory unbounded. */
const MAX_RECORDS = 100_000;

/** The key of a signature's record; with an empty nonce, the prefix of every record of the activation. */
export function recordKey(activationId: string, nonce: string): string {
  return `${activationId.toLowerCase()}|${nonce}`;
}

export function recordSignature(state: SimulatorState, activationId: string, nonce: string, createdAtMs: number): void {
  const key = recordKey(activationId, nonce);
  // Delete first so a re-recorded signature moves to the young end of the insertion order.
  state.signatureRecords.delete(key);
  state.signatureRecords.set(key, createdAtMs);
  if (state.signatureRecords.size > MAX_RECORDS) {
    const oldest = state.signatureRecords.keys().next();
    if (oldest.done !== true) state.signatureRecords.delete(oldest.value);
  }
}

/** When the signature was made, or undefined when no virtual device reported it. */
export function signatureCreatedAt(state: SimulatorState, activationId: string, nonce: string): number | undefined {
  return state.signatureRecords.get(recordKey(activationId, nonce));
}
