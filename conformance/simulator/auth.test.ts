import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { expectError, SimulatorClient } from './test-support/simulator-client.ts';

// Step 1 of docs/sca-evaluation-order.md: bearer tokens and who may call what.

let simulator: SimulatorHandle;
let client: SimulatorClient;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual', tokenTtlMs: 60_000 });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());
beforeEach(() => simulator.control.reset());

describe('401 UNAUTHORIZED', () => {
  it.each([
    ['missing', {}],
    ['not Bearer', { authorization: 'Basic dXNlcjpwYXNz' }],
    ['empty Bearer', { authorization: 'Bearer ' }],
    ['unknown', { authorization: 'Bearer c29tZXRoaW5nLWVsc2U' }],
  ])('for a %s token, with a Bearer challenge', async (_name, headers) => {
    const { endUserId } = simulator.control.createEndUser();
    const result = await client.getEndUser(endUserId, undefined, { headers });
    expectError(result, 'UNAUTHORIZED');
    expect(result.headers['www-authenticate']).toBe('Bearer');
  });

  it('once the token lifetime has passed on the simulator clock, not a millisecond before', async () => {
    const token = await client.partnerToken();
    const { endUserId } = simulator.control.createEndUser();
    simulator.control.advanceClock(59_999);
    expect((await client.getEndUser(endUserId, token)).status).toBe(200);
    simulator.control.advanceClock(1);
    expectError(await client.getEndUser(endUserId, token), 'UNAUTHORIZED');
  });

  it('for tokens the control plane issues expired or malformed', async () => {
    const { endUserId } = simulator.control.createEndUser();
    for (const validity of ['expired', 'malformed'] as const) {
      const { token } = simulator.control.issueToken({ kind: 'partner', validity });
      expectError(await client.getEndUser(endUserId, token), 'UNAUTHORIZED');
    }
    const { token } = simulator.control.issueToken({ kind: 'end-user', endUserId });
    expect((await client.getEndUser(endUserId, token)).status).toBe(200);
  });

  it('before request validation: a bad body without a token is still 401', async () => {
    expectError(await client.call('createCard', { body: { nonsense: true } }), 'UNAUTHORIZED');
  });
});

describe('403 FORBIDDEN', () => {
  it('deleteScaDevice refuses end-user tokens, even the owner’s', async () => {
    const partner = await client.partnerToken();
    const { endUserId, token } = simulator.control.createEndUser();
    const { scaDeviceId } = await client.register(endUserId, partner);
    expectError(await client.call('deleteScaDevice', { pathParams: { scaDeviceId }, token }), 'FORBIDDEN');
    expect((await client.call('deleteScaDevice', { pathParams: { scaDeviceId }, token: partner })).status).toBe(204);
  });

  it("an end-user token cannot reach another end user's resources", async () => {
    const partner = await client.partnerToken();
    const mine = simulator.control.createEndUser();
    const theirs = simulator.control.createEndUser();
    const { scaDeviceId } = await client.register(theirs.endUserId, partner);
    const token = mine.token;
    expectError(await client.getEndUser(theirs.endUserId, token), 'FORBIDDEN');
    expectError(await client.call('registerScaDevice', { pathParams: { endUserId: theirs.endUserId }, token }), 'FORBIDDEN');
    expectError(await client.call('activateScaDevice', { pathParams: { scaDeviceId }, token }), 'FORBIDDEN');
    expectError(await client.createCard(theirs.endUserId, token, { headers: { 'linkcy-sca-strategy': 'BY_PASS' } }), 'FORBIDDEN');
    expect((await client.getEndUser(mine.endUserId, token)).status).toBe(200);
  });
});
