import { describe, expect, it } from 'vitest';
import { createActivationCode } from './activation-code.ts';
import { activationQrCodeData, parseActivationQrCodeData, signActivationCode, verifyActivationCode } from './activation-signature.ts';
import { generateKeyPair } from './keys.ts';
import { bytes, describeVectors, text } from './test-support/official-vectors.ts';

describeVectors('verify-activation-data-signature-v3.json', (cases) => {
  it.each(cases.map((vector, index) => [index, vector] as const))('case %i: the official signature verifies, and a fresh one too', (_index, { input, output }) => {
    const code = text(input, 'activationCode');
    const masterPublicKey = bytes(input, 'masterPublicKey');
    expect(verifyActivationCode(code, bytes(output, 'activationSignature'), masterPublicKey)).toBe(true);
    // ECDSA is randomised: a fresh signature differs from the vector's but must verify.
    const fresh = signActivationCode(code, bytes(input, 'masterPrivateKey'));
    expect(verifyActivationCode(code, fresh, masterPublicKey)).toBe(true);
  });

  it('an official signature does not verify for another code', () => {
    const [first, second] = cases;
    expect(verifyActivationCode(text(second!.input, 'activationCode'), bytes(first!.output, 'activationSignature'), bytes(first!.input, 'masterPublicKey'))).toBe(false);
  });
});

describe('signActivationCode and verifyActivationCode', () => {
  const master = generateKeyPair();
  const code = createActivationCode();
  const signature = signActivationCode(code, master.privateKey);

  it('signs in DER (a SEQUENCE of two INTEGERs), not raw r||s', () => {
    expect(signature[0]).toBe(0x30);
    expect(signature[1]).toBe(signature.length - 2);
    expect(signature[2]).toBe(0x02);
  });

  it('rejects another key, another code, a raw r||s signature and garbage', () => {
    expect(verifyActivationCode(code, signature, generateKeyPair().publicKey)).toBe(false);
    expect(verifyActivationCode(createActivationCode(), signature, master.publicKey)).toBe(false);
    expect(verifyActivationCode(code, Buffer.alloc(64, 1), master.publicKey)).toBe(false);
    expect(verifyActivationCode(code, Buffer.alloc(0), master.publicKey)).toBe(false);
  });

  it('throws, naming the key, when the master public key is not a P-256 point', () => {
    expect(() => verifyActivationCode(code, signature, Buffer.alloc(65, 4))).toThrow(/masterPublicKey must be a P-256 point/);
  });

  it('refuses to sign an invalid code', () => {
    expect(() => signActivationCode('AAAAA-AAAAA-AAAAA-AAAAB', master.privateKey)).toThrow(/code must be a valid activation code/);
  });
});

describe('activation QR code data', () => {
  const master = generateKeyPair();
  const code = createActivationCode();
  const signature = signActivationCode(code, master.privateKey);

  it('is CODE#Base64(DER) and parses back', () => {
    const qr = activationQrCodeData(code, signature);
    expect(qr).toBe(`${code}#${signature.toString('base64')}`);
    expect(parseActivationQrCodeData(qr)).toEqual({ ok: true, activationCode: code, signature });
  });

  it.each([
    ['no #', code, /no # found/],
    ['an invalid code', `AAAAA-AAAAA-AAAAA-AAAAB#${signature.toString('base64')}`, /code before # is not a valid activation code/],
    ['no signature', `${code}#`, /signature after # must be non-empty canonical Base64/],
    ['a non-canonical signature', `${code}#${signature.toString('base64url')}!`, /signature after # must be non-empty canonical Base64/],
  ])('reports %s', (_name, qr, message) => {
    const parsed = parseActivationQrCodeData(qr);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});
