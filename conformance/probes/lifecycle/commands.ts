import type fc from 'fast-check';
import { activate, readDevices, register, remove, sdkActivateDevice, sign, type LifecycleReal } from './steps.ts';
import { FAILED_ATTEMPTS_TO_BLOCK } from '../fixtures/device.ts';
import { devicesOf, isUsable, pick, type LifecycleModel } from './model.ts';
import type { LifecycleState, ModelDevice } from './state.ts';
import type { Credential } from './observation.ts';

// The commands fast-check draws. Each check() reads the model, so a command only runs where it
// means something. Advance takes an end user from wherever the model says they are along
// register -> SDK activation -> activate to a signed call, one recorded step at a time: that is
// what makes most sequences reach one. The others make the refusals each state owes.

type LifecycleCommand = fc.AsyncCommand<LifecycleModel, LifecycleReal>;

/** Devices per end user past which Advance signs instead of registering another. */
export const MAX_DEVICES = 3;
/** Register, SDK activation, activate, sign: with one more device first, three more. */
const STEPS_TO_SIGNED_CALL = 7;

export class AdvanceCommand implements LifecycleCommand {
  constructor(
    readonly user: number,
    /** With a usable device: onboard one more first (its registration signed by a usable one). */
    readonly grow: boolean,
    readonly slot: number,
  ) {}

  check(): boolean {
    return true;
  }

  /** The steps still missing to a signed call, one at a time, reading the model after each. */
  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    let grow = this.grow;
    for (let step = 0; step < STEPS_TO_SIGNED_CALL; step++) {
      const { state } = model;
      const command = this.toString();
      const pending = pick(state, this.user, 0, (device) => device.status === 'PENDING_ACTIVATION');
      const usable = pick(state, this.user, this.slot, isUsable);
      if (pending !== undefined) {
        const device = devicesOf(state, this.user)[pending.index];
        await (device?.sdk === true ? activate(model, real, command, pending, 'partner') : sdkActivateDevice(model, real, command, pending, this.slot % 2 === 1));
      } else if (usable === undefined) {
        await register(model, real, command, this.user, 'partner');
      } else if (grow && devicesOf(state, this.user).length < MAX_DEVICES) {
        grow = false;
        await register(model, real, command, this.user, 'partner', usable);
      } else {
        return sign(model, real, command, this.user, usable, 'partner');
      }
      // A refusal the model predicted (e.g. an end user with only a BLOCKED device) ends the advance.
      if (model.state === state) return;
    }
  }

  toString(): string {
    return `advance(user ${this.user}${this.grow ? ', grow' : ''}, slot ${this.slot})`;
  }
}

/** Register for `user`, unsigned or signed by a usable device of theirs ('own') or of the other end user. */
export class RegisterCommand implements LifecycleCommand {
  constructor(
    readonly user: number,
    readonly signer: 'none' | 'own' | 'other',
    readonly token: Credential,
  ) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return this.signer === 'none' || signerOf(model.state, this.user, this.signer, 0) !== undefined;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const signer = this.signer === 'none' ? undefined : signerOf(model.state, this.user, this.signer, 0);
    await register(model, real, this.toString(), this.user, this.token, signer);
  }

  toString(): string {
    return `register(user ${this.user}, ${this.signer === 'none' ? 'unsigned' : `signed by ${this.signer}`}, ${this.token})`;
  }
}

export class SdkActivateCommand implements LifecycleCommand {
  constructor(
    readonly user: number,
    readonly biometry: boolean,
  ) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return pick(model.state, this.user, 0, (device) => device.status === 'PENDING_ACTIVATION' && !device.sdk) !== undefined;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const device = pick(model.state, this.user, 0, (candidate) => candidate.status === 'PENDING_ACTIVATION' && !candidate.sdk);
    if (device !== undefined) await sdkActivateDevice(model, real, this.toString(), device, this.biometry);
  }

  toString(): string {
    return `sdk-activate(user ${this.user}${this.biometry ? ', biometry' : ''})`;
  }
}

