import fc from 'fast-check';
import { PROTOCOL_VERSIONS, signatureFormatOf, type SignatureHeader } from '../header.ts';
import type { SignatureKeys } from '../signature.ts';
import { factorsOf, SIGNATURE_TYPES } from '../signature-type.ts';

// Shared generators of the PowerAuth property tests.

export const bytesOf = (length: number): fc.Arbitrary<Buffer> =>
  fc.uint8Array({ minLength: length, maxLength: length }).map((array) => Buffer.from(array));

export const secretKey = bytesOf(16);
export const counterData = bytesOf(16);
export const signatureType = fc.constantFrom(...SIGNATURE_TYPES);
export const signatureFormat = fc.constantFrom('base64' as const, 'decimal' as const);
export const data = fc.uint8Array({ maxLength: 256 }).map((array) => Buffer.from(array));

export const signatureKeys: fc.Arbitrary<SignatureKeys> = fc.record({ possession: secretKey, knowledge: secretKey, biometry: secretKey });

/** A header every rule accepts, its signature shaped to its type and version. */
export const validHeader: fc.Arbitrary<SignatureHeader> = fc
  .record({
    activationId: fc.uuid({ version: [1, 2, 3, 4, 5] }),
    applicationKey: bytesOf(16).map((key) => key.toString('base64')),
    nonce: bytesOf(16).map((nonce) => nonce.toString('base64')),
    signatureType,
    version: fc.constantFrom(...PROTOCOL_VERSIONS),
    components: fc.array(bytesOf(16), { minLength: 3, maxLength: 3 }),
  })
  .map(({ components, ...header }) => {
    const used = components.slice(0, factorsOf(header.signatureType).length);
    const signature =
      signatureFormatOf(header.version) === 'base64'
        ? Buffer.concat(used).toString('base64')
        : used.map((component) => String(component.readUInt32BE(0) % 100_000_000).padStart(8, '0')).join('-');
    return { ...header, signature };
  });
