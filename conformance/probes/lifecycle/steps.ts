import type { VirtualDevice } from '../../../generators/index.ts';
import type { Exchange } from '../../targets/index.ts';
import { sdkActivate, WRONG_PIN, awaitActivation, type Registration } from '../fixtures/device.ts';
import { planRequest, sendAsPlanned, sendPlanned, signPlanned } from '../fixtures/requests.ts';
import type { Scene } from '../fixtures/scene.ts';
import { dataSigningHeaders, provenanceOf, signRequest } from '../fixtures/signing.ts';
import { HarnessError } from '../harness-error.ts';
import type { CaseSession } from '../session.ts';
import { expectationOf } from './expect.ts';
import { stepProblem } from './model-check.ts';
import { advance, type LifecycleModel } from './model.ts';
import type { Credential, LifecycleStep, StepAction } from './observation.ts';
import type { DeviceRef } from './state.ts';

// The lifecycle steps as the target sees them: each makes its exchange, records the facts with
// the model state before it, and moves the model on as predicted. At the first answer that
// differs the run stops (StopRecording): past it the model no longer knows the target's state, and
// a shorter sequence that ends there is what shrinking should find.

export interface RealUser {
  readonly scene: Scene;
  /** In registration order, as the model's devices of this end user. */
  readonly devices: { readonly registration: Registration; virtual?: VirtualDevice }[];
}

export interface LifecycleReal {
  readonly session: CaseSession;
  readonly users: readonly RealUser[];
  readonly steps: LifecycleStep[];
}

/** Thrown after recording the first step the target answered otherwise than the model. */
export class StopRecording extends Error {
  override readonly name = 'StopRecording';
}

export async function register(model: LifecycleModel, real: LifecycleReal, command: string, user: number, token: Credential, signer?: DeviceRef): Promise<void> {
  const { session } = real;
  const pathParams = { endUserId: userOf(real, user).scene.endUserId };
  const signed = signer === undefined ? undefined : await signRequest(session, virtualOf(real, signer), { method: 'POST', uri: session.targetOf('registerScaDevice', pathParams) });
  const exchange = await session.call('registerScaDevice', {
    pathParams,
    token: tokenOf(real, user, token),
    headers: signed === undefined ? {} : dataSigningHeaders(signed.header),
  });
  if (exchange.response.status === 201) {
    const body = exchange.response.body as Partial<Registration> | undefined;
    const { scaDeviceId, activationCode, activationCodeSignature } = body ?? {};
    if (typeof scaDeviceId === 'string' && typeof activationCode === 'string' && typeof activationCodeSignature === 'string') {
      userOf(real, user).devices.push({ registration: { scaDeviceId, activationCode, activationCodeSignature } });
    }
  }
  record(model, real, command, { kind: 'register', user, token, ...(signer === undefined ? {} : { signer }) }, exchange);
}

export async function sdkActivateDevice(model: LifecycleModel, real: LifecycleReal, command: string, device: DeviceRef, biometry: boolean): Promise<void> {
  const target = realDeviceOf(real, device);
  let failure: string | undefined;
  try {
    target.virtual = await sdkActivate(real.session, target.registration, biometry);
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }
  record(model, real, command, { kind: 'sdk-activate', device, biometry }, undefined, failure === undefined ? {} : { failure });
}

export async function activate(model: LifecycleModel, real: LifecycleReal, command: string, device: DeviceRef, token: Credential): Promise<void> {
  const { session } = real;
  const exchange = await session.call('activateScaDevice', { pathParams: { scaDeviceId: realDeviceOf(real, device).registration.scaDeviceId }, token: tokenOf(real, device.user, token) });
  if (exchange.response.status === 204) await awaitActivation(session);
  record(model, real, command, { kind: 'activate', device, token }, exchange);
}

export async function remove(model: LifecycleModel, real: LifecycleReal, command: string, device: DeviceRef, token: Credential): Promise<void> {
  const { session } = real;
  const exchange = await session.call('deleteScaDevice', { pathParams: { scaDeviceId: realDeviceOf(real, device).registration.scaDeviceId }, token: tokenOf(real, device.user, token) });
  record(model, real, command, { kind: 'delete', device, token }, exchange);
}

