import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { httpActivationExchange, VirtualDevice } from '../../generators/index.ts';
import type { SimulatorHandle } from '../simulator/index.ts';

// The stand-in for a partner's mobile app at LINKCY_APP_URL: one or more VirtualDevices per end
// user (the PowerAuth SDK's software twin, PIN known to it). The partner's back end hands it
// activation codes and asks it to sign; it keeps a log of every signature (what, when on the
// simulator's clock) that the judge compares with what the back end then sent.

/** The PIN every stand-in device holds; a wrong signature is one made with another PIN. */
const APP_PIN = '2468';
const WRONG_PIN = '8642';
const MAX_BODY_BYTES = 1024 * 1024;

/** One signature the app made, as the judge needs it (no secret: the signature only as a hash). */
export interface AppSignature {
  readonly endUserId: string;
  readonly activationId: string;
  readonly scaDeviceId: string | null;
  readonly method: string;
  readonly uri: string;
  readonly bodySha256: string;
  readonly signatureSha256: string;
  /** Simulator clock, ms. */
  readonly signedAtMs: number;
  /** Made wrong on purpose by the kit (the `wrong-next-signature` intervention). */
  readonly deliberatelyWrong: boolean;
}

/** What the app needs to know of the LinkCy it talks to. */
export interface AppBackend {
  /** Where the SDK's activation exchange goes (the simulator's base URL). */
  readonly baseUrl: string;
  readonly masterPublicKey: string;
  readonly applicationKey: string;
  readonly applicationSecret: string;
  /** Simulator clock, ms. */
  now(): number;
  /** Tells the simulator when a signature was made, so it can enforce the TTL. */
  recordSignature(signature: { activationId: string; nonce: string }): void;
  /** The end user's devices as LinkCy holds them (the app learns which one is ACTIVE from its back end). */
  devicesOf(endUserId: string): readonly { scaDeviceId: string; activationId: string | null; status: string }[];
}

export interface AppStandIn {
  /** e.g. http://127.0.0.1:PORT, no trailing slash. */
  readonly url: string;
  readonly signatures: readonly AppSignature[];
  /** The kit's intervention: the next signature (any end user) is made with a wrong PIN. */
  makeNextSignatureWrong(): void;
  /** The kit onboards devices for its setup through the same path a client uses. */
  activate(endUserId: string, activation: ActivationInput): Promise<void>;
  /** Forgets every device and log entry (a fresh scenario). */
  reset(): void;
  stop(): Promise<void>;
}

type ActivationInput = { activationCode: string; activationCodeSignature: string } | { activationQrCodeData: string };

class AppRefusal extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
  ) {
    super(message);
  }
}

