import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../simulator/index.ts';
import { ControlPlaneError, createControlClient } from './control-client.ts';
import { httpTransport } from './http-send.ts';

describe('createControlClient', () => {
  let simulator: SimulatorHandle;
  let impostor: Server;
  let impostorUrl: string;
  beforeAll(async () => {
    simulator = await startSimulator({ controlPrefix: '/ops' });
    // Answers 200 {} to everything: a server that is not a simulator control plane.
    impostor = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{}');
    });
    await new Promise<void>((resolve) => impostor.listen(0, '127.0.0.1', resolve));
    impostorUrl = `http://127.0.0.1:${(impostor.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await simulator.stop();
    await new Promise<void>((resolve) => impostor.close(() => resolve()));
  });

  it('speaks every route under the control prefix it is given', async () => {
    const control = createControlClient(httpTransport(simulator.url), '/ops');
    const { token } = await control.issueToken({ kind: 'partner', validity: 'expired' });
    expect(token).not.toBe('');
    await control.injectFault({ operationId: 'createCard', count: 1, status: 503 });
    expect(simulator.control.state().faults).toEqual([expect.objectContaining({ operationId: 'createCard', status: 503 })]);
    const now = await control.now();
    const { createdAtMs } = await control.recordSignature({ activationId: 'activation-1', nonce: 'AAAAAAAAAAAAAAAAAAAAAA==' });
    expect(createdAtMs).toBeGreaterThanOrEqual(now);
  });

  it('builds a whole scene in one round trip, and end users, ledgers and profiles one by one', async () => {
    const control = createControlClient(httpTransport(simulator.url), '/ops');
    const scene = await control.createScene({ cardType: 'VIRTUAL', balance: 250.5 });
    const state = simulator.control.state();
    expect(state.cards.find((card) => card.id === scene.cardId)).toMatchObject({ type: 'VIRTUAL', status: 'ACTIVE', ledgerId: scene.ledgerId });
    expect(state.ledgers.find((ledger) => ledger.id === scene.ledgerId)).toMatchObject({ balance: 250.5, endUserId: scene.endUserId });
    expect(state.endUsers.find((endUser) => endUser.id === scene.corporateId)).toMatchObject({ kind: 'corporate', kycStatus: 'VALIDATED' });
    expect(scene.cardProfileId).toBe(scene.virtualCardProfileId);

    const consumer = await control.createConsumer({ kycStatus: 'PENDING', password: 'secret-pass' });
    expect(consumer).toMatchObject({ password: 'secret-pass', phone: expect.stringMatching(/^\d+$/) });
    await control.setKycStatus({ endUserId: consumer.endUserId, status: 'VALIDATED' });
    const corporate = await control.createCorporate({ name: 'ACME', kycStatus: 'REFUSED' });
    const { ledgerId } = await control.createLedger({ endUserId: consumer.endUserId, type: 'USD_USA', balance: 10 });
    const after = simulator.control.state();
    expect(after.endUsers.filter((endUser) => [consumer.endUserId, corporate.endUserId].includes(endUser.id))).toEqual([
      expect.objectContaining({ kind: 'consumer', kycStatus: 'VALIDATED' }),
      expect.objectContaining({ kind: 'corporate', kycStatus: 'REFUSED', name: 'ACME' }),
    ]);
    expect(after.ledgers.find((ledger) => ledger.id === ledgerId)).toMatchObject({ currency: 'USD', balance: 10 });
  });

  it("turns a refusal into a ControlPlaneError with the simulator's code and reason", async () => {
    const control = createControlClient(httpTransport(simulator.url), '/ops');
    const refusal = control.injectFault({ operationId: 'createCard', count: 0, status: 503 });
    await expect(refusal).rejects.toBeInstanceOf(ControlPlaneError);
    await expect(refusal).rejects.toThrow('control plane POST /ops/faults: answered 400: ERROR_REQUEST: count must be an integer of at least 1');
  });

  it('refuses an answer that is not the control plane shape', async () => {
    const control = createControlClient(httpTransport(impostorUrl), '/__control');
    await expect(control.now()).rejects.toThrow('control plane GET /__control/clock: answered 200 without { nowMs }');
    await expect(control.reset()).rejects.toThrow('control plane POST /__control/reset: answered 200 without an empty body');
  });
});
