import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  consumerLoginBody,
  createCardBody,
  createConsumerBody,
  partnerLoginBody,
  partnerLoginBodyUserName,
  refreshBody,
} from '../../generators/index.ts';
import type { OperationId } from '../../spec/openapi/index.ts';
import { getDefaultValidators } from '../../spec/validate/index.ts';
import { startSimulator, type SimulatorHandle } from '../simulator/index.ts';

// The requests a public partner integration sends, written from the vendor's facts (the digest,
// ../shared/sources/linkcy-api-reference.md) with the builders the probes send them with
// (generators/vendor-requests.ts): the simulator accepts each with the documented status, and its
// answer is the documented one. (spec/validate/vendor-fixtures.test.ts holds the same requests
// against the OpenAPI request schemas; this file sends them.)

let simulator: SimulatorHandle;
const validators = getDefaultValidators();

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual' });
});
afterAll(() => simulator.stop());

interface Answer {
  readonly status: number;
  readonly body: unknown;
}

async function send(operationId: OperationId, target: string, body: string, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${simulator.url}${target}`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body });
  const text = await response.text();
  const answer = { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  // Whatever the status, the answer must be one the document gives the operation.
  const contentType = response.headers.get('content-type');
  expect(
    validators.validateResponse(operationId, {
      status: answer.status,
      headers: Object.fromEntries(response.headers.entries()),
      ...(answer.body === undefined ? {} : { body: answer.body }),
      ...(contentType === null ? {} : { contentType }),
    }),
    `${operationId} answered ${answer.status} ${text}`,
  ).toEqual([]);
  return answer;
}

/** The claims of a JWT (not verified: the simulator signs it; a client only reads `exp`). */
function jwtClaims(token: unknown): Record<string, unknown> {
  expect(typeof token).toBe('string');
  const [, payload = ''] = String(token).split('.');
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('vendor request fixtures sent to the simulator', () => {
  it('partner login {partnerName, username, password} -> 200 {token, refreshToken}; the token is a JWT with exp (OAS178@384k, G-PAUTH)', async () => {
    const answer = await send('login', '/api/partner/login', partnerLoginBody(simulator.info.partner));
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ token: expect.any(String), refreshToken: expect.any(String) });
    const claims = jwtClaims((answer.body as { token: unknown }).token);
    expect(claims.exp).toEqual(expect.any(Number));
  });

  it('partner login with the 1.114.5 guide spelling userName -> 200 (documented leniency, G-PAUTH)', async () => {
    const answer = await send('login', '/api/partner/login', partnerLoginBodyUserName(simulator.info.partner));
    expect(answer.status).toBe(200);
  });

  it('consumer creation without a bearer, with partnerName -> 201 {id} (P-CONS, OAS178@160k)', async () => {
    const body = createConsumerBody({ partnerName: simulator.info.partner.partnerName, phone: '33612345678', firstName: 'Jane', lastName: 'Doe' });
    const answer = await send('createConsumer', '/api/partner/consumers', body);
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ id: expect.any(String) });
  });

  it('card creation with BY_PASS and {ledgerId, profileId, nameOnCard, deliveryMethod} -> 201 {id} (OAS178@496k, P-CARD-L8, G-SCA)', async () => {
    const scene = simulator.control.createScene();
    const login = await send('login', '/api/partner/login', partnerLoginBody(simulator.info.partner));
    const token = (login.body as { token: string }).token;
    const body = createCardBody({ ledgerId: scene.ledgerId, profileId: scene.physicalCardProfileId, nameOnCard: 'JANE DOE', deliveryMethod: 'FRENCH_MAIL' });
    const answer = await send('createCard', '/api/partner/cards', body, { authorization: `Bearer ${token}`, 'linkcy-sca-strategy': 'BY_PASS' });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ id: expect.any(String) });
  });

  it('consumer login {consumerPhone, partnerName, password} -> 200 {token, refreshToken, endUserId}, then refresh with BY_PASS and no bearer -> 200 (OAS178@64k, @384k, P-AUTH)', async () => {
    const scene = simulator.control.createScene();
    const partnerName = simulator.info.partner.partnerName;
    const login = await send('login', '/api/partner/login', consumerLoginBody({ consumerPhone: scene.consumerPhone, partnerName, password: scene.password }));
    expect(login.status).toBe(200);
    expect(login.body).toEqual({ token: expect.any(String), refreshToken: expect.any(String), endUserId: scene.endUserId });
    const { refreshToken } = login.body as { refreshToken: string };
    const refreshed = await send('refreshToken', '/api/partner/refresh', refreshBody(refreshToken), { 'linkcy-sca-strategy': 'BY_PASS' });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({ token: expect.any(String), refreshToken: expect.any(String), endUserId: scene.endUserId });
  });
});
