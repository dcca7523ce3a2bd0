import type { RequirementId } from '../../../spec/requirements/index.ts';
import type { CheckDefinition, JudgeContext, Judgement, Problem } from '../check.ts';
import { describeAnswer, describeExpectation, matches } from '../outcome.ts';
import { expectationOf, type StepExpectation } from './expect.ts';
import { devicesOf, type ModelStatus } from './model.ts';
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
  run: ({ steps }, judge) => {
    const rows: string[] = [];
    for (const step of steps) {
      const expected = expectationOf(step, judge);
      if (expected?.row !== undefined) rows.push(expected.row);
      const problem = stepProblem(step, expected, judge);
      if (problem !== undefined) return { problems: [withSteps(problem, steps, step)], rows };
    }
    return { problems: [], rows };
  },
};

/** What is wrong with one step's answer, if anything. The commands ask too, to stop at the first. */
export function stepProblem(step: LifecycleStep, expected: StepExpectation | undefined, judge: JudgeContext): Problem | undefined {
  const { exchange } = step;
  if (step.failure !== undefined || exchange === undefined) {
    // The activation code of a registered, pending device must be accepted (SCA-DEV-003).
    return step.failure === undefined
      ? undefined
      : { message: `Expected: the SDK activation to succeed\nReceived: ${step.failure}`, requirementIds: ['SCA-DEV-003'], rule: 'LIFECYCLE-SDK-ACTIVATION', evidence: [] };
  }
  if (expected === undefined) return undefined;
  const { expectation } = expected;
  const operationId = exchange.operationId === undefined ? {} : { operationId: exchange.operationId };
  if (!matches(expectation, exchange, judge)) {
    return {
      message: `Expected: ${describeExpectation(expectation)}\nReceived: ${describeAnswer(exchange, judge)}`,
      requirementIds: expectation.requirementIds,
      ...operationId,
      rule: expectation.rule,
      ...(expectation.outcome.kind === 'error' && exchange.response.status < 300 ? { severity: 'critical' as const } : {}),
      evidence: [exchange],
    };
  }
  return step.action.kind === 'read-devices' ? listingProblem(step, step.action.user, judge) : undefined;
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
