import fc from 'fast-check';

// A pa_nonce: canonical, padded Base64 of 16 random bytes. Drawn by fast-check rather than by
// crypto, so a seed reproduces the exact signature a case sent.

export function nonceArbitrary(): fc.Arbitrary<string> {
  return fc.uint8Array({ minLength: 16, maxLength: 16 }).map((bytes) => Buffer.from(bytes).toString('base64'));
}
