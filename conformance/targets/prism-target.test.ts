import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDefaultValidators } from '../../spec/validate/index.ts';
import { startPrismMockTarget } from './prism-target.ts';
import type { PrismTarget } from './prism-target.ts';

const END_USER_ID = '0b9a3f4e-2c1d-4e5f-8a7b-6c5d4e3f2a1b';

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

// One Prism for the file: it takes a second or more to start.
describe('startPrismMockTarget', () => {
  let target: PrismTarget;
  beforeAll(async () => {
    target = await startPrismMockTarget({ pathOverrides: { getConsumer: '/api/partner/end-users/{consumerId}' } });
  });
  afterAll(() => target.close());

  it('starts Prism on a free loopback port, offering schema only', () => {
    expect(target.kind).toBe('prism');
    expect(target.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect([...target.capabilities]).toEqual(['schema']);
    expect(target.info).toBeUndefined();
    expect(target.control).toBeUndefined();
    expect(isRunning(target.pid)).toBe(true);
  });

  it('answers registerScaDevice with the documented 201 example, valid against the document', async () => {
    const exchange = await target.send({
      method: 'POST',
      target: `/api/partner/end-users/${END_USER_ID}/sca-devices`,
      headers: { authorization: 'Bearer any-token', 'linkcy-sca-strategy': 'BY_PASS' },
    });
    expect(exchange.operationId).toBe('registerScaDevice');
    expect(exchange.response.status).toBe(201);
    expect(exchange.response.body).toMatchObject({ scaDeviceId: 'd791c6b4-56ca-4e8c-b392-93c03b92b30b' });
    const violations = getDefaultValidators().validateResponse('registerScaDevice', {
      status: exchange.response.status,
      headers: exchange.response.headers,
      body: exchange.response.body,
    });
    expect(violations).toEqual([]);
  });

  it("answers another documented example only when the probe sends Prism's Prefer header", async () => {
    const exchange = await target.send({
      method: 'POST',
      target: `/api/partner/end-users/${END_USER_ID}/sca-devices`,
      headers: { authorization: 'Bearer any-token', prefer: 'code=409, example=SCA_REQUIRED' },
    });
    expect(exchange.response.status).toBe(409);
    expect(exchange.response.body).toMatchObject({ errorCode: 'SCA_REQUIRED' });
  });

  it('serves the overridden paths', async () => {
    const exchange = await target.send({
      method: 'GET',
      target: `/api/partner/end-users/${END_USER_ID}`,
      headers: { authorization: 'Bearer any-token' },
    });
    expect(exchange.operationId).toBe('getConsumer');
    expect(exchange.response.status).toBe(200);
    const documented = await target.send({ method: 'GET', target: `/api/partner/consumers/${END_USER_ID}`, headers: { authorization: 'Bearer any-token' } });
    expect(documented.operationId).toBeUndefined();
    expect(documented.response.status).toBe(404);
  });

  it('stops Prism on close, leaving no process behind', async () => {
    await target.close();
    expect(isRunning(target.pid)).toBe(false);
  });
});
