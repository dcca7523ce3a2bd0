import { randomBytes } from 'node:crypto';
import type { ErrorCode } from '../../spec/errors/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import type { ClockMode } from './clock.ts';
import type { ExchangeLogEntry } from './exchange-log.ts';
import { addFault, type FaultSpec } from './faults.ts';
import type { SimulatorRuntime } from './runtime.ts';
import type { SimulatorProfile } from './settings.ts';
import { recordSignature } from './signature-provenance.ts';
import { addBeneficiary, addCard, addCardProfile, addEndUser, addLedger, findEndUserByPhone, freePhone, minorUnits } from './records.ts';
import type { CardStatus, CardType, EndUserKind, EndUserRecord, KycStatus, LedgerType, PushMode } from './state.ts';
import { issueToken, issueTokenPair, newOpaqueToken, type TokenLifetimes } from './tokens.ts';
import { beneficiaryView, cardProfileView, isoTime, majorUnits, maskPan, scaDeviceView, type ScaDeviceView } from './views.ts';

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
    /** The body field at fault, when there is one (the error's `details[].field`). */
    readonly field: string = '',
    readonly rejectedValue: unknown = null,
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
  /** The lifetimes the simulator gives bearer and refresh tokens (`--token-ttl`, `--refresh-token-ttl`), in ms. */
  readonly tokenLifetimes: TokenLifetimes;
  readonly profile: SimulatorProfile;
  readonly pushMode: PushMode;
  /** Consumers and corporates, in creation order. */
  readonly endUsers: readonly { id: string; kind: EndUserKind; name: string; kycStatus: KycStatus; createdAt: string }[];
  readonly devices: readonly DeviceSnapshot[];
  /** In creation order. */
  readonly cards: readonly {
    id: string;
    endUserId: string;
    ledgerId: string;
    profileId: string;
    type: CardType;
    status: CardStatus;
    friendlyName: string | null;
    maskedPan: string;
    pinStatus: string;
    createdAt: string;
  }[];
  /** `balance` in major units. */
  readonly ledgers: readonly { id: string; endUserId: string; type: LedgerType; currency: string; balance: number; createdAt: string }[];
  readonly cardProfiles: readonly Record<string, unknown>[];
  readonly beneficiaries: readonly Record<string, unknown>[];
  readonly transactions: readonly { id: string; kind: string; ledgerFromId: string; counterpartId: string; amount: number; createdAt: string }[];
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

export interface EndUserRequest {
  readonly name?: string;
  /** Digits only, no "+"; default a free 336… number. A consumer logs in with it (consumerPhone). */
  readonly phone?: string;
  /** Default a random one, answered. */
  readonly password?: string;
  /** KYC (consumer) or KYB (corporate) status; default VALIDATED. */
  readonly kycStatus?: KycStatus;
}

export interface CreatedEndUser {
  readonly endUserId: string;
  /** An end-user bearer token (JWT) and its refresh token. */
  readonly token: string;
  readonly refreshToken: string;
  readonly phone: string;
  readonly password: string;
}

export interface SceneRequest {
  /** The card's type; default PHYSICAL (fit for the PIN operations). */
  readonly cardType?: CardType;
  /** Default ACTIVE. */
  readonly cardStatus?: CardStatus;
  /** The end user's KYC/KYB status; default VALIDATED. */
  readonly kyc?: KycStatus;
  /** Default consumer. */
  readonly kind?: EndUserKind;
  /** The first ledger's balance in major units; default 1000. */
  readonly balance?: number;
}

/** Everything a probe or a client scenario needs, made in one round trip (no SCA device). */
export interface Scene {
  readonly endUserId: string;
  readonly token: string;
  readonly refreshToken: string;
  readonly consumerPhone: string;
  readonly password: string;
  /** EUR_FRANCE, funded with `balance`. */
  readonly ledgerId: string;
  /** EUR_FRANCE, same end user, empty: the other side of an inter-ledger transaction. */
  readonly secondLedgerId: string;
  /** The physical design. */
  readonly cardDesignId: string;
  readonly physicalCardProfileId: string;
  readonly virtualCardProfileId: string;
  /** The profile of the scene's card. */
  readonly cardProfileId: string;
  /** On `ledgerId`, with a DAILY_MAX_SPEND rule (physical: delivered by FRENCH_MAIL). */
  readonly cardId: string;
  /** A SEPA beneficiary of the end user. */
  readonly beneficiaryId: string;
  /** A KYB-validated corporate (another end user). */
  readonly corporateId: string;
}

