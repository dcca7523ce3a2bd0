import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalQueryString, javaUrlDecode, javaUrlEncode } from './canonical-query.ts';

describe('canonicalQueryString (the reference server GET rules)', () => {
  it.each([
    ['sorts by key, then by value', 'b=1&a=2&a=1', 'a=1&a=2&b=1'],
    ['writes a space as +', 'q=a%20b', 'q=a+b'],
    ['keeps + as a space', 'q=a+b', 'q=a+b'],
    ['writes %XX in upper case', 'q=%c3%a9', 'q=%C3%A9'],
    ['keeps exactly A-Za-z0-9 . - * _', 'q=AZaz09.-*_', 'q=AZaz09.-*_'],
    ['encodes ~ (unlike RFC 3986) and ! \' ( )', "q=~!'()", 'q=%7E%21%27%28%29'],
    ['encodes reserved characters', 'q=a/b:c@d', 'q=a%2Fb%3Ac%40d'],
    ['encodes UTF-8 bytes of non-ASCII text', 'q=été', 'q=%C3%A9t%C3%A9'],
    ['drops a parameter without =', 'flag&a=1', 'a=1'],
    ['keeps an empty value', 'a=&b=1', 'a=&b=1'],
    ['keeps an empty key', '=x&a=1', '=x&a=1'],
    ['splits at the first = only', 'a=b=c', 'a=b%3Dc'],
    ['decodes malformed UTF-8 to U+FFFD, as Java does', 'q=%FF', 'q=%EF%BF%BD'],
    ['compares UTF-16 code units (Java String.compareTo), not code points', 'x=%EF%BF%BD&x=%F0%9F%98%80', 'x=%F0%9F%98%80&x=%EF%BF%BD'],
    ['gives the empty string for an empty query', '', ''],
    ['gives the empty string when no pair has =', 'a&b', ''],
  ])('%s', (_rule, query, canonical) => {
    expect(canonicalQueryString(query)).toBe(canonical);
  });

  it.each([['q=%G1'], ['q=%4'], ['q=%'], ['%zz=1']])('throws on the invalid escape in %s, as Java does', (query) => {
    expect(() => canonicalQueryString(query, 'query of uriId')).toThrow(/query of uriId: '%' must be followed by two hex digits/);
  });

  const pair = fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }));
  const query = fc.array(pair, { maxLength: 8 });
  const toQuery = (pairs: [string, string][]) => pairs.map(([key, value]) => `${javaUrlEncode(key)}=${javaUrlEncode(value)}`).join('&');

  it('does not depend on the order of the parameters', () => {
    fc.assert(
      fc.property(query, fc.func(fc.integer()), (pairs, order) => {
        const shuffled = [...pairs].sort((a, b) => order(a) - order(b) || 0);
        expect(canonicalQueryString(toQuery(shuffled))).toBe(canonicalQueryString(toQuery(pairs)));
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(query, (pairs) => {
        const canonical = canonicalQueryString(toQuery(pairs));
        expect(canonicalQueryString(canonical)).toBe(canonical);
      }),
    );
  });

  it('javaUrlDecode inverts javaUrlEncode, whose output keeps only the safe characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const encoded = javaUrlEncode(text);
        expect(encoded).toMatch(/^[A-Za-z0-9.\-*_+%]*$/);
        expect(javaUrlDecode(encoded)).toBe(text);
      }),
    );
  });
});
