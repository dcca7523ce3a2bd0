import { describe, expect, it } from 'vitest';
import * as powerauth from './index.ts';

// A device and a server that share nothing but what travels between them, through the public API.

describe('PowerAuth end to end through the public API', () => {
  it('activates, signs a LinkCy request, verifies it once, and refuses the replay', () => {
    // Server: activation code signed by the master key, shown as a QR code.
    const master = powerauth.generateKeyPair();
    const code = powerauth.createActivationCode();
    const qr = powerauth.activationQrCodeData(code, powerauth.signActivationCode(code, master.privateKey));

    // Device: reads the QR, checks the code and its signature with the bundled master public key.
    const scanned = powerauth.parseActivationQrCodeData(qr);
    if (!scanned.ok) throw new Error(scanned.message);
    expect(powerauth.validateActivationCode(scanned.activationCode)).toBe(true);
    expect(powerauth.verifyActivationCode(scanned.activationCode, scanned.signature, master.publicKey)).toBe(true);

    // Key exchange: both sides reach the same keys and show the same fingerprint.
    const device = powerauth.generateKeyPair();
    const server = powerauth.generateKeyPair();
    const activationId = 'd791c6b4-56ca-4e8c-b392-93c03b92b30b';
    const ctrData = Buffer.alloc(16, 7);
    const deviceKeys = powerauth.deriveKeys(powerauth.masterSecret(device.privateKey, server.publicKey));
    const serverKeys = powerauth.deriveKeys(powerauth.masterSecret(server.privateKey, device.publicKey));
    expect(deviceKeys).toEqual(serverKeys);
    expect(powerauth.activationFingerprint(device.publicKey, server.publicKey, activationId)).toMatch(/^\d{8}$/);

    // Device signs a request (knowledge = PIN) after two signatures the server never saw.
    const keys = { possession: deviceKeys.signaturePossessionKey, knowledge: deviceKeys.signatureKnowledgeKey, biometry: deviceKeys.signatureBiometryKey };
    const applicationSecret = Buffer.alloc(16, 9).toString('base64');
    const request = { method: 'POST', uriId: '/api/partner/cards', body: '{"type":"VIRTUAL"}', applicationSecret };
    const nonce = powerauth.randomNonce();
    const deviceCounter = powerauth.nextCounterData(powerauth.nextCounterData(ctrData));
    const version = '3.3' as const;
    const signature = powerauth.computeSignature({
      keys,
      type: 'possession_knowledge',
      counterData: deviceCounter,
      data: powerauth.normalizeRequestData({ ...request, nonce }),
      format: powerauth.signatureFormatOf(version),
    });
    const headerValue = powerauth.formatSignatureHeader({
      activationId,
      applicationKey: Buffer.alloc(16, 8).toString('base64'),
      nonce,
      signatureType: 'possession_knowledge',
      signature,
      version,
    });

    // Server: parses the header, rebuilds the data from the request, verifies with look-ahead.
    const verify = (storedCounter: Buffer) => {
      const parsed = powerauth.parseSignatureHeader(headerValue);
      if (!parsed.ok) throw new Error(parsed.errors.map((error) => error.message).join('; '));
      const { header } = parsed;
      return powerauth.verifySignature({
        keys,
        type: header.signatureType,
        counterData: storedCounter,
        data: powerauth.normalizeRequestData({ ...request, nonce: header.nonce }),
        signature: header.signature,
        format: powerauth.signatureFormatOf(header.version),
      });
    };
    const first = verify(ctrData);
    expect(first).toEqual({ valid: true, matchedIndex: 2, nextCounterData: powerauth.nextCounterData(deviceCounter) });
    if (!first.valid) return;
    expect(verify(first.nextCounterData)).toEqual({ valid: false });
  });
});
