import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextCounterData } from './counter.ts';
import { computeSignature, verifySignature, type ComputeSignatureInput, type SignatureKeys } from './signature.ts';
import { factorsOf, type SignatureType } from './signature-type.ts';
import { counterData, data, signatureFormat, signatureKeys, signatureType } from './test-support/arbitraries.ts';
import { bytes, describeVectors, text, type VectorCase } from './test-support/official-vectors.ts';

function inputOf({ input }: VectorCase, format: ComputeSignatureInput['format']): ComputeSignatureInput {
  return {
    keys: {
      possession: bytes(input, 'signaturePossessionKey'),
      knowledge: bytes(input, 'signatureKnowledgeKey'),
      biometry: bytes(input, 'signatureBiometryKey'),
    },
    type: text(input, 'signatureType') as SignatureType,
    counterData: bytes(input, 'counterData'),
    data: bytes(input, 'data'),
    format,
  };
}

for (const [fileName, format] of [
  ['signatures-v31.json', 'base64'],
  ['signatures-v3.json', 'decimal'],
] as const) {
  describeVectors(fileName, (cases) => {
    it.each(cases.map((vector, index) => [index, vector.input['signatureType'], vector] as const))(
      'case %i (%s) computes and verifies the expected signature',
      (_index, _type, vector) => {
        const input = inputOf(vector, format);
        const expected = text(vector.output, 'signature');
        expect(computeSignature(input)).toBe(expected);
        const verified = verifySignature({ ...input, signature: expected });
        expect(verified).toEqual({ valid: true, matchedIndex: 0, nextCounterData: nextCounterData(input.counterData) });
      },
    );

    // The generator walks one counter through the types (possession, then 2FA, then 3FA) and
    // starts a new chain when it changes keys or returns to possession: a free check of next().
    it('follows the hash chain between consecutive cases of one walk through the types', () => {
      let links = 0;
      for (let i = 1; i < cases.length; i++) {
        const previous = cases[i - 1]!.input;
        const current = cases[i]!.input;
        const newKeys = previous['signaturePossessionKey'] !== current['signaturePossessionKey'];
        const backToPossession = current['signatureType'] === 'possession' && previous['signatureType'] !== 'possession';
        if (newKeys || backToPossession) continue;
        expect(nextCounterData(bytes(previous, 'counterData'))).toEqual(bytes(current, 'counterData'));
        links++;
      }
      expect(links).toBeGreaterThan(cases.length * 0.9);
    });
  });
}

/** Flips one bit of `buffer` (a copy), chosen by `bit` modulo its length in bits. */
function flipBit(buffer: Buffer, bit: number): Buffer {
  const copy = Buffer.from(buffer);
  const index = bit % (copy.length * 8);
  copy[index >> 3]! ^= 1 << (index & 7);
  return copy;
}

/** Flips one bit of a signature: in its bytes for Base64, in its ASCII text for decimal. */
function flipSignatureBit(signature: string, format: ComputeSignatureInput['format'], bit: number): string {
  return format === 'base64'
    ? flipBit(Buffer.from(signature, 'base64'), bit).toString('base64')
    : flipBit(Buffer.from(signature, 'latin1'), bit).toString('latin1');
}

