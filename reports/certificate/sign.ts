import { createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';
import { canonicalJson } from '../model/canonical-json.ts';
import { sha256Hex } from '../model/hashes.ts';
import type { ConformanceReport, ReportSignature } from '../model/types.ts';

// A certificate is a report signed with Ed25519 (node:crypto) over its canonical JSON (RFC 8785)
// without the `signature` member: changing any verdict, hash, target or time breaks it.

export class SigningKeyError extends Error {
  override readonly name = 'SigningKeyError';
}

function signedBytes(report: ConformanceReport): Buffer {
  const { signature: _ignored, ...unsigned } = report;
  return Buffer.from(canonicalJson(unsigned), 'utf8');
}

/** `pem`: an Ed25519 private key (PKCS#8 PEM, `openssl genpkey -algorithm ed25519`); refused otherwise. */
export function loadSigningKey(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    throw new SigningKeyError(`not a private key in PEM (${error instanceof Error ? error.message : String(error)})`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new SigningKeyError(`expected an Ed25519 private key, got ${key.asymmetricKeyType ?? 'a symmetric key'}`);
  return key;
}

export function signReport(report: ConformanceReport, pem: string): ConformanceReport {
  const key = loadSigningKey(pem);
  const publicKey = createPublicKey(key);
  const signature: ReportSignature = {
    algorithm: 'Ed25519',
    canonicalization: 'RFC8785',
    publicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    keyId: sha256Hex(publicKey.export({ type: 'spki', format: 'der' })),
    value: sign(null, signedBytes(report), key).toString('base64'),
  };
  return { ...report, signature };
}

export interface SignatureCheck {
  readonly ok: boolean;
  readonly message: string;
}

/** `trustedPublicKeyPem`: when given, the report must be signed by exactly this key. */
export function checkSignature(report: ConformanceReport, trustedPublicKeyPem?: string): SignatureCheck {
  const { signature } = report;
  if (signature === undefined) return { ok: false, message: 'the report is not signed' };
  let embedded: KeyObject;
  try {
    embedded = createPublicKey(signature.publicKey);
  } catch {
    return { ok: false, message: 'the embedded public key is not a PEM public key' };
  }
  const keyId = sha256Hex(embedded.export({ type: 'spki', format: 'der' }));
  if (keyId !== signature.keyId) return { ok: false, message: 'the key id does not match the embedded public key' };
  if (trustedPublicKeyPem !== undefined) {
    let trusted: KeyObject;
    try {
      trusted = createPublicKey(trustedPublicKeyPem);
    } catch (error) {
      throw new SigningKeyError(`not a public (or private) key in PEM (${error instanceof Error ? error.message : String(error)})`);
    }
    if (sha256Hex(trusted.export({ type: 'spki', format: 'der' })) !== keyId) return { ok: false, message: `signed by key ${keyId.slice(0, 12)}…, not by the trusted key` };
  }
  const valid = verify(null, signedBytes(report), embedded, Buffer.from(signature.value, 'base64'));
  return valid
    ? { ok: true, message: `Ed25519 signature valid (key ${keyId.slice(0, 12)}…${trustedPublicKeyPem === undefined ? ', the key embedded in the report: pass --public-key to pin it' : ', the trusted key'})` }
    : { ok: false, message: 'the signature does not match the report: it was changed after signing' };
}
