import { ecdhWithPrivateKey, normalizePublicKey } from './keys.ts';
import { fold, kdf } from './kdf.ts';

// The activation's master secret (ECDH of the device and server key pairs) and the keys derived
// from it (digest section 4). Device and server reach the same value from opposite key pairs.

export interface DerivedKeys {
  signaturePossessionKey: Buffer;
  signatureKnowledgeKey: Buffer;
  signatureBiometryKey: Buffer;
  transportKey: Buffer;
  vaultEncryptionKey: Buffer;
}

/** KDF indices of the keys derived from the master secret. */
export const DERIVED_KEY_INDEX = {
  signaturePossessionKey: 1,
  signatureKnowledgeKey: 2,
  signatureBiometryKey: 3,
  transportKey: 1000,
  vaultEncryptionKey: 2000,
} as const satisfies Record<keyof DerivedKeys, number>;

/**
 * fold(ECDH_X(privateKey, publicKey)): 16 bytes. `privateKey` may be in Java BigInteger form;
 * `publicKey` compressed or uncompressed SEC1.
 */
export function masterSecret(privateKey: Buffer, publicKey: Buffer): Buffer {
  const ecdh = ecdhWithPrivateKey(privateKey);
  return fold(ecdh.computeSecret(normalizePublicKey(publicKey)));
}

export function deriveKeys(masterSecretKey: Buffer): DerivedKeys {
  if (masterSecretKey.length !== 16) throw new RangeError(`masterSecret must be 16 bytes, got ${masterSecretKey.length}`);
  return {
    signaturePossessionKey: kdf(masterSecretKey, DERIVED_KEY_INDEX.signaturePossessionKey),
    signatureKnowledgeKey: kdf(masterSecretKey, DERIVED_KEY_INDEX.signatureKnowledgeKey),
    signatureBiometryKey: kdf(masterSecretKey, DERIVED_KEY_INDEX.signatureBiometryKey),
    transportKey: kdf(masterSecretKey, DERIVED_KEY_INDEX.transportKey),
    vaultEncryptionKey: kdf(masterSecretKey, DERIVED_KEY_INDEX.vaultEncryptionKey),
  };
}
