import { inspect, type InspectOptions } from 'node:util';
import {
  computeSignature,
  formatSignatureHeader,
  nextCounterData,
  normalizeRequestData,
  randomNonce,
  signatureFormatOf,
  SIGNATURE_TYPES,
  type SignatureKeys,
  type SignatureType,
} from '../spec/powerauth/index.ts';
import { factorsOf } from '../spec/powerauth/signature-type.ts';
import { activateDevice, fingerprintOf, type VirtualDeviceActivateOptions } from './device/activation.ts';
import { assertPin, unlockKnowledgeKey } from './device/pin-vault.ts';
import { decodeState, encodeState, type DeviceMaterial, type VirtualDeviceState } from './device/state.ts';

// The software twin of the PowerAuth mobile SDK (as Wultra's powerauth-cmd-tool is for Java): it
// activates against any server that speaks the activation exchange, holds the possession key, the
// knowledge key under its PIN and optionally the biometry key, and signs requests the way the SDK
// does, so the suite can act as a partner's mobile app.

export {
  DEFAULT_ACTIVATION_PATH,
  httpActivationExchange,
  type ActivationAnswer,
  type ActivationExchange,
  type ActivationFactor,
  type ActivationRequest,
  type HttpActivationExchangeOptions,
} from './device/exchange.ts';
export type { VirtualDeviceActivateOptions, VirtualDeviceActivation } from './device/activation.ts';
export type { VirtualDeviceState } from './device/state.ts';

/** The second factor a signature proves besides possession; 'possession' alone is not SCA (probes use it). */
export type DeviceFactor = 'knowledge' | 'biometry' | 'possession';

const SIGNATURE_TYPE_OF_FACTOR: Readonly<Record<DeviceFactor, SignatureType>> = {
  knowledge: 'possession_knowledge',
  biometry: 'possession_biometry',
  possession: 'possession',
};

/** Reported after every signature, e.g. to the simulator's recordSignature so it can age it (TTL). */
export interface SignedRecord {
  activationId: string;
  nonce: string;
  signatureType: SignatureType;
}

export interface VirtualDeviceHooks {
  onSigned?: (record: SignedRecord) => void;
}

export interface VirtualDeviceImportOptions extends VirtualDeviceHooks {
  /** The PIN to hold; without it every knowledge signature needs an explicit `pin`. */
  pin?: string;
}

export interface SignRequest {
  method: string;
  /**
   * The request target exactly as sent: path plus `?query` when present, no scheme or host
   * (e.g. `/api/partner/cards`). It is the URI id the LinkCy simulator verifies against.
   */
  uri: string;
  /** The exact body bytes sent (a string is taken as UTF-8). */
  body?: string | Buffer;
  /** Default 'knowledge' (possession_knowledge). */
  factor?: DeviceFactor;
  /** Default the device's PIN; another PIN yields a signature the server refuses. */
  pin?: string;
  /** Overrides `factor`, e.g. possession_knowledge_biometry. */
  signatureType?: SignatureType;
  /** A fixed pa_nonce (canonical Base64 of 16 bytes) for deterministic tests; default random. */
  nonce?: string;
}

export class VirtualDevice {
  readonly activationId: string;
  /** The 8-digit activation fingerprint (3.x), to compare with the server's. */
  readonly fingerprint: string;
  // Private fields: unreachable by inspect, JSON, spread or Object.keys, so keys cannot leak by accident.
  #material: DeviceMaterial;
  readonly #pin: string | undefined;
  /** The knowledge key the last PIN used unlocked: PBKDF2 runs once per device and PIN, not per signature. */
  #unlocked: { readonly pin: string; readonly key: Buffer } | undefined;
  readonly #onSigned: ((record: SignedRecord) => void) | undefined;

  private constructor(material: DeviceMaterial, pin: string | undefined, hooks: VirtualDeviceHooks, unlocked?: { pin: string; key: Buffer }) {
    this.#material = material;
    this.#pin = pin;
    this.#unlocked = unlocked;
    this.#onSigned = hooks.onSigned;
    this.activationId = material.activationId;
    this.fingerprint = fingerprintOf(material);
  }

  /**
   * Verifies the activation code's signature with the master public key (refusing an
   * unauthenticated or malformed code), makes a P-256 key pair, runs the exchange and derives
   * the signing keys.
   */
  static async activate(options: VirtualDeviceActivateOptions & VirtualDeviceHooks): Promise<VirtualDevice> {
    const { material, knowledgeKey } = await activateDevice(options);
    return new VirtualDevice(material, options.pin, options, { pin: options.pin, key: knowledgeKey });
  }

  /** Rebuilds a device from exportState(); every field is checked and a bad one named. */
  static importState(state: VirtualDeviceState, options: VirtualDeviceImportOptions = {}): VirtualDevice {
    if (options.pin !== undefined) assertPin(options.pin, 'VirtualDevice.importState: options.pin');
    return new VirtualDevice(decodeState(state, 'VirtualDevice.importState'), options.pin, options);
  }

