import type { ProbeContext } from '../context.ts';
import { onboardDevice, registerDevice } from '../fixtures/device.ts';
import { planRequest, sendPlanned } from '../fixtures/requests.ts';
import { buildScene } from '../fixtures/scene.ts';
import { HarnessError } from '../harness-error.ts';
import { scaCaseFor } from '../sca-case.ts';
import type { BoundaryCase } from './boundary-case.ts';

// Who the end user's devices make SCA apply to: a PENDING device beside an ACTIVE one leaves the
// end user with an active device (the next registration is an extra one, D-AUDIT-1), and under
// `factorHeader: "BIOMETRY|PIN"` a factor asked for with push is one some ACTIVE device has.

function factorHeaderRead(context: ProbeContext): string | undefined {
  return context.expect.factorHeader === 'BIOMETRY|PIN' ? undefined : 'the target profile leaves Linkcy-SCA-Factor out of the contract (factorHeader "absent")';
}

export function scaScopeBoundaryCases(_context: ProbeContext): BoundaryCase[] {
  return [
    {
      id: 'first-device/extra-beside-active-and-pending',
      requirementIds: ['SCA-DEV-011'],
      async play(session) {
        const scene = await buildScene(session, { devices: 'active', biometry: false });
        if (scene.onboarded === undefined) throw new HarnessError('the scene has no active device');
        await registerDevice(session, scene.endUserId, scene.partnerToken, scene.onboarded.device);
        const probe = await sendPlanned(session, planRequest(session, scene, 'registerScaDevice'), { token: scene.partnerToken });
        return [{ operationId: 'registerScaDevice', probe, scaCase: scaCaseFor(session.context, { ...scene, registrationPending: true }, { operationId: 'registerScaDevice' }), note: 'a third device, no SCA headers, beside an ACTIVE and a PENDING one' }];
      },
    },
    {
      id: 'factor-header/push-onboarded-factor',
      requirementIds: ['SCA-HDR-012'],
      notApplicable: factorHeaderRead,
      async play(session) {
        const scene = await buildScene(session, { devices: 'active', biometry: false });
        const probe = await sendPlanned(session, planRequest(session, scene, 'createCard'), { token: scene.partnerToken, headers: { 'linkcy-sca-factor': 'PIN' } });
        return [{ operationId: 'createCard', probe, scaCase: scaCaseFor(session.context, scene, { operationId: 'createCard', factor: 'PIN' }), note: 'push asking for the PIN the device has' }];
      },
    },
    {
      id: 'factor-header/push-factor-on-one-of-two-devices',
      requirementIds: ['SCA-HDR-012', 'SCA-ERR-009'],
      notApplicable: factorHeaderRead,
      async play(session) {
        const scene = await buildScene(session, { devices: 'active', biometry: false });
        if (scene.onboarded === undefined) throw new HarnessError('the scene has no active device');
        await onboardDevice(session, scene.endUserId, scene.partnerToken, { biometry: true, signer: scene.onboarded.device });
        const probe = await sendPlanned(session, planRequest(session, scene, 'createCard'), { token: scene.partnerToken, headers: { 'linkcy-sca-factor': 'BIOMETRY' } });
        return [{ operationId: 'createCard', probe, scaCase: scaCaseFor(session.context, { ...scene, factors: ['KNOWLEDGE', 'BIOMETRY'] }, { operationId: 'createCard', factor: 'BIOMETRY' }), note: 'push asking for biometry, which the second ACTIVE device has' }];
      },
    },
  ];
}
