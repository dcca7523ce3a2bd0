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

/** A bearer token (a JWT) the simulator issued, by its `jti`: reset forgets them all. */
export interface TokenRecord {
  readonly subject: TokenSubject;
  /** `exp` of the JWT, in ms: the token is refused from this instant on. */
  readonly expiresAtMs: number;
}

/** A refresh token (opaque, single use), with whom the bearer tokens it yields are for. */
export interface RefreshTokenRecord {
  readonly subject: TokenSubject;
  readonly expiresAtMs: number;
}

export type EndUserKind = 'consumer' | 'corporate';
/** KYC (consumers) or KYB (corporates) status; the values are ours (docs/decisions.md). */
export type KycStatus = 'NOT_STARTED' | 'PENDING' | 'VALIDATED' | 'REFUSED';
export const KYC_STATUSES: readonly KycStatus[] = ['NOT_STARTED', 'PENDING', 'VALIDATED', 'REFUSED'];

/** A consumer or a corporate: the end users SCA devices, ledgers, cards and beneficiaries belong to. */
export interface EndUserRecord {
  readonly id: string;
  readonly kind: EndUserKind;
  /** Display name: first and last name of a consumer, the corporate's name. */
  readonly name: string;
  /** Digits only, no "+" (the vendor's consumerPhone pattern); the login of a consumer. */
  readonly phone: string | undefined;
  /** Null: no password set, so the end user cannot log in (only control-plane end users have one). */
  readonly password: string | null;
  kycStatus: KycStatus;
  /** The body fields of createConsumer/createCorporate the view echoes back. */
  readonly details: Readonly<Record<string, unknown>>;
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
/** What the PSD2 exemptions read about an end user (sca-history.ts). */
export interface ScaHistoryRecord {
  lastScaAtMs: number | null;
  exemptAmountSinceSca: number;
  exemptCountSinceSca: number;
}

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

export type CardType = 'PHYSICAL' | 'VIRTUAL';
export const CARD_TYPES: readonly CardType[] = ['PHYSICAL', 'VIRTUAL'];
/** The vendor's card status values (status.value at 1.114.5) the simulator uses. */
export type CardStatus = 'ACTIVE' | 'INACTIVE' | 'SUSPENDED' | 'CLOSED';
export const CARD_STATUSES: readonly CardStatus[] = ['ACTIVE', 'INACTIVE', 'SUSPENDED', 'CLOSED'];
/** G-PIN: LOCKED -> WAINTING_ONLINE_TRANSACTION (sic) -> UNLOCKED. */
export type PinStatus = 'UNLOCKED' | 'LOCKED' | 'WAINTING_ONLINE_TRANSACTION';
/** G-PIN: three tries. */
export const PIN_TRIES = 3;

export interface CardDesignRecord {
  readonly id: string;
  readonly name: string;
  readonly type: CardType;
}

export interface CardProfileRecord {
  readonly id: string;
  readonly name: string;
  readonly cardDesignId: string;
  active: boolean;
  readonly createdAtMs: number;
}

export interface CardRuleRecord {
  readonly type: string;
  readonly value: unknown;
  readonly name: string | undefined;
}

export interface CardRecord {
  readonly id: string;
  readonly endUserId: string;
  readonly ledgerId: string;
  readonly profileId: string;
  readonly type: CardType;
  status: CardStatus;
  readonly nameOnCard: string;
  readonly friendlyName: string | undefined;
  readonly deliveryMethod: string | undefined;
  readonly pan: string;
  readonly pin: string;
  pinStatus: PinStatus;
  pinTriesLeft: number;
  /** By rule type: at most one rule per type. */
  readonly rules: Map<string, CardRuleRecord>;
  /** YYYY-MM-DD, the last day of the expiry month. */
  readonly expiryDate: string;
  readonly createdAtMs: number;
}

/** The 1.114.5 ledger types (P-CARD-L9). */
export const LEDGER_TYPES = ['EUR_BELGIUM', 'EUR_FRANCE', 'EUR_ESTONIA', 'EUR_LITHUANIA', 'USD_USA', 'GBP_GREAT_BRITAIN', 'EUR_BG'] as const;
export type LedgerType = (typeof LEDGER_TYPES)[number];

export interface LedgerRecord {
  readonly id: string;
  readonly endUserId: string;
  readonly type: LedgerType;
  readonly currency: string;
  readonly friendlyName: string | undefined;
  /** A virtual ledger's parent (OAS178 `parentLedgerId`); null for a ledger of its own. */
  readonly parentLedgerId: string | null;
  /** In minor units (cents): amounts are numbers in major units with at most two decimals. */
  balanceMinor: number;
  readonly createdAtMs: number;
}

export interface BeneficiaryRecord {
  readonly id: string;
  readonly endUserId: string;
  readonly type: string;
  readonly name: string;
  readonly bankingDetails: Readonly<Record<string, unknown>>;
  readonly createdAtMs: number;
}

export interface CryptoBeneficiaryRecord {
  readonly id: string;
  readonly endUserId: string;
  /** The request body as validated (its shape is inferred: docs/decisions.md). */
  readonly details: Readonly<Record<string, unknown>>;
  readonly createdAtMs: number;
}

export interface TransactionRecord {
  readonly id: string;
  readonly kind: 'beneficiary' | 'inter-ledger';
  readonly ledgerFromId: string;
  /** The beneficiary paid, or the ledger credited. */
  readonly counterpartId: string;
  readonly amountMinor: number;
  readonly reference: string | undefined;
  readonly createdAtMs: number;
}

export interface FaultRecord {
  readonly operationId: OperationId;
  remaining: number;
  /** Set with `code`, or neither when the fault only delays. */
  readonly reply: { readonly status: number; readonly code: ErrorCode } | undefined;
  readonly delayMs: number;
}

/** Fixed ids, so a client can hard-code them as it would a sandbox's designs. */
export const DEFAULT_CARD_DESIGNS: readonly CardDesignRecord[] = [
  { id: '0c0a7f3e-5c1d-4d6e-9b1a-000000000001', name: 'Simulator physical design', type: 'PHYSICAL' },
  { id: '0c0a7f3e-5c1d-4d6e-9b1a-000000000002', name: 'Simulator virtual design', type: 'VIRTUAL' },
];

export class SimulatorState {
  /** JWT id (`jti`) -> what the token is for. */
  readonly tokens = new Map<string, TokenRecord>();
  /** A refresh token is used once (rotated by refreshToken). */
  readonly refreshTokens = new Map<string, RefreshTokenRecord>();
  readonly endUsers = new Map<string, EndUserRecord>();
  readonly devices = new Map<string, ScaDeviceRecord>();
  readonly activations = new Map<string, ActivationRecord>();
  /** Fixed for the simulator's lifetime (reset keeps them): one PHYSICAL, one VIRTUAL. */
  readonly cardDesigns: ReadonlyMap<string, CardDesignRecord>;
  readonly cardProfiles = new Map<string, CardProfileRecord>();
  readonly cards = new Map<string, CardRecord>();
  readonly ledgers = new Map<string, LedgerRecord>();
  readonly beneficiaries = new Map<string, BeneficiaryRecord>();
  readonly cryptoBeneficiaries = new Map<string, CryptoBeneficiaryRecord>();
  readonly transactions = new Map<string, TransactionRecord>();
  /** `activationId|nonce` -> creation time of a signature a virtual device reported. */
  readonly signatureRecords = new Map<string, number>();
  /** End user id -> what happened since their last SCA (sca-history.ts; the PSD2 exemptions read it). */
  readonly scaHistory = new Map<string, ScaHistoryRecord>();
  /** Beneficiaries added with SCA performed: trusted under the RTS art. 13 exemption. */
  readonly trustedBeneficiaries = new Set<string>();
  faults: FaultRecord[] = [];
  pushMode: PushMode = 'off';

  constructor(cardDesigns: readonly CardDesignRecord[] = DEFAULT_CARD_DESIGNS) {
    this.cardDesigns = new Map(cardDesigns.map((design) => [design.id, design]));
  }

  clear(): void {
    this.tokens.clear();
    this.refreshTokens.clear();
    this.endUsers.clear();
    this.devices.clear();
    this.activations.clear();
    this.cardProfiles.clear();
    this.cards.clear();
    this.ledgers.clear();
    this.beneficiaries.clear();
    this.cryptoBeneficiaries.clear();
    this.transactions.clear();
    this.signatureRecords.clear();
    this.scaHistory.clear();
    this.trustedBeneficiaries.clear();
    this.faults = [];
    this.pushMode = 'off';
  }

  /** The card design of a type: the simulator has exactly one of each. */
  designOfType(type: CardType): CardDesignRecord {
    const design = [...this.cardDesigns.values()].find((candidate) => candidate.type === type);
    if (design === undefined) throw new Error(`no ${type} card design`);
    return design;
  }

  devicesOf(endUserId: string): ScaDeviceRecord[] {
    return [...this.devices.values()].filter((device) => device.endUserId === endUserId);
  }
}