  /** The full Linkcy-SCA-Signature header value. Advances the counter, then reports onSigned. */
  sign(request: SignRequest): string {
    const material = this.#material;
    const signatureType = signatureTypeOf(request);
    if (typeof request.uri !== 'string' || !request.uri.startsWith('/')) {
      throw new TypeError('VirtualDevice.sign: uri must be the request target as sent (path plus ?query, starting with /)');
    }
    const nonce = request.nonce ?? randomNonce();
    let data: Buffer;
    try {
      data = normalizeRequestData({ method: request.method, uriId: request.uri, nonce, body: request.body, applicationSecret: material.applicationSecret });
    } catch (error) {
      throw new TypeError(`VirtualDevice.sign: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    const signature = computeSignature({
      keys: this.#keysFor(signatureType, request.pin),
      type: signatureType,
      counterData: material.counterData,
      data,
      format: signatureFormatOf(material.version),
    });
    const header = formatSignatureHeader({
      activationId: material.activationId,
      applicationKey: material.applicationKey,
      nonce,
      signatureType,
      signature,
      version: material.version,
    });
    this.#advanceCounter(1);
    this.#onSigned?.({ activationId: material.activationId, nonce, signatureType });
    return header;
  }

  /** Moves the local counter `steps` ahead without signing, e.g. to land beyond the server's look-ahead. */
  skipCounter(steps: number): void {
    if (!Number.isSafeInteger(steps) || steps < 0) throw new RangeError(`VirtualDevice.skipCounter: steps must be a non-negative integer, got ${steps}`);
    this.#advanceCounter(steps);
  }

  #advanceCounter(steps: number): void {
    let counterData = this.#material.counterData;
    for (let step = 0; step < steps; step++) counterData = nextCounterData(counterData);
    this.#material = { ...this.#material, counterData, counterIndex: this.#material.counterIndex + steps };
  }

  /** The only way keys leave the device: JSON-serialisable, Base64 strings, without the PIN. */
  exportState(): VirtualDeviceState {
    return encodeState(this.#material);
  }

  /** A summary without secrets, so JSON.stringify(device) never leaks keys. */
  toJSON(): { activationId: string; fingerprint: string; version: string; biometry: boolean; counterIndex: number } {
    return {
      activationId: this.activationId,
      fingerprint: this.fingerprint,
      version: this.#material.version,
      biometry: this.#material.biometryKey !== undefined,
      counterIndex: this.#material.counterIndex,
    };
  }

  toString(): string {
    return `VirtualDevice(activationId=${this.activationId}, fingerprint=${this.fingerprint})`;
  }

  [inspect.custom](_depth: number, options: InspectOptions): string {
    return `VirtualDevice ${inspect(this.toJSON(), options)}`;
  }

  /** computeSignature reads only the keys of the type's factors; the others stay empty. */
  #keysFor(signatureType: SignatureType, pin: string | undefined): SignatureKeys {
    const factors = factorsOf(signatureType);
    const none = Buffer.alloc(0);
    return {
      possession: this.#material.possessionKey,
      knowledge: factors.includes('knowledge') ? this.#knowledgeKey(pin) : none,
      biometry: factors.includes('biometry') ? this.#biometryKey(signatureType) : none,
    };
  }

  /** Whatever key the PIN unlocks: the right one only for the right PIN, as in the SDK. */
  #knowledgeKey(pin: string | undefined): Buffer {
    const heldPin = pin ?? this.#pin;
    if (heldPin === undefined) throw new TypeError('VirtualDevice.sign: this device holds no PIN (imported without one); pass pin');
    assertPin(heldPin, 'VirtualDevice.sign: pin');
    if (this.#unlocked?.pin !== heldPin) this.#unlocked = { pin: heldPin, key: unlockKnowledgeKey(this.#material.knowledgeKey, heldPin) };
    return this.#unlocked.key;
  }

  #biometryKey(signatureType: SignatureType): Buffer {
    if (this.#material.biometryKey === undefined) {
      throw new TypeError(
        `VirtualDevice.sign: a ${signatureType} signature needs the biometry factor, but this device was activated without biometry (a real SDK cannot make one either)`,
      );
    }
    return this.#material.biometryKey;
  }
}

function signatureTypeOf(request: SignRequest): SignatureType {
  if (request.signatureType !== undefined) {
    const type = SIGNATURE_TYPES.find((known) => known === request.signatureType);
    if (type === undefined) throw new TypeError(`VirtualDevice.sign: signatureType must be one of ${SIGNATURE_TYPES.join(', ')}`);
    return type;
  }
  const factor = request.factor ?? 'knowledge';
  if (!Object.hasOwn(SIGNATURE_TYPE_OF_FACTOR, factor)) {
    throw new TypeError(`VirtualDevice.sign: factor must be one of ${Object.keys(SIGNATURE_TYPE_OF_FACTOR).join(', ')}`);
  }
  return SIGNATURE_TYPE_OF_FACTOR[factor];
}
