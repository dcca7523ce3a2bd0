// The one place anything reads an error code out of a response body: probes, validators and the
// expectation checks all call readErrorCode with the profile's pointers, so a target that puts its
// code elsewhere (`/code`, `/error/code`) is judged by configuration, not by a code change.

/** The vendor's body carries the code at `/errorCode` (digest §1.4). */
export const DEFAULT_ERROR_CODE_POINTERS: readonly string[] = ['/errorCode'];

/** The string at the first pointer that resolves to one, or undefined. */
export function readErrorCode(body: unknown, pointers: readonly string[] = DEFAULT_ERROR_CODE_POINTERS): string | undefined {
  for (const pointer of pointers) {
    const value = resolvePointer(body, pointer);
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/** RFC 6901 syntax: '' or '/'-prefixed reference tokens. */
export function isJsonPointer(text: string): boolean {
  return text === '' || (text.startsWith('/') && !/~[^01]|~$/.test(text));
}

/** RFC 6901 evaluation; undefined when a step is missing. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (!isJsonPointer(pointer)) throw new RangeError(`not a JSON pointer (RFC 6901): ${JSON.stringify(pointer)}`);
  if (pointer === '') return document;
  let current: unknown = document;
  for (const token of pointer.slice(1).split('/')) {
    const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
    if (Array.isArray(current) && /^(0|[1-9]\d*)$/.test(key)) current = current[Number(key)];
    else if (current !== null && typeof current === 'object' && !Array.isArray(current) && Object.hasOwn(current, key)) {
      current = (current as Record<string, unknown>)[key];
    } else return undefined;
  }
  return current;
}
