import { createHmac, randomBytes } from 'node:crypto';
import { computeSignature, normalizeRequestData, randomNonce, verifySignature, type VerifySignatureInput } from '../spec/powerauth/index.ts';

// How fast a server-side check of a 2-factor Base64 signature is, measured against the raw
// HMAC-SHA256 it is built from, on the same machine and over the same request data. The HMAC
// bound is the HMAC rate divided by the HMACs a verification must compute.

export interface PowerAuthBenchResult {
  requestDataBytes: number;
  /** Verifications per second when the signature matches at the first counter value. */
  verifyMatchPerSecond: number;
  /** Verifications per second of a wrong signature: the whole 20-step look-ahead is tried. */
  verifyMissPerSecond: number;
  hmacPerSecond: number;
}

const PHASE_MS = 300;
const WARM_UP_MS = 100;
const ROUNDS = 5;
const BATCH = 200;

/**
 * Runs `operation` for about `durationMs` and returns its rate per second of this process's CPU
 * time: a core stolen by another process then slows the wall clock, not the rate.
 */
function rate(operation: () => unknown, durationMs: number): number {
  const deadline = performance.now() + durationMs;
  const cpuStart = process.cpuUsage();
  let count = 0;
  while (performance.now() < deadline) {
    for (let i = 0; i < BATCH; i++) operation();
    count += BATCH;
  }
  const cpu = process.cpuUsage(cpuStart);
  return count / ((cpu.user + cpu.system) / 1e6);
}

/**
 * The best of ROUNDS short phases per operation, the operations taking turns: on a shared CI
 * machine other processes steal cores for seconds at a time, and the best phase is the one they
 * disturbed least, for every operation alike.
 */
function measureTogether<K extends string>(operations: Readonly<Record<K, () => unknown>>): Record<K, number> {
  const names = Object.keys(operations) as K[];
  const best = Object.fromEntries(names.map((name) => [name, 0])) as Record<K, number>;
  for (const name of names) rate(operations[name], WARM_UP_MS);
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of names) best[name] = Math.max(best[name], rate(operations[name], PHASE_MS));
  }
  return best;
}

export async function measurePowerAuth(): Promise<PowerAuthBenchResult> {
  const keys = { possession: randomBytes(16), knowledge: randomBytes(16), biometry: randomBytes(16) };
  const data = normalizeRequestData({
    method: 'POST',
    uriId: '/api/partner/cards',
    nonce: randomNonce(),
    body: JSON.stringify({ consumerId: 'd791c6b4-56ca-4e8c-b392-93c03b92b30b', type: 'VIRTUAL', currency: 'EUR' }),
    applicationSecret: randomBytes(16).toString('base64'),
  });
  const signed = { keys, type: 'possession_knowledge', counterData: randomBytes(16), data, format: 'base64' } as const;
  const matching: VerifySignatureInput = { ...signed, signature: computeSignature(signed) };
  const wrong: VerifySignatureInput = { ...signed, signature: Buffer.alloc(32).toString('base64') };
  if (!verifySignature(matching).valid || verifySignature(wrong).valid) throw new Error('benchmark set-up: verification does not behave');

  const hmacKey = randomBytes(16);
  const rates = measureTogether({
    match: () => verifySignature(matching),
    miss: () => verifySignature(wrong),
    hmac: () => createHmac('sha256', hmacKey).update(data).digest(),
  });
  return { requestDataBytes: data.length, verifyMatchPerSecond: rates.match, verifyMissPerSecond: rates.miss, hmacPerSecond: rates.hmac };
}

/**
 * HMAC-SHA256 computations one 2-factor verification at the first counter value needs: one per
 * factor over CTR_DATA, one chaining the second factor's key, one per factor over the data.
 */
export const HMACS_PER_VERIFICATION = 5;
