import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDefaultValidators } from '../../spec/validate/index.ts';
import { SIMULATOR_DEFECTS, startSimulator, type SimulatorDefect, type SimulatorHandle } from './index.ts';
import { readErrorCode } from '../../spec/errors/index.ts';
import { field, SimulatorClient } from './test-support/simulator-client.ts';

// Each test-only defect changes the behaviour it names (the correct behaviour is tested in the
// other files). The probe suite proves its checks catch them; here we only prove they bite.

const simulators = new Map<SimulatorDefect, SimulatorHandle>();

beforeAll(async () => {
  await Promise.all(
    SIMULATOR_DEFECTS.map(async (defect) => {
      const profile = defect === 'bypassInProduction' ? 'production' : 'sandbox';
      simulators.set(defect, await startSimulator({ clock: 'manual', profile, defects: [defect] }));
    }),
  );
});
afterAll(() => Promise.all([...simulators.values()].map((simulator) => simulator.stop())));

/** A fresh end user with an ACTIVE device on the simulator with `defect`. */
async function setUp(defect: SimulatorDefect) {
  const simulator = simulators.get(defect);
  if (simulator === undefined) throw new Error(`no simulator for ${defect}`);
  const client = new SimulatorClient(simulator);
  const partner = await client.partnerToken();
  const { endUserId, token } = simulator.control.createEndUser();
  const { device, scaDeviceId } = await client.onboard(endUserId, partner);
  const body = client.cardBody(endUserId);
  const send = (header: string, sentBody = body) =>
    client.call('createCard', {
      token: partner,
      rawBody: sentBody,
      headers: { 'content-type': 'application/json', 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': header },
      validate: false,
    });
  return { simulator, client, partner, endUserId, endUserToken: token, device, scaDeviceId, body, send };
}

describe('simulator defects (test only)', () => {
  it('acceptReplays: the same signature passes twice', async () => {
    const { device, body, send } = await setUp('acceptReplays');
    const header = device.sign({ method: 'POST', uri: '/api/partner/cards', body });
    expect([(await send(header)).status, (await send(header)).status]).toEqual([201, 201]);
  });

  it('ignoreTtl: an expired signature passes', async () => {
    const { simulator, device, body, send } = await setUp('ignoreTtl');
    const header = device.sign({ method: 'POST', uri: '/api/partner/cards', body });
    simulator.control.advanceClock(30_001);
    expect((await send(header)).status).toBe(201);
  });

  it('acceptPossessionOnly: a possession-only signature passes', async () => {
    const { device, body, send } = await setUp('acceptPossessionOnly');
    expect((await send(device.sign({ method: 'POST', uri: '/api/partner/cards', body, factor: 'possession' }))).status).toBe(201);
  });

  it('wrongStatusForScaRequired: SCA_REQUIRED comes with 400', async () => {
    const { client, partner, endUserId } = await setUp('wrongStatusForScaRequired');
    const result = await client.createCard(endUserId, partner, { validate: false });
    expect({ status: result.status, code: readErrorCode(result.body) }).toEqual({ status: 400, code: 'SCA_REQUIRED' });
  });

  it('missingErrorCode: error bodies have no errorCode', async () => {
    const { client, partner, endUserId } = await setUp('missingErrorCode');
    const result = await client.createCard(endUserId, partner, { validate: false });
    expect(result.status).toBe(409);
    expect(result.body).not.toHaveProperty('errorCode');
    expect(result.body).toHaveProperty('message');
  });

  it('bypassInProduction: BY_PASS performs the operation in production', async () => {
    const { client, partner, endUserId } = await setUp('bypassInProduction');
    expect((await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'BY_PASS' } })).status).toBe(201);
  });

  it('bodyNotSigned: a signature over no body passes with any body', async () => {
    const { client, device, endUserId, send } = await setUp('bodyNotSigned');
    const header = device.sign({ method: 'POST', uri: '/api/partner/cards', body: '' });
    expect((await send(header, client.cardBody(endUserId, 'PHYSICAL'))).status).toBe(201);
  });

  it('queryNotSigned: a signature over the bare path passes with any query', async () => {
    const { client, partner, endUserId, device } = await setUp('queryNotSigned');
    const card = await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'BY_PASS' } });
    const cardId = field(card.body, 'id');
    const result = await client.call('getCardPanCredentials', {
      pathParams: { cardId },
      query: { display: 'full' },
      token: partner,
      sign: { device, signedTarget: `/api/partner/cards/${cardId}/pan/credentials` },
    });
    expect(result.status).toBe(200);
  });

  it('extraDeviceWithoutSca: a second device registers without SCA', async () => {
    const { client, partner, endUserId } = await setUp('extraDeviceWithoutSca');
    expect((await client.call('registerScaDevice', { pathParams: { endUserId }, token: partner })).status).toBe(201);
  });

  it('deleteWithEndUserToken: an end-user token deletes a device', async () => {
    const { client, endUserToken, scaDeviceId } = await setUp('deleteWithEndUserToken');
    expect((await client.call('deleteScaDevice', { pathParams: { scaDeviceId }, token: endUserToken })).status).toBe(204);
  });

  it('offSchemaResponse: the created card comes back without the required id', async () => {
    const { client, partner, endUserId } = await setUp('offSchemaResponse');
    const result = await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'BY_PASS' }, validate: false });
    expect(result.status).toBe(201);
    const violations = getDefaultValidators().validateResponse('createCard', { status: result.status, headers: result.headers, body: result.body });
    expect(violations.map((violation) => violation.rule)).toContain('required');
  });

  it('unboundedCounterWindow: a counter 90 steps ahead (past twice the window, the farthest a probe goes) is found', async () => {
    const { device, body, send } = await setUp('unboundedCounterWindow');
    device.skipCounter(90);
    expect((await send(device.sign({ method: 'POST', uri: '/api/partner/cards', body }))).status).toBe(201);
  });

  it('secondCardRefused: a third card of one end user is refused', async () => {
    const { client, partner, endUserId } = await setUp('secondCardRefused');
    const statuses = [];
    for (let card = 0; card < 3; card++) statuses.push((await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'BY_PASS' }, validate: false })).status);
    expect(statuses).toEqual([201, 201, 400]);
  });

  it('deleteKeepsDevice: a deleted device still signs', async () => {
    const { client, partner, scaDeviceId, device, body, send } = await setUp('deleteKeepsDevice');
    expect((await client.call('deleteScaDevice', { pathParams: { scaDeviceId }, token: partner })).status).toBe(204);
    expect((await send(device.sign({ method: 'POST', uri: '/api/partner/cards', body }))).status).toBe(201);
  });

  it('registrationUnblocks: registering a device unblocks a BLOCKED one', async () => {
    const { client, partner, endUserId, device, body, send } = await setUp('registrationUnblocks');
    const second = await client.onboard(endUserId, partner, { registerWith: { sign: { device } } });
    for (let attempt = 0; attempt < 5; attempt++) await send(device.sign({ method: 'POST', uri: '/api/partner/cards', body, pin: '0000' }));
    expect((await send(device.sign({ method: 'POST', uri: '/api/partner/cards', body }))).status).toBe(409);
    await client.register(endUserId, partner, { sign: { device: second.device } });
    expect((await send(device.sign({ method: 'POST', uri: '/api/partner/cards', body }))).status).toBe(201);
  });

  it('foreignDeviceSigns: a device of another end user signs', async () => {
    const { client, partner, device } = await setUp('foreignDeviceSigns');
    const other = (await setUp('foreignDeviceSigns')).endUserId;
    const otherBody = client.cardBody(other);
    const result = await client.call('createCard', {
      token: partner,
      rawBody: otherBody,
      headers: { 'content-type': 'application/json', 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': device.sign({ method: 'POST', uri: '/api/partner/cards', body: otherBody }) },
      validate: false,
    });
    expect(result.status).toBe(201);
  });

  it('refuses an unknown defect name, listing the valid ones', async () => {
    // What a JavaScript caller (no type checker) could pass.
    const defects = ['noSuchDefect'] as unknown as SimulatorDefect[];
    await expect(startSimulator({ defects })).rejects.toThrow(/acceptReplays/);
  });
});
