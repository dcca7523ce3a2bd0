import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../simulator/index.ts';
import { startPrismProxyTarget } from './proxy-target.ts';
import type { PrismTarget } from './prism-target.ts';
import { proxyViolations } from './proxy-violations.ts';
import { loginRequest, partnerToken } from './test-support.ts';

// One Prism for the file, in front of a simulator whose createCard 201 misses the required `id`.
describe('startPrismProxyTarget', () => {
  let upstream: SimulatorHandle;
  let target: PrismTarget;
  beforeAll(async () => {
    upstream = await startSimulator({ defects: ['offSchemaResponse'] });
    target = await startPrismProxyTarget(upstream.url, { simulatorInfo: upstream.info });
  });
  afterAll(async () => {
    await target.close();
    await upstream.stop();
  });

  it('offers proxy validation, and the simulator semantics its info brings', () => {
    expect(target.kind).toBe('proxy');
    expect(target.description).toBe(`prism validation proxy in front of ${upstream.url} (a simulator)`);
    expect([...target.capabilities].sort()).toEqual(['control', 'proxy-validation', 'sca-semantics', 'schema']);
    expect(target.baseUrl).not.toBe(upstream.url);
  });

  it('reports no violation when the upstream answers by the document', async () => {
    const exchange = await target.send(loginRequest(target));
    expect(exchange.response.status).toBe(200);
    expect(proxyViolations(exchange)).toEqual([]);
  });

  it("turns Prism's sl-violations into violations when the upstream answers off-schema", async () => {
    const { ledgerId, virtualCardProfileId } = upstream.control.createScene();
    const exchange = await target.send({
      method: 'POST',
      target: '/api/partner/cards',
      headers: {
        authorization: `Bearer ${await partnerToken(target)}`,
        'content-type': 'application/json',
        'linkcy-sca-strategy': 'BY_PASS',
      },
      body: JSON.stringify({ ledgerId, profileId: virtualCardProfileId }),
    });
    expect(exchange.operationId).toBe('createCard');
    expect(exchange.response.status).toBe(201);
    expect(proxyViolations(exchange)).toEqual([
      { location: ['response', 'body'], severity: 'error', code: 'required', message: "Response body must have required property 'id'" },
    ]);
  });

  it('sends control requests through the proxy to the simulator', async () => {
    const control = target.control;
    if (control === undefined) throw new Error('no control client');
    const { endUserId } = await control.createEndUser();
    expect(upstream.control.state().endUsers.map((endUser) => endUser.id)).toContain(endUserId);
    const before = upstream.clock.now();
    expect(await control.advanceClock(60_000)).toBeGreaterThanOrEqual(before + 60_000);
  });
});
