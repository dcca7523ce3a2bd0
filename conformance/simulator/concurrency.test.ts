import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readErrorCode } from '../../spec/errors/index.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { field, SimulatorClient } from './test-support/simulator-client.ts';

// Mutations are atomic: 100 signed requests in flight at once never make a counter go back, never
// accept one signature twice, and never leave half a state (a card without its counter step).

let simulator: SimulatorHandle;
let client: SimulatorClient;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual' });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());

const DEVICES = 5;
const SIGNATURES_PER_DEVICE = 20;

describe('100 concurrent signed requests from several devices', () => {
  it('keep every counter consistent with the signatures accepted', async () => {
    simulator.control.reset();
    const partner = await client.partnerToken();
    const users = await Promise.all(
      Array.from({ length: DEVICES }, async () => {
        const { endUserId } = simulator.control.createEndUser();
        return { endUserId, ...(await client.onboard(endUserId, partner)) };
      }),
    );
    // Each device signs its 20 requests in counter order, then all 100 go out at once: arrival
    // order is the network's, so a later counter may overtake an earlier one.
    const requests = users.flatMap(({ endUserId, device }) =>
      Array.from({ length: SIGNATURES_PER_DEVICE }, (_unused, position) => {
        const body = client.cardBody(endUserId, 'VIRTUAL', { friendlyName: `card ${position}` });
        const header = device.sign({ method: 'POST', uri: '/api/partner/cards', body });
        return { endUserId, position, body, header };
      }),
    );
    const results = await Promise.all(
      requests.map((request) =>
        client.call('createCard', {
          token: partner,
          rawBody: request.body,
          headers: { 'content-type': 'application/json', 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': request.header },
        }),
      ),
    );

    expect(results.every((result) => result.status < 500)).toBe(true);
    for (const result of results.filter((candidate) => candidate.status !== 201)) {
      expect(['SCA_SIGNATURE_DOES_NOT_MATCH', 'SCA_DEVICE_NOT_VALID', 'NO_ACTIVE_SCA_DEVICE_FOUND']).toContain(readErrorCode(result.body));
    }

    const state = simulator.control.state();
    for (const { endUserId, scaDeviceId } of users) {
      const accepted = requests.filter((request, index) => request.endUserId === endUserId && results[index]?.status === 201);
      expect(accepted.length).toBeGreaterThan(0);
      // Every accepted signature made exactly one card: none counted twice, none half done.
      const cards = state.cards.filter((card) => card.endUserId === endUserId);
      expect(cards).toHaveLength(accepted.length);
      // The counter stands right after the furthest accepted signature...
      const furthest = Math.max(...accepted.map((request) => request.position));
      expect(state.devices.find((device) => device.id === scaDeviceId)?.counterIndex).toBe(furthest + 1);
      // ...and never went back: cards, in creation order, were signed at increasing counters.
      const positions = cards.map((card) => Number(card.friendlyName?.replace('card ', '')));
      expect(positions).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(positions).size).toBe(positions.length);
    }
  });

  it('accept one signature once when it is sent 20 times at once', async () => {
    simulator.control.reset();
    const partner = await client.partnerToken();
    const { endUserId } = simulator.control.createEndUser();
    const { device, scaDeviceId } = await client.onboard(endUserId, partner);
    const body = client.cardBody(endUserId);
    const header = device.sign({ method: 'POST', uri: '/api/partner/cards', body });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.call('createCard', {
          token: partner,
          rawBody: body,
          headers: { 'content-type': 'application/json', 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': header },
        }),
      ),
    );
    expect(results.filter((result) => result.status === 201)).toHaveLength(1);
    expect(simulator.control.state().devices.find((entry) => entry.id === scaDeviceId)?.counterIndex).toBe(1);
    expect(simulator.control.state().cards).toHaveLength(1);
  });
});
