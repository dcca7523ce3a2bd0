import type { HeaderError } from './header-error.ts';

// Reads the `key="value"` parameters after the `PowerAuth ` prefix with the reference server's
// leniencies: any order, commas and/or whitespace between parameters, the last of duplicates
// wins, unknown keys kept (the caller ignores them), unquoted values running to the next
// whitespace (a trailing comma included, as the reference's pattern swallows it).
// Stricter than the reference on purpose: text that is not a parameter and an unclosed quote are
// errors rather than silently skipped or swallowed.

/** Value per key; null when the value could not be read (its error is already reported). */
export type HeaderParams = Map<string, string | null>;

const SEPARATORS = /[\s,]*/y;
const KEY = /(\w+)=/y;
const UNQUOTED_VALUE = /\S*/y;
const NOT_A_SEPARATOR = /[^\s,]*/y;

export function readHeaderParams(text: string): { params: HeaderParams; errors: HeaderError[] } {
  const params: HeaderParams = new Map();
  const errors: HeaderError[] = [];
  let position = skip(SEPARATORS, text, 0);
  while (position < text.length) {
    KEY.lastIndex = position;
    const key = KEY.exec(text)?.[1];
    if (key === undefined) {
      if (!errors.some((error) => error.code === 'PARAMETER_MALFORMED')) {
        errors.push({ code: 'PARAMETER_MALFORMED', message: `text at offset ${position} is not a key="value" parameter` });
      }
      position = skip(SEPARATORS, text, skip(NOT_A_SEPARATOR, text, position));
      continue;
    }
    position = KEY.lastIndex;
    if (text[position] === '"') {
      const closing = text.indexOf('"', position + 1);
      if (closing === -1) {
        errors.push({ code: 'QUOTE_UNTERMINATED', field: key, message: `${key}: the opening quote of its value is never closed` });
        params.set(key, null);
        break;
      }
      params.set(key, text.slice(position + 1, closing));
      position = closing + 1;
    } else {
      const end = skip(UNQUOTED_VALUE, text, position);
      params.set(key, text.slice(position, end));
      position = end;
    }
    position = skip(SEPARATORS, text, position);
  }
  return { params, errors };
}

/** Position after the sticky `pattern` matched at `position` (it may match nothing). */
function skip(pattern: RegExp, text: string, position: number): number {
  pattern.lastIndex = position;
  return pattern.exec(text) === null ? position : pattern.lastIndex;
}
