import fc from 'fast-check';
import type { Exchange } from '../../targets/index.ts';
import type { Observation } from '../check.ts';
import type { ProbeFamily } from '../family.ts';
import { buildScene } from '../fixtures/scene.ts';
import type { RequirementId } from '../../../spec/requirements/index.ts';
import { ModelMismatch, type LifecycleModel, type LifecycleReal } from './model.ts';
import { ActivateCommand, RegisterCommand, SdkActivateCommand } from './registration-commands.ts';
import { BlockCommand, DeleteCommand, ReadDevicesCommand, SignCommand } from './use-commands.ts';

// Device lifecycle as model-based testing (fast-check commands): random sequences of register,
// SDK activation, activate, sign, block, delete and read-back on one fresh end user, each command
// asserting the target against the model. fast-check shrinks a failing sequence to the shortest
// one that still fails.

type LifecycleCommands = Iterable<fc.AsyncCommand<LifecycleModel, LifecycleReal>>;

export interface LifecycleObservation extends Observation {
  readonly steps: readonly string[];
  readonly mismatch?: {
    readonly command: string;
    readonly expected: string;
    readonly exchange: Exchange | undefined;
    readonly requirementIds: readonly RequirementId[];
    readonly rule: string;
  };
}

const MAX_COMMANDS = 12;

type LifecycleCommand = fc.AsyncCommand<LifecycleModel, LifecycleReal>;

// Weighted towards the steps that move a device forward, so random sequences reach ACTIVE devices
// (and what only they allow) instead of mostly deleting what was just registered.
function lifecycleArbitrary(): fc.Arbitrary<LifecycleCommands> {
  const slot = fc.nat(3);
  const command: fc.Arbitrary<LifecycleCommand> = fc.oneof(
    { weight: 3, arbitrary: fc.boolean().map((signed) => new RegisterCommand(signed)) },
    { weight: 3, arbitrary: fc.tuple(slot, fc.boolean()).map(([index, biometry]) => new SdkActivateCommand(index, biometry)) },
    { weight: 3, arbitrary: slot.map((index) => new ActivateCommand(index)) },
    { weight: 2, arbitrary: slot.map((index) => new SignCommand(index)) },
    { weight: 1, arbitrary: slot.map((index) => new BlockCommand(index)) },
    { weight: 1, arbitrary: slot.map((index) => new DeleteCommand(index)) },
    { weight: 1, arbitrary: fc.constant(new ReadDevicesCommand()) },
  );
  return fc.commands([command], { maxCommands: MAX_COMMANDS, disableReplayLog: true });
}

/** The seed's registration sequence, then an extra device with and without SCA, then the end of a device. */
function lifecycleExamples(): LifecycleCommands[] {
  return [
    [new RegisterCommand(false), new SdkActivateCommand(0, false), new ActivateCommand(0), new SignCommand(0), new RegisterCommand(false), new RegisterCommand(true), new ReadDevicesCommand()],
    [new RegisterCommand(false), new ActivateCommand(0), new SdkActivateCommand(0, true), new ActivateCommand(0), new BlockCommand(0), new SignCommand(0), new ReadDevicesCommand(), new DeleteCommand(0), new DeleteCommand(0), new RegisterCommand(false)],
  ];
}

export const lifecycleFamily: ProbeFamily<LifecycleCommands, LifecycleObservation> = {
  id: 'lifecycle',
  title: 'Device lifecycle (model-based): register, SDK activation, activate, sign, block, delete',
  needs: ['sca-semantics', 'control'],
  source: { kind: 'property', arbitrary: lifecycleArbitrary, examples: lifecycleExamples },
  // Every generated command, in order (those whose precondition fails are skipped when run).
  describe: (commands) => [...commands].map(String),
  execute: async (commands, session) => {
    const scene = await buildScene(session, { devices: 'none', biometry: false });
    const real: LifecycleReal = { session, scene, partnerToken: scene.partnerToken, endUserId: scene.endUserId, devices: [], steps: [] };
    const observation = { caseId: session.caseId, exchanges: session.exchanges, steps: real.steps };
    try {
      await fc.asyncModelRun(() => ({ model: { devices: [] }, real }), commands);
      return observation;
    } catch (error) {
      if (!(error instanceof ModelMismatch)) throw error;
      const { command, expected, exchange, requirementIds, rule } = error;
      return { ...observation, mismatch: { command, expected, exchange, requirementIds, rule } };
    }
  },
};
