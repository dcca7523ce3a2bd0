import canonicalizeModule from 'canonicalize';

// The canonical JSON a signature covers: RFC 8785 (JSON Canonicalization Scheme): keys sorted by
// UTF-16 code units, no whitespace, ECMAScript number and string serialisation.

// The package's types describe an ES default export; Node hands ESM the CommonJS exports itself.
const canonicalize = canonicalizeModule as unknown as (input: unknown) => string | undefined;

export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('canonicalJson: the value has no JSON form');
  return text;
}
