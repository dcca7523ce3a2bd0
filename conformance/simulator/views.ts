import type { CardRecord, EndUserRecord, ScaDeviceRecord, ScaDeviceStatus, ScaFactor } from './state.ts';

// State records as the OpenAPI document shapes them (components/schemas), dates on the simulator
// clock in ISO 8601.

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
    activatedAt: device.activatedAtMs === null ? null : isoTime(device.activatedAtMs),
  };
}

export function endUserView(endUser: EndUserRecord, devices: readonly ScaDeviceRecord[]): Record<string, unknown> {
  return { id: endUser.id, name: endUser.name, createdAt: isoTime(endUser.createdAtMs), scaDevices: devices.map(scaDeviceView) };
}

export function cardView(card: CardRecord): Record<string, unknown> {
  return {
    id: card.id,
    endUserId: card.endUserId,
    type: card.type,
    status: card.status,
    maskedPan: maskPan(card.pan),
    ...(card.label === undefined ? {} : { label: card.label }),
    createdAt: isoTime(card.createdAtMs),
  };
}

/** First 6 and last 4 digits kept, as card schemes allow. */
export function maskPan(pan: string): string {
  return `${pan.slice(0, 6)}${'*'.repeat(pan.length - 10)}${pan.slice(-4)}`;
}
