import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET_PROFILE } from '../../../spec/profile/index.ts';
import type { JudgeContext } from '../check.ts';
import { expectationOf } from './expect.ts';
import type { ModelDevice, ModelStatus } from './state.ts';
import type { Credential, LifecycleStep, StepAction } from './observation.ts';

// Every device state x every device operation under the partner's and the end user's own token,
// as docs/probe-design.md states it: device 0 of end user 0 in the state, alone or beside an
// ACTIVE device 1 (which signs the registration of another). The other end user's token is
// refused before any of it (403 FORBIDDEN, AUTH-OTHER-END-USER).

const judge: JudgeContext = { errorCodePointers: DEFAULT_TARGET_PROFILE.errorCodePointers, expect: DEFAULT_TARGET_PROFILE, profile: 'sandbox', signatureTtlMs: 30_000 };

function device(status: ModelStatus, id: string, sdk = true): ModelDevice {
  return { id, status, sdk, biometry: false, failedAttempts: 0 };
}

function answer(devices: readonly ModelDevice[], action: StepAction): string {
  const step: LifecycleStep = { command: 'test', action, before: { users: [devices, []] }, provenance: 'recorded' };
  const outcome = expectationOf(step, judge)?.expectation.outcome;
  return outcome === undefined ? 'none' : outcome.kind === 'success' ? `${outcome.status}` : `${outcome.status} ${outcome.code}`;
}

function answers(devices: readonly ModelDevice[], token: Credential): Record<string, string> {
  const first = { user: 0, index: 0 };
  return {
    register: answer(devices, { kind: 'register', user: 0, token }),
    ...(devices.length > 1 ? { 'register signed': answer(devices, { kind: 'register', user: 0, token, signer: { user: 0, index: 1 } }) } : {}),
    activate: answer(devices, { kind: 'activate', device: first, token }),
    delete: answer(devices, { kind: 'delete', device: first, token }),
    sign: answer(devices, { kind: 'sign', owner: 0, signer: first, token, wrongPin: false }),
  };
}

const NO_ACTIVE = '404 NO_ACTIVE_SCA_DEVICE_FOUND';
const NOT_VALID = '409 SCA_DEVICE_NOT_VALID';
const STATE_CHANGE = '400 ERROR_OPERATION_STATE_CHANGE';
const GONE = '404 SCA_REGISTRATION_NOT_FOUND';

// [state of device 0, beside an ACTIVE device 1, partner token answers; the end user's own token
// answers the same except delete, a partner-only operation: 403 FORBIDDEN].
const MATRIX: readonly [ModelStatus, boolean, Record<string, string>][] = [
  ['PENDING_ACTIVATION', false, { register: NO_ACTIVE, activate: '204', delete: '204', sign: NO_ACTIVE }],
  ['PENDING_ACTIVATION', true, { register: '409 SCA_REQUIRED', 'register signed': '400 ERROR_REGISTRATION_NOT_ALLOWED', activate: '204', delete: '204', sign: NOT_VALID }],
  ['ACTIVE', false, { register: '409 SCA_REQUIRED', activate: '204', delete: '204', sign: '201' }],
  ['ACTIVE', true, { register: '409 SCA_REQUIRED', 'register signed': '201', activate: '204', delete: '204', sign: '201' }],
  ['BLOCKED', false, { register: NO_ACTIVE, activate: STATE_CHANGE, delete: '204', sign: NO_ACTIVE }],
  ['BLOCKED', true, { register: '409 SCA_REQUIRED', 'register signed': '201', activate: STATE_CHANGE, delete: '204', sign: NOT_VALID }],
  ['REMOVED', false, { register: '201', activate: GONE, delete: GONE, sign: '409 SCA_DEVICE_NOT_SET' }],
  ['REMOVED', true, { register: '409 SCA_REQUIRED', 'register signed': '201', activate: GONE, delete: GONE, sign: NOT_VALID }],
];

describe('lifecycle expectations: every state x every device operation', () => {
  it.each(MATRIX)('%s (beside an ACTIVE device: %s)', (status, beside, partner) => {
    const devices = beside ? [device(status, 'd0'), device('ACTIVE', 'd1')] : [device(status, 'd0')];
    expect(answers(devices, 'partner')).toEqual(partner);
    expect(answers(devices, 'end-user')).toEqual({ ...partner, delete: '403 FORBIDDEN' });
    expect(Object.values(answers(devices, 'end-user-other')).every((outcome) => outcome === '403 FORBIDDEN')).toBe(true);
  });

  it('a PENDING device whose SDK activation has not happened cannot be activated', () => {
    expect(answer([device('PENDING_ACTIVATION', 'd0', false)], { kind: 'activate', device: { user: 0, index: 0 }, token: 'partner' })).toBe(STATE_CHANGE);
  });

  it('a device of the other end user signs nothing here, nor registers a device', () => {
    const mine = [device('ACTIVE', 'd0')];
    const step = (action: StepAction): LifecycleStep => ({ command: 'test', action, before: { users: [mine, [device('ACTIVE', 'e0')]] }, provenance: 'recorded' });
    const foreign = { user: 1, index: 0 };
    expect(expectationOf(step({ kind: 'sign', owner: 0, signer: foreign, token: 'partner', wrongPin: false }), judge)?.expectation.outcome).toMatchObject({ code: 'SCA_DEVICE_NOT_VALID' });
    expect(expectationOf(step({ kind: 'register', user: 0, token: 'partner', signer: foreign }), judge)?.row).toBe('DS-DEVICE-FOREIGN');
  });
});