/** The SDK activation again with the code of a device already activated or REMOVED: it must be refused. */
export class SdkReactivateCommand implements LifecycleCommand {
  constructor(
    readonly user: number,
    readonly slot: number,
  ) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return pick(model.state, this.user, this.slot, isSpent) !== undefined;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const device = pick(model.state, this.user, this.slot, isSpent);
    if (device !== undefined) await sdkActivateDevice(model, real, this.toString(), device, false);
  }

  toString(): string {
    return `sdk-reactivate(user ${this.user}, slot ${this.slot})`;
  }
}

/** Activate or delete any device of `user`, whatever its state: the refusals are the point. */
export class DeviceCommand implements LifecycleCommand {
  constructor(
    readonly operation: 'activate' | 'delete',
    readonly user: number,
    readonly slot: number,
    readonly token: Credential,
  ) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return devicesOf(model.state, this.user).length > 0;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const device = pick(model.state, this.user, this.slot, () => true);
    if (device !== undefined) await (this.operation === 'activate' ? activate : remove)(model, real, this.toString(), device, this.token);
  }

  toString(): string {
    return `${this.operation}(user ${this.user}, slot ${this.slot}, ${this.token})`;
  }
}

/** createCard of `owner` signed by any SDK-activated device of theirs or of the other end user, whatever its state. */
export class SignCommand implements LifecycleCommand {
  constructor(
    readonly owner: number,
    readonly signer: 'own' | 'other',
    readonly slot: number,
    readonly token: Credential,
  ) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return this.#signer(model.state) !== undefined;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const signer = this.#signer(model.state);
    if (signer !== undefined) await sign(model, real, this.toString(), this.owner, signer, this.token);
  }

  #signer(state: LifecycleState) {
    const user = this.signer === 'own' ? this.owner : otherUser(state, this.owner);
    return pick(state, user, this.slot, (device) => device.sdk);
  }

  toString(): string {
    return `sign(user ${this.owner}, ${this.signer} device, slot ${this.slot}, ${this.token})`;
  }
}

/** Two usable devices of one end user signing in turn, twice: each device's counter is its own. */
export class AlternateCommand implements LifecycleCommand {
  constructor(readonly user: number) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return devicesOf(model.state, this.user).filter(isUsable).length >= 2;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    for (const slot of [0, 1, 0, 1]) {
      const device = pick(model.state, this.user, slot, isUsable);
      if (device !== undefined) await sign(model, real, this.toString(), this.user, device, 'partner');
    }
  }

  toString(): string {
    return `alternate(user ${this.user})`;
  }
}

/** Wrong-PIN signatures by a usable device until PowerAuth blocks it (SCA-DEV-015). */
export class BlockCommand implements LifecycleCommand {
  constructor(
    readonly user: number,
    readonly slot: number,
  ) {}

  check(model: Readonly<LifecycleModel>): boolean {
    return pick(model.state, this.user, this.slot, isUsable) !== undefined;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    const device = pick(model.state, this.user, this.slot, isUsable);
    if (device === undefined) return;
    for (let attempt = 1; attempt <= FAILED_ATTEMPTS_TO_BLOCK; attempt++) {
      await sign(model, real, `${this.toString()} attempt ${attempt}`, this.user, device, 'partner', true);
    }
  }

  toString(): string {
    return `block(user ${this.user}, slot ${this.slot})`;
  }
}

export class ReadDevicesCommand implements LifecycleCommand {
  constructor(readonly user: number) {}

  check(): boolean {
    return true;
  }

  async run(model: LifecycleModel, real: LifecycleReal): Promise<void> {
    await readDevices(model, real, this.toString(), this.user);
  }

  toString(): string {
    return `read-devices(user ${this.user})`;
  }
}

/** A device whose activation code must no longer work. */
function isSpent(device: ModelDevice): boolean {
  return device.sdk || device.status === 'REMOVED';
}

function otherUser(state: LifecycleState, user: number): number {
  return (user + 1) % state.users.length;
}

function signerOf(state: LifecycleState, user: number, signer: 'own' | 'other', slot: number) {
  return pick(state, signer === 'own' ? user : otherUser(state, user), slot, isUsable);
}
