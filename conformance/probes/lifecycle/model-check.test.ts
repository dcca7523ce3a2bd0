import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET_PROFILE } from '../../../spec/profile/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { JudgeContext } from '../check.ts';
import { lifecycleModel } from './model-check.ts';
import type { LifecycleState } from './state.ts';
import type { LifecycleObservation, LifecycleStep, StepAction } from './observation.ts';

// lifecycle/model on hand-made steps: it predicts each from the state recorded before it, so the
// same answer passes or fails depending on that state, and it reports the step at fault.

const judge: JudgeContext = { errorCodePointers: DEFAULT_TARGET_PROFILE.errorCodePointers, expect: DEFAULT_TARGET_PROFILE, profile: 'sandbox', signatureTtlMs: 30_000 };

function answered(operationId: OperationId, status: number, body?: unknown): Exchange {
  return {
    operationId,
    request: { method: 'POST', target: '/x', headers: {}, body: '' },
    response: { status, headers: {}, bodyText: JSON.stringify(body ?? ''), ...(body === undefined ? {} : { body }), durationMs: 1 },
  };
}

const SIGN: StepAction = { kind: 'sign', owner: 0, signer: { user: 0, index: 0 }, token: 'partner', wrongPin: false };
const withDevice = (status: 'ACTIVE' | 'REMOVED'): LifecycleState => ({ users: [[{ id: 'd0', status, sdk: true, biometry: false, failedAttempts: 0 }], []] });
const observe = (steps: LifecycleStep[]): LifecycleObservation => ({ caseId: 'c', exchanges: [], endUsers: 2, steps });

describe('lifecycle/model', () => {
  it('passes a signed call of an ACTIVE device answered 201, holding it to OK-createCard', () => {
    const judgement = lifecycleModel.run(observe([{ command: 'sign', action: SIGN, before: withDevice('ACTIVE'), exchange: answered('createCard', 201, { id: 'card' }), provenance: 'recorded' }]), judge);
    expect(judgement).toEqual({ problems: [], rows: ['OK-createCard'] });
  });

  it('fails the same answer after the device was deleted, naming SCA-DEV-014', () => {
    const first: LifecycleStep = { command: 'delete', action: { kind: 'delete', device: { user: 0, index: 0 }, token: 'partner' }, before: withDevice('ACTIVE'), exchange: answered('deleteScaDevice', 204) };
    const second: LifecycleStep = { command: 'sign after delete', action: SIGN, before: withDevice('REMOVED'), exchange: answered('createCard', 201, { id: 'card' }), provenance: 'recorded' };
    const { problems, rows } = lifecycleModel.run(observe([first, second]), judge);
    expect(rows).toEqual(['OK-deleteScaDevice', 'DS-DEVICE-NOT-SET']);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.requirementIds).toContain('SCA-DEV-014');
    expect(problems[0]?.severity).toBe('critical');
    expect(problems[0]?.message).toMatch(/^Steps: delete -> 204; sign after delete -> 201\nCommand: sign after delete\nExpected: 409 SCA_DEVICE_NOT_SET/);
  });

  it('fails a device list that does not show the model status', () => {
    const step: LifecycleStep = { command: 'read', action: { kind: 'read-devices', user: 0 }, before: withDevice('REMOVED'), exchange: answered('getConsumer', 200, { scaDevices: [{ id: 'd0', status: 'ACTIVE' }] }) };
    expect(lifecycleModel.run(observe([step]), judge).problems[0]).toMatchObject({ rule: 'LIFECYCLE-LISTED-REMOVED', requirementIds: ['SCA-DEV-004', 'SCA-DEV-014'] });
  });

  it('fails an SDK activation refused for a PENDING device, and one accepted with a REMOVED device\'s code', () => {
    const action: StepAction = { kind: 'sdk-activate', device: { user: 0, index: 0 }, biometry: false };
    const pending: LifecycleState = { users: [[{ id: 'd0', status: 'PENDING_ACTIVATION', sdk: false, biometry: false, failedAttempts: 0 }], []] };
    expect(lifecycleModel.run(observe([{ command: 'sdk', action, before: pending, failure: 'answered 400' }]), judge).problems[0]?.requirementIds).toEqual(['SCA-DEV-003']);
    expect(lifecycleModel.run(observe([{ command: 'sdk', action, before: pending }]), judge).problems).toEqual([]);
    expect(lifecycleModel.run(observe([{ command: 'sdk again', action, before: withDevice('REMOVED') }]), judge).problems[0]).toMatchObject({ rule: 'LIFECYCLE-SDK-CODE-REMOVED', requirementIds: ['SCA-DEV-014', 'SCA-DEV-003'] });
    expect(lifecycleModel.run(observe([{ command: 'sdk again', action, before: withDevice('ACTIVE'), failure: 'answered 400' }]), judge).problems).toEqual([]);
  });
});
