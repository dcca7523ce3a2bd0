import type {
  BeneficiaryRecord,
  CardDesignRecord,
  CardProfileRecord,
  CardRecord,
  EndUserRecord,
  ScaDeviceRecord,
  ScaDeviceStatus,
  ScaFactor,
  SimulatorState,
} from './state.ts';

// State records as the OpenAPI document shapes them (components/schemas), dates on the simulator
// clock in ISO 8601. Field names follow the vendor's where its reference shows them; the rest is
// inferred (docs/decisions.md, "The simulator").

export function isoTime(ms: number): string {
  return new Date(ms).toISOString();
}

export interface ScaDeviceView {
  readonly id: string;
  readonly status: ScaDeviceStatus;
  readonly name: string | null;
  readonly platform: string | null;
  readonly factors: readonly ScaFactor[];
  readonly createdAt: string;
  readonly activatedAt: string | null;
}

export function scaDeviceView(device: ScaDeviceRecord): ScaDeviceView {
  return {
    id: device.id,
    status: device.status,
    name: device.name,
    platform: device.platform,
    factors: [...device.factors],
    createdAt: isoTime(device.createdAtMs),
    // A delayed activation under way (device-activation.ts) holds its due time: not activated yet.
    activatedAt: device.activatedAtMs === null || device.status === 'PENDING_ACTIVATION' ? null : isoTime(device.activatedAtMs),
  };
}

/** getConsumer / getCorporate: the body fields sent at creation, the status, KYC and (inferred) devices. */
export function endUserView(endUser: EndUserRecord, devices: readonly ScaDeviceRecord[]): Record<string, unknown> {
  const kyc = { status: endUser.kycStatus };
  return {
    ...endUser.details,
    id: endUser.id,
    status: 'ACTIVE',
    ...(endUser.kind === 'consumer' ? { kycInfo: kyc } : { kybInfo: kyc }),
    creationDate: isoTime(endUser.createdAtMs),
    scaDevices: devices.map((device) => ({ ...scaDeviceView(device), factors: device.factors.map((factor) => API_FACTOR[factor]) })),
  };
}

/** The document's factor names (1.78: PIN is the SDK PIN), for the simulator's PowerAuth ones. */
const API_FACTOR: Readonly<Record<ScaFactor, 'PIN' | 'BIOMETRY'>> = { KNOWLEDGE: 'PIN', BIOMETRY: 'BIOMETRY' };

/** getCard: the vendor's CardInfoResponseDto_Partner fields the simulator knows. */
export function cardView(card: CardRecord, state: SimulatorState): Record<string, unknown> {
  const profile = state.cardProfiles.get(card.profileId);
  const ledger = state.ledgers.get(card.ledgerId);
  return {
    id: card.id,
    endUserId: card.endUserId,
    ledgerId: card.ledgerId,
    profile: { id: card.profileId, name: profile?.name ?? '' },
    type: card.type,
    scheme: 'MASTERCARD',
    ...(ledger === undefined ? {} : { currency: ledger.currency }),
    status: { value: card.status },
    nameOnCard: card.nameOnCard,
    ...(card.friendlyName === undefined ? {} : { friendlyName: card.friendlyName }),
    ...(card.deliveryMethod === undefined ? {} : { deliveryMethod: card.deliveryMethod }),
    truncatedPan: card.pan.slice(-4),
    expiryDate: card.expiryDate,
    pinStatus: card.pinStatus,
    rules: [...card.rules.values()].map((rule) => ({ type: rule.type, value: rule.value, ...(rule.name === undefined ? {} : { name: rule.name }) })),
    creationDate: isoTime(card.createdAtMs),
  };
}

export function cardDesignView(design: CardDesignRecord): Record<string, unknown> {
  return { id: design.id, name: design.name, type: design.type };
}

export function cardProfileView(profile: CardProfileRecord, state: SimulatorState): Record<string, unknown> {
  const design = state.cardDesigns.get(profile.cardDesignId);
  return {
    id: profile.id,
    name: profile.name,
    cardDesignId: profile.cardDesignId,
    ...(design === undefined ? {} : { type: design.type }),
    active: profile.active,
    creationDate: isoTime(profile.createdAtMs),
  };
}

export function beneficiaryView(beneficiary: BeneficiaryRecord): Record<string, unknown> {
  return {
    id: beneficiary.id,
    endUserId: beneficiary.endUserId,
    type: beneficiary.type,
    name: beneficiary.name,
    bankingDetails: beneficiary.bankingDetails,
    status: 'ACTIVE',
    creationDate: isoTime(beneficiary.createdAtMs),
  };
}

/** Balances are shown in major units (the `amount` convention): 1234 minor units -> 12.34. */
export function majorUnits(minor: number): number {
  return minor / 100;
}

/** First 6 and last 4 digits kept, as card schemes allow. */
export function maskPan(pan: string): string {
  return `${pan.slice(0, 6)}${'*'.repeat(pan.length - 10)}${pan.slice(-4)}`;
}

/** The vendor's paged list: `{content, totalElements, page, pageSize}`; page from 0, default size 20. */
export function pagedView<T>(items: readonly T[], query: URLSearchParams, view: (item: T) => unknown): Record<string, unknown> {
  const page = nonNegativeInteger(query.get('page')) ?? 0;
  const pageSize = nonNegativeInteger(query.get('pageSize')) ?? DEFAULT_PAGE_SIZE;
  const start = page * pageSize;
  return { content: items.slice(start, start + pageSize).map(view), totalElements: items.length, page, pageSize };
}

const DEFAULT_PAGE_SIZE = 20;

function nonNegativeInteger(text: string | null): number | undefined {
  if (text === null || !/^\d{1,6}$/.test(text)) return undefined;
  return Number(text);
}
