import { describe, expect, it } from 'vitest';
import { SIGNATURE_MUTATIONS } from '../generators/index.ts';
import { formatSignatureHeader, parseSignatureHeader, SIGNATURE_TYPES, factorsOf } from '../spec/powerauth/index.ts';
import { SIGNATURE_HEADER_PATTERN } from './signature-pattern.ts';
import { testDevice } from './test-device.ts';

const pattern = new RegExp(SIGNATURE_HEADER_PATTERN);
const canonical = testDevice().sign({ method: 'POST', uri: '/api/partner/cards', body: '{"ledgerId":"x"}' });

// Well-formed for the parser, refused by the regex: a regex without look-around cannot take six
// parameters in any order (D-PACT-2). Every SDK writes the canonical order.
const ORDER_MUTATIONS = new Set([
  'reorder',
  'unknown-parameter',
  ...['activation-id', 'application-key', 'nonce', 'signature-type', 'signature', 'version'].map((field) => `duplicated-${field}`),
]);

describe('SIGNATURE_HEADER_PATTERN', () => {
  it('accepts every header the VirtualDevice makes, whatever the factor, method, URI and body', () => {
    const device = testDevice();
    // The test device holds no biometry key; the next test covers the biometry types.
    for (const factor of ['knowledge', 'possession'] as const) {
      for (const [method, uri, body] of [['POST', '/api/partner/cards', '{"a":1}'], ['GET', '/api/partner/cards/1/pin?x=1', ''], ['DELETE', '/api/partner/sca-devices/2', undefined]] as const) {
        const header = device.sign({ method, uri, ...(body === undefined ? {} : { body }), factor });
        expect(pattern.test(header), header).toBe(true);
      }
    }
    expect(pattern.test(canonical)).toBe(true);
  });

  it('accepts every signature type with its number of components, in Base64 (3.1 to 3.3) and in decimal (3.0)', () => {
    for (const signatureType of SIGNATURE_TYPES) {
      const components = factorsOf(signatureType).length;
      const base = { activationId: '3c193fe9-ac04-4a2e-aa85-8b3d0ed4aeab', applicationKey: 'EklLXwMlpZhwMLHAXyXWHA==', nonce: 'C2irDMhb8VR3+QBTfIsAJg==', signatureType };
      const base64 = formatSignatureHeader({ ...base, signature: Buffer.alloc(16 * components, 9).toString('base64'), version: '3.1' });
      const decimal = formatSignatureHeader({ ...base, signature: Array.from({ length: components }, () => '12345678').join('-'), version: '3.0' });
      for (const header of [base64, decimal]) {
        expect(parseSignatureHeader(header).ok, header).toBe(true);
        expect(pattern.test(header), header).toBe(true);
      }
    }
  });

  it.each(SIGNATURE_MUTATIONS.filter((mutation) => mutation.expectedGrammar === 'invalid'))('refuses the malformed header "$id" ($description)', (mutation) => {
    expect(pattern.test(mutation.apply(canonical))).toBe(false);
  });

  it.each(SIGNATURE_MUTATIONS.filter((mutation) => mutation.expectedGrammar === 'valid'))('agrees with the parser on the well-formed variant "$id" but for the parameter order', (mutation) => {
    const header = mutation.apply(canonical);
    expect(parseSignatureHeader(header).ok).toBe(true);
    expect(pattern.test(header)).toBe(!ORDER_MUTATIONS.has(mutation.id));
  });
});
