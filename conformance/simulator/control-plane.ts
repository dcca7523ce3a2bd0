import { randomUUID } from 'node:crypto';
import type { ErrorCode } from '../../spec/errors/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { ClockMode } from './clock.ts';
import type { ExchangeLogEntry } from './exchange-log.ts';
import { addFault, type FaultSpec } from './faults.ts';
import type { SimulatorRuntime } from './runtime.ts';
import type { SimulatorProfile } from './sca-evaluation.ts';
import { recordSignature } from './signature-provenance.ts';
import type { PushMode } from './state.ts';
import { issueToken, newOpaqueToken } from './tokens.ts';
import { isoTime, maskPan, scaDeviceView, type ScaDeviceView } from './views.ts';

// What a test or probe may do to the simulator besides calling the API: make end users, move the
// clock, inject faults, play the end user for push, report signature provenance, read the state
// and the exchange log, reset. The same methods serve in process and over HTTP (control-http.ts).

/** A refused control request: the HTTP layer answers it with the code's status. */
export class ControlError extends Error {
  override readonly name = 'ControlError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** The arguments of the code's message template. */
    readonly args: readonly string[] = [],
  ) {
    super(message);
  }
}

export type TokenValidity = 'valid' | 'expired' | 'malformed';
export const TOKEN_VALIDITIES: readonly TokenValidity[] = ['valid', 'expired', 'malformed'];

export interface TokenRequest {
  readonly kind: 'partner' | 'end-user';
  /** Required for an end-user token. */
  readonly endUserId?: string;
  /** `expired`: a known token past its expiry; `malformed`: not a bearer token at all. Default `valid`. */
  readonly validity?: TokenValidity;
}

export interface StateSnapshot {
  readonly nowMs: number;
  /** `manual`: the clock moves only through the control plane, so a client can age things exactly. */
  readonly clock: ClockMode;
  readonly profile: SimulatorProfile;
  readonly pushMode: PushMode;
  readonly endUsers: readonly { id: string; name: string; createdAt: string }[];
  readonly devices: readonly DeviceSnapshot[];
  /** In creation order. */
  readonly cards: readonly { id: string; endUserId: string; type: string; status: string; maskedPan: string; label: string | null; createdAt: string }[];
  readonly ledgers: readonly { id: string; endUserId: string; currency: string; balanceMinor: number; createdAt: string }[];
  readonly faults: readonly { operationId: OperationId; remaining: number; status: number | null; code: ErrorCode | null; delayMs: number }[];
}

export interface DeviceSnapshot extends ScaDeviceView {
  readonly endUserId: string;
  /** Null before the SDK activation and after removal. */
  readonly activationId: string | null;
  readonly failedAttempts: number;
  /** Signatures that advanced the counter: equals the number of accepted signatures. */
  readonly counterIndex: number;
}

export interface SimulatorControl {
  /** A new end user and an end-user bearer token for them. */
  createEndUser(options?: { name?: string }): { endUserId: string; token: string };
  /** A minimal account for an end user; no documented LinkCy operation reads it yet. */
  createLedger(options: { endUserId: string; currency?: string }): { ledgerId: string };
  issueToken(request: TokenRequest): { token: string };
  now(): number;
  advanceClock(ms: number): number;
  setClock(ms: number): number;
  injectFault(spec: FaultSpec): void;
  setPushMode(mode: PushMode): void;
  /** Records when a virtual device made a signature (default: now), so its TTL can be checked. */
  recordSignature(signature: { activationId: string; nonce: string; createdAtMs?: number }): void;
  state(): StateSnapshot;
  exchanges(): ExchangeLogEntry[];
  /** Forgets every end user, device, card, token, fault and exchange; the clock goes back to its start. */
  reset(): void;
}

const CURRENCY = /^[A-Z]{3}$/;
const MAX_NAME_LENGTH = 255;

