import { createHmac, randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { computeSignature, normalizeRequestData, randomNonce, verifySignature, type VerifySignatureInput } from '../spec/powerauth/index.ts';

// How fast a server-side check of a 2-factor Base64 signature is, measured against the raw
// HMAC-SHA256 it is built from, on the same machine and over the same request data.

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

export async function benchPowerAuth(): Promise<void> {
  const result = await measurePowerAuth();
  const perSecond = (value: number) => Math.round(value).toLocaleString('en-US').padStart(11);
  console.log(`PowerAuth verification, 2-factor Base64 (possession_knowledge), ${result.requestDataBytes}-byte request data`);
  console.log(`  machine: ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
  console.log(`  verifySignature, match at step 0      ${perSecond(result.verifyMatchPerSecond)} signatures/s`);
  console.log(`  verifySignature, miss (20-step window) ${perSecond(result.verifyMissPerSecond)} signatures/s`);
  console.log(`  raw HMAC-SHA256, same data             ${perSecond(result.hmacPerSecond)} operations/s`);
  console.log(
    `  ratio: one matching verification costs ${(result.hmacPerSecond / result.verifyMatchPerSecond).toFixed(1)} HMACs ` +
      `(verify rate = ${((100 * result.verifyMatchPerSecond) / result.hmacPerSecond).toFixed(1)}% of the HMAC rate); ` +
      `a miss costs ${(result.hmacPerSecond / result.verifyMissPerSecond).toFixed(1)}`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await benchPowerAuth();
