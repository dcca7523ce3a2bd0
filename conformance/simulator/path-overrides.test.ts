import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { field, SimulatorClient } from './test-support/simulator-client.ts';

// A partner whose LinkCy paths differ: the simulator serves (and verifies signatures at) the
// mapped paths. Also: no control plane over HTTP when `control: false`.

let simulator: SimulatorHandle;
let client: SimulatorClient;

beforeAll(async () => {
  simulator = await startSimulator({
    clock: 'manual',
    control: false,
    pathOverrides: { getConsumer: '/api/partner/end-users/{consumerId}', createCard: '/v2/cards' },
  });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());

describe('path overrides', () => {
  it('serves the operations at the mapped paths, and signatures cover the mapped URI', async () => {
    const partner = await client.partnerToken();
    const { endUserId } = simulator.control.createEndUser();
    expect(simulator.operations.find((operation) => operation.operationId === 'createCard')?.pathTemplate).toBe('/v2/cards');
    expect((await client.send('GET', `/api/partner/end-users/${endUserId}`, { authorization: `Bearer ${partner}` })).status).toBe(200);
    expect((await client.send('GET', `/api/partner/consumers/${endUserId}`, { authorization: `Bearer ${partner}` })).status).toBe(404);
    const { device } = await client.onboard(endUserId, partner);
    const card = await client.createCard(endUserId, partner, { sign: { device } });
    expect(card.status).toBe(201);
    expect(simulator.control.state().cards.find((entry) => entry.id === field(card.body, 'id'))?.endUserId).toBe(endUserId);
  });

  it('has no HTTP control plane with control: false, and says so in its info', async () => {
    expect(simulator.info.controlPrefix).toBeUndefined();
    expect((await client.send('GET', '/__control/state')).status).toBe(404);
  });

  it('refuses a control prefix that would hide an operation', async () => {
    await expect(startSimulator({ controlPrefix: '/api/partner' })).rejects.toThrow(/would hide/);
    await expect(startSimulator({ controlPrefix: 'control' })).rejects.toThrow(/controlPrefix/);
  });
});
