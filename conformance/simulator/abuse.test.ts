import fc from 'fast-check';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createControlClient } from '../targets/control-client.ts';
import { createHttpClient } from '../targets/http-send.ts';
import type { ControlClient } from '../targets/index.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { SimulatorClient } from './test-support/simulator-client.ts';

// The simulator under abuse (issue 13, item 4). Requests are written on raw sockets, so nothing
// between the generator and the server normalises a method, a path, a header or the framing
// away. Whatever arrives: never a 5xx, never a crash, and a refused request leaves the state the
// control plane reports exactly as it was. (The fuzz never signs with a real activation: a wrong
// signature from a real device counts a failed attempt, a state change PowerAuth requires.)

let simulator: SimulatorHandle;
let client: SimulatorClient;
let control: ControlClient;
let closeControl: () => void;
let partner: string;
let endUserId: string;
let scaDeviceId: string;
let cardId: string;
let cardBodyText: string;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual' });
  client = new SimulatorClient(simulator);
  const http = createHttpClient(simulator.url);
  control = createControlClient(http.transport, '/__control');
  closeControl = () => http.close();
  partner = await client.partnerToken();
  endUserId = simulator.control.createEndUser().endUserId;
  const onboarded = await client.onboard(endUserId, partner);
  scaDeviceId = onboarded.scaDeviceId;
  cardBodyText = client.cardBody(endUserId);
  const card = await client.call('createCard', {
    token: partner,
    rawBody: cardBodyText,
    headers: { 'content-type': 'application/json', 'linkcy-sca-strategy': 'BY_PASS' },
  });
  cardId = String((card.body as { id?: unknown }).id);
});
afterAll(async () => {
  closeControl();
  await simulator.stop();
});

interface RawRequest {
  readonly method: string;
  readonly target: string;
  readonly headers: readonly (readonly [string, string])[];
  readonly body: Buffer;
  readonly chunked: boolean;
}

/** Writes the request byte for byte and reads the status of the answer (undefined: closed without one). */
function sendRaw(request: RawRequest): Promise<number | undefined> {
  const { port } = new URL(simulator.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(Buffer.concat(chunks).toString('latin1'));
      resolve(statusLine === null ? undefined : Number(statusLine[1]));
    });
    // A hang is a failure too; the guard only ends the wait.
    socket.setTimeout(10_000, () => {
      socket.destroy();
      reject(new Error(`no answer to ${request.method} ${request.target}`));
    });
    const framing = request.chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${request.body.length}`;
    const head = [`${request.method} ${request.target} HTTP/1.1`, 'Host: 127.0.0.1', ...request.headers.map(([name, value]) => `${name}: ${value}`), framing, 'Connection: close'];
    const body = request.chunked
      ? Buffer.concat([...(request.body.length > 0 ? [Buffer.from(`${request.body.length.toString(16)}\r\n`), request.body, Buffer.from('\r\n')] : []), Buffer.from('0\r\n\r\n')])
      : request.body;
    socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), body]));
  });
}

const text = (max: number) => fc.string({ maxLength: max, unit: fc.constantFrom(...'abcXYZ019-_.~%/?&=:;,+ "\'\\éü€'.split('')) });
const uuid = fc.uuid();

const method = fc.oneof(
  fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'),
  fc.constantFrom('post', 'Get', 'PROPFIND', 'M-SEARCH', 'CONNECT', 'TRACE'),
  fc.stringMatching(/^[A-Z!#$%&'*+.^_`|~-]{1,12}$/),
);

const path = fc.oneof(
  fc.constantFrom('/api/partner/login', '/api/partner/refresh', '/api/partner/cards', '/health', '/pa/v3/activation/create'),
  fc.constant(null).map(() => `/api/partner/end-users/${endUserId}`),
  fc.constant(null).map(() => `/api/partner/end-users/${endUserId}/sca-devices`),
  fc.constant(null).map(() => `/api/partner/sca-devices/${scaDeviceId}/activate`),
  fc.constant(null).map(() => `/api/partner/sca-devices/${scaDeviceId}`),
  fc.constant(null).map(() => `/api/partner/cards/${cardId}/sensitive-data`),
  uuid.map((id) => `/api/partner/end-users/${id}/sca-devices`),
  uuid.map((id) => `/api/partner/cards/${id}/sensitive-data`),
  fc.constantFrom('/__control/end-users', '/__control/tokens', '/__control/clock', '/__control/faults', '/__control/push-mode', '/__control/signatures', '/__control/state', '/__control/nothing'),
  fc.constantFrom('/api/partner/../partner/cards', '//api//partner/cards', '/api/partner/cards/', '/api/partner/%63ards', '/api/partner/cards%00', '/%', '/api/partner/cards/%zz', '*'),
  fc.array(text(12), { maxLength: 6 }).map((segments) => `/${segments.map(encodeURIComponent).join('/')}`),
  fc.constant('/api/partner/cards/'.padEnd(3000, 'x')),
);

