import type fc from 'fast-check';
import {
  AdvanceCommand,
  AlternateCommand,
  BlockCommand,
  DeviceCommand,
  ReadDevicesCommand,
  RegisterCommand,
  SdkActivateCommand,
  SdkReactivateCommand,
  SignCommand,
} from './commands.ts';
import type { LifecycleModel } from './model.ts';
import type { LifecycleReal } from './steps.ts';

// Every device state x every device operation, stated (played in every run, whatever the seed):
// one sequence per state brings end user 0's first device there, then registers another device,
// activates, deletes and signs with it under the partner's token and the end user's own (and the
// other end user's where the bearer decides). Operations that change the state come last. The
// expected answers are the model's (lifecycle/expect.ts); docs/probe-design.md lists them.

type Sequence = readonly fc.AsyncCommand<LifecycleModel, LifecycleReal>[];

/** Register, SDK activation, activate and a first signed call. */
const onboard = (user: number): Sequence => [new AdvanceCommand(user, false, 0)];
/** A second usable device for end user 0, registered with SCA by the first. */
const secondDevice: Sequence = [new RegisterCommand(0, 'own', 'partner'), new SdkActivateCommand(0, false), new DeviceCommand('activate', 0, 1, 'partner')];

/** Device 0 PENDING, before and after the SDK activation. */
const pending: Sequence = [
  new RegisterCommand(0, 'none', 'partner'),
  new DeviceCommand('activate', 0, 0, 'partner'),
  new DeviceCommand('activate', 0, 0, 'end-user'),
  new DeviceCommand('delete', 0, 0, 'end-user'),
  new RegisterCommand(0, 'none', 'partner'),
  new RegisterCommand(0, 'none', 'end-user'),
  new SdkActivateCommand(0, false),
  new SdkReactivateCommand(0, 0),
  new SignCommand(0, 'own', 0, 'partner'),
  new SignCommand(0, 'own', 0, 'end-user'),
  new ReadDevicesCommand(0),
  new DeviceCommand('delete', 0, 0, 'partner'),
  new ReadDevicesCommand(0),
];

/** Device 0 ACTIVE: signs under either token, not under the other end user's; a second device needs its SCA. */
const active: Sequence = [
  new RegisterCommand(0, 'none', 'end-user'),
  new SdkActivateCommand(0, false),
  new DeviceCommand('activate', 0, 0, 'end-user'),
  new DeviceCommand('activate', 0, 0, 'partner'),
  new SignCommand(0, 'own', 0, 'partner'),
  new SignCommand(0, 'own', 0, 'end-user'),
  new SignCommand(0, 'own', 0, 'end-user-other'),
  new SdkReactivateCommand(0, 0),
  new RegisterCommand(0, 'none', 'partner'),
  new RegisterCommand(0, 'own', 'end-user'),
  new SdkActivateCommand(0, true),
  new DeviceCommand('activate', 0, 1, 'end-user'),
  new AlternateCommand(0),
  new DeviceCommand('delete', 0, 0, 'end-user'),
  new ReadDevicesCommand(0),
  new DeviceCommand('delete', 0, 0, 'partner'),
  new ReadDevicesCommand(0),
];

/** Device 0 BLOCKED beside an ACTIVE device 1: a new registration must not unblock it, nor another start while it is pending. */
const blocked: Sequence = [
  ...onboard(0),
  ...secondDevice,
  new BlockCommand(0, 0),
  new SignCommand(0, 'own', 0, 'partner'),
  new SignCommand(0, 'own', 0, 'end-user'),
  new DeviceCommand('activate', 0, 0, 'partner'),
  new DeviceCommand('activate', 0, 0, 'end-user'),
  new ReadDevicesCommand(0),
  new RegisterCommand(0, 'own', 'partner'),
  new SignCommand(0, 'own', 0, 'partner'),
  // Another registration while that one is pending (REG-IN-PROGRESS).
  new RegisterCommand(0, 'own', 'partner'),
  new DeviceCommand('delete', 0, 0, 'end-user'),
  new DeviceCommand('delete', 0, 0, 'partner'),
  new ReadDevicesCommand(0),
];

/** Device 0 REMOVED beside an ACTIVE device 1, then with no device left: the next registration is a first one. */
const removed: Sequence = [
  ...onboard(0),
  ...secondDevice,
  new DeviceCommand('delete', 0, 0, 'partner'),
  new SdkReactivateCommand(0, 0),
  new SignCommand(0, 'own', 0, 'partner'),
  new SignCommand(0, 'own', 0, 'end-user'),
  new DeviceCommand('activate', 0, 0, 'partner'),
  new DeviceCommand('activate', 0, 0, 'end-user'),
  new DeviceCommand('delete', 0, 0, 'end-user'),
  new DeviceCommand('delete', 0, 0, 'partner'),
  new ReadDevicesCommand(0),
  new DeviceCommand('delete', 0, 1, 'partner'),
  new SignCommand(0, 'own', 0, 'partner'),
  new RegisterCommand(0, 'none', 'end-user'),
  // Deleted before its SDK activation: its code must not activate anything.
  new DeviceCommand('delete', 0, 2, 'partner'),
  new SdkReactivateCommand(0, 2),
  new ReadDevicesCommand(0),
];

/** Two end users: a device of one refused for the other; their devices' signatures interleaved. */
const twoUsers: Sequence = [
  ...onboard(0),
  ...onboard(1),
  new SignCommand(1, 'other', 0, 'partner'),
  new SignCommand(1, 'other', 0, 'end-user'),
  new RegisterCommand(1, 'other', 'partner'),
  new DeviceCommand('activate', 0, 0, 'end-user-other'),
  new DeviceCommand('delete', 0, 0, 'end-user-other'),
  new SignCommand(0, 'own', 0, 'partner'),
  new SignCommand(1, 'own', 0, 'partner'),
  new SignCommand(0, 'own', 0, 'end-user'),
  new SignCommand(1, 'own', 0, 'end-user'),
  new ReadDevicesCommand(1),
];

export function lifecycleExamples(): Sequence[] {
  return [pending, active, blocked, removed, twoUsers];
}
