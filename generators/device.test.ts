import { randomBytes, randomUUID } from 'node:crypto';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../conformance/simulator/index.ts';
import {
  activationFingerprint,
  activationQrCodeData,
  createActivationCode,
  deriveKeys,
  generateKeyPair,
  masterSecret,
  normalizeRequestData,
  parseSignatureHeader,
  signActivationCode,
  signatureFormatOf,
  verifySignature,
  type SignatureKeys,
} from '../spec/powerauth/index.ts';
import {
  httpActivationExchange,
  VirtualDevice,
  type ActivationAnswer,
  type ActivationExchange,
  type ActivationRequest,
  type VirtualDeviceActivateOptions,
  type VirtualDeviceState,
} from './index.ts';

// A tiny PowerAuth server built on spec/powerauth: it answers the activation exchange and
// verifies signatures the way the simulator does (stored CTR_DATA, look-ahead 20, store next).

interface ServerActivation {
  keys: SignatureKeys;
  counterData: Buffer;
  serverPublicKey: Buffer;
  devicePublicKey: Buffer;
}

function fakeServer() {
  const master = generateKeyPair();
  const activationCode = createActivationCode();
  const activationCodeSignature = signActivationCode(activationCode, master.privateKey).toString('base64');
  const applicationKey = randomBytes(16).toString('base64');
  const applicationSecret = randomBytes(16).toString('base64');
  const activations = new Map<string, ServerActivation>();
  const requests: ActivationRequest[] = [];
  const exchange: ActivationExchange = {
    async createActivation(request) {
      requests.push(request);
      const serverKeyPair = generateKeyPair();
      const devicePublicKey = Buffer.from(request.devicePublicKey, 'base64');
      const keys = deriveKeys(masterSecret(serverKeyPair.privateKey, devicePublicKey));
      const activationId = randomUUID();
      const counterData = randomBytes(16);
      activations.set(activationId, {
        keys: { possession: keys.signaturePossessionKey, knowledge: keys.signatureKnowledgeKey, biometry: keys.signatureBiometryKey },
        counterData,
        serverPublicKey: serverKeyPair.publicKey,
        devicePublicKey,
      });
      return { activationId, serverPublicKey: serverKeyPair.publicKey.toString('base64'), ctrData: counterData.toString('base64') };
    },
  };

  /** Verifies a header against a request as the server received it; a match moves the stored counter. */
  function verify(header: string, request: { method: string; uri: string; body?: string }): boolean {
    const parsed = parseSignatureHeader(header);
    if (!parsed.ok) throw new Error(`header does not parse: ${parsed.errors.map((error) => error.code).join(', ')}`);
    const { activationId, applicationKey: receivedKey, nonce, signatureType, signature, version } = parsed.header;
    const activation = activations.get(activationId);
    if (activation === undefined || receivedKey !== applicationKey) return false;
    const data = normalizeRequestData({ method: request.method, uriId: request.uri, nonce, body: request.body, applicationSecret });
    const result = verifySignature({
      keys: activation.keys,
      type: signatureType,
      counterData: activation.counterData,
      data,
      format: signatureFormatOf(version),
      signature,
    });
    if (result.valid) activation.counterData = result.nextCounterData;
    return result.valid;
  }

  const options = (overrides: Partial<VirtualDeviceActivateOptions> = {}): VirtualDeviceActivateOptions => ({
    exchange,
    activation: { activationCode, activationCodeSignature },
    masterPublicKey: master.publicKey,
    applicationKey,
    applicationSecret,
    pin: '1234',
    ...overrides,
  });

  return { master, activationCode, activationCodeSignature, applicationKey, applicationSecret, activations, requests, exchange, verify, options };
}

const CREATE_CARD = { method: 'POST', uri: '/api/partner/cards', body: '{"endUserId":"eu-1","type":"VIRTUAL"}' };
const FIXED_NONCE = Buffer.alloc(16, 7).toString('base64');

function secretsOf(state: VirtualDeviceState): string[] {
  return [state.possessionKey, state.knowledgeKey.encrypted, state.knowledgeKey.salt, state.biometryKey ?? '', state.counterData, state.applicationSecret].filter(
    (value) => value !== '',
  );
}

