import fc from 'fast-check';
import type { ProbeFamily } from '../family.ts';
import { buildScene } from '../fixtures/scene.ts';
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
import { lifecycleExamples } from './examples.ts';
import type { LifecycleModel } from './model.ts';
import type { Credential, LifecycleObservation } from './observation.ts';
import { summarizeLifecycle } from './reach.ts';
import { StopRecording, type LifecycleReal } from './steps.ts';

// Device lifecycle as model-based testing (fast-check commands) on two fresh end users of one
// partner: random sequences of register, SDK activation, activate, sign, block, delete and
// read-back, each step recorded with the model state before it. The family only drives the
// target; the check lifecycle/model judges. fast-check shrinks a failing sequence to the shortest
// one that still fails.

type LifecycleCommands = Iterable<fc.AsyncCommand<LifecycleModel, LifecycleReal>>;
type LifecycleCommand = fc.AsyncCommand<LifecycleModel, LifecycleReal>;

export const END_USERS = 2;
const MAX_COMMANDS = 10;

// Advance dominates so that most sequences take a device to a signed call (and, growing, to a
// second device); the rest probe what each state refuses. End user 0 is drawn more often so that
// its devices go deeper than two shallow halves would.
function lifecycleArbitrary(): fc.Arbitrary<LifecycleCommands> {
  const user = fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constant(1) });
  const slot = fc.nat(2);
  // Mostly sign with the devices there are; now and then onboard one more (with SCA).
  const grow = fc.oneof({ weight: 1, arbitrary: fc.constant(true) }, { weight: 2, arbitrary: fc.constant(false) });
  const token: fc.Arbitrary<Credential> = fc.oneof(
    { weight: 4, arbitrary: fc.constant('partner' as const) },
    { weight: 2, arbitrary: fc.constant('end-user' as const) },
    { weight: 1, arbitrary: fc.constant('end-user-other' as const) },
  );
  const command: fc.Arbitrary<LifecycleCommand> = fc.oneof(
    { weight: 10, arbitrary: fc.tuple(user, grow, slot).map(([owner, more, index]) => new AdvanceCommand(owner, more, index)) },
    { weight: 2, arbitrary: fc.tuple(user, fc.constantFrom('none' as const, 'own' as const, 'other' as const), token).map(([owner, signer, credential]) => new RegisterCommand(owner, signer, credential)) },
    { weight: 1, arbitrary: fc.tuple(user, fc.boolean()).map(([owner, biometry]) => new SdkActivateCommand(owner, biometry)) },
    { weight: 1, arbitrary: fc.tuple(user, slot).map(([owner, index]) => new SdkReactivateCommand(owner, index)) },
    { weight: 2, arbitrary: fc.tuple(user, slot, token).map(([owner, index, credential]) => new DeviceCommand('activate', owner, index, credential)) },
    { weight: 3, arbitrary: fc.tuple(user, fc.constantFrom('own' as const, 'other' as const), slot, token).map(([owner, signer, index, credential]) => new SignCommand(owner, signer, index, credential)) },
    { weight: 3, arbitrary: user.map((owner) => new AlternateCommand(owner)) },
    { weight: 1, arbitrary: fc.tuple(user, slot).map(([owner, index]) => new BlockCommand(owner, index)) },
    { weight: 1, arbitrary: fc.tuple(user, slot, token).map(([owner, index, credential]) => new DeviceCommand('delete', owner, index, credential)) },
    { weight: 1, arbitrary: user.map((owner) => new ReadDevicesCommand(owner)) },
  );
  // Without bias: fast-check's first runs would otherwise be sequences of zero or one command.
  return fc.noBias(fc.commands([command], { maxCommands: MAX_COMMANDS, disableReplayLog: true }));
}

export const lifecycleFamily: ProbeFamily<LifecycleCommands, LifecycleObservation> = {
  id: 'lifecycle',
  title: 'Device lifecycle (model-based): register, SDK activation, activate, sign, block, delete, for two end users',
  needs: ['sca-semantics', 'control'],
  source: { kind: 'property', arbitrary: lifecycleArbitrary, examples: lifecycleExamples },
  // Every generated command, in order (those whose precondition fails are skipped when run).
  describe: (commands) => [...commands].map(String),
  execute: async (commands, session) => {
    const users = [];
    for (let user = 0; user < END_USERS; user++) users.push({ scene: await buildScene(session, { devices: 'none', biometry: false }), devices: [] });
    const real: LifecycleReal = { session, users, steps: [] };
    const model: LifecycleModel = { state: { users: users.map(() => []) } };
    try {
      await fc.asyncModelRun(() => ({ model, real }), commands);
    } catch (error) {
      if (!(error instanceof StopRecording)) throw error;
    }
    return { caseId: session.caseId, exchanges: session.exchanges, endUsers: END_USERS, steps: real.steps };
  },
  summarize: (outcome) => (outcome.ran ? { lifecycleReach: summarizeLifecycle(outcome.observations) } : {}),
};
