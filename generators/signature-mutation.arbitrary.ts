import fc from 'fast-check';
import { formatSignatureHeader, HEADER_KEYS } from '../spec/powerauth/index.ts';

// Grammar-aware mutations of a valid Linkcy-SCA-Signature header (digest section 1). Whether the
// result still parses is decided by spec/powerauth's parser, not by the mutation's own claim; the
// tests keep each claim honest, so a counterexample describes what was really sent.

export interface SignatureMutation {
  readonly id: string;
  readonly description: string;
  readonly expectedGrammar: 'valid' | 'invalid';
  apply(header: string): string;
}

const PREFIX = 'PowerAuth ';

/** Rewrites one pa_* parameter's value (or removes it when `value` gives undefined). */
function setParam(header: string, key: string, value: (current: string) => string | undefined): string {
  return header
    .replace(new RegExp(`(,\\s*)?${key}="([^"]*)"`), (_whole: string, separator: string | undefined, current: string) => {
      const next = value(current);
      return next === undefined ? '' : `${separator ?? ''}${key}="${next}"`;
    })
    .replace(/PowerAuth ,\s*/, 'PowerAuth ');
}

/** The value of one pa_* parameter in a canonical header. */
function paramOf(header: string, key: string): string {
  return new RegExp(`${key}="([^"]*)"`).exec(header)?.[1] ?? '';
}

/** The same bytes, but the last Base64 digit carries non-zero unused bits: decodes, yet not canonical. */
function nonCanonicalBase64(text: string): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const data = text.replace(/=+$/, '');
  const last = alphabet.indexOf(data.at(-1) ?? 'A');
  return `${data.slice(0, -1)}${alphabet[last | 1]}${text.slice(data.length)}`;
}

function mutation(id: string, expectedGrammar: SignatureMutation['expectedGrammar'], description: string, apply: (header: string) => string): SignatureMutation {
  return { id, description, expectedGrammar, apply };
}

/** The field names as the mutation ids spell them (stable ids: replay commands name them). */
const FIELDS: readonly (readonly [id: string, key: string])[] = [
  ['activation-id', HEADER_KEYS.activationId],
  ['application-key', HEADER_KEYS.applicationKey],
  ['nonce', HEADER_KEYS.nonce],
  ['signature-type', HEADER_KEYS.signatureType],
  ['signature', HEADER_KEYS.signature],
  ['version', HEADER_KEYS.version],
];

const PER_FIELD: readonly SignatureMutation[] = FIELDS.flatMap(([id, key]) => [
  mutation(`missing-${id}`, 'invalid', `${key} left out`, (h) => setParam(h, key, () => undefined)),
  mutation(`empty-${id}`, 'invalid', `${key}=""`, (h) => setParam(h, key, () => '')),
  // The reference reads the last of duplicates; the same value twice changes nothing.
  mutation(`duplicated-${id}`, 'valid', `${key} sent twice with the same value`, (h) => `${h}, ${key}="${paramOf(h, key)}"`),
]);

