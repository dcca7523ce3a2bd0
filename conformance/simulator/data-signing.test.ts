import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { VirtualDevice } from '../../generators/index.ts';
import { formatSignatureHeader, parseSignatureHeader, type SignatureHeader } from '../../spec/powerauth/index.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';
import { expectError, field, SimulatorClient, type SignSpec } from './test-support/simulator-client.ts';

// Step 5 with DATA_SIGNING: rows 5a to 5k of docs/sca-evaluation-order.md.

const TTL_MS = 30_000;
let simulator: SimulatorHandle;
let client: SimulatorClient;
let partner: string;

beforeAll(async () => {
  simulator = await startSimulator({ clock: 'manual', signatureTtlMs: TTL_MS });
  client = new SimulatorClient(simulator);
});
afterAll(() => simulator.stop());
beforeEach(async () => {
  simulator.control.reset();
  partner = await client.partnerToken();
});

async function activeUser(options: { biometry?: boolean } = {}): Promise<{ endUserId: string; device: VirtualDevice; scaDeviceId: string }> {
  const { endUserId } = simulator.control.createEndUser();
  return { endUserId, ...(await client.onboard(endUserId, partner, options)) };
}

/** A valid signature of createCard for `endUserId` with some fields changed after signing. */
function alteredSignature(device: VirtualDevice, endUserId: string, change: Partial<SignatureHeader>): { header: string; body: string } {
  const body = client.cardBody(endUserId);
  const parsed = parseSignatureHeader(device.sign({ method: 'POST', uri: '/api/partner/cards', body }));
  if (!parsed.ok) throw new Error('the device made an unreadable header');
  return { header: formatSignatureHeader({ ...parsed.header, ...change }), body };
}

function sendWithSignature(endUserId: string, header: string, body = client.cardBody(endUserId)) {
  return client.call('createCard', {
    token: partner,
    rawBody: body,
    headers: { 'content-type': 'application/json', 'linkcy-sca-strategy': 'DATA_SIGNING', 'linkcy-sca-signature': header },
  });
}

const deviceOf = (scaDeviceId: string) => simulator.control.state().devices.find((device) => device.id === scaDeviceId);

describe('a) to c): the signature is there, readable, and the end user has a device', () => {
  it('answers SCA_SIGNATURE_MISSING without the header', async () => {
    const { endUserId } = await activeUser();
    expectError(await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'DATA_SIGNING' } }), 'SCA_SIGNATURE_MISSING');
  });

  // The default profile's emptySignature "missing": an empty header carries no signature. HTTP
  // drops a value's surrounding whitespace, so a blank header arrives empty too.
  it.each([['empty', ''], ['blank', '   ']])('answers SCA_SIGNATURE_MISSING for an %s header (profile emptySignature "missing")', async (_name, value) => {
    const { endUserId } = await activeUser();
    expectError(await sendWithSignature(endUserId, value), 'SCA_SIGNATURE_MISSING');
  });

  it.each([
    ['garbage', 'PowerAuth nothing here'],
    ['wrong scheme', 'Bearer abc'],
    ['escaped quotes', 'PowerAuth pa_activation_id=\\"3c193fe9-ac04-4a2e-aa85-8b3d0ed4aeab\\"'],
  ])('answers SCA_SIGNATURE_FORMAT_INVALID for %s, with the header errors', async (_name, header) => {
    const { endUserId } = await activeUser();
    const result = await sendWithSignature(endUserId, header);
    expectError(result, 'SCA_SIGNATURE_FORMAT_INVALID');
    const details = (result.body as { details?: { field: string; rejectedValue: unknown }[] }).details ?? [];
    expect(details.length).toBeGreaterThan(0);
    // The vendor's detail shape, the header named, its value never echoed (a signature is a secret).
    for (const detail of details) expect(detail).toMatchObject({ field: 'Linkcy-SCA-Signature', rejectedValue: '[redacted]' });
  });

  it('answers SCA_DEVICE_NOT_SET for an end user without devices, NO_ACTIVE_SCA_DEVICE_FOUND with only a pending one', async () => {
    const other = await activeUser();
    const { endUserId } = simulator.control.createEndUser();
    expectError(await client.createCard(endUserId, partner, { sign: { device: other.device } }), 'SCA_DEVICE_NOT_SET');
    await client.register(endUserId, partner);
    expectError(await client.createCard(endUserId, partner, { sign: { device: other.device } }), 'NO_ACTIVE_SCA_DEVICE_FOUND');
  });
});

