import { randomUUID } from 'node:crypto';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { Exchange } from '../../targets/index.ts';
import { registerDevice, sdkActivate } from '../fixtures/device.ts';
import { OPERATION_RECIPES, type SceneResources } from '../fixtures/operations.ts';
import { bearerOf, planRequest, sendPlanned, signPlanned, type PlannedRequest } from '../fixtures/requests.ts';
import { buildScene, type Scene } from '../fixtures/scene.ts';
import { dataSigningHeaders } from '../fixtures/signing.ts';
import type { CaseSession } from '../session.ts';
import type { ResponseCase, StatefulVariant } from './cases.ts';

// Plays a response case from the operation table (fixtures/operations.ts): the same request as
// every other family, on the scene's resources, on resources nobody created, or broken. The probe
// exchange is never asserted here: whatever comes back is what the response checks judge. Fixture
// steps before it still must succeed.

const EXAMPLE_ID = '0b9a3f4e-2c1d-4e5f-8a7b-6c5d4e3f2a1b';
const NOT_A_UUID = 'not-a-uuid';

export async function playResponseCase(session: CaseSession, testCase: ResponseCase): Promise<Exchange> {
  return testCase.kind === 'stateful' ? playStateful(session, testCase.operationId, testCase.variant) : playExample(session, testCase);
}

/** The scene's resources swapped for ids nobody issued (a wrong password and refresh token for the token calls). */
function unknownResources(resources: SceneResources): SceneResources {
  return {
    ...resources,
    partner: { ...resources.partner, password: `wrong-${randomUUID()}` },
    endUserId: randomUUID(),
    endUserRefreshToken: `unknown-${randomUUID()}`,
    ledgerId: randomUUID(),
    secondLedgerId: randomUUID(),
    cardDesignId: randomUUID(),
    cardProfileId: randomUUID(),
    cardId: randomUUID(),
    beneficiaryId: randomUUID(),
    corporateId: randomUUID(),
    scaDeviceId: randomUUID(),
  };
}

/** Every path parameter not an id, and a body that is not an object: refused at request validation. */
function invalidRequest(session: CaseSession, planned: PlannedRequest): PlannedRequest {
  const pathParams = Object.fromEntries(Object.keys(planned.pathParams).map((name) => [name, NOT_A_UUID]));
  return {
    ...planned,
    pathParams,
    target: session.targetOf(planned.operationId, pathParams),
    ...(planned.body === undefined || Object.keys(pathParams).length > 0 ? {} : { body: '[]' }),
  };
}

async function playStateful(session: CaseSession, operationId: OperationId, variant: StatefulVariant): Promise<Exchange> {
  // Registration and activation start from an end user with no device; the rest need an active one.
  const fresh = operationId === 'registerScaDevice' || operationId === 'activateScaDevice';
  const scene = await buildScene(session, { devices: fresh ? 'none' : 'active', biometry: false });
  if (operationId === 'activateScaDevice' && variant === 'success') {
    const registration = await registerDevice(session, scene.endUserId, scene.partnerToken);
    await sdkActivate(session, registration, false);
    return session.call('activateScaDevice', { pathParams: { scaDeviceId: registration.scaDeviceId }, token: scene.partnerToken });
  }
  const resources = variant === 'unknown-resource' ? unknownResources(scene.resources) : scene.resources;
  const sceneFor: Scene = { ...scene, resources: { ...resources, scaDeviceId: resources.scaDeviceId ?? randomUUID() } };
  const planned = planRequest(session, sceneFor, operationId);
  const sent = variant === 'invalid-request' ? invalidRequest(session, planned) : planned;
  const token = variant === 'no-token' ? undefined : bearerOf(scene, sent);
  const device = scene.onboarded?.device;
  // SCA by a correct signature wherever the operation may need it, so the answer is the operation's own.
  if (!session.operation(operationId).scaEligible || device === undefined || variant === 'no-token') return sendPlanned(session, sent, { token });
  const signed = await signPlanned(session, device, sent);
  return sendPlanned(session, sent, { token, headers: dataSigningHeaders(signed.header) });
}

/** A valid request (so a mock answers from the document), asking Prism for one documented answer. */
function playExample(session: CaseSession, testCase: Extract<ResponseCase, { kind: 'documented-example' }>): Promise<Exchange> {
  const { operationId, status, example } = testCase;
  const operation = session.operation(operationId);
  const resources: SceneResources = {
    partner: { partnerName: 'probe', username: 'probe', password: 'probe' },
    partnerName: 'probe',
    consumerPhone: '33612345678',
    endUserId: EXAMPLE_ID,
    endUserRefreshToken: 'probe',
    ledgerId: EXAMPLE_ID,
    secondLedgerId: EXAMPLE_ID,
    cardDesignId: EXAMPLE_ID,
    cardProfileId: EXAMPLE_ID,
    cardId: EXAMPLE_ID,
    beneficiaryId: EXAMPLE_ID,
    corporateId: EXAMPLE_ID,
    scaDeviceId: EXAMPLE_ID,
  };
  const recipe = OPERATION_RECIPES[operationId];
  const body = recipe.body?.(resources, 'main');
  return session.call(operationId, {
    pathParams: recipe.pathParams(resources),
    ...(operation.tokenPolicy === 'none' ? {} : { token: 'probe-token' }),
    ...(body === undefined ? {} : { body }),
    headers: { prefer: example === null ? `code=${status}` : `code=${status}, example=${example}` },
  });
}