const query = fc.oneof(
  fc.constant(''),
  fc.constantFrom('?fields=pan', '?fields=pan,cvv,expiryDate', '?fields=', '?fields=nope', '?a=1&a=2', '?%zz', '?fields=pan&fields=cvv'),
  fc.dictionary(text(6), text(10), { maxKeys: 3 }).map((entries) => `?${new URLSearchParams(entries).toString()}`),
);

const headerValue = fc.string({ maxLength: 40, unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) });
const header = fc.oneof(
  fc.oneof(
    fc.constant(null).map(() => `Bearer ${partner}`),
    headerValue.map((value) => `Bearer ${value}`),
    headerValue,
    fc.constantFrom('Bearer', 'Basic dXNlcjpwdw==', 'bearer  x', 'Bearer ' + 'a'.repeat(4000)),
  ).map((value) => ['Authorization', value] as const),
  fc
    .constantFrom('application/json', 'application/json; charset=utf-8', 'application/json; charset=latin1', 'Application/JSON', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/merge-patch+json', '', ';;;', 'application/json; charset="utf-8"; x=y')
    .map((value) => ['Content-Type', value] as const),
  fc.oneof(fc.constantFrom('DATA_SIGNING', 'BY_PASS', 'PUSH_NOTIFICATION', 'data_signing', ''), headerValue).map((value) => ['Linkcy-SCA-Strategy', value] as const),
  fc.oneof(fc.constantFrom('KNOWLEDGE', 'BIOMETRY', 'knowledge', ''), headerValue).map((value) => ['Linkcy-SCA-Factor', value] as const),
  fc
    .oneof(headerValue, uuid.map((id) => `PowerAuth pa_activation_id="${id}", pa_application_key="AAAAAAAAAAAAAAAAAAAAAA==", pa_nonce="AAAAAAAAAAAAAAAAAAAAAA==", pa_signature_type="possession_knowledge", pa_signature="AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", pa_version="3.3"`))
    .map((value) => ['Linkcy-SCA-Signature', value] as const),
  fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'x-unknown').map((value) => ['Content-Encoding', value] as const),
  fc.constantFrom('application/json', '*/*', 'text/html', '').map((value) => ['Accept', value] as const),
  fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), headerValue),
  );
// Bytes no header may hold: the parser refuses them (400), the handler never sees them.
const malformedHeader = fc.tuple(fc.constantFrom('X-Bad Name', 'X-Nul'), fc.constantFrom('a\u0000b', 'line\u000bfeed', 'ok'));

const body = fc.oneof(
  fc.constant(Buffer.alloc(0)),
  fc.constant(null).map(() => Buffer.from(cardBodyText)),
  fc.constant(null).map(() => Buffer.from(JSON.stringify(simulator.info.partner))),
  fc.json({ maxDepth: 3 }).map((value) => Buffer.from(value)),
  fc.uint8Array({ maxLength: 512 }).map((bytes) => Buffer.from(bytes)),
  fc.constantFrom(Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), Buffer.from('{"endUserId":'), Buffer.from('\uFEFF{}'), Buffer.from('[]'), Buffer.from('null')),
);

const anything: fc.Arbitrary<RawRequest> = fc.record({
  method,
  target: fc.tuple(path, query).map(([pathPart, queryPart]) => `${pathPart}${queryPart}`),
  headers: fc.array(fc.oneof({ arbitrary: header, weight: 12 }, { arbitrary: malformedHeader, weight: 1 }), { maxLength: 6 }),
  body,
  chunked: fc.boolean(),
});

