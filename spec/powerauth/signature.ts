import { timingSafeEqual } from 'node:crypto';
import { assertCounterData, nextCounterData } from './counter.ts';
import { hmacSha256 } from './kdf.ts';
import { factorsOf, isSignatureType, type SignatureFactor, type SignatureType } from './signature-type.ts';

// Online and offline PowerAuth 3.x signatures over normalised request data (digest section 3).

export type SignatureFormat = 'base64' | 'decimal';

export type SignatureKeys = Readonly<Record<SignatureFactor, Buffer>>;

export interface ComputeSignatureInput {
  keys: SignatureKeys;
  type: SignatureType;
  counterData: Buffer;
  data: Buffer;
  format: SignatureFormat;
  /** Digits of each decimal component, 4..8; online signatures use 8, offline ones may use fewer. */
  decimalLength?: number;
}

export interface VerifySignatureInput extends ComputeSignatureInput {
  signature: string;
  /** How many counter values to try, starting with `counterData`. */
  lookAhead?: number;
}

export type VerifySignatureResult =
  | { valid: true; matchedIndex: number; nextCounterData: Buffer }
  | { valid: false };

export const DEFAULT_LOOK_AHEAD = 20;
const DEFAULT_DECIMAL_LENGTH = 8;
const SECRET_KEY_LENGTH = 16;
const BASE64_COMPONENT_LENGTH = 16;

export function computeSignature(input: ComputeSignatureInput): string {
  checkInput(input);
  return signAt(input, input.counterData);
}

/**
 * Tries `counterData` and the `lookAhead - 1` values after it. On a match at step k the caller
 * stores `nextCounterData` (the value after the matched one) so the same signature never passes
 * twice.
 */
export function verifySignature(input: VerifySignatureInput): VerifySignatureResult {
  checkInput(input);
  const lookAhead = input.lookAhead ?? DEFAULT_LOOK_AHEAD;
  if (!Number.isSafeInteger(lookAhead) || lookAhead < 1) {
    throw new RangeError(`lookAhead must be an integer of at least 1, got ${lookAhead}`);
  }
  // Base64 signatures are compared as the bytes they encode, decoded once: encoding the expected
  // value again at every look-ahead step cost more than the HMACs. Only the canonical encoding of
  // those bytes can match, exactly as comparing the strings did.
  const receivedBytes = input.format === 'base64' ? canonicalBase64Bytes(input.signature) : undefined;
  if (input.format === 'base64' && receivedBytes === undefined) return { valid: false };
  const received = receivedBytes ?? Buffer.from(input.signature, 'utf8');
  let counterData = input.counterData;
  for (let index = 0; index < lookAhead; index++) {
    const expected = receivedBytes === undefined ? Buffer.from(signAt(input, counterData), 'utf8') : base64SignatureBytes(input, counterData);
    if (expected.length === received.length && timingSafeEqual(expected, received)) {
      return { valid: true, matchedIndex: index, nextCounterData: nextCounterData(counterData) };
    }
    counterData = nextCounterData(counterData);
  }
  return { valid: false };
}

/** The bytes of a canonical, padded Base64 string; undefined for anything else. */
function canonicalBase64Bytes(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : undefined;
}

/** The last 16 bytes of each factor's HMAC, side by side: what a Base64 signature encodes. */
function base64SignatureBytes(input: ComputeSignatureInput, counterData: Buffer): Buffer {
  const components = factorComponents(input.keys, input.type, counterData, input.data);
  const bytes = Buffer.allocUnsafe(components.length * BASE64_COMPONENT_LENGTH);
  components.forEach((full, index) => full.copy(bytes, index * BASE64_COMPONENT_LENGTH, full.length - BASE64_COMPONENT_LENGTH));
  return bytes;
}

function signAt(input: ComputeSignatureInput, counterData: Buffer): string {
  if (input.format === 'base64') return base64SignatureBytes(input, counterData).toString('base64');
  const components = factorComponents(input.keys, input.type, counterData, input.data);
  const digits = input.decimalLength ?? DEFAULT_DECIMAL_LENGTH;
  const modulus = 10 ** digits;
  return components
    .map((full) => String((full.readUInt32BE(full.length - 4) & 0x7fffffff) % modulus).padStart(digits, '0'))
    .join('-');
}

/** The full 32-byte HMAC of each factor; factor i's key is chained through the keys after the first. */
function factorComponents(keys: SignatureKeys, type: SignatureType, counterData: Buffer, data: Buffer): Buffer[] {
  const counterKeys = factorsOf(type).map((factor) => hmacSha256(keys[factor], counterData));
  return counterKeys.map((counterKey, i) => {
    let derivedKey = counterKey;
    for (let j = 0; j < i; j++) derivedKey = hmacSha256(counterKeys[j + 1]!, derivedKey);
    return hmacSha256(derivedKey, data);
  });
}

function checkInput(input: ComputeSignatureInput): void {
  if (!isSignatureType(input.type)) throw new TypeError(`type must be one of the signature types, got ${String(input.type)}`);
  for (const factor of factorsOf(input.type)) {
    if (input.keys[factor]?.length !== SECRET_KEY_LENGTH) {
      throw new RangeError(`keys.${factor} must be a ${SECRET_KEY_LENGTH}-byte key for a ${input.type} signature`);
    }
  }
  assertCounterData(input.counterData);
  if (input.format !== 'base64' && input.format !== 'decimal') {
    throw new TypeError(`format must be 'base64' or 'decimal', got ${String(input.format)}`);
  }
  const digits = input.decimalLength ?? DEFAULT_DECIMAL_LENGTH;
  if (!Number.isInteger(digits) || digits < 4 || digits > 8) {
    throw new RangeError(`decimalLength must be an integer from 4 to 8, got ${digits}`);
  }
}
