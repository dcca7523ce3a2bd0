import type { ErrorCode } from '../../spec/errors/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { SignatureKeys } from '../../spec/powerauth/index.ts';

// Everything the simulator remembers, in plain maps. Node runs one request's synchronous code to
// the end before another's, so a mutation made without an `await` in the middle is atomic: the
// request pipeline reads the body first and then evaluates and mutates state synchronously.

export type ScaDeviceStatus = 'PENDING_ACTIVATION' | 'ACTIVE' | 'BLOCKED' | 'REMOVED';
export type ScaFactor = 'KNOWLEDGE' | 'BIOMETRY';
export const SCA_FACTORS: readonly ScaFactor[] = ['KNOWLEDGE', 'BIOMETRY'];
export type PushMode = 'off' | 'approve' | 'decline' | 'timeout';
export const PUSH_MODES: readonly PushMode[] = ['off', 'approve', 'decline', 'timeout'];

export interface PartnerCredentials {
  readonly partnerName: string;
  readonly username: string;
  readonly password: string;
}

export type TokenSubject = { readonly kind: 'partner' } | { readonly kind: 'end-user'; readonly endUserId: string };

export interface TokenRecord {
  readonly subject: TokenSubject;
  readonly expiresAtMs: number;
}

export interface EndUserRecord {
  readonly id: string;
  readonly name: string;
  readonly createdAtMs: number;
}

export interface ScaDeviceRecord {
  readonly id: string;
  readonly endUserId: string;
  status: ScaDeviceStatus;
  /** The code the SDK activates with (once: a device has at most one activation). */
  readonly activationCode: string;
  /** The PowerAuth activation made by the SDK exchange; null before it. */
  activationId: string | null;
  /** From the SDK exchange (null before it): activationName, platform and the onboarded factors. */
  name: string | null;
  platform: string | null;
  factors: ScaFactor[];
  readonly createdAtMs: number;
  activatedAtMs: number | null;
}

/** The server half of a PowerAuth activation. */
export interface ActivationRecord {
  readonly activationId: string;
  readonly scaDeviceId: string;
  readonly endUserId: string;
  readonly signatureKeys: SignatureKeys;
  /** CTR_DATA the next signature is expected at. */
  counterData: Buffer;
  /** How many signatures advanced the counter: never goes down. */
  counterIndex: number;
  failedAttempts: number;
}

export interface CardRecord {
  readonly id: string;
  readonly endUserId: string;
  readonly type: 'VIRTUAL' | 'PHYSICAL';
  readonly status: 'ACTIVE';
  readonly label: string | undefined;
  readonly pan: string;
  readonly cvv: string;
  /** MM/YY. */
  readonly expiryDate: string;
  readonly createdAtMs: number;
}

/** A minimal account held for future operations; no documented LinkCy operation reads it yet. */
export interface LedgerRecord {
  readonly id: string;
  readonly endUserId: string;
  readonly currency: string;
  readonly balanceMinor: number;
  readonly createdAtMs: number;
}

export interface FaultRecord {
  readonly operationId: OperationId;
  remaining: number;
  /** Set with `code`, or neither when the fault only delays. */
  readonly reply: { readonly status: number; readonly code: ErrorCode } | undefined;
  readonly delayMs: number;
}

export class SimulatorState {
  readonly tokens = new Map<string, TokenRecord>();
  /** Refresh token -> expiry; a refresh token is used once (rotated by refreshToken). */
  readonly refreshTokens = new Map<string, number>();
  readonly endUsers = new Map<string, EndUserRecord>();
  readonly devices = new Map<string, ScaDeviceRecord>();
  readonly activations = new Map<string, ActivationRecord>();
  readonly cards = new Map<string, CardRecord>();
  readonly ledgers = new Map<string, LedgerRecord>();
  /** `activationId|nonce` -> creation time of a signature a virtual device reported. */
  readonly signatureRecords = new Map<string, number>();
  faults: FaultRecord[] = [];
  pushMode: PushMode = 'off';

  clear(): void {
    this.tokens.clear();
    this.refreshTokens.clear();
    this.endUsers.clear();
    this.devices.clear();
    this.activations.clear();
    this.cards.clear();
    this.ledgers.clear();
    this.signatureRecords.clear();
    this.faults = [];
    this.pushMode = 'off';
  }

  devicesOf(endUserId: string): ScaDeviceRecord[] {
    return [...this.devices.values()].filter((device) => device.endUserId === endUserId);
  }
}
