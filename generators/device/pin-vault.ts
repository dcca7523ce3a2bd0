import { createCipheriv, createDecipheriv, pbkdf2Sync, randomBytes } from 'node:crypto';

// Like the PowerAuth mobile SDK, the device keeps the knowledge key only encrypted under a key
// derived from the PIN. Decryption cannot fail: one AES block without padding is a permutation,
// so a wrong PIN yields a different but well-formed key and the signature is refused by the
// server, never by the device (which cannot tell, as the real SDK cannot).

const PIN_PATTERN = /^\d{4,16}$/;
const KEY_LENGTH = 16;
export const PIN_SALT_LENGTH = 16;
/** PBKDF2-HMAC-SHA256 rounds by default: the SDK's order of magnitude. */
export const DEFAULT_PIN_ITERATIONS = 10_000;
/**
 * What a test harness may choose for throw-away devices: the vault works the same, each unlock
 * costs a hundredth (a PBKDF2 of 10 000 rounds was a fifth of a probe run's CPU).
 */
export const HARNESS_PIN_ITERATIONS = 100;
const MAX_PIN_ITERATIONS = 10_000_000;

export interface LockedKnowledgeKey {
  /** The 16-byte knowledge key, AES-128-ECB encrypted under PBKDF2(pin, salt, iterations). */
  encryptedKey: Buffer;
  salt: Buffer;
  iterations: number;
}

/** Throws unless `iterations` is a usable PBKDF2 round count. */
export function assertPinIterations(iterations: unknown, field: string): asserts iterations is number {
  if (typeof iterations !== 'number' || !Number.isSafeInteger(iterations) || iterations < 1 || iterations > MAX_PIN_ITERATIONS) {
    throw new TypeError(`${field} must be an integer from 1 to ${MAX_PIN_ITERATIONS}, got ${JSON.stringify(iterations) ?? typeof iterations}`);
  }
}

/** Throws (without echoing the PIN) unless `pin` is 4 to 16 decimal digits. */
export function assertPin(pin: unknown, field: string): asserts pin is string {
  if (typeof pin !== 'string' || !PIN_PATTERN.test(pin)) {
    const received = typeof pin === 'string' ? `${pin.length} characters` : typeof pin;
    throw new TypeError(`${field} must be 4 to 16 digits (got ${received})`);
  }
}

export function lockKnowledgeKey(
  knowledgeKey: Buffer,
  pin: string,
  iterations: number = DEFAULT_PIN_ITERATIONS,
  salt: Buffer = randomBytes(PIN_SALT_LENGTH),
): LockedKnowledgeKey {
  const cipher = createCipheriv('aes-128-ecb', pinKey(pin, salt, iterations), null).setAutoPadding(false);
  return { encryptedKey: Buffer.concat([cipher.update(knowledgeKey), cipher.final()]), salt, iterations };
}

/** The knowledge key as `pin` unlocks it: the real key only for the PIN it was locked with. */
export function unlockKnowledgeKey(locked: LockedKnowledgeKey, pin: string): Buffer {
  const decipher = createDecipheriv('aes-128-ecb', pinKey(pin, locked.salt, locked.iterations), null).setAutoPadding(false);
  return Buffer.concat([decipher.update(locked.encryptedKey), decipher.final()]);
}

function pinKey(pin: string, salt: Buffer, iterations: number): Buffer {
  return pbkdf2Sync(Buffer.from(pin, 'utf8'), salt, iterations, KEY_LENGTH, 'sha256');
}
