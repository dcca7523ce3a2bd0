import { describe, expect, it } from 'vitest';
import { formatSignatureHeader, parseSignatureHeader, randomNonce } from '../../../spec/powerauth/index.ts';
import { isSendableHeaderValue, sendableMutations, SIGNATURE_MUTATIONS } from './mutations.ts';

// The family trusts the parser, not the mutations' claims; this keeps the claims honest, so the
// counterexamples a failure shows describe what was really sent.

const HEADER = formatSignatureHeader({
  activationId: 'd791c6b4-56ca-4e8c-b392-93c03b92b30b',
  applicationKey: 'bWJX5DAWhTGjz/4Tp37Ong==',
  nonce: randomNonce(),
  signatureType: 'possession_knowledge',
  signature: Buffer.alloc(32, 7).toString('base64'),
  version: '3.3',
});

describe('signature grammar mutations', () => {
  it.each(SIGNATURE_MUTATIONS.map((mutation) => [mutation.id, mutation] as const))('%s: expectedGrammar agrees with parseSignatureHeader', (_id, mutation) => {
    expect(parseSignatureHeader(HEADER).ok).toBe(true);
    expect(parseSignatureHeader(mutation.apply(HEADER)).ok).toBe(mutation.expectedGrammar === 'valid');
  });

  it('plays only values HTTP can carry, and all of those', () => {
    expect(sendableMutations()).toEqual(SIGNATURE_MUTATIONS.filter((mutation) => isSendableHeaderValue(mutation.apply(HEADER))));
    expect(isSendableHeaderValue('PowerAuth a\nb')).toBe(false);
    expect(isSendableHeaderValue('  ')).toBe(false);
  });
});