export function createControl(runtime: SimulatorRuntime): SimulatorControl {
  const { state, clock, settings, exchangeLog } = runtime;
  const requireEndUser = (endUserId: string): void => {
    if (!state.endUsers.has(endUserId)) throw new ControlError('RESOURCE_NOT_FOUND', `endUserId: no end user ${endUserId}`, ['end user']);
  };
  return {
    createEndUser({ name } = {}) {
      if (name !== undefined && (name.trim() === '' || name.length > MAX_NAME_LENGTH)) {
        throw new ControlError('ERROR_REQUEST', `name must be a non-empty string of at most ${MAX_NAME_LENGTH} characters`);
      }
      const endUserId = randomUUID();
      const nowMs = clock.now();
      state.endUsers.set(endUserId, { id: endUserId, name: name ?? `End user ${state.endUsers.size + 1}`, createdAtMs: nowMs });
      return { endUserId, token: issueToken(state, { kind: 'end-user', endUserId }, nowMs, settings.tokenTtlMs) };
    },
    createLedger({ endUserId, currency = 'EUR' }) {
      requireEndUser(endUserId);
      if (!CURRENCY.test(currency)) throw new ControlError('ERROR_REQUEST', 'currency must be an ISO 4217 code of three capital letters');
      const ledgerId = randomUUID();
      state.ledgers.set(ledgerId, { id: ledgerId, endUserId, currency, balanceMinor: 0, createdAtMs: clock.now() });
      return { ledgerId };
    },
    issueToken({ kind, endUserId, validity = 'valid' }) {
      if (validity === 'malformed') return { token: `not a token ${newOpaqueToken()}` };
      if (kind === 'end-user') {
        if (endUserId === undefined) throw new ControlError('ERROR_REQUEST', 'endUserId is required for an end-user token');
        requireEndUser(endUserId);
      }
      const subject = kind === 'partner' || endUserId === undefined ? { kind: 'partner' as const } : { kind: 'end-user' as const, endUserId };
      // An expired token is a real one whose lifetime ended a millisecond ago.
      const ttlMs = validity === 'expired' ? -1 : settings.tokenTtlMs;
      return { token: issueToken(state, subject, clock.now(), ttlMs) };
    },
    now: () => clock.now(),
    advanceClock: (ms) => refusingBadInput(() => clock.advance(ms)),
    setClock: (ms) => refusingBadInput(() => clock.set(ms)),
    injectFault(spec) {
      if (!Number.isSafeInteger(spec.count) || spec.count < 1) throw new ControlError('ERROR_REQUEST', 'count must be an integer of at least 1');
      // Informational (1xx) statuses cannot end an exchange, so they are no answer to inject.
      if (spec.status !== undefined && (!Number.isInteger(spec.status) || spec.status < 200 || spec.status > 599)) {
        throw new ControlError('ERROR_REQUEST', 'status must be an HTTP status from 200 to 599');
      }
      if (spec.delayMs !== undefined && (!Number.isSafeInteger(spec.delayMs) || spec.delayMs < 0 || spec.delayMs > 60_000)) {
        throw new ControlError('ERROR_REQUEST', 'delayMs must be an integer from 0 to 60000');
      }
      if (spec.status === undefined && spec.code === undefined && (spec.delayMs ?? 0) === 0) {
        throw new ControlError('ERROR_REQUEST', 'a fault needs status, code or delayMs');
      }
      addFault(state, spec);
    },
    setPushMode(mode) {
      state.pushMode = mode;
    },
    recordSignature({ activationId, nonce, createdAtMs = clock.now() }) {
      recordSignature(state, activationId, nonce, createdAtMs);
    },
    state: () => snapshot(runtime),
    exchanges: () => exchangeLog.list(),
    reset() {
      state.clear();
      exchangeLog.clear();
      clock.reset();
    },
  };
}

/** The clock's RangeErrors (naming advanceMs or setMs) as control refusals. */
function refusingBadInput(action: () => number): number {
  try {
    return action();
  } catch (error) {
    if (error instanceof RangeError) throw new ControlError('ERROR_REQUEST', error.message);
    throw error;
  }
}

/** The state without a secret: no token, key, counter data, PAN or CVV. */
function snapshot({ state, clock, settings }: SimulatorRuntime): StateSnapshot {
  return {
    nowMs: clock.now(),
    clock: clock.mode,
    profile: settings.profile,
    pushMode: state.pushMode,
    endUsers: [...state.endUsers.values()].map((endUser) => ({ id: endUser.id, name: endUser.name, createdAt: isoTime(endUser.createdAtMs) })),
    devices: [...state.devices.values()].map((device) => {
      const activation = device.activationId === null ? undefined : state.activations.get(device.activationId);
      return {
        ...scaDeviceView(device),
        endUserId: device.endUserId,
        activationId: activation?.activationId ?? null,
        failedAttempts: activation?.failedAttempts ?? 0,
        counterIndex: activation?.counterIndex ?? 0,
      };
    }),
    cards: [...state.cards.values()].map((card) => ({
      id: card.id,
      endUserId: card.endUserId,
      type: card.type,
      status: card.status,
      maskedPan: maskPan(card.pan),
      label: card.label ?? null,
      createdAt: isoTime(card.createdAtMs),
    })),
    ledgers: [...state.ledgers.values()].map((ledger) => ({
      id: ledger.id,
      endUserId: ledger.endUserId,
      currency: ledger.currency,
      balanceMinor: ledger.balanceMinor,
      createdAt: isoTime(ledger.createdAtMs),
    })),
    faults: state.faults.map((fault) => ({
      operationId: fault.operationId,
      remaining: fault.remaining,
      status: fault.reply?.status ?? null,
      code: fault.reply?.code ?? null,
      delayMs: fault.delayMs,
    })),
  };
}