describe('computeSignature and verifySignature', () => {
  const signingInput = fc.record({ keys: signatureKeys, type: signatureType, counterData, data, format: signatureFormat });

  it('round trip: every signature verifies at index 0, for every type and both formats', () => {
    fc.assert(
      fc.property(signingInput, (input) => {
        const signature = computeSignature(input);
        const result = verifySignature({ ...input, signature });
        expect(result).toEqual({ valid: true, matchedIndex: 0, nextCounterData: nextCounterData(input.counterData) });
      }),
    );
  });

  it('has one component a factor: 16 bytes in Base64, 8 digits in decimal', () => {
    fc.assert(
      fc.property(signingInput, (input) => {
        const factors = factorsOf(input.type).length;
        const signature = computeSignature(input);
        if (input.format === 'base64') expect(Buffer.from(signature, 'base64')).toHaveLength(16 * factors);
        else expect(signature).toMatch(new RegExp(`^\\d{8}(-\\d{8}){${factors - 1}}$`));
      }),
    );
  });

  it('any single-bit change to the data fails', () => {
    fc.assert(
      fc.property(signingInput, fc.nat(), (input, bit) => {
        fc.pre(input.data.length > 0);
        const signature = computeSignature(input);
        expect(verifySignature({ ...input, data: flipBit(input.data, bit), signature }).valid).toBe(false);
      }),
    );
  });

  it('any single-bit change to a key the type uses fails', () => {
    fc.assert(
      fc.property(signingInput, fc.nat(), fc.nat(), (input, factorChoice, bit) => {
        const factors = factorsOf(input.type);
        const factor = factors[factorChoice % factors.length]!;
        const keys: SignatureKeys = { ...input.keys, [factor]: flipBit(input.keys[factor], bit) };
        const signature = computeSignature(input);
        expect(verifySignature({ ...input, keys, signature }).valid).toBe(false);
      }),
    );
  });

  it('any single-bit change to the counter data fails', () => {
    fc.assert(
      fc.property(signingInput, fc.nat(), (input, bit) => {
        const signature = computeSignature(input);
        expect(verifySignature({ ...input, counterData: flipBit(input.counterData, bit), signature }).valid).toBe(false);
      }),
    );
  });

  it('any single-bit change to the signature fails', () => {
    fc.assert(
      fc.property(signingInput, fc.nat(), (input, bit) => {
        const signature = flipSignatureBit(computeSignature(input), input.format, bit);
        expect(verifySignature({ ...input, signature }).valid).toBe(false);
      }),
    );
  });

  it('finds a signature made k < lookAhead steps ahead and reports matchedIndex k', () => {
    fc.assert(
      fc.property(signingInput, fc.integer({ min: 1, max: 30 }), fc.nat(), (input, lookAhead, kSeed) => {
        const k = kSeed % lookAhead;
        let deviceCounter = input.counterData;
        for (let step = 0; step < k; step++) deviceCounter = nextCounterData(deviceCounter);
        const signature = computeSignature({ ...input, counterData: deviceCounter });
        expect(verifySignature({ ...input, signature, lookAhead })).toEqual({
          valid: true,
          matchedIndex: k,
          nextCounterData: nextCounterData(deviceCounter),
        });
      }),
    );
  });

  it('does not find a signature made lookAhead or more steps ahead, nor one behind (a replay)', () => {
    fc.assert(
      fc.property(signingInput, fc.integer({ min: 1, max: 10 }), (input, lookAhead) => {
        let ahead = input.counterData;
        for (let step = 0; step < lookAhead; step++) ahead = nextCounterData(ahead);
        const tooFar = computeSignature({ ...input, counterData: ahead });
        expect(verifySignature({ ...input, signature: tooFar, lookAhead }).valid).toBe(false);
        const replayed = computeSignature(input);
        expect(verifySignature({ ...input, counterData: nextCounterData(input.counterData), signature: replayed, lookAhead }).valid).toBe(false);
      }),
    );
  });

  it('an offline decimal component of L digits is the last L digits of the 8-digit one', () => {
    fc.assert(
      fc.property(signingInput, fc.integer({ min: 4, max: 8 }), (input, decimalLength) => {
        const full = computeSignature({ ...input, format: 'decimal' }).split('-');
        const short = computeSignature({ ...input, format: 'decimal', decimalLength }).split('-');
        expect(short).toEqual(full.map((component) => component.slice(8 - decimalLength)));
        expect(verifySignature({ ...input, format: 'decimal', decimalLength, signature: short.join('-') }).valid).toBe(true);
      }),
    );
  });

  it('signs with the key of each factor, ignoring the keys the type does not use', () => {
    fc.assert(
      fc.property(signingInput, signatureKeys, (input, otherKeys) => {
        const unused = (['possession', 'knowledge', 'biometry'] as const).filter((factor) => !factorsOf(input.type).includes(factor));
        const keys = { ...input.keys, ...Object.fromEntries(unused.map((factor) => [factor, otherKeys[factor]])) };
        expect(computeSignature({ ...input, keys })).toBe(computeSignature(input));
      }),
    );
  });

  describe('refuses bad input, naming the field and the rule', () => {
    const base: ComputeSignatureInput = {
      keys: { possession: Buffer.alloc(16, 1), knowledge: Buffer.alloc(16, 2), biometry: Buffer.alloc(16, 3) },
      type: 'possession_knowledge',
      counterData: Buffer.alloc(16),
      data: Buffer.from('data'),
      format: 'base64',
    };

    it.each<[string, Partial<ComputeSignatureInput> & { lookAhead?: number }, RegExp]>([
      ['a short key of a used factor', { keys: { ...base.keys, knowledge: Buffer.alloc(15) } }, /keys\.knowledge must be a 16-byte key/],
      ['a short counter', { counterData: Buffer.alloc(8) }, /counterData must be 16 bytes, got 8/],
      ['an unknown type', { type: 'pin' as SignatureType }, /type must be one of the signature types/],
      ['an unknown format', { format: 'hex' as 'base64' }, /format must be 'base64' or 'decimal'/],
      ['a decimal length below 4', { format: 'decimal', decimalLength: 3 }, /decimalLength must be an integer from 4 to 8/],
      ['a decimal length above 8', { format: 'decimal', decimalLength: 9 }, /decimalLength must be an integer from 4 to 8/],
    ])('%s', (_name, change, message) => {
      expect(() => computeSignature({ ...base, ...change })).toThrow(message);
      expect(() => verifySignature({ ...base, ...change, signature: 'x' })).toThrow(message);
    });

    it('a look-ahead below 1', () => {
      expect(() => verifySignature({ ...base, signature: 'x', lookAhead: 0 })).toThrow(/lookAhead must be an integer of at least 1/);
    });

    it('accepts a missing key the type does not use', () => {
      const keys = { ...base.keys, biometry: Buffer.alloc(0) };
      expect(() => computeSignature({ ...base, keys })).not.toThrow();
    });
  });
});