describe('VirtualDevice.activate', () => {
  it('sends its P-256 public key and KNOWLEDGE, and shows the fingerprint the server computes', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options());
    const [request] = server.requests;
    expect(request).toMatchObject({ activationCode: server.activationCode, factors: ['KNOWLEDGE'] });
    expect(Buffer.from(request?.devicePublicKey ?? '', 'base64')).toHaveLength(65);
    const activation = server.activations.get(device.activationId);
    expect(activation).toBeDefined();
    expect(device.fingerprint).toMatch(/^\d{8}$/);
    expect(device.fingerprint).toBe(activationFingerprint(activation!.devicePublicKey, activation!.serverPublicKey, device.activationId));
  });

  it('reports BIOMETRY iff the device has biometry', async () => {
    const server = fakeServer();
    await VirtualDevice.activate(server.options({ biometry: true }));
    expect(server.requests[0]?.factors).toEqual(['KNOWLEDGE', 'BIOMETRY']);
  });

  it('accepts the QR payload CODE#Base64(DER) and a Base64 master public key', async () => {
    const server = fakeServer();
    const activationQrCode = activationQrCodeData(server.activationCode, Buffer.from(server.activationCodeSignature, 'base64'));
    const device = await VirtualDevice.activate(
      server.options({ activation: { activationQrCodeData: activationQrCode }, masterPublicKey: server.master.publicKey.toString('base64') }),
    );
    expect(server.verify(device.sign(CREATE_CARD), CREATE_CARD)).toBe(true);
  });

  it('refuses a code signed by another key, before any exchange', async () => {
    const server = fakeServer();
    const forged = signActivationCode(server.activationCode, generateKeyPair().privateKey).toString('base64');
    await expect(
      VirtualDevice.activate(server.options({ activation: { activationCode: server.activationCode, activationCodeSignature: forged } })),
    ).rejects.toThrow(/signature does not verify with masterPublicKey; a device never activates against an unauthenticated code/);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses a code whose CRC does not match, in both forms', async () => {
    const server = fakeServer();
    const first = server.activationCode[0] === 'B' ? 'C' : 'B';
    const badCrc = first + server.activationCode.slice(1);
    await expect(
      VirtualDevice.activate(server.options({ activation: { activationCode: badCrc, activationCodeSignature: server.activationCodeSignature } })),
    ).rejects.toThrow(/activationCode must be a valid activation code .*CRC-16/);
    await expect(
      VirtualDevice.activate(server.options({ activation: { activationQrCodeData: `${badCrc}#${server.activationCodeSignature}` } })),
    ).rejects.toThrow(/VirtualDevice.activate: activation QR data: the code before # is not a valid activation code/);
    expect(server.requests).toHaveLength(0);
  });

  it.each<[string, Partial<VirtualDeviceActivateOptions>, RegExp]>([
    ['a short PIN', { pin: '123' }, /VirtualDevice.activate: pin must be 4 to 16 digits/],
    ['an application key of 15 bytes', { applicationKey: randomBytes(15).toString('base64') }, /applicationKey must be canonical, padded Base64 of 16 bytes/],
    ['a non-Base64 secret', { applicationSecret: 'not base64!' }, /applicationSecret must be canonical, padded Base64 of 16 bytes/],
    ['an unknown version', { version: '4.0' as '3.3' }, /version must be one of 3.0, 3.1, 3.2, 3.3/],
    ['a master key that is not a point', { masterPublicKey: Buffer.alloc(65, 4) }, /masterPublicKey must be a P-256 point/],
  ])('refuses %s with a message naming it', async (_name, overrides, message) => {
    const server = fakeServer();
    await expect(VirtualDevice.activate(server.options(overrides))).rejects.toThrow(message);
    expect(server.requests).toHaveLength(0);
  });

  it.each<[string, Partial<ActivationAnswer> | string, RegExp]>([
    ['a non-UUID activationId', { activationId: 'activation-1' }, /the exchange's answer: activationId must be a UUID/],
    ['a serverPublicKey off the curve', { serverPublicKey: Buffer.alloc(65, 4).toString('base64') }, /serverPublicKey must be a P-256 point/],
    ['ctrData of 15 bytes', { ctrData: randomBytes(15).toString('base64') }, /ctrData must be canonical, padded Base64 of 16 bytes/],
    ['a missing field', { ctrData: undefined }, /the exchange's answer: ctrData must be a string/],
    ['a string instead of an object', 'ok', /the exchange's answer must be a JSON object/],
  ])('validates the exchange answer: %s', async (_name, change, message) => {
    const server = fakeServer();
    const exchange: ActivationExchange = {
      async createActivation(request) {
        const answer = await server.exchange.createActivation(request);
        return (typeof change === 'string' ? change : { ...answer, ...change }) as ActivationAnswer;
      },
    };
    await expect(VirtualDevice.activate(server.options({ exchange }))).rejects.toThrow(message);
  });
});

describe('VirtualDevice.sign', () => {
  it('makes a possession_knowledge signature by default that the server verifies', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options());
    const header = device.sign(CREATE_CARD);
    expect(header).toMatch(/^PowerAuth pa_activation_id="[^"]+", pa_application_key="[^"]+", pa_nonce="[^"]+", pa_signature_type="possession_knowledge", pa_signature="[^"]+", pa_version="3.3"$/);
    expect(server.verify(header, CREATE_CARD)).toBe(true);
  });

  it.each(['possession', 'knowledge', 'biometry'] as const)('signs with factor %s on a device with biometry', async (factor) => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options({ biometry: true }));
    const header = device.sign({ ...CREATE_CARD, factor });
    const parsed = parseSignatureHeader(header);
    expect(parsed.ok && parsed.header.signatureType).toBe(factor === 'possession' ? 'possession' : `possession_${factor}`);
    expect(server.verify(header, CREATE_CARD)).toBe(true);
  });

  it('signs an explicit three-factor type', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options({ biometry: true }));
    const header = device.sign({ ...CREATE_CARD, factor: 'possession', signatureType: 'possession_knowledge_biometry' });
    expect(header).toContain('pa_signature_type="possession_knowledge_biometry"');
    expect(server.verify(header, CREATE_CARD)).toBe(true);
  });

  it('signs in decimal for 3.0', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options({ version: '3.0' }));
    const header = device.sign(CREATE_CARD);
    expect(header).toMatch(/pa_signature="\d{8}-\d{8}", pa_version="3.0"$/);
    expect(server.verify(header, CREATE_CARD)).toBe(true);
  });

  it('covers the URI with its query and a GET without body', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options());
    const request = { method: 'GET', uri: '/api/partner/cards/c-1/sensitive-data?b=2&a=1' };
    expect(server.verify(device.sign(request), request)).toBe(true);
    expect(server.verify(device.sign(request), { ...request, uri: '/api/partner/cards/c-1/sensitive-data' })).toBe(false);
  });

  it('with a wrong PIN makes a signature the server refuses, and the right PIN still works after it', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options());
    expect(server.verify(device.sign({ ...CREATE_CARD, pin: '9999' }), CREATE_CARD)).toBe(false);
    expect(server.verify(device.sign(CREATE_CARD), CREATE_CARD)).toBe(true);
  });

  it('refuses a biometry signature on a device without biometry', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options());
    expect(() => device.sign({ ...CREATE_CARD, factor: 'biometry' })).toThrow(/activated without biometry \(a real SDK cannot make one either\)/);
    expect(() => device.sign({ ...CREATE_CARD, signatureType: 'possession_knowledge_biometry' })).toThrow(/activated without biometry/);
  });

  it('advances the counter: signatures verify in sequence and a replay fails', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options());
    const first = device.sign(CREATE_CARD);
    const second = device.sign(CREATE_CARD);
    expect(server.verify(first, CREATE_CARD)).toBe(true);
    expect(server.verify(second, CREATE_CARD)).toBe(true);
    expect(server.verify(first, CREATE_CARD)).toBe(false);
  });

  it('skipCounter: 19 steps ahead is the edge of the look-ahead (20), 20 steps is beyond it', async () => {
    const server = fakeServer();
    const atEdge = await VirtualDevice.activate(server.options());
    atEdge.skipCounter(19);
    expect(server.verify(atEdge.sign(CREATE_CARD), CREATE_CARD)).toBe(true);
    const beyond = await VirtualDevice.activate(server.options());
    beyond.skipCounter(20);
    expect(server.verify(beyond.sign(CREATE_CARD), CREATE_CARD)).toBe(false);
    expect(beyond.toJSON().counterIndex).toBe(21);
    expect(() => beyond.skipCounter(-1)).toThrow('VirtualDevice.skipCounter: steps must be a non-negative integer, got -1');
  });

  it('is deterministic with a fixed nonce', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options());
    const state = device.exportState();
    const header = device.sign({ ...CREATE_CARD, nonce: FIXED_NONCE });
    expect(header).toContain(`pa_nonce="${FIXED_NONCE}"`);
    expect(VirtualDevice.importState(state, { pin: '1234' }).sign({ ...CREATE_CARD, nonce: FIXED_NONCE })).toBe(header);
  });

  it('reports each signature to onSigned after advancing the counter', async () => {
    const server = fakeServer();
    const onSigned = vi.fn();
    const device = await VirtualDevice.activate({ ...server.options(), onSigned });
    device.sign({ ...CREATE_CARD, nonce: FIXED_NONCE, factor: 'possession' });
    expect(onSigned).toHaveBeenCalledExactlyOnceWith({ activationId: device.activationId, nonce: FIXED_NONCE, signatureType: 'possession' });
    expect(device.toJSON().counterIndex).toBe(1);
  });

  it.each<[string, Parameters<VirtualDevice['sign']>[0], RegExp]>([
    ['a full URL as uri', { method: 'POST', uri: 'https://api.example/api/partner/cards' }, /uri must be the request target as sent \(path plus \?query, starting with \/\)/],
    ['a method with a space', { method: 'PO ST', uri: '/x' }, /VirtualDevice.sign: method must be an HTTP method name/],
    ['a non-canonical nonce', { method: 'POST', uri: '/x', nonce: 'AAAA' }, /VirtualDevice.sign: nonce must be canonical Base64 of 16 bytes/],
    ['an unknown factor', { method: 'POST', uri: '/x', factor: 'face' as 'biometry' }, /factor must be one of knowledge, biometry, possession/],
    ['an unknown signature type', { method: 'POST', uri: '/x', signatureType: 'possession_pin' as 'possession' }, /signatureType must be one of possession, knowledge/],
    ['a malformed PIN', { method: 'POST', uri: '/x', pin: '12' }, /VirtualDevice.sign: pin must be 4 to 16 digits/],
  ])('refuses %s without moving the counter', async (_name, request, message) => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options());
    expect(() => device.sign(request)).toThrow(message);
    expect(device.toJSON().counterIndex).toBe(0);
  });
});