export async function startAppStandIn(backend: AppBackend): Promise<AppStandIn> {
  const devices = new Map<string, { activationId: string; device: VirtualDevice }[]>();
  let signatures: AppSignature[] = [];
  let nextWrong = false;

  const activate = async (endUserId: string, activation: ActivationInput): Promise<void> => {
    let device: VirtualDevice;
    try {
      device = await VirtualDevice.activate({
        exchange: httpActivationExchange(backend.baseUrl),
        activation,
        masterPublicKey: backend.masterPublicKey,
        applicationKey: backend.applicationKey,
        applicationSecret: backend.applicationSecret,
        pin: APP_PIN,
        onSigned: ({ activationId, nonce }) => backend.recordSignature({ activationId, nonce }),
      });
    } catch (error) {
      throw new AppRefusal(422, 'ACTIVATION_FAILED', `the SDK activation failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    devices.set(endUserId, [...(devices.get(endUserId) ?? []), { activationId: device.activationId, device }]);
  };

  const sign = (endUserId: string, request: { method: string; uri: string; body: string; scaDeviceId?: string }): string => {
    const held = devices.get(endUserId) ?? [];
    if (held.length === 0) throw new AppRefusal(409, 'SCA_DEVICE_NOT_SET', `the app holds no device for end user ${endUserId}`);
    const onServer = backend.devicesOf(endUserId);
    const scaDeviceIdOf = (activationId: string): string | null => onServer.find((device) => device.activationId === activationId)?.scaDeviceId ?? null;
    let chosen: { activationId: string; device: VirtualDevice } | undefined;
    if (request.scaDeviceId !== undefined) {
      chosen = held.find((entry) => scaDeviceIdOf(entry.activationId) === request.scaDeviceId);
      if (chosen === undefined) throw new AppRefusal(404, 'SCA_DEVICE_NOT_HELD', `scaDeviceId: the app holds no device ${request.scaDeviceId} for end user ${endUserId}`);
    } else {
      const active = held.filter((entry) => onServer.some((device) => device.activationId === entry.activationId && device.status === 'ACTIVE'));
      // A real app does not know LinkCy removed or blocked its device: it signs with what it has.
      chosen = active.at(-1) ?? held.at(-1);
    }
    if (chosen === undefined) throw new AppRefusal(409, 'SCA_DEVICE_NOT_SET', `the app holds no device for end user ${endUserId}`);
    const deliberatelyWrong = nextWrong;
    nextWrong = false;
    const header = chosen.device.sign({ method: request.method, uri: request.uri, body: request.body, ...(deliberatelyWrong ? { pin: WRONG_PIN } : {}) });
    signatures.push({
      endUserId,
      activationId: chosen.activationId,
      scaDeviceId: scaDeviceIdOf(chosen.activationId),
      method: request.method.toUpperCase(),
      uri: request.uri,
      bodySha256: sha256(request.body),
      signatureSha256: sha256(header),
      signedAtMs: backend.now(),
      deliberatelyWrong,
    });
    return header;
  };

  const server = createServer((incoming, response) => {
    answer(incoming, response, { activate, sign }).catch(() => response.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('startAppStandIn: not listening on a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    get signatures() {
      return [...signatures];
    },
    makeNextSignatureWrong: () => {
      nextWrong = true;
    },
    activate,
    reset() {
      devices.clear();
      signatures = [];
      nextWrong = false;
    },
    stop: () => stopServer(server),
  };
}

/** The app stand-in backed by a simulator started in this process: its keys, clock and devices. */
export function startAppStandInFor(simulator: SimulatorHandle): Promise<AppStandIn> {
  return startAppStandIn({
    baseUrl: simulator.url,
    masterPublicKey: simulator.info.masterPublicKey,
    applicationKey: simulator.info.applicationKey,
    applicationSecret: simulator.info.applicationSecret,
    now: () => simulator.control.now(),
    recordSignature: (signature) => simulator.control.recordSignature(signature),
    devicesOf: (endUserId) =>
      simulator.control
        .state()
        .devices.filter((device) => device.endUserId === endUserId)
        .map((device) => ({ scaDeviceId: device.id, activationId: device.activationId, status: device.status })),
  });
}

export function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

interface AppActions {
  activate(endUserId: string, activation: ActivationInput): Promise<void>;
  sign(endUserId: string, request: { method: string; uri: string; body: string; scaDeviceId?: string }): string;
}

const ROUTE = /^\/end-users\/([^/]+)\/(activation|signatures)$/;

async function answer(incoming: IncomingMessage, response: ServerResponse, actions: AppActions): Promise<void> {
  const reply = (status: number, body?: unknown): void => {
    const text = body === undefined ? '' : JSON.stringify(body);
    response.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    response.end(text);
  };
  try {
    const route = ROUTE.exec(new URL(incoming.url ?? '/', 'http://app.invalid').pathname);
    if (route === null || incoming.method !== 'POST') {
      throw new AppRefusal(404, 'NOT_FOUND', 'the app serves POST /end-users/{endUserId}/activation and POST /end-users/{endUserId}/signatures');
    }
    const endUserId = decodeURIComponent(route[1] ?? '');
    const body = await readJsonObject(incoming);
    if (route[2] === 'activation') {
      await actions.activate(endUserId, activationInput(body));
      reply(204);
    } else {
      reply(200, { header: actions.sign(endUserId, signatureRequest(body)) });
    }
  } catch (error) {
    if (error instanceof AppRefusal) reply(error.status, { errorCode: error.errorCode, message: error.message });
    else reply(500, { errorCode: 'APP_ERROR', message: error instanceof Error ? error.message : String(error) });
  }
}

function activationInput(body: Record<string, unknown>): ActivationInput {
  const { activationCode, activationCodeSignature, activationQrCodeData } = body;
  if (typeof activationQrCodeData === 'string') return { activationQrCodeData };
  if (typeof activationCode === 'string') {
    if (typeof activationCodeSignature !== 'string') {
      throw new AppRefusal(
        400,
        'ERROR_REQUEST',
        'activationCodeSignature: required beside activationCode (the app verifies the code came from LinkCy); or send activationQrCodeData',
      );
    }
    return { activationCode, activationCodeSignature };
  }
  throw new AppRefusal(400, 'ERROR_REQUEST', 'the body must carry activationQrCodeData, or activationCode with activationCodeSignature');
}

function signatureRequest(body: Record<string, unknown>): { method: string; uri: string; body: string; scaDeviceId?: string } {
  const { method, uri, body: signedBody, scaDeviceId } = body;
  if (typeof method !== 'string' || !/^[A-Za-z]+$/.test(method)) throw new AppRefusal(400, 'ERROR_REQUEST', 'method: must be an HTTP method, e.g. "POST"');
  if (typeof uri !== 'string' || !uri.startsWith('/')) {
    throw new AppRefusal(400, 'ERROR_REQUEST', 'uri: must be the path and query exactly as the request will be sent, starting with /');
  }
  if (signedBody !== undefined && typeof signedBody !== 'string') {
    throw new AppRefusal(400, 'ERROR_REQUEST', 'body: must be the exact body text as a string ("" or absent for none)');
  }
  if (scaDeviceId !== undefined && typeof scaDeviceId !== 'string') throw new AppRefusal(400, 'ERROR_REQUEST', 'scaDeviceId: must be a string');
  return { method, uri, body: signedBody ?? '', ...(scaDeviceId === undefined ? {} : { scaDeviceId }) };
}

async function readJsonObject(incoming: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of incoming as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new AppRefusal(413, 'PAYLOAD_TOO_LARGE', `the body is over ${MAX_BODY_BYTES} bytes`);
    chunks.push(chunk);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new AppRefusal(400, 'ERROR_REQUEST', 'the body must be a JSON object');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new AppRefusal(400, 'ERROR_REQUEST', 'the body must be a JSON object');
  return value as Record<string, unknown>;
}

export function stopServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error === undefined ? resolve() : reject(error)));
    server.closeAllConnections();
  });
}
