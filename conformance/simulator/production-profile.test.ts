import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../../spec/errors/index.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { expectError, field, SimulatorClient } from './test-support/simulator-client.ts';

// The production profile: BY_PASS is refused; everything else behaves as in the sandbox.

let simulator: SimulatorHandle;
let client: SimulatorClient;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual', profile: 'production' });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());
beforeEach(() => simulator.control.reset());

describe('BY_PASS in production', () => {
  it('answers SCA_REQUIRED "current strategy BY_PASS", and DATA_SIGNING still works', async () => {
    const partner = await client.partnerToken();
    const { endUserId } = simulator.control.createEndUser();
    const { device } = await client.onboard(endUserId, partner);
    const bypass = await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'BY_PASS' } });
    expectError(bypass, 'SCA_REQUIRED');
    expect(field(bypass.body, 'message')).toBe(formatErrorMessage('SCA_REQUIRED', 'BY_PASS'));
    expectError(await client.call('registerScaDevice', { pathParams: { endUserId }, token: partner, headers: { 'linkcy-sca-strategy': 'BY_PASS' } }), 'SCA_REQUIRED');
    expect((await client.createCard(endUserId, partner, { sign: { device } })).status).toBe(201);
    expect(simulator.control.state().profile).toBe('production');
  });
});
