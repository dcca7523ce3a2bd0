import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../simulator/index.ts';
import { sha256, startAppStandInFor, type AppStandIn } from './app-stand-in.ts';

// The mobile-app stand-in: activation only from an authenticated code, signatures by the end
// user's ACTIVE device for exactly what it is asked, a log of each, and clear refusals.

let simulator: SimulatorHandle;
let app: AppStandIn;
let token: string;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual' });
  app = await startAppStandInFor(simulator);
  token = simulator.control.issueToken({ kind: 'partner' }).token;
});

afterAll(async () => {
  await app.stop();
  await simulator.stop();
});

async function register(endUserId: string): Promise<Record<string, string>> {
  const response = await fetch(`${simulator.url}/api/partner/end-users/${endUserId}/sca-devices`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  return (await response.json()) as Record<string, string>;
}

const post = (path: string, body: unknown): Promise<Response> =>
  fetch(`${app.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('the app stand-in', () => {
  it('activates from the QR data, signs with the ACTIVE device and logs the signature', async () => {
    const { endUserId } = simulator.control.createConsumer();
    const registration = await register(endUserId);
    expect((await post(`/end-users/${endUserId}/activation`, { activationQrCodeData: registration.activationQrCodeData })).status).toBe(204);
    await fetch(`${simulator.url}/api/partner/sca-devices/${registration.scaDeviceId}/activate`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
    simulator.control.advanceClock(5_000);
    const answer = await post(`/end-users/${endUserId}/signatures`, { method: 'post', uri: '/api/partner/cards?x=1', body: '{"a":1}' });
    expect(answer.status).toBe(200);
    const { header } = (await answer.json()) as { header: string };
    expect(header).toMatch(/^PowerAuth pa_activation_id="/);
    expect(app.signatures.at(-1)).toMatchObject({
      endUserId,
      scaDeviceId: registration.scaDeviceId,
      method: 'POST',
      uri: '/api/partner/cards?x=1',
      bodySha256: sha256('{"a":1}'),
      signatureSha256: sha256(header),
      signedAtMs: simulator.control.now(),
      deliberatelyWrong: false,
    });
  });

  it('refuses a code whose signature does not verify, and a bare code without its signature', async () => {
    const { endUserId } = simulator.control.createConsumer();
    const registration = await register(endUserId);
    const forged = await post(`/end-users/${endUserId}/activation`, { activationCode: registration.activationCode, activationCodeSignature: Buffer.alloc(70, 1).toString('base64') });
    expect(forged.status).toBe(422);
    expect(await forged.json()).toMatchObject({ errorCode: 'ACTIVATION_FAILED' });
    const bare = await post(`/end-users/${endUserId}/activation`, { activationCode: registration.activationCode });
    expect(bare.status).toBe(400);
    expect(((await bare.json()) as { message: string }).message).toMatch(/^activationCodeSignature: required beside activationCode/);
  });

  it.each([
    [{ uri: '/x', body: '' }, /^method: /],
    [{ method: 'GET', uri: 'cards', body: '' }, /^uri: must be the path and query/],
    [{ method: 'POST', uri: '/x', body: { a: 1 } }, /^body: must be the exact body text/],
  ])('refuses the signature request %j naming the field', async (body, message) => {
    const answer = await post('/end-users/someone/signatures', body);
    expect(answer.status).toBe(400);
    expect(((await answer.json()) as { message: string }).message).toMatch(message);
  });

  it('answers SCA_DEVICE_NOT_SET when it holds no device for the end user, 404 elsewhere', async () => {
    const answer = await post('/end-users/nobody/signatures', { method: 'GET', uri: '/x', body: '' });
    expect([answer.status, ((await answer.json()) as { errorCode: string }).errorCode]).toEqual([409, 'SCA_DEVICE_NOT_SET']);
    expect((await post('/elsewhere', {})).status).toBe(404);
  });
});
