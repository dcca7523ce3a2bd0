import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulatorTarget } from './simulator-target.ts';
import { TargetUnreachableError, type Target } from './target.ts';
import { loginRequest } from './test-support.ts';

describe('startSimulatorTarget', () => {
  let target: Target;
  beforeAll(async () => {
    target = await startSimulatorTarget();
  });
  afterAll(() => target.close());

  it('offers the full semantics over HTTP on loopback', () => {
    expect(target.kind).toBe('simulator');
    expect(target.description).toBe('simulator (embedded, sandbox profile)');
    expect([...target.capabilities].sort()).toEqual(['control', 'sca-semantics', 'schema']);
    expect(target.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(target.info?.controlPrefix).toBe('/__control');
    expect(target.operations.map((operation) => operation.operationId)).toContain('registerScaDevice');
  });

  it('logs the partner in through send and names the operation', async () => {
    const exchange = await target.send(loginRequest(target));
    expect(exchange.operationId).toBe('login');
    expect(exchange.response.status).toBe(200);
    expect(exchange.response.headers['content-type']).toMatch(/^application\/json/);
    expect(exchange.response.body).toEqual({ token: expect.any(String), refreshToken: expect.any(String) });
    expect(exchange.response.durationMs).toBeGreaterThanOrEqual(0);
  });

  it('reports an undocumented path as an answer without an operation', async () => {
    const exchange = await target.send({ method: 'GET', target: '/nowhere?x=1', headers: {} });
    expect(exchange.operationId).toBeUndefined();
    expect(exchange.response.status).toBe(404);
  });

  it('drives the control plane over HTTP: end users, clock, state, exchanges, reset', async () => {
    const control = target.control;
    if (control === undefined) throw new Error('no control client');
    const { endUserId, token } = await control.createEndUser({ name: 'Ada' });
    expect(token).not.toBe('');
    const before = await control.now();
    // The embedded simulator's clock is manual: frozen, moved exactly by the control plane only.
    const advanced = await control.advanceClock(31_000);
    expect(advanced).toBe(before + 31_000);
    expect(await control.now()).toBe(advanced);
    expect(await control.setClock(before)).toBe(before);
    await control.setPushMode('approve');
    const state = await control.state();
    expect(state.clock).toBe('manual');
    expect(state.endUsers.map((endUser) => endUser.id)).toContain(endUserId);
    expect(state.pushMode).toBe('approve');
    expect((await control.exchanges()).some((entry) => entry.operationId === 'login')).toBe(true);
    await control.reset();
    expect((await control.state()).endUsers).toEqual([]);
  });

  it('is unreachable once closed', async () => {
    const closing = await startSimulatorTarget({ profile: 'production' });
    expect(closing.description).toBe('simulator (embedded, production profile)');
    await closing.close();
    await closing.close();
    await expect(closing.send({ method: 'GET', target: '/health', headers: {} })).rejects.toBeInstanceOf(TargetUnreachableError);
  });
});
