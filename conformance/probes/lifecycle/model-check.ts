import type { RequirementId } from '../../../spec/requirements/index.ts';
import type { CheckDefinition, JudgeContext, Problem } from '../check.ts';
import { describeAnswer, outcomeProblems } from '../outcome.ts';
import { expectationOf, sdkActivationAllowed, type StepExpectation } from './expect.ts';
import { deviceOf, devicesOf } from './model.ts';
import type { ModelStatus } from './state.ts';
import type { LifecycleObservation, LifecycleStep } from './observation.ts';

// Each step of a lifecycle sequence against what the model predicts from the state before it
// (lifecycle/expect.ts: the decision table, and the device states of step 6), and the device list
// read back against the model. The family stops at the first step that differs, so that step is
// the last one and shrinking keeps it.

export const lifecycleModel: CheckDefinition<LifecycleObservation> = {
  id: 'lifecycle/model',
  title: 'Every device lifecycle step answers as the model of the end users\' devices says',
  family: 'lifecycle',
  requirementIds: [
    'SCA-DEV-001', 'SCA-DEV-002', 'SCA-DEV-003', 'SCA-DEV-004', 'SCA-DEV-005', 'SCA-DEV-007', 'SCA-DEV-008', 'SCA-DEV-009',
    'SCA-DEV-010', 'SCA-DEV-011', 'SCA-DEV-012', 'SCA-DEV-013', 'SCA-DEV-014', 'SCA-DEV-015', 'SCA-SIG-009', 'SCA-SIG-014',
  ],
  severity: 'critical',
  needs: ['sca-semantics', 'control'],
  run: ({ caseId, steps }, judge) => {
    const rows = new Set<string>();
    const notes = new Set<string>();
    const readings: Problem[] = [];
    for (const step of steps) {
      const expected = expectationOf(step, judge);
      if (expected?.row !== undefined) rows.add(expected.row);
      for (const note of expected?.expectation.notes ?? []) notes.add(note);
      const problem = stepProblem(caseId, step, expected, judge);
      if (problem?.informational !== undefined) readings.push(problem);
      else if (problem !== undefined) return { problems: [...readings, withSteps(problem, steps, step)], rows: [...rows], ...notesOf(notes) };
    }
    return { problems: readings, rows: [...rows], ...notesOf(notes) };
  },
};

/**
 * What is wrong with one step's answer, if anything: the outcome checks' comparison
 * (outcome.ts), then the device list. An answer that follows another documented reading of a
 * disputed profile row is informational and the sequence goes on. The commands ask too, to stop at
 * the first step that differs.
 */
export function stepProblem(caseId: string, step: LifecycleStep, expected: StepExpectation | undefined, judge: JudgeContext): Problem | undefined {
  const { exchange } = step;
  if (step.action.kind === 'sdk-activate') return sdkActivationProblem(step);
  if (exchange === undefined || expected === undefined || exchange.operationId === undefined) return undefined;
  const observation = { caseId, exchanges: [exchange], operationId: exchange.operationId, probe: exchange, scaCase: expected.scaCase };
  const [problem] = outcomeProblems(observation, expected.prediction, judge);
  if (problem !== undefined) return problem;
  return step.action.kind === 'read-devices' ? listingProblem(step, step.action.user, judge) : undefined;
}

function sdkActivationProblem(step: LifecycleStep): Problem | undefined {
  if (sdkActivationAllowed(step)) {
    return step.failure === undefined
      ? undefined
      : { message: `Expected: the SDK activation to succeed\nReceived: ${step.failure}`, requirementIds: ['SCA-DEV-003'], rule: 'LIFECYCLE-SDK-ACTIVATION', evidence: [] };
  }
  if (step.failure !== undefined || step.action.kind !== 'sdk-activate') return undefined;
  const removed = deviceOf(step.before, step.action.device)?.status === 'REMOVED';
  return {
    message: `Expected: the SDK activation refused (${removed ? 'the code of a REMOVED device' : 'a code already used'})\nReceived: a new activation`,
    requirementIds: removed ? ['SCA-DEV-014', 'SCA-DEV-003'] : ['SCA-DEV-003'],
    rule: removed ? 'LIFECYCLE-SDK-CODE-REMOVED' : 'LIFECYCLE-SDK-CODE-USED',
    severity: 'critical',
    evidence: [],
  };
}

function notesOf(notes: ReadonlySet<string>): { notes?: readonly string[] } {
  return notes.size === 0 ? {} : { notes: [...notes] };
}

// What the end user's device list must show for each model status.
const STATUS_REQUIREMENTS: Readonly<Record<ModelStatus, readonly RequirementId[]>> = {
  PENDING_ACTIVATION: ['SCA-DEV-004', 'SCA-DEV-001'],
  ACTIVE: ['SCA-DEV-004', 'SCA-DEV-005', 'SCA-DEV-008'],
  BLOCKED: ['SCA-DEV-004', 'SCA-DEV-015'],
  REMOVED: ['SCA-DEV-004', 'SCA-DEV-014'],
};

function listingProblem(step: LifecycleStep, user: number, judge: JudgeContext): Problem | undefined {
  const { exchange } = step;
  if (exchange === undefined) return undefined;
  const listed = listedStatuses(exchange.response.body);
  for (const device of devicesOf(step.before, user)) {
    const status = listed.get(device.id);
    if (status === device.status) continue;
    return {
      message: `Expected: device ${device.id} listed as ${device.status}\nReceived: ${describeAnswer(exchange, judge)}, listed ${status ?? 'absent'}`,
      requirementIds: STATUS_REQUIREMENTS[device.status],
      ...(exchange.operationId === undefined ? {} : { operationId: exchange.operationId }),
      rule: `LIFECYCLE-LISTED-${device.status}`,
      evidence: [exchange],
    };
  }
  return undefined;
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

/** The replay log up to the step at fault, then what it should have answered. */
function withSteps(problem: Problem, steps: readonly LifecycleStep[], at: LifecycleStep): Problem {
  const log = steps.slice(0, steps.indexOf(at) + 1).map((step) => `${step.command}${step.exchange === undefined ? '' : ` -> ${step.exchange.response.status}`}`);
  return { ...problem, message: `Steps: ${log.join('; ')}\nCommand: ${at.command}\n${problem.message}` };
}
