import { readErrorCode } from '../../spec/errors/index.ts';
import type {
  CreatedEndUser,
  EndUserRequest,
  ExchangeLogEntry,
  FaultSpec,
  KycStatus,
  LedgerType,
  PushMode,
  Scene,
  SceneRequest,
  StateSnapshot,
  TokenRequest,
} from '../simulator/index.ts';
import type { ProbeResponse, Transport } from './exchange.ts';

// The simulator control plane (conformance/simulator/control-http.ts) spoken over HTTP, by the
// same transport as the API, so a proxy in front of a simulator sees the control traffic too
// and an embedded simulator is driven exactly like a remote one.

export interface ControlClient {
  /** A new consumer (KYC VALIDATED unless asked otherwise), its password and an end-user token pair. */
  createEndUser(options?: EndUserRequest): Promise<CreatedEndUser>;
  createConsumer(options?: EndUserRequest): Promise<CreatedEndUser>;
  /** A new corporate (KYB VALIDATED unless asked otherwise), with an end-user token pair. */
  createCorporate(options?: EndUserRequest): Promise<CreatedEndUser>;
  setKycStatus(request: { endUserId: string; status: KycStatus }): Promise<void>;
  /** A ledger (default EUR_FRANCE, balance 0; `balance` in major units). */
  createLedger(options: { endUserId: string; type?: LedgerType; balance?: number }): Promise<{ ledgerId: string }>;
  /**
   * In one round trip: an end user with a token pair, two ledgers (the first funded), active
   * physical and virtual card profiles, a card (PHYSICAL and ACTIVE by default) and a beneficiary.
   */
  createScene(request?: SceneRequest): Promise<Scene>;
  /** A partner or end-user token, valid, expired or malformed (the token facts of a probe case). */
  issueToken(request: TokenRequest): Promise<{ token: string }>;
  /** The simulator clock, ms since the epoch. */
  now(): Promise<number>;
  /** Moves the simulator clock forward; answers the new time. */
  advanceClock(ms: number): Promise<number>;
  setClock(ms: number): Promise<number>;
  injectFault(spec: FaultSpec): Promise<void>;
  setPushMode(mode: PushMode): Promise<void>;
  /** Tells the simulator when a virtual device signed (now, on its clock), so the TTL can be checked. */
  recordSignature(signature: { activationId: string; nonce: string }): Promise<{ createdAtMs: number }>;
  state(): Promise<StateSnapshot>;
  /** The simulator's redacted exchange log, oldest first. */
  exchanges(): Promise<ExchangeLogEntry[]>;
  /** Forgets every end user, device, card, token, fault and exchange; the clock goes back to its start. */
  reset(): Promise<void>;
}

/** The control plane refused a request or answered something that is not its documented shape. */
export class ControlPlaneError extends Error {
  override readonly name = 'ControlPlaneError';
  constructor(
    /** e.g. "POST /__control/clock". */
    readonly route: string,
    readonly status: number,
    detail: string,
  ) {
    super(`control plane ${route}: ${detail}`);
  }
}

/**
 * `transport` reaches the simulator itself or a proxy in front of it; `controlPrefix` is e.g.
 * /__control (SimulatorInfo.controlPrefix).
 */
