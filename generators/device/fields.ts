import { isCanonicalBase64 } from '../../spec/powerauth/index.ts';

// Checks for values that cross the device's API as text (options, exchange answers, imported
// state). Each error names the field as the caller labels it, e.g.
// "VirtualDevice.importState: state.counterData", and echoes at most the value's type and length:
// keys, secrets and codes must not reach a log through an error message.

/** PowerAuth 3.x application key and secret, and the device's symmetric keys: 16 bytes. */
export const SECRET_LENGTH = 16;

export function assertBase64(value: unknown, field: string, byteLength?: number): asserts value is string {
  const size = byteLength === undefined ? '' : ` of ${byteLength} bytes`;
  if (typeof value !== 'string') throw new TypeError(`${field} must be a canonical Base64 string${size}, got ${typeOf(value)}`);
  if (value === '' || !isCanonicalBase64(value, byteLength)) throw new TypeError(`${field} must be canonical, padded Base64${size}`);
}

/** Decodes canonical, padded Base64 (of exactly `byteLength` bytes when given). */
export function base64Field(value: unknown, field: string, byteLength?: number): Buffer {
  assertBase64(value, field, byteLength);
  return Buffer.from(value, 'base64');
}

/** The application key and secret are used as Base64 text; both are 16 bytes in PowerAuth 3.x. */
export function applicationCredentialField(value: unknown, field: string): string {
  assertBase64(value, field, SECRET_LENGTH);
  return value;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidField(value: unknown, field: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw new TypeError(`${field} must be a UUID string, got ${typeOf(value)}`);
  return value;
}

export function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `a string of ${value.length} characters` : typeof value;
}
