// The reference server signs a GET request's query string in place of its (empty) body, after
// putting it in one canonical form: pairs decoded, sorted by key then value, re-encoded with
// Java's URLEncoder rules. This reproduces java.net.URLDecoder/URLEncoder (UTF-8).

const KEPT_BY_URL_ENCODER = /^[A-Za-z0-9.\-*_]$/;

/**
 * Canonical form of a query string (without the leading `?`). Pairs without `=` are dropped, as
 * the reference does; the result is '' when nothing is left.
 */
export function canonicalQueryString(query: string, field = 'query'): string {
  const pairs: [string, string][] = [];
  for (const item of query.split('&')) {
    const equals = item.indexOf('=');
    if (equals === -1) continue;
    pairs.push([javaUrlDecode(item.slice(0, equals), field), javaUrlDecode(item.slice(equals + 1), field)]);
  }
  // Plain < compares UTF-16 code units, like Java's String.compareTo.
  const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  pairs.sort(([keyA, valueA], [keyB, valueB]) => compare(keyA, keyB) || compare(valueA, valueB));
  return pairs.map(([key, value]) => `${javaUrlEncode(key)}=${javaUrlEncode(value)}`).join('&');
}

/** `A-Za-z0-9.-*_` kept, space as `+`, everything else as upper-case `%XX` of its UTF-8 bytes. */
export function javaUrlEncode(text: string): string {
  let encoded = '';
  for (const char of text) {
    if (KEPT_BY_URL_ENCODER.test(char)) encoded += char;
    else if (char === ' ') encoded += '+';
    else for (const byte of Buffer.from(char, 'utf8')) encoded += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

/**
 * `+` as space; runs of `%XX` decoded together as UTF-8 (malformed bytes become U+FFFD, as in
 * Java). A truncated or non-hex escape makes Java throw, so it throws here too.
 */
export function javaUrlDecode(text: string, field = 'text'): string {
  let decoded = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '%') {
      decoded += text[i] === '+' ? ' ' : text[i];
      i++;
      continue;
    }
    const bytes: number[] = [];
    while (text[i] === '%') {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9A-Fa-f]{2}$/.test(hex)) {
        throw new RangeError(`${field}: '%' must be followed by two hex digits`);
      }
      bytes.push(Number.parseInt(hex, 16));
      i += 3;
    }
    decoded += Buffer.from(bytes).toString('utf8');
  }
  return decoded;
}