/** createCard on `owner`'s ledger, signed by `signer` (with a wrong PIN when `wrongPin`). */
export async function sign(model: LifecycleModel, real: LifecycleReal, command: string, owner: number, signer: DeviceRef, token: Credential, wrongPin = false): Promise<void> {
  const { session } = real;
  const { scene } = userOf(real, owner);
  const planned = planRequest(session, scene, 'createCard');
  const signed = await signPlanned(session, virtualOf(real, signer), planned, wrongPin ? { pin: WRONG_PIN } : {});
  const exchange = await sendPlanned(session, planned, { token: tokenOf(real, owner, token), headers: dataSigningHeaders(signed.header) });
  record(model, real, command, { kind: 'sign', owner, signer, token, wrongPin }, exchange, { provenance: provenanceOf(session.context) });
}

export async function readDevices(model: LifecycleModel, real: LifecycleReal, command: string, user: number): Promise<void> {
  const { session } = real;
  const { scene } = userOf(real, user);
  const exchange = await sendAsPlanned(session, scene, planRequest(session, scene, 'getConsumer'));
  record(model, real, command, { kind: 'read-devices', user }, exchange);
}

function record(model: LifecycleModel, real: LifecycleReal, command: string, action: StepAction, exchange: Exchange | undefined, facts: Pick<LifecycleStep, 'failure' | 'provenance'> = {}): void {
  const step: LifecycleStep = { command: `${command}: ${describeAction(action)}`, action, before: model.state, ...(exchange === undefined ? {} : { exchange }), ...facts };
  real.steps.push(step);
  const judge = real.session.context;
  const expected = expectationOf(step, judge);
  const problem = stepProblem(real.session.caseId, step, expected, judge);
  if (problem !== undefined && problem.informational === undefined) throw new StopRecording(step.command);
  model.state = advance(step, expected?.expectation);
}

function describeAction(action: StepAction): string {
  const device = (ref: DeviceRef): string => `device ${ref.index} of user ${ref.user}`;
  switch (action.kind) {
    case 'register':
      return `register for user ${action.user} (${action.token}${action.signer === undefined ? '' : `, signed by ${device(action.signer)}`})`;
    case 'sdk-activate':
      return `SDK activation of ${device(action.device)}${action.biometry ? ' with biometry' : ''}`;
    case 'activate':
      return `activate ${device(action.device)} (${action.token})`;
    case 'delete':
      return `delete ${device(action.device)} (${action.token})`;
    case 'sign':
      return `createCard of user ${action.owner} signed by ${device(action.signer)} (${action.token}${action.wrongPin ? ', wrong PIN' : ''})`;
    case 'read-devices':
      return `read the devices of user ${action.user}`;
  }
}

/** The bearer a credential stands for: the addressed end user's own token, or the other end user's. */
function tokenOf(real: LifecycleReal, user: number, credential: Credential): string {
  switch (credential) {
    case 'partner':
      return userOf(real, user).scene.partnerToken;
    case 'end-user':
      return userOf(real, user).scene.endUserToken;
    case 'end-user-other':
      return userOf(real, (user + 1) % real.users.length).scene.endUserToken;
  }
}

function userOf(real: LifecycleReal, user: number): RealUser {
  const found = real.users[user];
  if (found === undefined) throw new HarnessError(`lifecycle: no end user ${user}`);
  return found;
}

function realDeviceOf(real: LifecycleReal, ref: DeviceRef): RealUser['devices'][number] {
  const found = userOf(real, ref.user).devices[ref.index];
  if (found === undefined) throw new HarnessError(`lifecycle: no device ${ref.index} of end user ${ref.user}`);
  return found;
}

function virtualOf(real: LifecycleReal, ref: DeviceRef): VirtualDevice {
  const virtual = realDeviceOf(real, ref).virtual;
  if (virtual === undefined) throw new HarnessError(`lifecycle: device ${ref.index} of end user ${ref.user} has no SDK activation`);
  return virtual;
}
