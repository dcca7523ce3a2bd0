import { randomBytes, randomUUID } from 'node:crypto';
import {
  deriveKeys,
  generateKeyPair,
  isCanonicalBase64,
  masterSecret,
  normalizePublicKey,
  validateActivationCode,
} from '../../spec/powerauth/index.ts';
import { errorReply, jsonReply, type ErrorReply, type Reply } from './reply.ts';
import { SCA_FACTORS, type ScaFactor, type SimulatorState } from './state.ts';

// The simulator's side of the PowerAuth activation (`POST /pa/v3/activation/create`): the seam a
// real ECIES exchange can replace. Only decodeActivationRequest and the JSON answer know the
// envelope (plain JSON today); createActivation is the server's work whatever the envelope:
// server key pair, CTR_DATA, a fresh activation id, and what the SDK tells about the device.
// Signatures depend only on what createActivation makes, never on how it travelled.

export const ACTIVATION_CREATE_PATH = '/pa/v3/activation/create';

export interface ActivationCreateRequest {
  readonly activationCode: string;
  /** 65-byte uncompressed SEC1 (33-byte compressed keys are accepted and expanded). */
  readonly devicePublicKey: Buffer;
  readonly activationName: string;
  readonly platform: string | null;
  /** The factors onboarded on the device; how the simulator learns them (default KNOWLEDGE). */
  readonly factors: readonly ScaFactor[];
}

export interface ActivationCreateAnswer {
  readonly activationId: string;
  /** Base64 of the 65-byte uncompressed SEC1 server public key. */
  readonly serverPublicKey: string;
  /** Base64 of the 16-byte initial CTR_DATA. */
  readonly ctrData: string;
}

const MAX_NAME_LENGTH = 255;

/** The HTTP endpoint: decode the envelope, create the activation, encode the answer. */
export function handleActivationCreate(body: unknown, state: SimulatorState): Reply {
  const decoded = decodeActivationRequest(body);
  if (!decoded.ok) return decoded.reply;
  const created = createActivation(state, decoded.request);
  return 'kind' in created ? created : jsonReply(200, created);
}

/**
 * Finds the PENDING_ACTIVATION device the code was issued for and gives it its activation: the
 * device stays PENDING_ACTIVATION until the partner calls activateScaDevice.
 */
export function createActivation(state: SimulatorState, request: ActivationCreateRequest): ActivationCreateAnswer | ErrorReply {
  const device = [...state.devices.values()].find((candidate) => candidate.activationCode === request.activationCode);
  if (device === undefined || device.status === 'REMOVED') return errorReply('SCA_REGISTRATION_NOT_FOUND');
  if (device.activationId !== null || device.status !== 'PENDING_ACTIVATION') return errorReply('ERROR_OPERATION_STATE_CHANGE');

  const serverKeyPair = generateKeyPair();
  const keys = deriveKeys(masterSecret(serverKeyPair.privateKey, request.devicePublicKey));
  const counterData = randomBytes(16);
  const activationId = randomUUID();
  state.activations.set(activationId, {
    activationId,
    scaDeviceId: device.id,
    endUserId: device.endUserId,
    signatureKeys: {
      possession: keys.signaturePossessionKey,
      knowledge: keys.signatureKnowledgeKey,
      biometry: keys.signatureBiometryKey,
    },
    counterData,
    counterIndex: 0,
    failedAttempts: 0,
  });
  device.activationId = activationId;
  device.name = request.activationName;
  device.platform = request.platform;
  device.factors = [...request.factors];
  return {
    activationId,
    serverPublicKey: serverKeyPair.publicKey.toString('base64'),
    ctrData: counterData.toString('base64'),
  };
}

type Decoded = { readonly ok: true; readonly request: ActivationCreateRequest } | { readonly ok: false; readonly reply: ErrorReply };

/** The plain-JSON envelope: `{ activationCode, devicePublicKey, activationName, platform?, factors? }`. */
export function decodeActivationRequest(body: unknown): Decoded {
  const problems: { field: string; message: string }[] = [];
  const problem = (field: string, message: string): void => {
    problems.push({ field, message: `${field} ${message}` });
  };
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    problem('(body)', 'must be a JSON object');
    return refuse(problems);
  }
  const field = (name: string): unknown => (Object.hasOwn(body, name) ? Reflect.get(body, name) : undefined);

  const activationCode = field('activationCode');
  if (typeof activationCode !== 'string' || !validateActivationCode(activationCode)) {
    problem('activationCode', 'must be an activation code XXXXX-XXXXX-XXXXX-XXXXX with a valid CRC');
  }
  const devicePublicKey = decodePublicKey(field('devicePublicKey'));
  if (devicePublicKey === undefined) problem('devicePublicKey', 'must be Base64 of a P-256 public key in SEC1 form (33 or 65 bytes)');
  const activationName = field('activationName');
  if (typeof activationName !== 'string' || activationName.trim() === '' || activationName.length > MAX_NAME_LENGTH) {
    problem('activationName', `must be a non-empty string of at most ${MAX_NAME_LENGTH} characters`);
  }
  const platform = field('platform') ?? null;
  if (platform !== null && (typeof platform !== 'string' || platform.length > MAX_NAME_LENGTH)) {
    problem('platform', `must be a string of at most ${MAX_NAME_LENGTH} characters when present`);
  }
  const factors = field('factors') ?? ['KNOWLEDGE'];
  if (!isFactorList(factors)) problem('factors', 'must be ["KNOWLEDGE"] or ["KNOWLEDGE","BIOMETRY"] (the PIN is always onboarded)');

  if (
    problems.length > 0 ||
    typeof activationCode !== 'string' ||
    devicePublicKey === undefined ||
    typeof activationName !== 'string' ||
    !isFactorList(factors)
  ) {
    return refuse(problems);
  }
  return {
    ok: true,
    request: { activationCode, devicePublicKey, activationName, platform: typeof platform === 'string' ? platform : null, factors },
  };
}

function refuse(problems: readonly { field: string; message: string }[]): Decoded {
  return { ok: false, reply: { ...errorReply('ERROR_REQUEST'), details: problems } };
}

function decodePublicKey(value: unknown): Buffer | undefined {
  if (typeof value !== 'string' || !isCanonicalBase64(value)) return undefined;
  try {
    return normalizePublicKey(Buffer.from(value, 'base64'));
  } catch {
    return undefined;
  }
}

function isFactorList(value: unknown): value is ScaFactor[] {
  return (
    Array.isArray(value) &&
    value.includes('KNOWLEDGE') &&
    value.every((factor) => (SCA_FACTORS as readonly unknown[]).includes(factor)) &&
    new Set(value).size === value.length
  );
}
