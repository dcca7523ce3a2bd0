import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../spec/powerauth/index.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { expectError, field, SimulatorClient } from './test-support/simulator-client.ts';

// Device registration, the SDK activation exchange, activation and deletion.

let simulator: SimulatorHandle;
let client: SimulatorClient;
let partner: string;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual' });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());
beforeEach(async () => {
  simulator.control.reset();
  partner = await client.partnerToken();
});

const UNKNOWN_ID = '5b0a4c3e-1111-4222-8333-944455556666';

describe('registerScaDevice', () => {
  it('needs no SCA for the first device; another while one awaits activation needs SCA, then is refused', async () => {
    const { endUserId } = simulator.control.createEndUser();
    await client.register(endUserId, partner);
    // A pending device is a device: an extra one needs SCA (audit finding, docs/sca-evaluation-order.md).
    expectError(await client.call('registerScaDevice', { pathParams: { endUserId }, token: partner }), 'NO_ACTIVE_SCA_DEVICE_FOUND');
    const bypass = { pathParams: { endUserId }, token: partner, headers: { 'linkcy-sca-strategy': 'BY_PASS' } };
    expectError(await client.call('registerScaDevice', bypass), 'ERROR_REGISTRATION_NOT_ALLOWED');
  });

  it('needs SCA from an active device for an extra device', async () => {
    const { endUserId } = simulator.control.createEndUser();
    const { device } = await client.onboard(endUserId, partner);
    expectError(await client.call('registerScaDevice', { pathParams: { endUserId }, token: partner }), 'SCA_REQUIRED');
    const second = await client.onboard(endUserId, partner, { registerWith: { sign: { device } } });
    expect((await client.createCard(endUserId, partner, { sign: { device: second.device } })).status).toBe(201);
  });

  it('lets a new first device register once the only device was removed', async () => {
    const { endUserId } = simulator.control.createEndUser();
    const { scaDeviceId } = await client.onboard(endUserId, partner);
    expect((await client.call('deleteScaDevice', { pathParams: { scaDeviceId }, token: partner })).status).toBe(204);
    await client.register(endUserId, partner);
  });

  it('answers 404 END_USER_NOT_FOUND for an unknown end user and 400 for a malformed id', async () => {
    expectError(await client.call('registerScaDevice', { pathParams: { endUserId: UNKNOWN_ID }, token: partner }), 'END_USER_NOT_FOUND');
    expectError(await client.call('registerScaDevice', { pathParams: { endUserId: 'not-a-uuid' }, token: partner }), 'ERROR_REQUEST');
  });
});

describe('activateScaDevice and deleteScaDevice', () => {
  it('refuses activation before the SDK activation, then activates, then is idempotent', async () => {
    const { endUserId } = simulator.control.createEndUser();
    const registration = await client.register(endUserId, partner);
    const activate = () => client.call('activateScaDevice', { pathParams: { scaDeviceId: registration.scaDeviceId }, token: partner });
    expectError(await activate(), 'ERROR_OPERATION_STATE_CHANGE');
    expect(simulator.control.state().devices).toMatchObject([{ id: registration.scaDeviceId, status: 'PENDING_ACTIVATION' }]);
    await client.activateSdk(registration);
    expect((await activate()).status).toBe(204);
    expect((await activate()).status).toBe(204);
    expect(simulator.control.state().devices).toMatchObject([{ id: registration.scaDeviceId, status: 'ACTIVE' }]);
  });

  it('answers SCA_REGISTRATION_NOT_FOUND for unknown device ids', async () => {
    expectError(await client.call('activateScaDevice', { pathParams: { scaDeviceId: UNKNOWN_ID }, token: partner }), 'SCA_REGISTRATION_NOT_FOUND');
    expectError(await client.call('deleteScaDevice', { pathParams: { scaDeviceId: UNKNOWN_ID }, token: partner }), 'SCA_REGISTRATION_NOT_FOUND');
  });

  it('removes a device: listed as REMOVED, deleted or activated again is 404, its signatures are not valid', async () => {
    const { endUserId } = simulator.control.createEndUser();
    const { device, scaDeviceId } = await client.onboard(endUserId, partner);
    const remove = () => client.call('deleteScaDevice', { pathParams: { scaDeviceId }, token: partner });
    expect((await remove()).status).toBe(204);
    expect((await client.getEndUser(endUserId, partner)).body).toMatchObject({
      scaDevices: [{ id: scaDeviceId, status: 'REMOVED' }],
    });
    expectError(await remove(), 'SCA_REGISTRATION_NOT_FOUND');
    // A removed device is gone (SCA-DEV-007): 404, not a state change, and it stays REMOVED.
    expectError(await client.call('activateScaDevice', { pathParams: { scaDeviceId }, token: partner }), 'SCA_REGISTRATION_NOT_FOUND');
    expect(simulator.control.state().devices).toMatchObject([{ id: scaDeviceId, status: 'REMOVED' }]);
    expectError(await client.createCard(endUserId, partner, { sign: { device } }), 'SCA_DEVICE_NOT_SET');
  });
});

describe('the PowerAuth activation exchange (POST /pa/v3/activation/create)', () => {
  const exchange = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    client.send('POST', '/pa/v3/activation/create', headers, typeof body === 'string' ? body : JSON.stringify(body));
  const devicePublicKey = () => generateKeyPair().publicKey.toString('base64');

  it('answers a fresh activation id, the server key and CTR_DATA, and records name and factors', async () => {
    const { endUserId } = simulator.control.createEndUser();
    const { activationCode, scaDeviceId } = await client.register(endUserId, partner);
    const answer = await exchange({ activationCode, devicePublicKey: devicePublicKey(), activationName: 'Pixel', platform: 'android', factors: ['KNOWLEDGE', 'BIOMETRY'] });
    expect(answer.status).toBe(200);
    expect(field(answer.body, 'activationId')).not.toBe(scaDeviceId);
    expect(Buffer.from(field(answer.body, 'serverPublicKey'), 'base64')).toHaveLength(65);
    expect(Buffer.from(field(answer.body, 'ctrData'), 'base64')).toHaveLength(16);
    expect(simulator.control.state().devices[0]).toMatchObject({
      status: 'PENDING_ACTIVATION',
      name: 'Pixel',
      platform: 'android',
      factors: ['KNOWLEDGE', 'BIOMETRY'],
      activationId: field(answer.body, 'activationId'),
    });
  });

  it('refuses a used code, an unknown code, and a malformed request naming the field', async () => {
    const { endUserId } = simulator.control.createEndUser();
    const { activationCode } = await client.register(endUserId, partner);
    const request = { activationCode, devicePublicKey: devicePublicKey(), activationName: 'phone' };
    expect((await exchange(request)).status).toBe(200);
    expectError(await exchange(request), 'ERROR_OPERATION_STATE_CHANGE');
    expectError(await exchange({ ...request, activationCode: 'AAAAA-AAAAA-AAAAA-AAAAA' }), 'SCA_REGISTRATION_NOT_FOUND');
    const invalid = await exchange({ ...request, devicePublicKey: 'AAAA', factors: ['BIOMETRY'] });
    expectError(invalid, 'ERROR_REQUEST');
    expect(JSON.stringify(invalid.body)).toContain('devicePublicKey');
    expect(JSON.stringify(invalid.body)).toContain('factors');
    expectError(await exchange('{', { 'content-type': 'application/json' }), 'ERROR_REQUEST');
    expectError(await exchange('code', { 'content-type': 'text/plain' }), 'UNSUPPORTED_MEDIA_TYPE');
  });
});
