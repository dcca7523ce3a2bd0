import { createHash } from 'node:crypto';
import { HARNESS_PIN_ITERATIONS, lockKnowledgeKey } from '../generators/device/pin-vault.ts';
import { VirtualDevice, type VirtualDeviceState } from '../generators/index.ts';
import { generateKeyPair } from '../spec/powerauth/index.ts';

// The device whose signatures the pacts carry as examples. Its keys are derived from a public
// label, so its signatures are real PowerAuth signatures (they parse, they verify with these keys)
// yet protect nothing: no server ever activated it. A recorded signature is never replayed anyway:
// verify-pact re-signs every DATA_SIGNING request with a device activated in the provider state.

const LABEL = 'linkcy-sca-conformance pact test device';
export const TEST_DEVICE_PIN = '1234';

function bytesOf(purpose: string, length = 16): Buffer {
  return createHash('sha256').update(`${LABEL}/${purpose}`).digest().subarray(0, length);
}

function uuidOf(purpose: string): string {
  const hex = bytesOf(purpose).toString('hex');
  // Version 4, RFC 4122 variant: what the header grammar asks of pa_activation_id.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

let state: VirtualDeviceState | undefined;

function testDeviceState(): VirtualDeviceState {
  if (state !== undefined) return state;
  const locked = lockKnowledgeKey(bytesOf('knowledge'), TEST_DEVICE_PIN, HARNESS_PIN_ITERATIONS, bytesOf('salt'));
  state = {
    stateVersion: 1,
    version: '3.3',
    activationId: uuidOf('activation'),
    applicationKey: bytesOf('application-key').toString('base64'),
    applicationSecret: bytesOf('application-secret').toString('base64'),
    // Public keys only feed the fingerprint, never a signature.
    devicePublicKey: generateKeyPair().publicKey.toString('base64'),
    serverPublicKey: generateKeyPair().publicKey.toString('base64'),
    possessionKey: bytesOf('possession').toString('base64'),
    knowledgeKey: { encrypted: locked.encryptedKey.toString('base64'), salt: locked.salt.toString('base64'), iterations: locked.iterations },
    counterData: bytesOf('counter').toString('base64'),
    counterIndex: 0,
  };
  return state;
}

/**
 * The test device's Linkcy-SCA-Signature over exactly this request, at counter 0 with a nonce
 * derived from the request: the same request always gets the same header.
 */
export function testDeviceSignature(request: { method: string; uri: string; body?: string }): string {
  const nonce = createHash('sha256').update(`${request.method} ${request.uri}\n${request.body ?? ''}`).digest().subarray(0, 16).toString('base64');
  return VirtualDevice.importState(testDeviceState(), { pin: TEST_DEVICE_PIN }).sign({ ...request, nonce });
}

/** A test device a consumer test signs with (its counter moves on with every signature). */
export function testDevice(): VirtualDevice {
  return VirtualDevice.importState(testDeviceState(), { pin: TEST_DEVICE_PIN });
}