export const SIGNATURE_MUTATIONS: readonly SignatureMutation[] = [
  mutation('reorder', 'valid', 'parameters in reverse order', (h) => `${PREFIX}${h.slice(PREFIX.length).split(', ').reverse().join(', ')}`),
  mutation('loose-separators', 'valid', 'parameters separated by " ,  " instead of ", "', (h) => h.replaceAll('", ', '" ,  ')),
  mutation('unknown-parameter', 'valid', 'an unknown pa_extra parameter appended', (h) => `${h}, pa_extra="1"`),
  mutation('type-upper-case', 'valid', 'pa_signature_type in upper case', (h) => setParam(h, HEADER_KEYS.signatureType, (v) => v.toUpperCase())),
  mutation('version-3.2', 'valid', 'pa_version 3.2 (signs like 3.3)', (h) => setParam(h, HEADER_KEYS.version, () => '3.2')),
  mutation('activation-id-upper-case', 'valid', 'pa_activation_id in upper case', (h) => setParam(h, HEADER_KEYS.activationId, (v) => v.toUpperCase())),
  mutation('other-nonce', 'valid', 'another valid pa_nonce than the one signed', (h) => setParam(h, HEADER_KEYS.nonce, () => 'AAAAAAAAAAAAAAAAAAAAAA==')),
  // An unquoted value runs to the next whitespace, so only the last one keeps its meaning.
  mutation('unquoted-last', 'valid', 'the last value (pa_version) without quotes', (h) => h.replace(/pa_version="([^"]*)"$/, 'pa_version=$1')),
  mutation('unquoted', 'invalid', 'every value without quotes (each swallows the comma after it)', (h) => h.replace(/="([^"]*)"/g, '=$1')),
  ...PER_FIELD,
  mutation('prefix-lower-case', 'invalid', '"powerauth" prefix in lower case', (h) => h.replace(PREFIX, 'powerauth ')),
  mutation('no-prefix', 'invalid', 'the "PowerAuth " prefix left out', (h) => h.slice(PREFIX.length)),
  mutation('prefix-other-scheme', 'invalid', 'the "Bearer " prefix instead of "PowerAuth "', (h) => `Bearer ${h.slice(PREFIX.length)}`),
  mutation('activation-id-not-uuid', 'invalid', 'pa_activation_id not a UUID', (h) => setParam(h, HEADER_KEYS.activationId, () => 'device-1')),
  mutation('short-nonce', 'invalid', 'pa_nonce of 8 bytes', (h) => setParam(h, HEADER_KEYS.nonce, () => 'AAAAAAAAAAA=')),
  mutation('nonce-bad-base64', 'invalid', 'pa_nonce with a character outside Base64', (h) => setParam(h, HEADER_KEYS.nonce, (v) => `!${v.slice(1)}`)),
  mutation('nonce-non-canonical', 'invalid', 'pa_nonce in non-canonical Base64 (non-zero unused bits)', (h) => setParam(h, HEADER_KEYS.nonce, nonCanonicalBase64)),
  mutation('application-key-short', 'invalid', 'pa_application_key of 8 bytes', (h) => setParam(h, HEADER_KEYS.applicationKey, () => 'AAAAAAAAAAA=')),
  mutation('application-key-non-canonical', 'invalid', 'pa_application_key in non-canonical Base64 (non-zero unused bits)', (h) => setParam(h, HEADER_KEYS.applicationKey, nonCanonicalBase64)),
  mutation('signature-bad-base64', 'invalid', 'pa_signature with a character outside Base64', (h) => setParam(h, HEADER_KEYS.signature, (v) => `*${v.slice(1)}`)),
  mutation('signature-non-canonical', 'invalid', 'pa_signature in non-canonical Base64 (non-zero unused bits)', (h) => setParam(h, HEADER_KEYS.signature, nonCanonicalBase64)),
  mutation('signature-wrong-length', 'invalid', 'pa_signature of 20 bytes (a factor is 16)', (h) => setParam(h, HEADER_KEYS.signature, () => Buffer.alloc(20, 7).toString('base64'))),
  mutation('signature-decimal', 'invalid', 'pa_signature in decimal (3.0 style) while pa_version is 3.1 or later', (h) => setParam(h, HEADER_KEYS.signature, () => '12345678-87654321')),
  mutation('unknown-type', 'invalid', 'pa_signature_type "pin"', (h) => setParam(h, HEADER_KEYS.signatureType, () => 'pin')),
  mutation('possession-only-type', 'invalid', 'pa_signature_type "possession" on a two-factor signature', (h) => setParam(h, HEADER_KEYS.signatureType, () => 'possession')),
  mutation('version-4.0', 'invalid', 'pa_version 4.0', (h) => setParam(h, HEADER_KEYS.version, () => '4.0')),
  mutation('version-3.0', 'invalid', 'pa_version 3.0 with a Base64 signature (3.0 signs in decimal)', (h) => setParam(h, HEADER_KEYS.version, () => '3.0')),
  mutation('escaped-quotes', 'invalid', 'quotes backslash-escaped as in the seed page', (h) => h.replaceAll('"', '\\"')),
  mutation('line-break', 'invalid', 'a CRLF line break between two parameters', (h) => h.replace(', ', ',\r\n ')),
  mutation('signature-truncated', 'invalid', 'pa_signature cut short', (h) => setParam(h, HEADER_KEYS.signature, (v) => v.slice(0, 10))),
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

/** One sendable mutation (the line break is for parsers, not for the wire). */
export function signatureMutationArbitrary(): fc.Arbitrary<SignatureMutation> {
  return fc.constantFrom(...sendableMutations());
}
