import type { SignatureFacts } from './types.ts';

/**
 * The facts of a signature every DATA_SIGNING row accepts: own active device, PIN, made over what
 * was sent, fresh counter, recorded. Cases state a signature fault as a change of one of them.
 */
export const GOOD_SIGNATURE_FACTS: Readonly<SignatureFacts> = {
  device: 'own-active',
  type: 'possession_knowledge',
  applicationKeyMatches: true,
  dataMatches: true,
  counter: 'fresh',
  provenance: 'recorded',
};