describe('VirtualDevice state', () => {
  it('export -> JSON -> import: the next signature verifies and the counter carries over', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options({ biometry: true }));
    expect(server.verify(device.sign(CREATE_CARD), CREATE_CARD)).toBe(true);
    const state: VirtualDeviceState = JSON.parse(JSON.stringify(device.exportState()));
    expect(state).toMatchObject({ stateVersion: 1, version: '3.3', activationId: device.activationId, counterIndex: 1 });
    const restored = VirtualDevice.importState(state, { pin: '1234' });
    expect(restored.fingerprint).toBe(device.fingerprint);
    expect(server.verify(restored.sign({ ...CREATE_CARD, factor: 'biometry' }), CREATE_CARD)).toBe(true);
    expect(server.verify(restored.sign(CREATE_CARD), CREATE_CARD)).toBe(true);
  });

  it('never exports the PIN; imported without one, knowledge signatures need an explicit pin', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options({ pin: '13572468' }));
    const state = device.exportState();
    expect(JSON.stringify(state)).not.toContain('13572468');
    const restored = VirtualDevice.importState(state);
    expect(() => restored.sign(CREATE_CARD)).toThrow('VirtualDevice.sign: this device holds no PIN (imported without one); pass pin');
    expect(server.verify(restored.sign({ ...CREATE_CARD, factor: 'possession' }), CREATE_CARD)).toBe(true);
    expect(server.verify(restored.sign({ ...CREATE_CARD, pin: '13572468' }), CREATE_CARD)).toBe(true);
  });

  it.each<[string, (state: VirtualDeviceState) => unknown, RegExp]>([
    ['not an object', () => null, /VirtualDevice.importState: state must be an object, got null/],
    ['another layout', (state) => ({ ...state, stateVersion: 2 }), /state.stateVersion must be 1, got 2/],
    ['an unknown version', (state) => ({ ...state, version: '3.4' }), /state.version must be one of 3.0, 3.1, 3.2, 3.3, got "3.4"/],
    ['a bad activationId', (state) => ({ ...state, activationId: 'abc' }), /state.activationId must be a UUID string/],
    ['a 15-byte application key', (state) => ({ ...state, applicationKey: randomBytes(15).toString('base64') }), /state.applicationKey must be canonical, padded Base64 of 16 bytes/],
    ['a missing secret', ({ applicationSecret: _, ...state }) => state, /state.applicationSecret must be a canonical Base64 string of 16 bytes, got undefined/],
    ['a device key off the curve', (state) => ({ ...state, devicePublicKey: Buffer.alloc(65, 4).toString('base64') }), /state.devicePublicKey must be a P-256 point/],
    ['a non-canonical possession key', (state) => ({ ...state, possessionKey: `${state.possessionKey.slice(0, 21)}B==` }), /state.possessionKey must be canonical, padded Base64 of 16 bytes/],
    ['no knowledge key', ({ knowledgeKey: _, ...state }) => state, /state.knowledgeKey must be an object, got undefined/],
    ['a short salt', (state) => ({ ...state, knowledgeKey: { ...state.knowledgeKey, salt: 'AAAA' } }), /state.knowledgeKey.salt must be canonical, padded Base64 of 16 bytes/],
    ['a null biometry key', (state) => ({ ...state, biometryKey: null }), /state.biometryKey must be a canonical Base64 string of 16 bytes, got null/],
    ['short counter data', (state) => ({ ...state, counterData: randomBytes(8).toString('base64') }), /state.counterData must be canonical, padded Base64 of 16 bytes/],
    ['a negative counter index', (state) => ({ ...state, counterIndex: -1 }), /state.counterIndex must be a non-negative integer, got -1/],
  ])('refuses a state with %s, naming the field', async (_name, mutate, message) => {
    const server = fakeServer();
    const state = (await VirtualDevice.activate(server.options())).exportState();
    expect(() => VirtualDevice.importState(mutate(state) as VirtualDeviceState, { pin: '1234' })).toThrow(message);
  });

  it('refuses a malformed PIN at import', async () => {
    const server = fakeServer();
    const state = (await VirtualDevice.activate(server.options())).exportState();
    expect(() => VirtualDevice.importState(state, { pin: 'abcd' })).toThrow('VirtualDevice.importState: options.pin must be 4 to 16 digits');
  });

  it('never leaks keys through JSON, inspect or toString', async () => {
    const server = fakeServer();
    const device = await VirtualDevice.activate(server.options({ biometry: true, pin: '24681357' }));
    const renderings = [JSON.stringify(device), inspect(device, { depth: Infinity, showHidden: true }), String(device), `${device}`];
    for (const text of renderings) {
      expect(text).toContain(device.activationId);
      for (const secret of [...secretsOf(device.exportState()), '24681357']) expect(text).not.toContain(secret);
    }
    expect(JSON.parse(JSON.stringify(device))).toEqual({ activationId: device.activationId, fingerprint: device.fingerprint, version: '3.3', biometry: true, counterIndex: 0 });
    expect(Object.keys(device)).toEqual(['activationId', 'fingerprint']);
  });
});

