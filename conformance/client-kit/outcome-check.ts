import type { ClientRunResult } from './contract.ts';
import type { ClientFinding } from './judge/index.ts';
import type { ExpectedOutcome, Scenario } from './scenarios.ts';

// Per scenario: the client's outcome is one the scenario expects, and what it claims is true in
// the simulator (a device it says it onboarded is ACTIVE; one it says it deleted is gone).

/** What the simulator holds after the run, as the outcome check needs it. */
export interface SimulatorFacts {
  readonly endUserId: string;
  /** The device the setup made (the one to delete, or the one that signs). */
  readonly setupDeviceId?: string;
  readonly devices: readonly { readonly id: string; readonly endUserId: string; readonly status: string }[];
}

export const OUTCOME_CHECK = 'scenario-outcome';

export function judgeOutcome(scenario: Scenario, run: ClientRunResult, facts: SimulatorFacts): ClientFinding[] {
  const finding = (message: string): ClientFinding[] => [
    { scenario: scenario.id, exchangeId: null, request: null, check: OUTCOME_CHECK, requirementId: scenario.requirementIds[0], message },
  ];
  if (run.crashed) return finding(`the client crashed: ${run.reason}`);
  const problems = scenario.expect.map((expected) => mismatch(expected, run.outcome, facts));
  if (problems.includes(undefined)) return [];
  const expected = scenario.expect.map(describe).join(' or ');
  return finding(`expected ${expected}; the client reported ${JSON.stringify(summary(run.outcome))}: ${problems.join('; ')}`);
}

function mismatch(expected: ExpectedOutcome, outcome: Record<string, unknown>, facts: SimulatorFacts): string | undefined {
  if (!expected.ok) {
    if (outcome.ok !== false) return 'it reported success';
    return outcome.errorCode === expected.errorCode ? undefined : `errorCode ${String(outcome.errorCode)} is not ${expected.errorCode}`;
  }
  if (outcome.ok !== true) return `it reported ${String(outcome.errorCode)}`;
  if (expected.verify === 'new-active-device') {
    const id = outcome.scaDeviceId;
    if (typeof id !== 'string') return 'scaDeviceId is missing from the outcome';
    const device = facts.devices.find((candidate) => candidate.id === id);
    if (device === undefined || device.endUserId !== facts.endUserId) return `the simulator holds no device ${id} for the end user`;
    if (id === facts.setupDeviceId) return `${id} is the device the end user already had`;
    if (device.status !== 'ACTIVE') return `device ${id} is ${device.status}, not ACTIVE: the registration was not finalised`;
  }
  if (expected.verify === 'device-removed') {
    const device = facts.devices.find((candidate) => candidate.id === facts.setupDeviceId);
    if (device !== undefined && device.status !== 'REMOVED') return `device ${facts.setupDeviceId} is still ${device.status}`;
  }
  return undefined;
}

function describe(expected: ExpectedOutcome): string {
  return expected.ok ? `{"ok":true}${expected.verify === undefined ? '' : ` (${expected.verify})`}` : `{"ok":false,"errorCode":"${expected.errorCode}"}`;
}

/** The outcome's ok, errorCode and ids only: a client may put anything in it, secrets included. */
function summary(outcome: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(outcome).filter(([key, value]) => key === 'ok' || key === 'errorCode' || (/Id$/.test(key) && typeof value === 'string')));
}
