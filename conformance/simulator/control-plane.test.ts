import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { readErrorCode } from '../../spec/errors/index.ts';
import { expectError, field, SimulatorClient } from './test-support/simulator-client.ts';

// The control plane over HTTP (JSON under /__control), as an out-of-process probe uses it.

let simulator: SimulatorHandle;
let client: SimulatorClient;

const START_MS = Date.UTC(2030, 0, 1);

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual', clockStartMs: START_MS });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());
beforeEach(() => simulator.control.reset());

const control = (method: string, path: string, body?: unknown) =>
  client.send(method, `/__control${path}`, body === undefined ? {} : { 'content-type': 'application/json' }, body === undefined ? undefined : JSON.stringify(body));

describe('end users, ledgers and tokens', () => {
  it('creates an end user with a working end-user token, and a ledger for them', async () => {
    const created = await control('POST', '/end-users', { name: 'Grace' });
    expect(created.status).toBe(201);
    const endUserId = field(created.body, 'endUserId');
    const read = await client.getEndUser(endUserId, field(created.body, 'token'));
    expect(read.body).toMatchObject({ id: endUserId, firstName: 'Grace', kycInfo: { status: 'VALIDATED' }, scaDevices: [] });
    const ledger = await control('POST', '/ledgers', { endUserId, currency: 'EUR' });
    expect(ledger.status).toBe(201);
    expect((await control('GET', '/state')).body).toMatchObject({ ledgers: [{ id: field(ledger.body, 'ledgerId'), endUserId, currency: 'EUR' }] });
  });

  it('issues valid, expired and malformed tokens', async () => {
    const endUserId = field((await control('POST', '/end-users', {})).body, 'endUserId');
    const token = async (body: unknown) => field((await control('POST', '/tokens', body)).body, 'token');
    expect((await client.getEndUser(endUserId, await token({ kind: 'partner' }))).status).toBe(200);
    expectError(await client.getEndUser(endUserId, await token({ kind: 'end-user', endUserId, validity: 'expired' })), 'UNAUTHORIZED');
    const malformed = await token({ kind: 'partner', validity: 'malformed' });
    expectError(await client.getEndUser(endUserId, undefined, { headers: { authorization: `Bearer ${malformed}` } }), 'UNAUTHORIZED');
  });

  it('refuses bad control bodies with 400 naming the field, and unknown end users with 404', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', '/end-users', { name: 42 }, 'name'],
      ['POST', '/ledgers', {}, 'endUserId'],
      ['POST', '/tokens', { kind: 'admin' }, 'kind'],
      ['POST', '/clock', { advanceMs: -5 }, 'advanceMs'],
      ['POST', '/clock', { advanceMs: 1, setMs: 2 }, 'advanceMs'],
      ['POST', '/faults', { operationId: 'createCard' }, 'count'],
      ['POST', '/faults', { operationId: 'nope', count: 1 }, 'operationId'],
      ['POST', '/faults', { operationId: 'createCard', count: 1, code: 'NOPE' }, 'code'],
      ['POST', '/push-mode', { mode: 'maybe' }, 'mode'],
      ['POST', '/signatures', { activationId: 'x' }, 'nonce'],
    ];
    for (const [method, path, body, named] of cases) {
      const result = await control(method, path, body);
      expect(result.status, `${path} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
      expect(result.status).toBeLessThan(500);
      expect(result.text, `${path} ${JSON.stringify(body)}`).toContain(named);
    }
    expect((await control('POST', '/ledgers', { endUserId: 'unknown' })).status).toBe(404);
    const { endUserId } = simulator.control.createEndUser();
    const badCurrency = await control('POST', '/ledgers', { endUserId, currency: 'euro' });
    expect({ status: badCurrency.status, named: badCurrency.text.includes('currency') }).toEqual({ status: 400, named: true });
    expect((await control('POST', '/end-users', '[1]')).status).toBe(400);
    expect((await client.send('POST', '/__control/end-users', { 'content-type': 'text/plain' }, 'x')).status).toBe(415);
    expect((await control('GET', '/nothing')).status).toBe(404);
  });
});

describe('clock, faults and push mode', () => {
  it('reads, advances and sets the clock; reset puts it back', async () => {
    expect((await control('GET', '/clock')).body).toEqual({ nowMs: START_MS });
    expect((await control('POST', '/clock', { advanceMs: 1500 })).body).toEqual({ nowMs: START_MS + 1500 });
    expect((await control('POST', '/clock', { setMs: START_MS + 60_000 })).body).toEqual({ nowMs: START_MS + 60_000 });
    // The state says the clock is manual, so a probe knows its ages are exact.
    expect((await control('GET', '/state')).body).toMatchObject({ nowMs: START_MS + 60_000, clock: 'manual' });
    expect((await control('POST', '/reset')).status).toBe(204);
    expect(simulator.clock.now()).toBe(START_MS);
  });

  it('injects N faults with a status and code, then behaves again', async () => {
    expect((await control('POST', '/faults', { operationId: 'login', count: 2, code: 'ERROR_INTERNAL_API' })).status).toBe(201);
    expectError(await client.call('login', { body: simulator.info.partner }), 'ERROR_INTERNAL_API');
    expectError(await client.call('login', { body: simulator.info.partner }), 'ERROR_INTERNAL_API');
    expect((await client.call('login', { body: simulator.info.partner })).status).toBe(200);

    await control('POST', '/faults', { operationId: 'login', count: 1, status: 503 });
    const unavailable = await client.call('login', { body: simulator.info.partner, validate: false });
    expect({ status: unavailable.status, code: readErrorCode(unavailable.body) }).toEqual({ status: 503, code: 'ERROR_INTERNAL_API' });
  });

  it('delays a call when asked (measured on the exchange log, not by sleeping)', async () => {
    await control('POST', '/faults', { operationId: 'login', count: 1, delayMs: 60 });
    expect((await client.call('login', { body: simulator.info.partner })).status).toBe(200);
    const [delayed] = simulator.control.exchanges();
    expect(delayed?.durationMs).toBeGreaterThanOrEqual(55);
  });

  it('switches push mode', async () => {
    expect((await control('POST', '/push-mode', { mode: 'approve' })).body).toEqual({ mode: 'approve' });
    expect((await control('GET', '/state')).body).toMatchObject({ pushMode: 'approve' });
  });
});

describe('state, exchanges and signatures', () => {
  it('records signature provenance at the simulator clock', async () => {
    const body = { activationId: '3c193fe9-ac04-4a2e-aa85-8b3d0ed4aeab', nonce: 'C2irDMhb8VR3+QBTfIsAJg==' };
    expect((await control('POST', '/signatures', body)).body).toEqual({ ...body, createdAtMs: START_MS });
  });

  it('shows state and exchanges without a secret', async () => {
    const partner = await client.partnerToken();
    const { endUserId } = simulator.control.createEndUser();
    const { device } = await client.onboard(endUserId, partner);
    const card = await client.createCard(endUserId, partner, { sign: { device } });
    const credentials = await client.call('getCardPanCredentials', { pathParams: { cardId: field(card.body, 'id') }, token: partner, sign: { device } });
    const secrets = [field(credentials.body, 'token'), field(credentials.body, 'secret')];

    const state = await control('GET', '/state');
    expect(state.body).toMatchObject({ devices: [{ status: 'ACTIVE', counterIndex: 2, failedAttempts: 0, activationId: device.activationId }] });
    const exchanges = await control('GET', '/exchanges');
    const log = exchanges.text;
    for (const secret of [partner, simulator.info.partner.password, ...secrets, simulator.info.applicationSecret]) {
      expect(state.text).not.toContain(secret);
      expect(log).not.toContain(secret);
    }
    const entries = (exchanges.body as { exchanges: { operationId: string | null; requestHeaders: Record<string, string> }[] }).exchanges;
    expect(entries.map((entry) => entry.operationId)).toEqual(['login', 'registerScaDevice', null, 'activateScaDevice', 'createCard', 'getCardPanCredentials']);
    expect(entries[4]?.requestHeaders['linkcy-sca-signature']).toMatch(/^\[REDACTED/);
    expect(entries[4]).toMatchObject({ method: 'POST', target: '/api/partner/cards', status: 201, at: START_MS });
  });
});
