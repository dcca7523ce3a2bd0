import fc from 'fast-check';

// The values a client may put in an enum-valued SCA header (Linkcy-SCA-Strategy,
// Linkcy-SCA-Factor): shared by the two header arbitraries, which differ only in their enum.

export const HEADER_VALUE_KINDS = ['absent', 'valid', 'wrong-case', 'whitespace', 'unknown', 'empty', 'duplicated'] as const;
export type HeaderValueKind = (typeof HEADER_VALUE_KINDS)[number];

/** A header as sent; `value` undefined: the header is absent. */
export interface HeaderValue {
  readonly kind: HeaderValueKind;
  readonly value: string | undefined;
}

/**
 * Builds the arbitrary of one header. Absent and exact values dominate (weights 3 and 6 against 1
 * for all near misses together), so most cases reach the stages after header validation.
 */
export function headerValueArbitrary(apiName: string, values: readonly string[], kinds: readonly HeaderValueKind[] | undefined): fc.Arbitrary<HeaderValue> {
  const chosen = kinds ?? HEADER_VALUE_KINDS;
  const unknownKind = chosen.find((kind) => !(HEADER_VALUE_KINDS as readonly string[]).includes(kind));
  if (unknownKind !== undefined) throw new RangeError(`${apiName}: unknown kind "${unknownKind}", expected some of ${HEADER_VALUE_KINDS.join(', ')}`);
  if (chosen.length === 0) throw new RangeError(`${apiName}: kinds must name at least one kind`);
  const of = (kind: HeaderValueKind, candidates: readonly (string | undefined)[]): fc.Arbitrary<HeaderValue> =>
    fc.constantFrom(...candidates).map((value) => ({ kind, value }));
  const byKind: Readonly<Record<HeaderValueKind, { weight: number; arbitrary: fc.Arbitrary<HeaderValue> }>> = {
    absent: { weight: 15, arbitrary: of('absent', [undefined]) },
    valid: { weight: 30, arbitrary: of('valid', values) },
    // The enums are exact-case: the spellings of a client that guessed.
    'wrong-case': { weight: 1, arbitrary: of('wrong-case', values.flatMap((value) => [value.toLowerCase(), value[0] + value.slice(1).toLowerCase()])) },
    whitespace: { weight: 1, arbitrary: of('whitespace', values.map((value) => ` ${value} `)) },
    // '-' for '_' where that changes anything, and a value no enum has.
    unknown: { weight: 1, arbitrary: of('unknown', ['NONE', ...values.filter((value) => value.includes('_')).map((value) => value.replaceAll('_', '-'))]) },
    empty: { weight: 1, arbitrary: of('empty', ['']) },
    // What a proxy makes of the header sent twice: one field, the values joined by ", ".
    duplicated: { weight: 1, arbitrary: of('duplicated', values.map((value) => `${value}, ${value}`)) },
  };
  return fc.oneof(...chosen.map((kind) => byKind[kind]));
}
