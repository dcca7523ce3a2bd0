import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { validateActivationCode, verifyActivationCode } from '../../spec/powerauth/index.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { expectError, field, SimulatorClient } from './test-support/simulator-client.ts';

let simulator: SimulatorHandle;
let client: SimulatorClient;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual' });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());
beforeEach(() => simulator.control.reset());

describe('the full SCA journey', () => {
  it('registers, activates through the SDK, activates, then creates a card with a signed request', async () => {
    const token = await client.partnerToken();
    const { endUserId } = simulator.control.createEndUser();

    const registration = await client.register(endUserId, token);
    expect(validateActivationCode(registration.activationCode)).toBe(true);
    const signatureDer = Buffer.from(registration.activationCodeSignature, 'base64');
    expect(verifyActivationCode(registration.activationCode, signatureDer, Buffer.from(simulator.info.masterPublicKey, 'base64'))).toBe(true);
    expect(registration.activationQrCodeData).toBe(`${registration.activationCode}#${registration.activationCodeSignature}`);

    const device = await client.activateSdk(registration);
    expect(device.activationId).not.toBe(registration.scaDeviceId);
    const pending = await client.getEndUser(endUserId, token);
    expect(pending.body).toMatchObject({ scaDevices: [{ id: registration.scaDeviceId, status: 'PENDING_ACTIVATION', activatedAt: null, factors: ['PIN'] }] });

    const activation = await client.call('activateScaDevice', { pathParams: { scaDeviceId: registration.scaDeviceId }, token });
    expect(activation.status).toBe(204);
    const active = await client.getEndUser(endUserId, token);
    expect(active.body).toMatchObject({ scaDevices: [{ status: 'ACTIVE', activatedAt: new Date(simulator.clock.now()).toISOString() }] });

    const card = await client.call('createCard', { token, rawBody: client.cardBody(endUserId, 'PHYSICAL'), headers: { 'content-type': 'application/json' }, sign: { device } });
    expect(card.status).toBe(201);
    const cardId = field(card.body, 'id');
    expect((await client.call('getCard', { pathParams: { cardId }, token })).body).toMatchObject({ endUserId, type: 'PHYSICAL', status: { value: 'ACTIVE' } });

    const pin = await client.call('getCardPin', { pathParams: { cardId }, token, sign: { device } });
    expect(pin.status).toBe(200);
    expect(pin.headers['cache-control']).toBe('no-store');
    expect(field(pin.body, 'pin')).toMatch(/^\d{4}$/);
    expect(simulator.control.state().devices[0]).toMatchObject({ counterIndex: 2, failedAttempts: 0 });
  });

  it('signs with an end-user token too, and with a biometry factor when onboarded', async () => {
    const partner = await client.partnerToken();
    const { endUserId, token } = simulator.control.createEndUser({ name: 'Ada' });
    const { device } = await client.onboard(endUserId, partner, { biometry: true });
    const byKnowledge = await client.createCard(endUserId, token, { sign: { device }, headers: { 'linkcy-sca-factor': 'KNOWLEDGE' } });
    expect(byKnowledge.status).toBe(201);
    const byBiometry = await client.createCard(endUserId, token, { sign: { device, factor: 'biometry' }, headers: { 'linkcy-sca-factor': 'BIOMETRY' } });
    expect(byBiometry.status).toBe(201);
  });

  it('accepts protocol 3.0 decimal signatures', async () => {
    const token = await client.partnerToken();
    const { endUserId } = simulator.control.createEndUser();
    const { device } = await client.onboard(endUserId, token, { version: '3.0' });
    expect((await client.createCard(endUserId, token, { sign: { device } })).status).toBe(201);
  });
});

describe('partner login and refresh', () => {
  it('answers a token pair that is not cached, and refuses wrong credentials', async () => {
    const { partnerName, username } = simulator.info.partner;
    const ok = await client.call('login', { body: simulator.info.partner });
    expect(ok.status).toBe(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    expectError(await client.call('login', { body: { partnerName, username, password: 'wrong' } }), 'UNAUTHORIZED');
  });

  it('rotates refresh tokens: the old one works once, the new one works, an expired one does not', async () => {
    const login = await client.call('login', { body: simulator.info.partner });
    const refreshToken = field(login.body, 'refreshToken');
    const refreshed = await client.call('refreshToken', { body: { refreshToken } });
    expect(refreshed.status).toBe(200);
    expectError(await client.call('refreshToken', { body: { refreshToken } }), 'UNAUTHORIZED');
    const next = field(refreshed.body, 'refreshToken');
    simulator.control.advanceClock(24 * 60 * 60_000);
    expectError(await client.call('refreshToken', { body: { refreshToken: next } }), 'UNAUTHORIZED');
  });

  it('serves GET /health without a token', async () => {
    const health = await client.send('GET', '/health');
    expect({ status: health.status, body: health.body }).toEqual({ status: 200, body: { status: 'ok' } });
  });
});