describe('d) to h): the device, the factors and the application', () => {
  it("answers SCA_DEVICE_NOT_VALID for another end user's device and for an unknown activation", async () => {
    const mine = await activeUser();
    const theirs = await activeUser();
    expectError(await client.createCard(mine.endUserId, partner, { sign: { device: theirs.device } }), 'SCA_DEVICE_NOT_VALID');
    const unknown = alteredSignature(mine.device, mine.endUserId, { activationId: randomUUID() });
    expectError(await sendWithSignature(mine.endUserId, unknown.header), 'SCA_DEVICE_NOT_VALID');
  });

  it('answers SCA_DEVICE_NOT_VALID for a removed or a blocked device while another device is active', async () => {
    const { endUserId, device: first, scaDeviceId } = await activeUser();
    const second = await client.onboard(endUserId, partner, { registerWith: { sign: { device: first } } });
    expect((await client.call('deleteScaDevice', { pathParams: { scaDeviceId }, token: partner })).status).toBe(204);
    expectError(await client.createCard(endUserId, partner, { sign: { device: first } }), 'SCA_DEVICE_NOT_VALID');

    const third = await client.onboard(endUserId, partner, { registerWith: { sign: { device: second.device } } });
    for (let attempt = 0; attempt < 5; attempt++) {
      expectError(await client.createCard(endUserId, partner, { sign: { device: second.device, pin: '9999' } }), 'SCA_SIGNATURE_DOES_NOT_MATCH');
    }
    expect(deviceOf(second.scaDeviceId)?.status).toBe('BLOCKED');
    expectError(await client.createCard(endUserId, partner, { sign: { device: second.device } }), 'SCA_DEVICE_NOT_VALID');
    expect((await client.createCard(endUserId, partner, { sign: { device: third.device } })).status).toBe(201);
  });

  it('answers SCA_DEVICE_NOT_VALID for a possession-only signature (one factor is not SCA)', async () => {
    const { endUserId, device } = await activeUser();
    expectError(await client.createCard(endUserId, partner, { sign: { device, factor: 'possession' } }), 'SCA_DEVICE_NOT_VALID');
  });

  // Genuine one-factor signatures of the right data: without step 5e they would be accepted.
  it.each(['knowledge', 'biometry'] as const)('answers SCA_DEVICE_NOT_VALID for a %s-only signature (one factor is not SCA)', async (signatureType) => {
    const { endUserId, device, scaDeviceId } = await activeUser({ biometry: true });
    expectError(await client.createCard(endUserId, partner, { sign: { device, signatureType } }), 'SCA_DEVICE_NOT_VALID');
    expect(deviceOf(scaDeviceId)).toMatchObject({ counterIndex: 0, failedAttempts: 0 });
  });

  it('answers SCA_FACTOR_NOT_SET for a biometry signature from a device without biometry', async () => {
    const { endUserId, device } = await activeUser();
    const { header } = alteredSignature(device, endUserId, { signatureType: 'possession_biometry' });
    const result = await sendWithSignature(endUserId, header);
    expectError(result, 'SCA_FACTOR_NOT_SET');
    expect(field(result.body, 'message')).toContain('BIOMETRY');
  });

  it('ignores Linkcy-SCA-Factor under the default profile (factorHeader "absent": no 1.114.5 operation has it)', async () => {
    const { endUserId, device } = await activeUser({ biometry: true });
    const result = await client.createCard(endUserId, partner, { sign: { device }, headers: { 'linkcy-sca-factor': 'BIOMETRY' } });
    expect(result.status, result.text).toBe(201);
  });

  it("answers SCA_SIGNATURE_DOES_NOT_MATCH for another application's key", async () => {
    const { endUserId, device } = await activeUser();
    const { header } = alteredSignature(device, endUserId, { applicationKey: randomBytes(16).toString('base64') });
    expectError(await sendWithSignature(endUserId, header), 'SCA_SIGNATURE_DOES_NOT_MATCH');
  });
});

describe('i) the TTL, on the simulator clock', () => {
  it('accepts a signature exactly TTL old and refuses one TTL + 1 ms old, without counting a failed attempt', async () => {
    const { endUserId, device, scaDeviceId } = await activeUser();
    const body = client.cardBody(endUserId);
    const atTtl = device.sign({ method: 'POST', uri: '/api/partner/cards', body });
    simulator.control.advanceClock(TTL_MS);
    expect((await sendWithSignature(endUserId, atTtl, body)).status).toBe(201);

    const secondBody = client.cardBody(endUserId);
    const pastTtl = device.sign({ method: 'POST', uri: '/api/partner/cards', body: secondBody });
    simulator.control.advanceClock(TTL_MS + 1);
    expectError(await sendWithSignature(endUserId, pastTtl, secondBody), 'SCA_SIGNATURE_DOES_NOT_MATCH');
    expect(deviceOf(scaDeviceId)).toMatchObject({ counterIndex: 1, failedAttempts: 0 });
  });

  it('judges a signature of unknown provenance on cryptography alone', async () => {
    const { endUserId } = simulator.control.createEndUser();
    const { device } = await client.onboard(endUserId, partner, { recordSignatures: false });
    const body = client.cardBody(endUserId);
    const header = device.sign({ method: 'POST', uri: '/api/partner/cards', body });
    simulator.control.advanceClock(10 * TTL_MS);
    expect((await sendWithSignature(endUserId, header, body)).status).toBe(201);
  });
});

