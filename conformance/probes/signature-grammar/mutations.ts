import fc from 'fast-check';
import { formatSignatureHeader } from '../../../spec/powerauth/index.ts';

// Grammar-aware mutations of a valid Linkcy-SCA-Signature header (digest section 1). Whether the
// result still parses is decided by spec/powerauth's parser, not by the mutation's own claim.

export interface SignatureMutation {
  readonly id: string;
  readonly description: string;
  readonly expectedGrammar: 'valid' | 'invalid';
  apply(header: string): string;
}

/** Rewrites one pa_* parameter's value (or removes it when `value` is undefined). */
function setParam(header: string, key: string, value: (current: string) => string | undefined): string {
  return header
    .replace(new RegExp(`(,\\s*)?${key}="([^"]*)"`), (whole: string, separator: string | undefined, current: string) => {
      const next = value(current);
      return next === undefined ? '' : `${separator ?? ''}${key}="${next}"`;
    })
    .replace(/PowerAuth ,\s*/, 'PowerAuth ');
}

function mutation(id: string, expectedGrammar: SignatureMutation['expectedGrammar'], description: string, apply: (header: string) => string): SignatureMutation {
  return { id, description, expectedGrammar, apply };
}

export const SIGNATURE_MUTATIONS: readonly SignatureMutation[] = [
  mutation('reorder', 'valid', 'parameters in reverse order', (h) => `PowerAuth ${h.slice('PowerAuth '.length).split(', ').reverse().join(', ')}`),
  mutation('loose-separators', 'valid', 'parameters separated by " ,  " instead of ", "', (h) => h.replaceAll('", ', '" ,  ')),
  mutation('unknown-parameter', 'valid', 'an unknown pa_extra parameter appended', (h) => `${h}, pa_extra="1"`),
  mutation('type-upper-case', 'valid', 'pa_signature_type in upper case', (h) => setParam(h, 'pa_signature_type', (v) => v.toUpperCase())),
  mutation('version-3.2', 'valid', 'pa_version 3.2 (signs like 3.3)', (h) => setParam(h, 'pa_version', () => '3.2')),
  mutation('activation-id-upper-case', 'valid', 'pa_activation_id in upper case', (h) => setParam(h, 'pa_activation_id', (v) => v.toUpperCase())),
  mutation('other-nonce', 'valid', 'another valid pa_nonce than the one signed', (h) => setParam(h, 'pa_nonce', () => 'AAAAAAAAAAAAAAAAAAAAAA==')),
  mutation('prefix-lower-case', 'invalid', '"powerauth" prefix in lower case', (h) => h.replace('PowerAuth ', 'powerauth ')),
  mutation('no-prefix', 'invalid', 'the "PowerAuth " prefix left out', (h) => h.slice('PowerAuth '.length)),
  mutation('missing-nonce', 'invalid', 'pa_nonce left out', (h) => setParam(h, 'pa_nonce', () => undefined)),
  mutation('empty-signature', 'invalid', 'pa_signature=""', (h) => setParam(h, 'pa_signature', () => '')),
  mutation('activation-id-not-uuid', 'invalid', 'pa_activation_id not a UUID', (h) => setParam(h, 'pa_activation_id', () => 'device-1')),
  mutation('short-nonce', 'invalid', 'pa_nonce of 8 bytes', (h) => setParam(h, 'pa_nonce', () => 'AAAAAAAAAAA=')),
  mutation('unknown-type', 'invalid', 'pa_signature_type "pin"', (h) => setParam(h, 'pa_signature_type', () => 'pin')),
  mutation('version-4.0', 'invalid', 'pa_version 4.0', (h) => setParam(h, 'pa_version', () => '4.0')),
  mutation('version-3.0', 'invalid', 'pa_version 3.0 with a Base64 signature (3.0 signs in decimal)', (h) => setParam(h, 'pa_version', () => '3.0')),
  mutation('escaped-quotes', 'invalid', 'quotes backslash-escaped as in the seed page', (h) => h.replaceAll('"', '\\"')),
  mutation('signature-truncated', 'invalid', 'pa_signature cut short', (h) => setParam(h, 'pa_signature', (v) => v.slice(0, 10))),
  mutation('truncated', 'invalid', 'the header cut in half', (h) => h.slice(0, Math.floor(h.length / 2))),
];

/** A valid header of the canonical shape, to tell which mutations give a value HTTP can carry. */
const TEMPLATE = formatSignatureHeader({
  activationId: '3c193fe9-ac04-4a2e-aa85-8b3d0ed4aeab',
  applicationKey: 'EklLXwMlpZhwMLHAXyXWHA==',
  nonce: 'C2irDMhb8VR3+QBTfIsAJg==',
  signatureType: 'possession_knowledge',
  signature: '9Z+KT9LjNEdsXYfrW2ASEy85egP2InuSGnNgsd2K2xE=',
  version: '3.3',
});

/** What HTTP can carry and keeps non-empty: no control characters, not blank once trimmed. */
export function isSendableHeaderValue(value: string): boolean {
  return /^[\t\x20-\x7e\x80-\xff]*$/.test(value) && value.trim() !== '';
}

/** The mutations whose result HTTP can carry: every one is played first in each run. */
export function sendableMutations(): SignatureMutation[] {
  return SIGNATURE_MUTATIONS.filter((candidate) => isSendableHeaderValue(candidate.apply(TEMPLATE)));
}

export function signatureMutationCaseArbitrary(): fc.Arbitrary<SignatureMutation> {
  return fc.constantFrom(...sendableMutations());
}
