import { COUNTER_DATA_LENGTH } from '../../spec/powerauth/counter.ts';
import { normalizePublicKey, PROTOCOL_VERSIONS, type ProtocolVersion } from '../../spec/powerauth/index.ts';
import { applicationCredentialField, base64Field, SECRET_LENGTH, typeOf, uuidField } from './fields.ts';
import { assertPinIterations, DEFAULT_PIN_ITERATIONS, PIN_SALT_LENGTH, type LockedKnowledgeKey } from './pin-vault.ts';

// What a virtual device is made of, in memory (Buffers) and exported (JSON, Base64 strings). The
// PIN is never part of it: like the SDK's keychain, a state alone gives possession (and biometry),
// and the knowledge factor still needs the PIN.

export const STATE_VERSION = 1;

export interface VirtualDeviceState {
  /** Layout of this object; bumped on any incompatible change. */
  stateVersion: typeof STATE_VERSION;
  version: ProtocolVersion;
  activationId: string;
  applicationKey: string;
  applicationSecret: string;
  /** SEC1 uncompressed, Base64; public, kept for the fingerprint. */
  devicePublicKey: string;
  serverPublicKey: string;
  possessionKey: string;
  /** `iterations`: PBKDF2 rounds of the PIN key; absent in states exported before it existed (10 000). */
  knowledgeKey: { encrypted: string; salt: string; iterations?: number };
  /** Absent when the device has no biometry. */
  biometryKey?: string;
  counterData: string;
  /** Signatures computed (and steps skipped) since activation; the counter itself is counterData. */
  counterIndex: number;
}

export interface DeviceMaterial {
  version: ProtocolVersion;
  activationId: string;
  applicationKey: string;
  applicationSecret: string;
  devicePublicKey: Buffer;
  serverPublicKey: Buffer;
  possessionKey: Buffer;
  knowledgeKey: LockedKnowledgeKey;
  biometryKey: Buffer | undefined;
  counterData: Buffer;
  counterIndex: number;
}

export function encodeState(material: DeviceMaterial): VirtualDeviceState {
  const base64 = (bytes: Buffer): string => bytes.toString('base64');
  return {
    stateVersion: STATE_VERSION,
    version: material.version,
    activationId: material.activationId,
    applicationKey: material.applicationKey,
    applicationSecret: material.applicationSecret,
    devicePublicKey: base64(material.devicePublicKey),
    serverPublicKey: base64(material.serverPublicKey),
    possessionKey: base64(material.possessionKey),
    knowledgeKey: {
      encrypted: base64(material.knowledgeKey.encryptedKey),
      salt: base64(material.knowledgeKey.salt),
      iterations: material.knowledgeKey.iterations,
    },
    ...(material.biometryKey === undefined ? {} : { biometryKey: base64(material.biometryKey) }),
    counterData: base64(material.counterData),
    counterIndex: material.counterIndex,
  };
}

/** Checks every field of an imported state; the first bad one is named in the error. */
export function decodeState(state: unknown, context: string): DeviceMaterial {
  const field = (name: string): string => `${context}: state.${name}`;
  const fields = objectField(state, `${context}: state`);
  if (fields.stateVersion !== STATE_VERSION) {
    throw new TypeError(`${field('stateVersion')} must be ${STATE_VERSION}, got ${shown(fields.stateVersion)}`);
  }
  const knowledgeKey = objectField(fields.knowledgeKey, field('knowledgeKey'));
  return {
    version: versionField(fields.version, field('version')),
    activationId: uuidField(fields.activationId, field('activationId')),
    applicationKey: applicationCredentialField(fields.applicationKey, field('applicationKey')),
    applicationSecret: applicationCredentialField(fields.applicationSecret, field('applicationSecret')),
    devicePublicKey: publicKeyField(fields.devicePublicKey, field('devicePublicKey')),
    serverPublicKey: publicKeyField(fields.serverPublicKey, field('serverPublicKey')),
    possessionKey: base64Field(fields.possessionKey, field('possessionKey'), SECRET_LENGTH),
    knowledgeKey: {
      encryptedKey: base64Field(knowledgeKey.encrypted, field('knowledgeKey.encrypted'), SECRET_LENGTH),
      salt: base64Field(knowledgeKey.salt, field('knowledgeKey.salt'), PIN_SALT_LENGTH),
      iterations: pinIterationsField(knowledgeKey.iterations, field('knowledgeKey.iterations')),
    },
    biometryKey: fields.biometryKey === undefined ? undefined : base64Field(fields.biometryKey, field('biometryKey'), SECRET_LENGTH),
    counterData: base64Field(fields.counterData, field('counterData'), COUNTER_DATA_LENGTH),
    counterIndex: counterIndexField(fields.counterIndex, field('counterIndex')),
  };
}

export function versionField(value: unknown, field: string): ProtocolVersion {
  const version = PROTOCOL_VERSIONS.find((known) => known === value);
  if (version === undefined) throw new TypeError(`${field} must be one of ${PROTOCOL_VERSIONS.join(', ')}, got ${shown(value)}`);
  return version;
}

function publicKeyField(value: unknown, field: string): Buffer {
  return normalizePublicKey(base64Field(value, field), field);
}

function pinIterationsField(value: unknown, field: string): number {
  if (value === undefined) return DEFAULT_PIN_ITERATIONS;
  assertPinIterations(value, field);
  return value;
}

function counterIndexField(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${field} must be a non-negative integer, got ${shown(value)}`);
  }
  return value;
}

/** For values that are not secret (layout, version, counter index): the value itself helps most. */
function shown(value: unknown): string {
  return JSON.stringify(value) ?? typeOf(value);
}

function objectField(value: unknown, field: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`${field} must be an object, got ${typeOf(value)}`);
  }
  return Object.fromEntries(Object.entries(value));
}
