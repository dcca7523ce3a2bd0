import {
  activationFingerprint,
  deriveKeys,
  generateKeyPair,
  masterSecret,
  normalizePublicKey,
  parseActivationQrCodeData,
  validateActivationCode,
  verifyActivationCode,
  type ProtocolVersion,
} from '../../spec/powerauth/index.ts';
import { decodeActivationAnswer, type ActivationExchange, type ActivationFactor } from './exchange.ts';
import { applicationCredentialField, base64Field } from './fields.ts';
import { assertPin, assertPinIterations, DEFAULT_PIN_ITERATIONS, lockKnowledgeKey } from './pin-vault.ts';
import { versionField, type DeviceMaterial } from './state.ts';

// What the SDK does between scanning an activation code and holding signing keys (digest section
// 6, device side): authenticate the code, make a key pair, run the exchange, derive the keys.

export interface VirtualDeviceActivation {
  activationCode: string;
  /** Base64 of the DER ECDSA signature of the code by the master server key. */
  activationCodeSignature: string;
}

export interface VirtualDeviceActivateOptions {
  exchange: ActivationExchange;
  /** The code and its signature, as two fields or as the QR payload `CODE#Base64(DER)`. */
  activation: VirtualDeviceActivation | { activationQrCodeData: string };
  /** The master server public key the app bundles: SEC1 bytes, or their Base64. */
  masterPublicKey: Buffer | string;
  /** Base64 of 16 bytes, as the server issued it. */
  applicationKey: string;
  /** Base64 of 16 bytes, as the server issued it. */
  applicationSecret: string;
  /** 4 to 16 digits; the knowledge key is stored only encrypted under it. */
  pin: string;
  /** Onboard the biometry factor too. Default false. */
  biometry?: boolean;
  /** Shown by the server in its device list. Default 'linkcy-sca-conformance virtual device'. */
  activationName?: string;
  /** Default '3.3'; 3.0 signs in decimal, 3.1+ in Base64. */
  version?: ProtocolVersion;
  /**
   * PBKDF2 rounds of the PIN key (default 10 000, the SDK's order of magnitude). A test harness
   * making throw-away devices may choose less (HARNESS_PIN_ITERATIONS).
   */
  pinIterations?: number;
}

const CONTEXT = 'VirtualDevice.activate';
const DEFAULT_VERSION: ProtocolVersion = '3.3';
const DEFAULT_ACTIVATION_NAME = 'linkcy-sca-conformance virtual device';

/** The device's material, and its knowledge key in clear once, so the device need not unlock what it just locked. */
export async function activateDevice(options: VirtualDeviceActivateOptions): Promise<{ material: DeviceMaterial; knowledgeKey: Buffer }> {
  assertPin(options.pin, `${CONTEXT}: pin`);
  const pinIterations = options.pinIterations ?? DEFAULT_PIN_ITERATIONS;
  assertPinIterations(pinIterations, `${CONTEXT}: pinIterations`);
  const applicationKey = applicationCredentialField(options.applicationKey, `${CONTEXT}: applicationKey`);
  const applicationSecret = applicationCredentialField(options.applicationSecret, `${CONTEXT}: applicationSecret`);
  const version = versionField(options.version ?? DEFAULT_VERSION, `${CONTEXT}: version`);
  const biometry = options.biometry ?? false;
  if (typeof biometry !== 'boolean') throw new TypeError(`${CONTEXT}: biometry must be a boolean`);
  const activationCode = authenticatedActivationCode(options.activation, options.masterPublicKey);

  const deviceKeyPair = generateKeyPair();
  const factors: ActivationFactor[] = biometry ? ['KNOWLEDGE', 'BIOMETRY'] : ['KNOWLEDGE'];
  const answer = decodeActivationAnswer(
    await options.exchange.createActivation({
      activationCode,
      devicePublicKey: deviceKeyPair.publicKey.toString('base64'),
      activationName: options.activationName ?? DEFAULT_ACTIVATION_NAME,
      factors,
    }),
    `${CONTEXT}: the exchange's answer`,
  );

  const keys = deriveKeys(masterSecret(deviceKeyPair.privateKey, answer.serverPublicKey));
  const material: DeviceMaterial = {
    version,
    activationId: answer.activationId,
    applicationKey,
    applicationSecret,
    devicePublicKey: deviceKeyPair.publicKey,
    serverPublicKey: answer.serverPublicKey,
    possessionKey: keys.signaturePossessionKey,
    knowledgeKey: lockKnowledgeKey(keys.signatureKnowledgeKey, options.pin, pinIterations),
    biometryKey: biometry ? keys.signatureBiometryKey : undefined,
    counterData: answer.ctrData,
    counterIndex: 0,
  };
  return { material, knowledgeKey: keys.signatureKnowledgeKey };
}

/** The fingerprint the device would show, to compare with the server's. */
export function fingerprintOf(material: DeviceMaterial): string {
  return activationFingerprint(material.devicePublicKey, material.serverPublicKey, material.activationId);
}

/**
 * The activation code, once it is well formed and signed by the master key: a device must never
 * send its public key in answer to a code anyone could have made up.
 */
function authenticatedActivationCode(activation: VirtualDeviceActivateOptions['activation'], masterPublicKey: Buffer | string): string {
  const masterKey = normalizePublicKey(
    typeof masterPublicKey === 'string' ? base64Field(masterPublicKey, `${CONTEXT}: masterPublicKey`) : masterPublicKey,
    `${CONTEXT}: masterPublicKey`,
  );
  let code: string;
  let signature: Buffer;
  if ('activationQrCodeData' in activation) {
    if (typeof activation.activationQrCodeData !== 'string') throw new TypeError(`${CONTEXT}: activationQrCodeData must be a string`);
    const parsed = parseActivationQrCodeData(activation.activationQrCodeData);
    if (!parsed.ok) throw new TypeError(`${CONTEXT}: ${parsed.message}`);
    ({ activationCode: code, signature } = parsed);
  } else {
    code = activation.activationCode;
    if (typeof code !== 'string' || !validateActivationCode(code)) {
      throw new TypeError(`${CONTEXT}: activationCode must be a valid activation code (XXXXX-XXXXX-XXXXX-XXXXX, Base32, CRC-16 matching)`);
    }
    signature = base64Field(activation.activationCodeSignature, `${CONTEXT}: activationCodeSignature`);
  }
  if (!verifyActivationCode(code, signature, masterKey)) {
    throw new Error(
      `${CONTEXT}: the activation code signature does not verify with masterPublicKey; ` +
        'a device never activates against an unauthenticated code',
    );
  }
  return code;
}