export interface SimulatorControl {
  /** A new consumer (KYC VALIDATED unless asked otherwise) with a password, a token pair for them. */
  createConsumer(options?: EndUserRequest): CreatedEndUser;
  /** A new corporate (KYB VALIDATED unless asked otherwise); its tokens come from the answer (no corporate login). */
  createCorporate(options?: EndUserRequest): CreatedEndUser;
  /** createConsumer, under the name the control plane has always had. */
  createEndUser(options?: EndUserRequest): CreatedEndUser;
  /** Sets the KYC (consumer) or KYB (corporate) status of an end user. */
  setKycStatus(request: { endUserId: string; status: KycStatus }): void;
  /** A ledger for an end user: `type` (default EUR_FRANCE), or `currency` EUR/USD/GBP; `balance` in major units (default 0). */
  createLedger(options: { endUserId: string; type?: LedgerType; currency?: string; balance?: number }): { ledgerId: string };
  /** A card profile on the design of `type` (default VIRTUAL), active unless `active: false`. */
  createCardProfile(options?: { type?: CardType; active?: boolean; name?: string }): { cardProfileId: string };
  /** An end user, two ledgers, active physical and virtual card profiles, a card and a beneficiary. */
  createScene(request?: SceneRequest): Scene;
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
  /** Forgets every end user, device, ledger, profile, card, beneficiary, token, fault and exchange; the clock goes back to its start. */
  reset(): void;
}

const MAX_NAME_LENGTH = 255;
const PHONE = /^[0-9]{2,17}$/;
const LEDGER_TYPE_OF_CURRENCY: Readonly<Record<string, LedgerType>> = { EUR: 'EUR_FRANCE', USD: 'USD_USA', GBP: 'GBP_GREAT_BRITAIN' };

