import type fc from 'fast-check';
import type { SignatureFacts } from '../../../spec/expectations/index.ts';
import type { RequirementId } from '../../../spec/requirements/index.ts';
import { FAILED_ATTEMPTS_TO_BLOCK, WRONG_PIN } from '../fixtures/device.ts';
import { planRequest, sendAsPlanned, signatureFactsOf, signPlanned } from '../fixtures/requests.ts';
import { dataSigningHeaders } from '../fixtures/signing.ts';
import { HarnessError } from '../harness-error.ts';
import { predictFor, scaCaseFor } from '../sca-case.ts';
import { expectAnswer } from './expect.ts';
import { ModelMismatch, pick, pickDevice, sceneFacts, type LifecycleModel, type LifecycleReal, type ModelDevice, type ModelStatus } from './model.ts';

// Using and ending a device: sign a card, block it with wrong PINs, delete it, and read the end
// user's device list (the consumer's scaDevices, an inferred field) back against the model.

type LifecycleCommand = fc.AsyncCommand<LifecycleModel, LifecycleReal>;

const SIGNING_DEVICE: Readonly<Record<ModelStatus, SignatureFacts['device']>> = {
  ACTIVE: 'own-active',
  PENDING_ACTIVATION: 'own-pending',
  BLOCKED: 'own-blocked',
  REMOVED: 'own-removed',
};

/** createCard signed by the device at `index` (with `pin`), asserted against the expectation model. */
async function signCard(model: LifecycleModel, real: LifecycleReal, index: number, command: string, pin?: string): Promise<void> {
  const device = model.devices[index];
  const virtual = real.devices[index]?.virtual;
  if (device === undefined || virtual === undefined) throw new HarnessError(`${command}: the device has no SDK activation`);
  const { session } = real;
  const planned = planRequest(session, real.scene, 'createCard');
  const signed = await signPlanned(session, virtual, planned, pin === undefined ? {} : { pin });
  const exchange = await sendAsPlanned(session, real.scene, planned, dataSigningHeaders(signed.header));
  const facts = signatureFactsOf(session.context, 'possession_knowledge', { device: SIGNING_DEVICE[device.status], ...(pin === undefined ? {} : { counter: 'wrong-key' }) });
  const scaCase = scaCaseFor(session.context, sceneFacts(model), { operationId: 'createCard', strategy: 'DATA_SIGNING', signature: { present: true, wellFormed: true, facts } });
  expectAnswer(real, command, exchange, predictFor(session.context, scaCase));
}

export class SignCommand implements LifecycleCommand {
  constructor(readonly slot: number) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return pick(model, this.slot, (device) => device.sdk) !== undefined;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const index = pick(model, this.slot, (device) => device.sdk);
    if (index === undefined) throw new HarnessError(`${this.toString()}: no device`);
    await signCard(model, real, index, this.toString());
  }

  toString(): string {
    return `sign(slot ${this.slot})`;
  }
}

export class BlockCommand implements LifecycleCommand {
  constructor(readonly slot: number) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return pick(model, this.slot, isUsable) !== undefined;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const { index, device } = pickDevice(model, real, this.slot, isUsable, this.toString());
    for (let attempt = 1; attempt <= FAILED_ATTEMPTS_TO_BLOCK; attempt++) {
      await signCard(model, real, index, `${this.toString()} wrong PIN ${attempt}`, WRONG_PIN);
    }
    device.status = 'BLOCKED';
  }

  toString(): string {
    return `block(slot ${this.slot})`;
  }
}

export class DeleteCommand implements LifecycleCommand {
  constructor(readonly slot: number) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return model.devices.length > 0;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const { device, target } = pickDevice(model, real, this.slot, () => true, this.toString());
    const { session } = real;
    const exchange = await session.call('deleteScaDevice', { pathParams: { scaDeviceId: target.registration.scaDeviceId }, token: real.partnerToken });
    const scaCase = scaCaseFor(session.context, sceneFacts(model), { operationId: 'deleteScaDevice', resourceExists: device.status !== 'REMOVED' });
    expectAnswer(real, this.toString(), exchange, predictFor(session.context, scaCase), ['SCA-DEV-014']);
    device.status = 'REMOVED';
  }

  toString(): string {
    return `delete(slot ${this.slot})`;
  }
}

// What the end user's device list must show for each model status.
const STATUS_REQUIREMENTS: Readonly<Record<ModelStatus, readonly RequirementId[]>> = {
  PENDING_ACTIVATION: ['SCA-DEV-004', 'SCA-DEV-001'],
  ACTIVE: ['SCA-DEV-004', 'SCA-DEV-005', 'SCA-DEV-008'],
  BLOCKED: ['SCA-DEV-004', 'SCA-DEV-015'],
  REMOVED: ['SCA-DEV-004', 'SCA-DEV-014'],
};

export class ReadDevicesCommand implements LifecycleCommand {
  check(): boolean {
    return true;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const { session } = real;
    const exchange = await sendAsPlanned(session, real.scene, planRequest(session, real.scene, 'getConsumer'));
    expectAnswer(real, this.toString(), exchange, predictFor(session.context, scaCaseFor(session.context, sceneFacts(model), { operationId: 'getConsumer' })));
    const listed = listedStatuses(exchange.response.body);
    for (const [index, device] of model.devices.entries()) {
      const id = real.devices[index]?.registration.scaDeviceId ?? '';
      const status = listed.get(id);
      if (status !== device.status) {
        throw new ModelMismatch(this.toString(), `device ${id} listed as ${device.status} (listed: ${status ?? 'absent'})`, exchange, STATUS_REQUIREMENTS[device.status], `LIFECYCLE-LISTED-${device.status}`);
      }
    }
  }

  toString(): string {
    return 'read-devices';
  }
}

function isUsable(device: ModelDevice): boolean {
  return device.status === 'ACTIVE' && device.sdk;
}

/** scaDeviceId -> status of a consumer body's scaDevices (what the schema check does not judge). */
function listedStatuses(body: unknown): Map<string, string> {
  const devices = typeof body === 'object' && body !== null && 'scaDevices' in body && Array.isArray(body.scaDevices) ? body.scaDevices : [];
  return new Map(
    devices.flatMap((device: unknown) =>
      typeof device === 'object' && device !== null && 'id' in device && 'status' in device && typeof device.id === 'string' && typeof device.status === 'string'
        ? [[device.id, device.status] as const]
        : [],
    ),
  );
}
