import { describe, expect, it } from 'vitest';
import { matchMediaType } from './media-type.ts';

describe('matchMediaType', () => {
  const documented = ['application/json', 'text/*'];

  it('matches type and subtype in any case, ignoring parameters', () => {
    expect(matchMediaType(documented, 'Application/JSON; charset=UTF-8')).toBe('application/json');
  });

  it('falls back to a documented range, then to */*', () => {
    expect(matchMediaType(documented, 'text/csv')).toBe('text/*');
    expect(matchMediaType(['*/*'], 'image/png')).toBe('*/*');
  });

  it('matches nothing else, structured suffixes included', () => {
    expect(matchMediaType(documented, 'application/problem+json')).toBeUndefined();
    expect(matchMediaType(documented, '')).toBeUndefined();
  });
});