describe('httpActivationExchange', () => {
  const request: ActivationRequest = { activationCode: 'AAAAA-AAAAA-AAAAA-AAAAA', devicePublicKey: 'BA==', activationName: 'n', factors: ['KNOWLEDGE'] };

  it('POSTs the request as JSON to {baseUrl}/pa/v3/activation/create and returns the answer', async () => {
    const answer = { activationId: randomUUID(), serverPublicKey: 'BA==', ctrData: 'AA==' };
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Response.json(answer));
    const exchange = httpActivationExchange('http://127.0.0.1:1234/base/', { fetch });
    await expect(exchange.createActivation(request)).resolves.toEqual(answer);
    const [url, init] = fetch.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:1234/base/pa/v3/activation/create');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual(request);
  });

  it('reports a refusal with its status and a redacted body', async () => {
    const body = JSON.stringify({ code: 'ERROR_REQUEST', activationCode: 'AAAAA-AAAAA-AAAAA-AAAAA' });
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response(body, { status: 400 }));
    const exchange = httpActivationExchange('http://sim.test', { fetch, path: '/custom/create' });
    const failure = exchange.createActivation(request);
    await expect(failure).rejects.toThrow(/^httpActivationExchange: POST http:\/\/sim.test\/custom\/create answered 400: .*ERROR_REQUEST/);
    await expect(failure).rejects.not.toThrow(/AAAAA-AAAAA/);
  });

  it('refuses an answer that is not JSON', async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => new Response('<html>', { status: 200 }));
    await expect(httpActivationExchange('http://sim.test', { fetch }).createActivation(request)).rejects.toThrow(/answered 200 with a body that is not JSON/);
  });
});

