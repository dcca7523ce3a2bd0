// The state the lifecycle model keeps of the case's end users and their devices: recorded in each
// step (observation.ts) and moved on by model.ts.

export type ModelStatus = 'PENDING_ACTIVATION' | 'ACTIVE' | 'BLOCKED' | 'REMOVED';

export interface ModelDevice {
  /** The scaDeviceId the target gave at registration. */
  readonly id: string;
  readonly status: ModelStatus;
  /** The SDK activation (PowerAuth exchange) happened. */
  readonly sdk: boolean;
  readonly biometry: boolean;
  /** Wrong-PIN signatures since its last accepted one (PowerAuth blocks at fixtures/device.ts FAILED_ATTEMPTS_TO_BLOCK). */
  readonly failedAttempts: number;
}

export interface LifecycleState {
  /** Per end user of the case, their devices in registration order. */
  readonly users: readonly (readonly ModelDevice[])[];
}

/** A device of the case: the end user it belongs to and its index in their registration order. */
export interface DeviceRef {
  readonly user: number;
  readonly index: number;
}
