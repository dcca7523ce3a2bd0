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

const PHASE_MS = 800;
const WARM_UP_MS = 100;
const BATCH = 200;

/** Runs `operation` for about `durationMs` and returns its rate per second. */
function rate(operation: () => unknown, durationMs: number): number {
  const deadline = process.hrtime.bigint() + BigInt(durationMs) * 1_000_000n;
  const start = process.hrtime.bigint();
  let count = 0;
  let now = start;
  while (now < deadline) {
    for (let i = 0; i < BATCH; i++) operation();
    count += BATCH;
    now = process.hrtime.bigint();
  }
  return count / (Number(now - start) / 1e9);
}

function measure(operation: () => unknown): number {
  rate(operation, WARM_UP_MS);
  return rate(operation, PHASE_MS);
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
  return {
    requestDataBytes: data.length,
    verifyMatchPerSecond: measure(() => verifySignature(matching)),
    verifyMissPerSecond: measure(() => verifySignature(wrong)),
    hmacPerSecond: measure(() => createHmac('sha256', hmacKey).update(data).digest()),
  };
}

/**
 * HMAC-SHA256 computations one 2-factor verification at the first counter value needs: one per
 * factor over CTR_DATA, one chaining the second factor's key, one per factor over the data.
 */
export const HMACS_PER_VERIFICATION = 5;