describe('j) cryptography over method, URI and body', () => {
  it('refuses a replayed signature', async () => {
    const { endUserId, device } = await activeUser();
    const body = client.cardBody(endUserId);
    const header = device.sign({ method: 'POST', uri: '/api/partner/cards', body });
    expect((await sendWithSignature(endUserId, header, body)).status).toBe(201);
    expectError(await sendWithSignature(endUserId, header, body), 'SCA_SIGNATURE_DOES_NOT_MATCH');
  });

  it('refuses a tampered body, even a change of whitespace', async () => {
    const { endUserId, device } = await activeUser();
    const signedBody = client.cardBody(endUserId);
    const parsed = JSON.parse(signedBody) as Record<string, unknown>;
    for (const sent of [JSON.stringify({ ...parsed, friendlyName: 'x' }), JSON.stringify(parsed, null, 1)]) {
      const result = await client.createCard(endUserId, partner, { rawBody: sent, headers: { 'content-type': 'application/json' }, sign: { device, signedBody } });
      expectError(result, 'SCA_SIGNATURE_DOES_NOT_MATCH');
    }
  });

  it('refuses a tampered query or path, and a signature made for another method (a GET: getCardPanCredentials)', async () => {
    const { endUserId, device } = await activeUser();
    const card = await client.createCard(endUserId, partner, { headers: { 'linkcy-sca-strategy': 'BY_PASS' } });
    const cardId = field(card.body, 'id');
    // Unknown query parameters are not validation errors (spec/validate), but they are signed.
    const read = (query: Record<string, string>, sign: SignSpec | undefined) =>
      client.call('getCardPanCredentials', { pathParams: { cardId }, query, token: partner, ...(sign === undefined ? {} : { sign }) });
    const signedTarget = `/api/partner/cards/${cardId}/pan/credentials?view=1`;
    expectError(await read({ view: '2' }, { device, signedTarget }), 'SCA_SIGNATURE_DOES_NOT_MATCH');
    expectError(await read({}, { device, signedTarget }), 'SCA_SIGNATURE_DOES_NOT_MATCH');
    expectError(await read({ view: '1' }, { device, signedTarget: `/api/partner/cards/${randomUUID()}/pan/credentials?view=1` }), 'SCA_SIGNATURE_DOES_NOT_MATCH');
    expectError(await read({ view: '1' }, { device, signedMethod: 'POST' }), 'SCA_SIGNATURE_DOES_NOT_MATCH');
    expect((await read({ view: '1' }, { device })).status).toBe(200);
  });

  it('blocks the device after five wrong PINs; a right PIN before the fifth resets the count', async () => {
    const { endUserId, device, scaDeviceId } = await activeUser();
    const wrongPin = () => client.createCard(endUserId, partner, { sign: { device, pin: '0000' } });
    for (let attempt = 0; attempt < 4; attempt++) expectError(await wrongPin(), 'SCA_SIGNATURE_DOES_NOT_MATCH');
    expect(deviceOf(scaDeviceId)).toMatchObject({ status: 'ACTIVE', failedAttempts: 4 });
    expect((await client.createCard(endUserId, partner, { sign: { device } })).status).toBe(201);
    expect(deviceOf(scaDeviceId)).toMatchObject({ failedAttempts: 0 });

    for (let attempt = 0; attempt < 5; attempt++) expectError(await wrongPin(), 'SCA_SIGNATURE_DOES_NOT_MATCH');
    expect(deviceOf(scaDeviceId)).toMatchObject({ status: 'BLOCKED', failedAttempts: 5 });
    const listed = await client.getEndUser(endUserId, partner);
    expect(listed.body).toMatchObject({ scaDevices: [{ status: 'BLOCKED' }] });
    expectError(await client.createCard(endUserId, partner, { sign: { device } }), 'NO_ACTIVE_SCA_DEVICE_FOUND');
  });

  it('finds a counter up to 19 steps ahead (look-ahead 20), not 20', async () => {
    const { endUserId, device, scaDeviceId } = await activeUser();
    device.skipCounter(19);
    expect((await client.createCard(endUserId, partner, { sign: { device } })).status).toBe(201);
    expect(deviceOf(scaDeviceId)?.counterIndex).toBe(20);
    device.skipCounter(20);
    expectError(await client.createCard(endUserId, partner, { sign: { device } }), 'SCA_SIGNATURE_DOES_NOT_MATCH');
  });
});

describe('k) a failing SCA back end, by fault injection', () => {
  it('answers the injected SCA_UNEXPECTED_ERROR for the next N calls only', async () => {
    const { endUserId, device } = await activeUser();
    simulator.control.injectFault({ operationId: 'createCard', count: 2, code: 'SCA_UNEXPECTED_ERROR' });
    expectError(await client.createCard(endUserId, partner, { sign: { device } }), 'SCA_UNEXPECTED_ERROR');
    expectError(await client.createCard(endUserId, partner, { sign: { device } }), 'SCA_UNEXPECTED_ERROR');
    expect((await client.createCard(endUserId, partner, { sign: { device } })).status).toBe(201);
  });
});
