import type { ModelStatus } from './state.ts';
import type { LifecycleObservation, LifecycleStep } from './observation.ts';

// How deep a run's lifecycle sequences went, read off the recorded steps (facts only): a run that
// never took a device to a signed call, or never held two devices, says so in its result.

/** The stages of a device's life a sequence can reach, shallowest first. */
export const LIFECYCLE_STAGES = ['registered', 'sdk-activated', 'activated', 'signed', 'second-device-active', 'two-devices-interleaved'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];

export interface LifecycleReach {
  readonly cases: number;
  /** Cases that reached each stage (a case reaching a stage reached none of the deeper ones only if it says so). */
  readonly casesReaching: Readonly<Record<LifecycleStage, number>>;
  /** The deepest stage any case reached; undefined when none registered a device. */
  readonly deepestStage: LifecycleStage | undefined;
  readonly deviceStatesVisited: readonly ModelStatus[];
  /** End users per case, and the most that held a device in one case. */
  readonly endUsersPerCase: number;
  readonly maxEndUsersWithDevices: number;
  readonly maxDevicesPerCase: number;
  /** Cases where a device of one end user was used on the other's resources. */
  readonly crossUserCases: number;
}

export function summarizeLifecycle(observations: readonly LifecycleObservation[]): LifecycleReach {
  const casesReaching = Object.fromEntries(LIFECYCLE_STAGES.map((stage) => [stage, 0])) as Record<LifecycleStage, number>;
  const statuses = new Set<ModelStatus>();
  let maxDevices = 0;
  let maxUsers = 0;
  let crossUserCases = 0;
  for (const { steps } of observations) {
    for (const stage of stagesOf(steps)) casesReaching[stage] += 1;
    if (steps.some(isCrossUser)) crossUserCases += 1;
    for (const { before } of steps) {
      for (const device of before.users.flat()) statuses.add(device.status);
      maxDevices = Math.max(maxDevices, before.users.flat().length);
      maxUsers = Math.max(maxUsers, before.users.filter((devices) => devices.length > 0).length);
    }
  }
  return {
    cases: observations.length,
    casesReaching,
    deepestStage: [...LIFECYCLE_STAGES].reverse().find((stage) => casesReaching[stage] > 0),
    deviceStatesVisited: (['PENDING_ACTIVATION', 'ACTIVE', 'BLOCKED', 'REMOVED'] as const).filter((status) => statuses.has(status)),
    endUsersPerCase: Math.max(0, ...observations.map((observation) => observation.endUsers)),
    maxEndUsersWithDevices: maxUsers,
    maxDevicesPerCase: maxDevices,
    crossUserCases,
  };
}

function stagesOf(steps: readonly LifecycleStep[]): Set<LifecycleStage> {
  const reached = new Set<LifecycleStage>();
  // Per end user, the devices whose signatures were accepted, in order.
  const signers = new Map<number, number[]>();
  for (const step of steps) {
    const { action } = step;
    const answered = step.exchange?.response.status;
    const accepted = answered !== undefined && answered >= 200 && answered < 300;
    if (action.kind === 'register' && accepted) reached.add('registered');
    if (action.kind === 'sdk-activate' && step.failure === undefined) reached.add('sdk-activated');
    if (action.kind === 'activate' && accepted) {
      reached.add('activated');
      const others = (step.before.users[action.device.user] ?? []).filter((device, index) => index !== action.device.index && device.status === 'ACTIVE');
      if (others.length > 0) reached.add('second-device-active');
    }
    if (action.kind === 'sign' && accepted) {
      reached.add('signed');
      const order = signers.get(action.owner) ?? [];
      if (order.length > 0 && order[order.length - 1] !== action.signer.index && order.includes(action.signer.index)) reached.add('two-devices-interleaved');
      signers.set(action.owner, [...order, action.signer.index]);
    }
  }
  return reached;
}

function isCrossUser(step: LifecycleStep): boolean {
  const { action } = step;
  if (action.kind === 'sign') return action.signer.user !== action.owner || action.token === 'end-user-other';
  if (action.kind === 'register') return (action.signer !== undefined && action.signer.user !== action.user) || action.token === 'end-user-other';
  return (action.kind === 'activate' || action.kind === 'delete') && action.token === 'end-user-other';
}