export function createControlClient(transport: Transport, controlPrefix: string): ControlClient {
  const call = async <T>(method: string, path: string, body: object | undefined, shape: Shape<T>): Promise<T> => {
    const route = `${method} ${controlPrefix}${path}`;
    const response = await transport({
      method,
      target: `${controlPrefix}${path}`,
      headers: body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status < 200 || response.status > 299) throw new ControlPlaneError(route, response.status, refusal(response));
    const value: unknown = response.body;
    if (!shape.check(value)) {
      throw new ControlPlaneError(route, response.status, `answered ${response.status} without ${shape.expected}; is this a LinkCy SCA simulator control plane?`);
    }
    return value;
  };
  return {
    createEndUser: (request = {}) => call('POST', '/end-users', request, END_USER),
    createConsumer: (request = {}) => call('POST', '/consumers', request, END_USER),
    createCorporate: (request = {}) => call('POST', '/corporates', request, END_USER),
    setKycStatus: async (request) => {
      await call('POST', '/kyc', request, KYC);
    },
    createLedger: (request) => call('POST', '/ledgers', request, LEDGER),
    createScene: (request = {}) => call('POST', '/scenes', request, SCENE),
    issueToken: (request) => call('POST', '/tokens', request, TOKEN),
    now: async () => (await call('GET', '/clock', undefined, CLOCK)).nowMs,
    advanceClock: async (ms) => (await call('POST', '/clock', { advanceMs: ms }, CLOCK)).nowMs,
    setClock: async (ms) => (await call('POST', '/clock', { setMs: ms }, CLOCK)).nowMs,
    injectFault: async (spec) => {
      await call('POST', '/faults', spec, FAULTS);
    },
    setPushMode: async (mode) => {
      await call('POST', '/push-mode', { mode }, PUSH_MODE);
    },
    recordSignature: async (signature) => {
      const { createdAtMs } = await call('POST', '/signatures', signature, SIGNATURE);
      return { createdAtMs };
    },
    state: () => call('GET', '/state', undefined, STATE),
    exchanges: async () => (await call('GET', '/exchanges', undefined, EXCHANGES)).exchanges,
    reset: () => call('POST', '/reset', undefined, NO_CONTENT),
  };
}

/** What a 2xx answer must look like. Checked to the depth callers read, not deeper. */
interface Shape<T> {
  readonly expected: string;
  check(value: unknown): value is T;
}

type FieldKind = 'string' | 'number' | 'array';

function shape<T>(expected: string, fields: Readonly<Record<string, FieldKind>>): Shape<T> {
  return {
    expected,
    check: (value: unknown): value is T =>
      typeof value === 'object' &&
      value !== null &&
      Object.entries(fields).every(([name, kind]) => {
        const field: unknown = (value as Record<string, unknown>)[name];
        return kind === 'array' ? Array.isArray(field) : typeof field === kind && (kind !== 'number' || Number.isFinite(field));
      }),
  };
}

const END_USER = shape<CreatedEndUser>('{ endUserId, token, refreshToken, phone, password }', {
  endUserId: 'string',
  token: 'string',
  refreshToken: 'string',
  phone: 'string',
  password: 'string',
});
const KYC = shape<{ endUserId: string; status: string }>('{ endUserId, status }', { endUserId: 'string', status: 'string' });
const LEDGER = shape<{ ledgerId: string }>('{ ledgerId }', { ledgerId: 'string' });
const SCENE = shape<Scene>(
  'a scene',
  Object.fromEntries(
    (
      [
        'endUserId',
        'token',
        'refreshToken',
        'consumerPhone',
        'password',
        'ledgerId',
        'secondLedgerId',
        'cardDesignId',
        'physicalCardProfileId',
        'virtualCardProfileId',
        'cardProfileId',
        'cardId',
        'beneficiaryId',
        'corporateId',
      ] satisfies (keyof Scene)[]
    ).map((name) => [name, 'string' as const]),
  ),
);
const TOKEN = shape<{ token: string }>('{ token }', { token: 'string' });
const CLOCK = shape<{ nowMs: number }>('{ nowMs }', { nowMs: 'number' });
const FAULTS = shape<{ faults: unknown[] }>('{ faults }', { faults: 'array' });
const PUSH_MODE = shape<{ mode: string }>('{ mode }', { mode: 'string' });
const SIGNATURE = shape<{ createdAtMs: number }>('{ createdAtMs }', { createdAtMs: 'number' });
const STATE = shape<StateSnapshot>('a state snapshot', {
  nowMs: 'number',
  clock: 'string',
  profile: 'string',
  pushMode: 'string',
  endUsers: 'array',
  devices: 'array',
  cards: 'array',
  ledgers: 'array',
  faults: 'array',
});
const EXCHANGES = shape<{ exchanges: ExchangeLogEntry[] }>('{ exchanges }', { exchanges: 'array' });
const NO_CONTENT: Shape<void> = { expected: 'an empty body', check: (value: unknown): value is void => value === undefined };

/** The code and messages of a refusal; never the whole body, which could echo a secret. */
function refusal(response: ProbeResponse): string {
  const body = response.body;
  if (typeof body !== 'object' || body === null) return `answered ${response.status}`;
  const code = readErrorCode(body);
  const { details } = body as { details?: unknown };
  const messages = Array.isArray(details)
    ? details.flatMap((detail: unknown) =>
        typeof detail === 'object' && detail !== null && 'message' in detail && typeof detail.message === 'string' ? [detail.message] : [],
      )
    : [];
  return [`answered ${response.status}`, code, ...messages].filter((part) => part !== undefined).join(': ');
}
