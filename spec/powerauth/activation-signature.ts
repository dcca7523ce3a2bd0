import { sign, verify } from 'node:crypto';
import { validateActivationCode } from './activation-code.ts';
import { isCanonicalBase64 } from './base64.ts';
import { privateKeyObject, publicKeyObject } from './keys.ts';

// The server's ECDSA P-256/SHA-256 signature of an activation code (DER, not raw r||s) and the
// QR payload that carries both.

export function signActivationCode(code: string, masterPrivateKey: Buffer): Buffer {
  if (!validateActivationCode(code)) {
    throw new TypeError('code must be a valid activation code (XXXXX-XXXXX-XXXXX-XXXXX, Base32, matching CRC)');
  }
  return sign('sha256', Buffer.from(code, 'utf8'), { key: privateKeyObject(masterPrivateKey, 'masterPrivateKey'), dsaEncoding: 'der' });
}

/** False for a wrong or malformed signature; throws only when `masterPublicKey` is not a P-256 key. */
export function verifyActivationCode(code: string, signature: Buffer, masterPublicKey: Buffer): boolean {
  const key = publicKeyObject(masterPublicKey, 'masterPublicKey');
  return verify('sha256', Buffer.from(code, 'utf8'), { key, dsaEncoding: 'der' }, signature);
}

/** `CODE#Base64(DER)`. */
export function activationQrCodeData(code: string, signatureDer: Buffer): string {
  return `${code}#${signatureDer.toString('base64')}`;
}

export type ParsedActivationQrCodeData =
  | { ok: true; activationCode: string; signature: Buffer }
  | { ok: false; message: string };

export function parseActivationQrCodeData(text: string): ParsedActivationQrCodeData {
  const separator = text.indexOf('#');
  if (separator === -1) return { ok: false, message: 'activation QR data must be CODE#Base64(signature): no # found' };
  const activationCode = text.slice(0, separator);
  const signature = text.slice(separator + 1);
  if (!validateActivationCode(activationCode)) {
    return { ok: false, message: 'activation QR data: the code before # is not a valid activation code' };
  }
  if (signature === '' || !isCanonicalBase64(signature)) {
    return { ok: false, message: 'activation QR data: the signature after # must be non-empty canonical Base64' };
  }
  return { ok: true, activationCode, signature: Buffer.from(signature, 'base64') };
}