/** A documented call as a client would make it, then a few headers more or overridden: it reaches the deep steps. */
const almostRight: fc.Arbitrary<RawRequest> = fc
  .tuple(
    fc.constantFrom<() => readonly [method: string, target: string, token: string, body: string]>(
      () => ['POST', '/api/partner/login', '', JSON.stringify(simulator.info.partner)],
      () => ['POST', '/api/partner/refresh', partner, JSON.stringify({ refreshToken: 'x' })],
      () => ['GET', `/api/partner/end-users/${endUserId}`, partner, ''],
      () => ['POST', `/api/partner/end-users/${endUserId}/sca-devices`, partner, ''],
      () => ['POST', '/api/partner/cards', partner, cardBodyText],
      () => ['GET', `/api/partner/cards/${cardId}/sensitive-data?fields=pan,cvv`, partner, ''],
      () => ['DELETE', `/api/partner/sca-devices/${scaDeviceId}`, partner, ''],
      () => ['POST', '/__control/clock', '', JSON.stringify({ advanceMs: 1 })],
    ),
    fc.constantFrom('BY_PASS', 'DATA_SIGNING', undefined),
    fc.array(header, { maxLength: 3 }),
    fc.boolean(),
  )
  .map(([call, strategy, extra, chunked]) => {
    const [callMethod, target, token, callBody] = call();
    const headers: (readonly [string, string])[] = [['Content-Type', 'application/json'], ['Accept', 'application/json']];
    if (token !== '') headers.push(['Authorization', `Bearer ${token}`]);
    if (strategy !== undefined) headers.push(['Linkcy-SCA-Strategy', strategy]);
    return { method: callMethod, target, headers: [...headers, ...extra], body: Buffer.from(callBody), chunked };
  });

const rawRequest = fc.oneof(anything, almostRight);

describe('the simulator under raw HTTP fuzz', () => {
  it('never answers 5xx nor crashes, and a refused request changes no state', async () => {
    await fc.assert(
      fc.asyncProperty(rawRequest, async (request) => {
        const before = await control.state();
        const status = await sendRaw(request);
        expect(status !== undefined && status < 500, `${request.method} ${request.target} answered ${status}`).toBe(true);
        if (status === undefined || status >= 400) expect(await control.state()).toEqual(before);
      }),
      { numRuns: 300 },
    );
    // Still serving, and still right, after all of it.
    expect((await fetch(`${simulator.url}/health`)).status).toBe(200);
  }, 180_000);
});

describe('200 concurrent signing clients', () => {
  it('lose no update: every signature is accepted once and every counter matches the cards made', async () => {
    const CLIENTS = 200;
    const SIGNATURES = 3;
    const users = await Promise.all(
      Array.from({ length: CLIENTS }, async (_unused, index) => {
        const user = simulator.control.createEndUser().endUserId;
        return { endUserId: user, biometry: index % 2 === 0, ...(await client.onboard(user, partner, { biometry: index % 2 === 0 })) };
      }),
    );
    const before = simulator.control.state().cards.length;
    // All clients at once, each signing in its own counter order, as 200 apps would.
    const statuses = await Promise.all(
      users.map(async ({ endUserId: user, device, biometry }) => {
        const answered: number[] = [];
        for (let position = 0; position < SIGNATURES; position++) {
          const cardBody = client.cardBody(user, 'VIRTUAL', { friendlyName: `${position}` });
          const signature = device.sign({ method: 'POST', uri: '/api/partner/cards', body: cardBody, factor: biometry && position % 2 === 1 ? 'biometry' : 'knowledge' });
          const result = await client.call('createCard', {
            token: partner,
            rawBody: cardBody,
            headers: { 'content-type': 'application/json', 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': signature },
          });
          answered.push(result.status);
        }
        return answered;
      }),
    );
    expect(statuses.flat().filter((status) => status !== 201)).toEqual([]);
    const state = simulator.control.state();
    expect(state.cards.length - before).toBe(CLIENTS * SIGNATURES);
    for (const { endUserId: user, scaDeviceId: deviceId } of users) {
      const device = state.devices.find((entry) => entry.id === deviceId);
      expect(device).toMatchObject({ counterIndex: SIGNATURES, failedAttempts: 0, status: 'ACTIVE' });
      expect(state.cards.filter((card) => card.endUserId === user).map((card) => card.friendlyName)).toEqual(['0', '1', '2']);
    }
    // 200 activations and 600 signed calls: seconds of CPU, much longer on a crowded CI machine.
  }, 180_000);
});
