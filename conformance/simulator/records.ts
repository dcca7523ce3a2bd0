import { randomInt, randomUUID } from 'node:crypto';
import type {
  BeneficiaryRecord,
  CardProfileRecord,
  CardRecord,
  CardRuleRecord,
  CardStatus,
  CardType,
  EndUserKind,
  EndUserRecord,
  KycStatus,
  LedgerRecord,
  LedgerType,
  SimulatorState,
} from './state.ts';
import { PIN_TRIES } from './state.ts';

// Making records, shared by the operation handlers and the control plane so an end user, ledger
// or card made either way is the same thing.

/** A test BIN: the PANs are Luhn-valid but belong to no scheme's live range. */
const TEST_BIN = '535522';
const CARD_VALIDITY_YEARS = 3;
/** The ledger types and the currency each holds. */
const CURRENCY_OF_LEDGER_TYPE: Readonly<Record<LedgerType, string>> = {
  EUR_BELGIUM: 'EUR',
  EUR_FRANCE: 'EUR',
  EUR_ESTONIA: 'EUR',
  EUR_LITHUANIA: 'EUR',
  EUR_BG: 'EUR',
  USD_USA: 'USD',
  GBP_GREAT_BRITAIN: 'GBP',
};

export interface NewEndUser {
  readonly kind: EndUserKind;
  readonly name: string;
  readonly phone?: string;
  readonly password?: string;
  readonly kycStatus: KycStatus;
  readonly details?: Readonly<Record<string, unknown>>;
}

export function addEndUser(state: SimulatorState, spec: NewEndUser, nowMs: number): EndUserRecord {
  const endUser: EndUserRecord = {
    id: randomUUID(),
    kind: spec.kind,
    name: spec.name,
    phone: spec.phone,
    password: spec.password ?? null,
    kycStatus: spec.kycStatus,
    details: spec.details ?? {},
    createdAtMs: nowMs,
  };
  state.endUsers.set(endUser.id, endUser);
  return endUser;
}

/** A phone number no end user has: 33 then 9 digits (the vendor's pattern: digits, no "+"). */
export function freePhone(state: SimulatorState): string {
  const taken = new Set([...state.endUsers.values()].map((endUser) => endUser.phone));
  for (;;) {
    const phone = `336${randomDigits(8)}`;
    if (!taken.has(phone)) return phone;
  }
}

export function findEndUserByPhone(state: SimulatorState, phone: string): EndUserRecord | undefined {
  return [...state.endUsers.values()].find((endUser) => endUser.phone === phone);
}

export function addLedger(
  state: SimulatorState,
  spec: { endUserId: string; type: LedgerType; friendlyName?: string; parentLedgerId?: string; balanceMinor?: number },
  nowMs: number,
): LedgerRecord {
  const ledger: LedgerRecord = {
    id: randomUUID(),
    endUserId: spec.endUserId,
    type: spec.type,
    currency: CURRENCY_OF_LEDGER_TYPE[spec.type],
    friendlyName: spec.friendlyName,
    parentLedgerId: spec.parentLedgerId ?? null,
    balanceMinor: spec.balanceMinor ?? 0,
    createdAtMs: nowMs,
  };
  state.ledgers.set(ledger.id, ledger);
  return ledger;
}

export function addCardProfile(state: SimulatorState, spec: { name: string; cardDesignId: string; active: boolean }, nowMs: number): CardProfileRecord {
  const profile: CardProfileRecord = { id: randomUUID(), ...spec, createdAtMs: nowMs };
  state.cardProfiles.set(profile.id, profile);
  return profile;
}

export interface NewCard {
  readonly ledger: LedgerRecord;
  readonly profileId: string;
  readonly type: CardType;
  readonly status?: CardStatus;
  readonly nameOnCard?: string;
  readonly friendlyName?: string;
  readonly deliveryMethod?: string;
  readonly rules?: readonly CardRuleRecord[];
}

/** Default name on card: the vendor's default is "FIRSTNAME LASTNAME" of the cardholder. */
export function addCard(state: SimulatorState, spec: NewCard, nowMs: number): CardRecord {
  const expiry = new Date(nowMs);
  // The last day of the expiry month: day 0 of the month after.
  const lastDay = new Date(Date.UTC(expiry.getUTCFullYear() + CARD_VALIDITY_YEARS, expiry.getUTCMonth() + 1, 0));
  const holder = state.endUsers.get(spec.ledger.endUserId)?.name ?? 'CARD HOLDER';
  const card: CardRecord = {
    id: randomUUID(),
    endUserId: spec.ledger.endUserId,
    ledgerId: spec.ledger.id,
    profileId: spec.profileId,
    type: spec.type,
    status: spec.status ?? 'ACTIVE',
    nameOnCard: spec.nameOnCard ?? nameOnCardOf(holder),
    friendlyName: spec.friendlyName,
    deliveryMethod: spec.deliveryMethod,
    pan: luhnComplete(TEST_BIN + randomDigits(9)),
    pin: randomDigits(4),
    pinStatus: 'UNLOCKED',
    pinTriesLeft: PIN_TRIES,
    rules: new Map((spec.rules ?? []).map((rule) => [rule.type, rule])),
    expiryDate: lastDay.toISOString().slice(0, 10),
    createdAtMs: nowMs,
  };
  state.cards.set(card.id, card);
  return card;
}

export function addBeneficiary(
  state: SimulatorState,
  spec: { endUserId: string; type: string; name: string; bankingDetails: Readonly<Record<string, unknown>> },
  nowMs: number,
): BeneficiaryRecord {
  const beneficiary: BeneficiaryRecord = { id: randomUUID(), ...spec, createdAtMs: nowMs };
  state.beneficiaries.set(beneficiary.id, beneficiary);
  return beneficiary;
}

/** The vendor's nameOnCard pattern `^[A-Z\s]{1,21}$`, made from a display name. */
function nameOnCardOf(name: string): string {
  const upper = name
    .normalize('NFD')
    .replace(/[^A-Za-z\s]/g, '')
    .toUpperCase()
    .trim()
    .slice(0, 21)
    .trim();
  return upper === '' ? 'CARD HOLDER' : upper;
}

function randomDigits(count: number): string {
  return Array.from({ length: count }, () => String(randomInt(10))).join('');
}

/** `partial` followed by its Luhn check digit. */
function luhnComplete(partial: string): string {
  let sum = 0;
  for (const [index, char] of [...partial].reverse().entries()) {
    const digit = Number(char);
    const doubled = index % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return partial + String((10 - (sum % 10)) % 10);
}

/** A JSON amount in major units (at most two decimals) in minor units, or undefined when it is not one. */
export function minorUnits(amount: number): number | undefined {
  const minor = Math.round(amount * 100);
  if (!Number.isSafeInteger(minor) || minor <= 0 || Math.abs(minor - amount * 100) > 1e-6) return undefined;
  return minor;
}
