import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSignatureHeader } from '../../spec/powerauth/index.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { expectError, SimulatorClient } from './test-support/simulator-client.ts';

// strictTtl: a signature no virtual device recorded has no known age, so it is refused.

let simulator: SimulatorHandle;
let client: SimulatorClient;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual', strictTtl: true });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());

describe('strictTtl', () => {
  it('refuses a signature of unknown provenance (no failed attempt) and accepts it once recorded', async () => {
    const partner = await client.partnerToken();
    const { endUserId } = simulator.control.createEndUser();
    const { device, scaDeviceId } = await client.onboard(endUserId, partner, { recordSignatures: false });
    const body = client.cardBody(endUserId);
    const header = device.sign({ method: 'POST', uri: '/api/partner/cards', body });
    const send = () =>
      client.call('createCard', {
        token: partner,
        rawBody: body,
        headers: { 'content-type': 'application/json', 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': header },
      });
    expectError(await send(), 'SCA_SIGNATURE_DOES_NOT_MATCH');
    expect(simulator.control.state().devices.find((entry) => entry.id === scaDeviceId)).toMatchObject({ failedAttempts: 0, counterIndex: 0 });

    const parsed = parseSignatureHeader(header);
    if (!parsed.ok) throw new Error('unreadable header');
    simulator.control.recordSignature({ activationId: parsed.header.activationId, nonce: parsed.header.nonce });
    expect((await send()).status).toBe(201);
  });
});
