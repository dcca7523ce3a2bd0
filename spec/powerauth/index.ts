// PowerAuth 3.x protocol core: what a virtual device and a simulated server both need.

export { createActivationCode, validateActivationCode } from './activation-code.ts';
export {
  activationQrCodeData,
  parseActivationQrCodeData,
  signActivationCode,
  verifyActivationCode,
  type ParsedActivationQrCodeData,
} from './activation-signature.ts';
export { isCanonicalBase64 } from './base64.ts';
export { COUNTER_DATA_LENGTH, nextCounterData } from './counter.ts';
export { activationFingerprint } from './fingerprint.ts';
export { HEADER_ERROR_CODES, type HeaderError, type HeaderErrorCode } from './header-error.ts';
export {
  formatSignatureHeader,
  HEADER_KEYS,
  parseSignatureHeader,
  PROTOCOL_VERSIONS,
  signatureFormatOf,
  type ParsedSignatureHeader,
  type ProtocolVersion,
  type SignatureHeader,
} from './header.ts';
export { generateKeyPair, normalizePrivateKey, normalizePublicKey, type KeyPair } from './keys.ts';
export { deriveKeys, masterSecret, type DerivedKeys } from './master-secret.ts';
export { normalizeRequestData, randomNonce, type RequestDataInput } from './request-data.ts';
export {
  computeSignature,
  DEFAULT_LOOK_AHEAD,
  verifySignature,
  type ComputeSignatureInput,
  type SignatureFormat,
  type SignatureKeys,
  type VerifySignatureInput,
  type VerifySignatureResult,
} from './signature.ts';
export { factorsOf, SIGNATURE_TYPES, type SignatureFactor, type SignatureType } from './signature-type.ts';
export {
  counterDataHash,
  counterDistance,
  decryptStatusBlob,
  encryptStatusBlob,
  type ActivationStatusBlob,
  type CounterDistanceInput,
  type StatusBlobEncryption,
} from './status-blob.ts';