describe('VirtualDevice against the LinkCy simulator, over HTTP only', () => {
  let simulator: SimulatorHandle;
  beforeAll(async () => {
    simulator = await startSimulator({ clock: 'manual' });
  });
  afterAll(() => simulator.stop());

  async function call(method: string, target: string, options: { token?: string; body?: unknown; signature?: string } = {}) {
    const response = await fetch(`${simulator.url}${target}`, {
      method,
      headers: {
        'content-type': 'application/json',
        ...(options.token === undefined ? {} : { authorization: `Bearer ${options.token}` }),
        ...(options.signature === undefined ? {} : { 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': options.signature }),
      },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : (JSON.parse(text) as Record<string, string>) };
  }

  it('register -> activate over httpActivationExchange -> activateScaDevice -> signed createCard 201', async () => {
    const { info } = simulator;
    const { endUserId, ledgerId, cardProfileId } = simulator.control.createScene();
    const token = (await call('POST', '/api/partner/login', { body: info.partner })).body?.token;
    const registration = await call('POST', `/api/partner/end-users/${endUserId}/sca-devices`, { token });
    expect(registration.status).toBe(201);
    const { scaDeviceId, activationQrCodeData: qrCode = '' } = registration.body ?? {};

    const device = await VirtualDevice.activate({
      exchange: httpActivationExchange(simulator.url),
      activation: { activationQrCodeData: qrCode },
      masterPublicKey: info.masterPublicKey,
      applicationKey: info.applicationKey,
      applicationSecret: info.applicationSecret,
      pin: '1234',
      onSigned: (record) => simulator.control.recordSignature(record),
    });
    expect((await call('POST', `/api/partner/sca-devices/${scaDeviceId}/activate`, { token })).status).toBe(204);

    const createCard = { ledgerId, profileId: cardProfileId, nameOnCard: 'JANE DOE', deliveryMethod: 'FRENCH_MAIL' };
    const signed = (pin?: string) => device.sign({ method: 'POST', uri: '/api/partner/cards', body: JSON.stringify(createCard), ...(pin === undefined ? {} : { pin }) });
    const wrongPin = await call('POST', '/api/partner/cards', { token, body: createCard, signature: signed('9999') });
    expect({ status: wrongPin.status, code: wrongPin.body?.errorCode }).toEqual({ status: 401, code: 'SCA_SIGNATURE_DOES_NOT_MATCH' });
    const card = await call('POST', '/api/partner/cards', { token, body: createCard, signature: signed() });
    expect(card.status).toBe(201);
    expect(card.body).toEqual({ id: expect.any(String) });
  });
});