export function createControl(runtime: SimulatorRuntime): SimulatorControl {
  const { state, clock, settings, exchangeLog, tokenIssuer } = runtime;
  const requireEndUser = (endUserId: string): EndUserRecord => {
    const endUser = state.endUsers.get(endUserId);
    if (endUser === undefined) throw new ControlError('END_USER_NOT_FOUND', `endUserId: no end user ${endUserId}`, [endUserId], 'endUserId', endUserId);
    return endUser;
  };
  const createEndUserOfKind = (kind: EndUserKind, { name, phone, password, kycStatus = 'VALIDATED' }: EndUserRequest = {}): CreatedEndUser => {
    if (name !== undefined && (name.trim() === '' || name.length > MAX_NAME_LENGTH)) {
      throw new ControlError('ERROR_REQUEST', `name must be a non-empty string of at most ${MAX_NAME_LENGTH} characters`, [], 'name', name);
    }
    if (phone !== undefined && !PHONE.test(phone)) throw new ControlError('ERROR_REQUEST', 'phone must be 2 to 17 digits, no "+"', [], 'phone', phone);
    if (phone !== undefined && findEndUserByPhone(state, phone) !== undefined) {
      throw new ControlError('PHONE_ALREADY_TAKEN', `phone: ${phone} is taken`, [phone], 'phone', phone);
    }
    if (password !== undefined && password.length < 6) throw new ControlError('ERROR_REQUEST', 'password must have at least 6 characters', [], 'password', '******');
    const nowMs = clock.now();
    const displayName = name ?? `${kind === 'consumer' ? 'End user' : 'Corporate'} ${state.endUsers.size + 1}`;
    const endUser = addEndUser(
      state,
      {
        kind,
        name: displayName,
        phone: phone ?? freePhone(state),
        password: password ?? randomBytes(12).toString('base64url'),
        kycStatus,
        // What createConsumer / createCorporate would have been sent, so the reads look alike.
        details: kind === 'consumer' ? { firstName: displayName } : { name: displayName },
      },
      nowMs,
    );
    const pair = issueTokenPair(state, tokenIssuer, { kind: 'end-user', endUserId: endUser.id }, nowMs, settings);
    return { endUserId: endUser.id, token: pair.token, refreshToken: pair.refreshToken, phone: endUser.phone ?? '', password: endUser.password ?? '' };
  };
  const createLedger = ({ endUserId, type, currency, balance = 0 }: { endUserId: string; type?: LedgerType; currency?: string; balance?: number }) => {
    requireEndUser(endUserId);
    const ledgerType = type ?? (currency === undefined ? 'EUR_FRANCE' : LEDGER_TYPE_OF_CURRENCY[currency]);
    if (ledgerType === undefined) throw new ControlError('ERROR_REQUEST', 'currency must be EUR, USD or GBP', [], 'currency', currency);
    const balanceMinor = minorUnits(balance);
    if (balance !== 0 && balanceMinor === undefined) {
      throw new ControlError('ERROR_REQUEST', 'balance must be a non-negative amount with at most two decimals', [], 'balance', balance);
    }
    return { ledgerId: addLedger(state, { endUserId, type: ledgerType, balanceMinor: balanceMinor ?? 0 }, clock.now()).id };
  };
  const createConsumer = (options?: EndUserRequest) => createEndUserOfKind('consumer', options);
  return {
    createConsumer,
    createCorporate: (options) => createEndUserOfKind('corporate', options),
    createEndUser: createConsumer,
    setKycStatus({ endUserId, status }) {
      requireEndUser(endUserId).kycStatus = status;
    },
    createLedger,
    createCardProfile({ type = 'VIRTUAL', active = true, name = `${type === 'PHYSICAL' ? 'Physical' : 'Virtual'} profile` } = {}) {
      return { cardProfileId: addCardProfile(state, { name, cardDesignId: state.designOfType(type).id, active }, clock.now()).id };
    },
    createScene({ cardType = 'PHYSICAL', cardStatus = 'ACTIVE', kyc = 'VALIDATED', kind = 'consumer', balance = 1000 } = {}) {
      const nowMs = clock.now();
      const endUser = createEndUserOfKind(kind, { kycStatus: kyc });
      const corporate = createEndUserOfKind('corporate', { kycStatus: 'VALIDATED' });
      const { ledgerId } = createLedger({ endUserId: endUser.endUserId, balance });
      const { ledgerId: secondLedgerId } = createLedger({ endUserId: endUser.endUserId });
      const physicalDesign = state.designOfType('PHYSICAL');
      const physicalProfile = addCardProfile(state, { name: 'Scene physical profile', cardDesignId: physicalDesign.id, active: true }, nowMs);
      const virtualProfile = addCardProfile(state, { name: 'Scene virtual profile', cardDesignId: state.designOfType('VIRTUAL').id, active: true }, nowMs);
      const cardProfile = cardType === 'PHYSICAL' ? physicalProfile : virtualProfile;
      const ledger = state.ledgers.get(ledgerId);
      if (ledger === undefined) throw new Error('createScene: the ledger vanished');
      const card = addCard(
        state,
        {
          ledger,
          profileId: cardProfile.id,
          type: cardType,
          status: cardStatus,
          ...(cardType === 'PHYSICAL' ? { deliveryMethod: 'FRENCH_MAIL' } : {}),
          rules: [{ type: 'DAILY_MAX_SPEND', value: 500, name: 'Scene daily limit' }],
        },
        nowMs,
      );
      const beneficiary = addBeneficiary(
        state,
        { endUserId: endUser.endUserId, type: 'PERSON', name: 'Jane Doe', bankingDetails: { iban: 'FR7630006000011234567890189', bic: 'AGRIFRPPXXX' } },
        nowMs,
      );
      return {
        endUserId: endUser.endUserId,
        token: endUser.token,
        refreshToken: endUser.refreshToken,
        consumerPhone: endUser.phone,
        password: endUser.password,
        ledgerId,
        secondLedgerId,
        cardDesignId: physicalDesign.id,
        physicalCardProfileId: physicalProfile.id,
        virtualCardProfileId: virtualProfile.id,
        cardProfileId: cardProfile.id,
        cardId: card.id,
        beneficiaryId: beneficiary.id,
        corporateId: corporate.endUserId,
      };
    },
    issueToken({ kind, endUserId, validity = 'valid' }) {
      if (validity === 'malformed') return { token: `not a token ${newOpaqueToken()}` };
      if (kind === 'end-user') {
        if (endUserId === undefined) throw new ControlError('ERROR_REQUEST', 'endUserId is required for an end-user token', [], 'endUserId', null);
        requireEndUser(endUserId);
      }
      const subject = kind === 'partner' || endUserId === undefined ? { kind: 'partner' as const } : { kind: 'end-user' as const, endUserId };
      // An expired token is a real one whose lifetime ended when it was issued.
      const ttlMs = validity === 'expired' ? 0 : settings.tokenTtlMs;
      return { token: issueToken(state, tokenIssuer, subject, clock.now(), ttlMs) };
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

/** The state without a secret: no token, password, key, counter data, PAN, PIN or CVV. */
function snapshot({ state, clock, settings }: SimulatorRuntime): StateSnapshot {
  return {
    nowMs: clock.now(),
    clock: clock.mode,
    tokenLifetimes: { tokenTtlMs: settings.tokenTtlMs, refreshTokenTtlMs: settings.refreshTokenTtlMs },
    profile: settings.profile,
    pushMode: state.pushMode,
    endUsers: [...state.endUsers.values()].map((endUser) => ({
      id: endUser.id,
      kind: endUser.kind,
      name: endUser.name,
      kycStatus: endUser.kycStatus,
      createdAt: isoTime(endUser.createdAtMs),
    })),
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
      ledgerId: card.ledgerId,
      profileId: card.profileId,
      type: card.type,
      status: card.status,
      friendlyName: card.friendlyName ?? null,
      maskedPan: maskPan(card.pan),
      pinStatus: card.pinStatus,
      createdAt: isoTime(card.createdAtMs),
    })),
    ledgers: [...state.ledgers.values()].map((ledger) => ({
      id: ledger.id,
      endUserId: ledger.endUserId,
      type: ledger.type,
      currency: ledger.currency,
      balance: majorUnits(ledger.balanceMinor),
      createdAt: isoTime(ledger.createdAtMs),
    })),
    cardProfiles: [...state.cardProfiles.values()].map((profile) => cardProfileView(profile, state)),
    beneficiaries: [...state.beneficiaries.values()].map(beneficiaryView),
    transactions: [...state.transactions.values()].map((transaction) => ({
      id: transaction.id,
      kind: transaction.kind,
      ledgerFromId: transaction.ledgerFromId,
      counterpartId: transaction.counterpartId,
      amount: majorUnits(transaction.amountMinor),
      createdAt: isoTime(transaction.createdAtMs),
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
