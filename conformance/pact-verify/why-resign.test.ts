import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProbeContext } from '../probes/context.ts';
import { buildScene, type Scene } from '../probes/fixtures/scene.ts';
import { dataSigningHeaders, signRequest } from '../probes/fixtures/signing.ts';
import { CaseSession, errorCodeOf } from '../probes/session.ts';
import { startSimulatorTarget, type Target } from '../targets/index.ts';

// Why verify-pact re-signs (resigning-filter.ts): even a signature made by the very device of the
// provider state, over the very request sent, stops being accepted once it has been used (the
// counter moved on) or once 30 s have passed (TTL). A pact's recorded signature is both, and
// was made by a device the target never activated. The re-signing filter signs again each time.

describe('a recorded signature cannot be replayed', () => {
  let target: Target;
  let session: CaseSession;
  let scene: Scene;
  beforeAll(async () => {
    target = await startSimulatorTarget();
    session = new CaseSession(await createProbeContext(target), 'why-resign');
    scene = await buildScene(session, { devices: 'active', biometry: false });
  });
  afterAll(() => target.close());

  const getPin = (signature: string) =>
    session.call('getCardPin', { pathParams: { cardId: scene.resources.cardId }, token: scene.partnerToken, headers: dataSigningHeaders(signature) });
  const freshSignature = async () =>
    (await signRequest(session, scene.onboarded!.device, { method: 'GET', uri: session.targetOf('getCardPin', { cardId: scene.resources.cardId }) })).header;

  it('the same signature sent a second time is refused: the counter has moved on', async () => {
    const recorded = await freshSignature();
    expect((await getPin(recorded)).response.status).toBe(200);
    const replay = await getPin(recorded);
    expect(replay.response.status).toBe(401);
    expect(errorCodeOf(replay, session.context.errorCodePointers)).toBe('SCA_SIGNATURE_DOES_NOT_MATCH');
    // What the filter does instead: a new signature from the same device is accepted.
    expect((await getPin(await freshSignature())).response.status).toBe(200);
  });

  it('a signature older than the 30 s TTL is refused, a fresh one at the same moment accepted', async () => {
    const recorded = await freshSignature();
    await session.control().advanceClock(30_001);
    const late = await getPin(recorded);
    expect(late.response.status).toBe(401);
    expect(errorCodeOf(late, session.context.errorCodePointers)).toBe('SCA_SIGNATURE_DOES_NOT_MATCH');
    expect((await getPin(await freshSignature())).response.status).toBe(200);
  });
});
