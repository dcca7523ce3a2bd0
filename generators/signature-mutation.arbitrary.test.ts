import { describe, expect, it } from 'vitest';
import { formatSignatureHeader, parseSignatureHeader } from '../spec/powerauth/index.ts';
import { isSendableHeaderValue, sendableMutations, SIGNATURE_MUTATIONS, signatureMutationArbitrary } from './signature-mutation.arbitrary.ts';
import { expectSameValuesForSameSeed, sampleOf } from './test-support/properties.ts';

// The family trusts the parser, not the mutations' claims; this keeps the claims honest, so the
// counterexamples a failure shows describe what was really sent.

const HEADER = formatSignatureHeader({
  activationId: 'd791c6b4-56ca-4e8c-b392-93c03b92b30b',
  applicationKey: 'bWJX5DAWhTGjz/4Tp37Ong==',
  nonce: 'xu9xdXHzMgkAZ5ErU9Gvmw==',
  signatureType: 'possession_knowledge',
  signature: Buffer.alloc(32, 7).toString('base64'),
  version: '3.3',
});

describe('signatureMutationArbitrary', () => {
  it('starts from a header the parser accepts', () => {
    expect(parseSignatureHeader(HEADER).ok).toBe(true);
  });

  it.each(SIGNATURE_MUTATIONS.map((mutation) => [mutation.id, mutation] as const))('%s: expectedGrammar agrees with parseSignatureHeader', (_id, mutation) => {
    const mutated = mutation.apply(HEADER);
    expect(mutated).not.toBe(HEADER);
    expect(parseSignatureHeader(mutated).ok).toBe(mutation.expectedGrammar === 'valid');
  });

  it('has unique ids and covers every kind of the issue', () => {
    const ids = SIGNATURE_MUTATIONS.map((mutation) => mutation.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const field of ['activation-id', 'application-key', 'nonce', 'signature-type', 'signature', 'version']) {
      expect(ids).toEqual(expect.arrayContaining([`missing-${field}`, `empty-${field}`, `duplicated-${field}`]));
    }
    expect(ids).toEqual(
      expect.arrayContaining(['reorder', 'unquoted', 'escaped-quotes', 'nonce-bad-base64', 'nonce-non-canonical', 'signature-wrong-length', 'signature-decimal', 'version-4.0', 'unknown-type', 'possession-only-type', 'prefix-other-scheme', 'line-break']),
    );
  });

  it('plays only values HTTP can carry, and all of those', () => {
    expect(sendableMutations()).toEqual(SIGNATURE_MUTATIONS.filter((mutation) => isSendableHeaderValue(mutation.apply(HEADER))));
    expect(sendableMutations().map((mutation) => mutation.id)).not.toContain('line-break');
    expect(isSendableHeaderValue('PowerAuth a\nb')).toBe(false);
    expect(isSendableHeaderValue('  ')).toBe(false);
  });

  it('gives the same values for the same seed, and draws every sendable mutation', () => {
    expectSameValuesForSameSeed(signatureMutationArbitrary().map((mutation) => mutation.id));
    expect(new Set(sampleOf(signatureMutationArbitrary()).map((mutation) => mutation.id))).toEqual(new Set(sendableMutations().map((mutation) => mutation.id)));
  });
});
