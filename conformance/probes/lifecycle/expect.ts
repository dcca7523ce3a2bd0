import { ERROR_CATALOGUE } from '../../../spec/errors/index.ts';
import type { Expectation, ScaCase, SignatureFacts } from '../../../spec/expectations/index.ts';
import type { RequirementId } from '../../../spec/requirements/index.ts';
import type { JudgeContext } from '../check.ts';
import { judgeFor, scaCaseFor, type Prediction, type ScaCaseParts } from '../sca-case.ts';
import { deviceOf, devicesOf, sceneFacts } from './model.ts';
import type { LifecycleStep, StepAction } from './observation.ts';
import type { DeviceRef, LifecycleState, ModelStatus } from './state.ts';

// What each lifecycle step should answer, from the model state before it: the decision table
// (spec/expectations) for everything it decides, docs/sca-evaluation-order.md step 6 for the
// device states it leaves to the business rules (activation, D-LIFE-1). Pure: the check calls it.

export interface StepExpectation {
  /** The case facts of the call, as the decision table reads them. */
  readonly scaCase: ScaCase;
  /** One expectation, with the other documented readings of the disputed profile rows. */
  readonly prediction: Prediction;
  readonly expectation: Expectation;
  /** The DECISION_TABLE row the step was held to; undefined for a lifecycle rule of our own. */
  readonly row: string | undefined;
}

const SIGNING_DEVICE: Readonly<Record<ModelStatus, SignatureFacts['device']>> = {
  ACTIVE: 'own-active',
  PENDING_ACTIVATION: 'own-pending',
  BLOCKED: 'own-blocked',
  REMOVED: 'own-removed',
};

/**
 * The SDK activation (PowerAuth, not a documented LinkCy operation) has no documented answer: it
 * must work with the code of a registered, PENDING device not yet activated (SCA-DEV-003), and
 * never with the code of a REMOVED device or a code already used (D-LIFE-1).
 */
export function sdkActivationAllowed(step: LifecycleStep): boolean {
  const { action } = step;
  if (action.kind !== 'sdk-activate') return false;
  const device = deviceOf(step.before, action.device);
  return device?.status === 'PENDING_ACTIVATION' && !device.sdk;
}

/** undefined for the SDK activation: sdkActivationAllowed says what it owes. */
export function expectationOf(step: LifecycleStep, judge: JudgeContext): StepExpectation | undefined {
  const { action, before } = step;
  switch (action.kind) {
    case 'sdk-activate':
      return undefined;
    case 'register': {
      const owner = sceneFacts(devicesOf(before, action.user));
      const signature = action.signer === undefined ? {} : { strategy: 'DATA_SIGNING', signature: signedBy(before, action.signer, action.user, step) };
      // With an ACTIVE device this is an extra device, which needs SCA (SCA-DEV-011).
      return fromTable(judge, before, action.user, { operationId: 'registerScaDevice', token: action.token, ...signature }, owner.devices === 'active' ? ['SCA-DEV-011'] : ['SCA-DEV-001', 'SCA-DEV-002']);
    }
    case 'activate':
      return activation(judge, before, action);
    case 'delete': {
      const removed = deviceOf(before, action.device)?.status === 'REMOVED';
      return fromTable(judge, before, action.device.user, { operationId: 'deleteScaDevice', token: action.token, resourceExists: !removed }, ['SCA-DEV-014']);
    }
    case 'sign': {
      const signature = signedBy(before, action.signer, action.owner, step, action.wrongPin);
      const judged = fromTable(judge, before, action.owner, { operationId: 'createCard', token: action.token, strategy: 'DATA_SIGNING', signature }, []);
      // What the answer says about the signing device's lifecycle: a deleted or blocked one signs
      // nothing; an activated one's correct signature performs the call (SCA-DEV-009).
      const status = deviceOf(before, action.signer)?.status;
      const accepted = judged.expectation.outcome.kind === 'success';
      const lifecycle: RequirementId[] = status === 'REMOVED' ? ['SCA-DEV-014'] : status === 'BLOCKED' ? ['SCA-DEV-015'] : accepted ? ['SCA-DEV-009'] : [];
      return held(judged, lifecycle);
    }
    case 'read-devices':
      return fromTable(judge, before, action.user, { operationId: 'getConsumer' }, []);
  }
}

function fromTable(judge: JudgeContext, state: LifecycleState, user: number, parts: ScaCaseParts, extra: readonly RequirementId[]): StepExpectation {
  const scaCase = scaCaseFor(judge, sceneFacts(devicesOf(state, user)), parts);
  const prediction = judgeFor(judge, scaCase);
  const [expectation] = prediction.expectations;
  if (expectation === undefined) throw new Error(`lifecycle: no prediction for ${parts.operationId}`);
  return held({ scaCase, prediction, expectation, row: expectation.rule }, extra);
}

/** The step held to `expectation` with `extra` requirements besides the row's. */
function held(step: StepExpectation, extra: readonly RequirementId[], expectation: Expectation = step.expectation): StepExpectation {
  const widened = { ...expectation, requirementIds: [...new Set([...expectation.requirementIds, ...extra])] };
  return { ...step, expectation: widened, prediction: { ...step.prediction, expectations: [widened] } };
}

// A REMOVED device is gone, so the table decides it as a device that does not exist (404
// SCA_REGISTRATION_NOT_FOUND), as for delete; an ACTIVE device activates again (204); one whose
// state does not allow it (no SDK activation yet, BLOCKED) gets 400 ERROR_OPERATION_STATE_CHANGE
// (step 6, SCA-DEV-007), once the bearer has passed.
function activation(judge: JudgeContext, state: LifecycleState, action: Extract<StepAction, { kind: 'activate' }>): StepExpectation {
  const device = deviceOf(state, action.device);
  const removed = device?.status === 'REMOVED';
  const table = fromTable(judge, state, action.device.user, { operationId: 'activateScaDevice', token: action.token, resourceExists: !removed }, removed ? ['SCA-DEV-007'] : ['SCA-DEV-005']);
  const allowed = device?.status === 'ACTIVE' || (device?.status === 'PENDING_ACTIVATION' && device.sdk);
  if (table.expectation.outcome.kind === 'error' || allowed) return table;
  const stateChange: Expectation = {
    outcome: { kind: 'error', code: 'ERROR_OPERATION_STATE_CHANGE', status: ERROR_CATALOGUE.ERROR_OPERATION_STATE_CHANGE.status },
    rule: 'LIFECYCLE-ACTIVATE-STATE',
    requirementIds: ['SCA-DEV-007', 'SCA-ERR-006', 'SCA-DEV-005'],
  };
  return { scaCase: table.scaCase, prediction: { expectations: [stateChange], alternatives: [] }, expectation: stateChange, row: undefined };
}

/** The facts of a correct signature by `signer` on a call for `owner`: only the device's standing and the PIN vary. */
function signedBy(state: LifecycleState, signer: DeviceRef, owner: number, step: LifecycleStep, wrongPin = false): ScaCaseParts['signature'] {
  const status = deviceOf(state, signer)?.status ?? 'REMOVED';
  const facts: SignatureFacts = {
    device: signer.user === owner ? SIGNING_DEVICE[status] : 'other-user',
    type: 'possession_knowledge',
    applicationKeyMatches: true,
    dataMatches: true,
    counter: wrongPin ? 'wrong-key' : 'fresh',
    provenance: step.provenance ?? 'unknown',
  };
  return { present: true, wellFormed: true, facts };
}
