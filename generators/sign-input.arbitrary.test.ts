import { randomBytes, randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateKeyPair, isCanonicalBase64, normalizeRequestData, parseSignatureHeader, verifySignature } from '../spec/powerauth/index.ts';
import { lockKnowledgeKey } from './device/pin-vault.ts';
import { VirtualDevice, type VirtualDeviceState } from './device.ts';
import { nonceArbitrary } from './nonce.arbitrary.ts';
import { signInputArbitrary } from './sign-input.arbitrary.ts';
import { expectErrorNamingApi, expectSameValuesForSameSeed, sampleOf } from './test-support/properties.ts';

// A device made from known keys (no activation needed to sign), so every drawn input can be
// checked the way a server checks it.

const PIN = '1234';
const keys = { possession: randomBytes(16), knowledge: randomBytes(16), biometry: randomBytes(16) };
const counterData = randomBytes(16);
const applicationSecret = randomBytes(16).toString('base64');
const locked = lockKnowledgeKey(keys.knowledge, PIN);
const STATE: VirtualDeviceState = {
  stateVersion: 1,
  version: '3.3',
  activationId: randomUUID(),
  applicationKey: randomBytes(16).toString('base64'),
  applicationSecret,
  devicePublicKey: generateKeyPair().publicKey.toString('base64'),
  serverPublicKey: generateKeyPair().publicKey.toString('base64'),
  possessionKey: keys.possession.toString('base64'),
  knowledgeKey: { encrypted: locked.encryptedKey.toString('base64'), salt: locked.salt.toString('base64') },
  biometryKey: keys.biometry.toString('base64'),
  counterData: counterData.toString('base64'),
  counterIndex: 0,
};

describe('nonceArbitrary', () => {
  it('gives the same canonical 16-byte nonces for the same seed', () => {
    expectSameValuesForSameSeed(nonceArbitrary());
    expect(sampleOf(nonceArbitrary(), 200).every((nonce) => isCanonicalBase64(nonce, 16))).toBe(true);
  });
});

describe('signInputArbitrary', () => {
  it('gives the same values for the same seed', () => {
    expectSameValuesForSameSeed(signInputArbitrary());
  });

  it('gives inputs a VirtualDevice signs into a header and signature a server accepts', () => {
    fc.assert(
      fc.property(signInputArbitrary(), (input) => {
        const device = VirtualDevice.importState(STATE, { pin: PIN });
        const header = device.sign(input);
        const parsed = parseSignatureHeader(header);
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
        expect(parsed.header.nonce).toBe(input.nonce);
        expect(parsed.header.signatureType).toBe(input.factor === 'biometry' ? 'possession_biometry' : 'possession_knowledge');
        const data = normalizeRequestData({ method: input.method, uriId: input.uri, nonce: parsed.header.nonce, body: input.body, applicationSecret });
        expect(verifySignature({ keys, type: parsed.header.signatureType, counterData, data, format: 'base64', signature: parsed.header.signature }).valid).toBe(true);
        // A fixed nonce makes the signature a function of the input and the device state.
        expect(VirtualDevice.importState(STATE, { pin: PIN }).sign(input)).toBe(header);
      }),
      { seed: 7, numRuns: 30 },
    );
  });

  it('signs a given request, drawing only the factors asked for', () => {
    const request = { method: 'POST', uri: '/api/partner/cards', body: '{"type":"VIRTUAL"}' };
    const inputs = sampleOf(signInputArbitrary({ request, factors: ['possession'] }), 20);
    expect(inputs.every((input) => input.method === 'POST' && input.uri === request.uri && input.body === request.body && input.factor === 'possession')).toBe(true);
  });

  it('draws both SCA factors and never possession alone by default', () => {
    expect(new Set(sampleOf(signInputArbitrary(), 200).map((input) => input.factor))).toEqual(new Set(['knowledge', 'biometry']));
  });

  it('refuses no factors or a request target without a leading slash, naming the API', () => {
    expectErrorNamingApi('signInputArbitrary', () => signInputArbitrary({ factors: [] }));
    expectErrorNamingApi('signInputArbitrary', () => signInputArbitrary({ request: { method: 'GET', uri: 'api/partner/cards' } }));
  });
});
