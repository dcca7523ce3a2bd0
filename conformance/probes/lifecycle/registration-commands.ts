import type fc from 'fast-check';
import { ERROR_CATALOGUE } from '../../../spec/errors/index.ts';
import type { Expectation } from '../../../spec/expectations/index.ts';
import { awaitActivation, sdkActivate } from '../fixtures/device.ts';
import { signatureFactsOf } from '../fixtures/requests.ts';
import { dataSigningHeaders, signRequest } from '../fixtures/signing.ts';
import { HarnessError } from '../harness-error.ts';
import { predictFor, scaCaseFor } from '../sca-case.ts';
import { stringFieldOf } from '../session.ts';
import { expectAnswer } from './expect.ts';
import { ModelMismatch, pick, pickDevice, sceneFacts, type LifecycleModel, type LifecycleReal } from './model.ts';

// Getting a device to ACTIVE: register (signed by an active device when it has one), the SDK's
// activation exchange, activate. Each asserts the target against the model, then updates it.

type LifecycleCommand = fc.AsyncCommand<LifecycleModel, LifecycleReal>;

export class RegisterCommand implements LifecycleCommand {
  constructor(readonly signed: boolean) {}

  check(): boolean {
    return true;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const { session } = real;
    const facts = sceneFacts(model);
    const signerIndex = this.signed ? pick(model, 0, (device) => device.status === 'ACTIVE' && device.sdk) : undefined;
    const signer = signerIndex === undefined ? undefined : real.devices[signerIndex]?.virtual;
    const pathParams = { endUserId: real.endUserId };
    const signed = signer === undefined ? undefined : await signRequest(session, signer, { method: 'POST', uri: session.targetOf('registerScaDevice', pathParams) });
    const exchange = await session.call('registerScaDevice', {
      pathParams,
      token: real.partnerToken,
      headers: signed === undefined ? {} : dataSigningHeaders(signed.header),
    });
    const scaCase = scaCaseFor(session.context, facts, {
      operationId: 'registerScaDevice',
      ...(signed === undefined
        ? {}
        : { strategy: 'DATA_SIGNING', signature: { present: true, wellFormed: true, facts: signatureFactsOf(session.context, 'possession_knowledge') } }),
    });
    // With an ACTIVE device this is an extra device, which needs SCA (SCA-DEV-011).
    expectAnswer(real, this.toString(), exchange, predictFor(session.context, scaCase), facts.devices === 'active' ? ['SCA-DEV-011'] : ['SCA-DEV-001', 'SCA-DEV-002']);
    if (exchange.response.status !== 201) return;
    const step = 'register a device';
    real.devices.push({
      registration: {
        scaDeviceId: stringFieldOf(exchange, 'scaDeviceId', step),
        activationCode: stringFieldOf(exchange, 'activationCode', step),
        activationCodeSignature: stringFieldOf(exchange, 'activationCodeSignature', step),
      },
    });
    model.devices.push({ status: 'PENDING_ACTIVATION', sdk: false, biometry: false });
  }

  toString(): string {
    return `register(${this.signed ? 'signed' : 'unsigned'})`;
  }
}

export class SdkActivateCommand implements LifecycleCommand {
  constructor(
    readonly slot: number,
    readonly biometry: boolean,
  ) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return pick(model, this.slot, (device) => device.status === 'PENDING_ACTIVATION' && !device.sdk) !== undefined;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const { device, target } = pickDevice(model, real, this.slot, (candidate) => candidate.status === 'PENDING_ACTIVATION' && !candidate.sdk, this.toString());
    try {
      target.virtual = await sdkActivate(real.session, target.registration, this.biometry);
    } catch (error) {
      // The activation code of a registered, pending device must be accepted (SCA-DEV-003).
      throw new ModelMismatch(this.toString(), `the SDK activation to succeed (${error instanceof Error ? error.message : String(error)})`, undefined, ['SCA-DEV-003'], 'LIFECYCLE-SDK-ACTIVATION');
    }
    real.steps.push(`${this.toString()} -> activated`);
    device.sdk = true;
    device.biometry = this.biometry;
  }

  toString(): string {
    return `sdk-activate(slot ${this.slot}${this.biometry ? ', biometry' : ''})`;
  }
}

export class ActivateCommand implements LifecycleCommand {
  constructor(readonly slot: number) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return model.devices.length > 0;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const { device, target } = pickDevice(model, real, this.slot, () => true, this.toString());
    const { session } = real;
    const exchange = await session.call('activateScaDevice', { pathParams: { scaDeviceId: target.registration.scaDeviceId }, token: real.partnerToken });
    // Step 6 of docs/sca-evaluation-order.md (SCA-DEV-007): an ACTIVE device activates again
    // (204); a REMOVED device is gone, so spec/expectations decides it as a device that does not
    // exist (404 SCA_REGISTRATION_NOT_FOUND), as for delete; one whose state does not allow it (no
    // SDK activation yet, BLOCKED) gets 400 ERROR_OPERATION_STATE_CHANGE.
    const allowed = device.status === 'ACTIVE' || (device.status === 'PENDING_ACTIVATION' && device.sdk);
    const removed = device.status === 'REMOVED';
    const predicted = predictFor(
      session.context,
      scaCaseFor(session.context, sceneFacts(model), { operationId: 'activateScaDevice', resourceExists: !removed }),
    );
    const stateChange: Expectation = {
      outcome: { kind: 'error', code: 'ERROR_OPERATION_STATE_CHANGE', status: ERROR_CATALOGUE.ERROR_OPERATION_STATE_CHANGE.status },
      rule: 'LIFECYCLE-ACTIVATE-STATE',
      requirementIds: ['SCA-DEV-007', 'SCA-ERR-006'],
    };
    expectAnswer(real, this.toString(), exchange, allowed || removed ? predicted : stateChange, removed ? ['SCA-DEV-007'] : ['SCA-DEV-005']);
    if (allowed) await awaitActivation(session);
    if (allowed) device.status = 'ACTIVE';
  }

  toString(): string {
    return `activate(slot ${this.slot})`;
  }
}
