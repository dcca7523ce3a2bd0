import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readErrorCode } from '../../spec/errors/index.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { expectError, field, SimulatorClient } from './test-support/simulator-client.ts';

// Bad input gets a clear 4xx, never a 5xx or a crash.

let simulator: SimulatorHandle;
let client: SimulatorClient;
let partner: string;
let endUserId: string;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual' });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());
beforeEach(async () => {
  simulator.control.reset();
  partner = await client.partnerToken();
  endUserId = simulator.control.createEndUser().endUserId;
});

const json = { 'content-type': 'application/json' };

describe('request bodies', () => {
  it('malformed JSON: 400 ERROR_REQUEST that says so without echoing the body', async () => {
    const result = await client.call('createCard', { token: partner, rawBody: '{"endUserId": "secret-value', headers: json });
    expectError(result, 'ERROR_REQUEST');
    expect(result.text).toContain('not valid JSON');
    expect(result.text).not.toContain('secret-value');
  });

  it('a body over 64 KiB: 413 PAYLOAD_TOO_LARGE; exactly 64 KiB is read', async () => {
    const cardBody = client.cardBody(endUserId);
    const padding = (size: number) => cardBody.padEnd(size, ' ');
    expectError(await client.call('createCard', { token: partner, rawBody: padding(64 * 1024 + 1), headers: json }), 'PAYLOAD_TOO_LARGE');
    expectError(await client.call('createCard', { token: partner, rawBody: padding(64 * 1024), headers: json }), 'SCA_DEVICE_NOT_SET');
    expectError(await client.call('login', { rawBody: 'x'.repeat(2 * 1024 * 1024), headers: json }), 'PAYLOAD_TOO_LARGE');
  });

  it('a wrong or missing content type: 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const body = client.cardBody(endUserId);
    expectError(await client.call('createCard', { token: partner, rawBody: body, headers: { 'content-type': 'text/plain' } }), 'UNSUPPORTED_MEDIA_TYPE');
    expectError(await client.call('createCard', { token: partner, rawBody: body, headers: { 'content-type': 'application/xml' } }), 'UNSUPPORTED_MEDIA_TYPE');
    expectError(await client.call('login', { rawBody: 'partner', headers: { 'content-type': 'application/x-www-form-urlencoded' } }), 'UNSUPPORTED_MEDIA_TYPE');
    expect((await client.call('createCard', { token: partner, rawBody: body, headers: { 'content-type': 'application/json; charset=utf-8', 'linkcy-sca-strategy': 'BY_PASS' } })).status).toBe(201);
  });

  it('schema violations: 400 ERROR_REQUEST listing each violation', async () => {
    const result = await client.call('createCard', { token: partner, body: { ledgerId: 'nope', profileId: endUserId, deliveryMethod: 'PIGEON' } });
    expectError(result, 'ERROR_REQUEST');
    const fields = (result.body as { details: { field: string }[] }).details.map((detail) => detail.field);
    expect(fields).toEqual(expect.arrayContaining(['ledgerId', 'deliveryMethod']));
    expectError(await client.call('createCard', { token: partner, body: [] }), 'ERROR_REQUEST');
    expectError(await client.call('createCard', { token: partner, headers: json }), 'ERROR_REQUEST');
    expectError(await client.call('login', { body: { partnerName: 'a' } }), 'ERROR_REQUEST');
  });

  it('a body sent to an operation that takes none: 400, whatever its size or type', async () => {
    const target = { pathParams: { endUserId }, token: partner };
    expectError(await client.call('registerScaDevice', { ...target, body: { force: true } }), 'ERROR_REQUEST');
    expectError(await client.call('registerScaDevice', { ...target, rawBody: 'x'.repeat(70_000), headers: { 'content-type': 'text/plain' } }), 'ERROR_REQUEST');
  });
});

describe('paths and routes', () => {
  it('a malformed id: 400; an unknown route: 404 RESOURCE_NOT_FOUND', async () => {
    expectError(await client.call('getCardPin', { pathParams: { cardId: 'abc' }, token: partner }), 'ERROR_REQUEST');
    expectError(await client.call('deleteCardRule', { pathParams: { cardId: endUserId, ruleType: 'NO_SUCH_RULE' }, token: partner }), 'ERROR_REQUEST');
    const unknown = await client.send('GET', '/api/partner/unknown', { authorization: `Bearer ${partner}` });
    expect({ status: unknown.status, code: readErrorCode(unknown.body) }).toEqual({ status: 404, code: 'RESOURCE_NOT_FOUND' });
    expect((await client.send('PATCH', '/api/partner/cards')).status).toBe(404);
    expect((await client.send('GET', '/api/partner/end-users/%E0%A4%A')).status).toBe(404);
  });
});

describe('arbitrary requests', () => {
  const target = fc.constantFrom(
    '/api/partner/login',
    '/api/partner/refresh',
    '/api/partner/consumers',
    '/api/partner/ledgers',
    '/api/partner/cards',
    '/api/partner/cards/00000000-0000-4000-8000-000000000000/pin',
    '/api/partner/transactions',
    '/api/partner/transactions/inter-ledger',
    '/api/partner/end-users/00000000-0000-4000-8000-000000000000/sca-devices',
    '/pa/v3/activation/create',
    '/__control/clock',
    '/__control/faults',
    '/__control/end-users',
    '/__control/scenes',
  );
  const headerValue = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('DATA_SIGNING', 'BY_PASS', 'PowerAuth pa_version="3.3"'));

  it('never answer 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('GET', 'POST', 'DELETE', 'PUT'),
        target,
        fc.oneof(fc.string({ maxLength: 200 }), fc.json({ maxDepth: 3 })),
        fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8'),
        headerValue.filter((value) => /^[\x20-\x7e]*$/.test(value)),
        fc.boolean(),
        async (method, path, body, contentType, scaHeader, withToken) => {
          const headers: Record<string, string> = {
            'content-type': contentType,
            'linkcy-sca-strategy': scaHeader,
            'linkcy-sca-signature': scaHeader,
            ...(withToken ? { authorization: `Bearer ${partner}` } : {}),
          };
          const result = await client.send(method, path, headers, method === 'GET' ? undefined : body);
          expect(result.status, `${method} ${path} ${body}`).toBeLessThan(500);
        },
      ),
      { numRuns: 200 },
    );
  });
});
