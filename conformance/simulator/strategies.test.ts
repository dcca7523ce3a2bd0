import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { formatErrorMessage } from '../../spec/errors/index.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { expectError, field, SimulatorClient } from './test-support/simulator-client.ts';

// Step 5 for PUSH_NOTIFICATION (the default) and BY_PASS, in the sandbox profile.

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

describe('PUSH_NOTIFICATION', () => {
  it('is the default strategy and is not implemented: SCA_REQUIRED with the seed message', async () => {
    const { endUserId } = simulator.control.createEndUser();
    await client.onboard(endUserId, partner);
    const variants: Record<string, string>[] = [{}, { 'linkcy-sca-strategy': 'PUSH_NOTIFICATION' }];
    for (const headers of variants) {
      const result = await client.createCard(endUserId, partner, { headers });
      expectError(result, 'SCA_REQUIRED');
      expect(field(result.body, 'message')).toBe(formatErrorMessage('SCA_REQUIRED', 'PUSH_NOTIFICATION'));
    }
  });

  it('answers SCA_DEVICE_NOT_SET without devices and NO_ACTIVE_SCA_DEVICE_FOUND with only a pending one', async () => {
    const { endUserId } = simulator.control.createEndUser();
    expectError(await client.createCard(endUserId, partner), 'SCA_DEVICE_NOT_SET');
    await client.register(endUserId, partner);
    expectError(await client.createCard(endUserId, partner), 'NO_ACTIVE_SCA_DEVICE_FOUND');
  });

  // The 1.78 factor header is a profile choice (sca-profile.test.ts); 1.114.5 has none.
  it('ignores Linkcy-SCA-Factor under the default profile', async () => {
    const { endUserId } = simulator.control.createEndUser();
    await client.onboard(endUserId, partner);
    expectError(await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-factor': 'BIOMETRY' } }), 'SCA_REQUIRED');
  });

  it('plays the end user when a push mode is switched on', async () => {
    const { endUserId } = simulator.control.createEndUser();
    await client.onboard(endUserId, partner);
    simulator.control.setPushMode('approve');
    expect((await client.createCard(endUserId, partner)).status).toBe(201);
    simulator.control.setPushMode('decline');
    expectError(await client.createCard(endUserId, partner), 'SCA_INTERACTION_DECLINED');
    simulator.control.setPushMode('timeout');
    expectError(await client.createCard(endUserId, partner), 'SCA_INTERACTION_DECLINED');
    simulator.control.setPushMode('off');
    expectError(await client.createCard(endUserId, partner), 'SCA_REQUIRED');
  });
});

describe('BY_PASS in the sandbox', () => {
  it('performs the operation, even without any device', async () => {
    const { endUserId } = simulator.control.createEndUser();
    const card = await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'BY_PASS', 'linkcy-sca-factor': 'BIOMETRY' } });
    expect(card.status).toBe(201);
    const sensitive = await client.call('getCardPanCredentials', {
      pathParams: { cardId: field(card.body, 'id') },
      token: partner,
      headers: { 'linkcy-sca-strategy': 'BY_PASS' },
    });
    expect(sensitive.status).toBe(200);
    expect(Object.keys(sensitive.body as object).sort()).toEqual(['secret', 'token', 'ttl']);
  });
});

describe('the strategy header', () => {
  it.each([
    ['linkcy-sca-strategy', 'by_pass'],
    ['linkcy-sca-strategy', 'SMS'],
  ])('%s: %s is outside the enum: 400 ERROR_REQUEST', async (header, value) => {
    const { endUserId } = simulator.control.createEndUser();
    expectError(await client.createCard(endUserId, partner, { headers: { [header]: value } }), 'ERROR_REQUEST');
  });

  it('ignores them where no SCA is needed (first device)', async () => {
    const { endUserId } = simulator.control.createEndUser();
    await client.register(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'DATA_SIGNING' } });
  });
});
