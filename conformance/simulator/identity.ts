import { randomBytes } from 'node:crypto';
import { generateKeyPair, type KeyPair } from '../../spec/powerauth/index.ts';

// The simulator's PowerAuth server identity, made fresh at every start: the master key pair that
// signs activation codes (its public half is what a mobile app bundles) and the application
// key/secret pair every signature names and covers.

export interface SimulatorIdentity {
  readonly masterKeyPair: KeyPair;
  /** Base64 of 16 random bytes: the pa_application_key a signature must carry. */
  readonly applicationKey: string;
  /** Base64 of 16 random bytes, appended as text to the signed data. */
  readonly applicationSecret: string;
}

export function createIdentity(): SimulatorIdentity {
  return {
    masterKeyPair: generateKeyPair(),
    applicationKey: randomBytes(16).toString('base64'),
    applicationSecret: randomBytes(16).toString('base64'),
  };
}
