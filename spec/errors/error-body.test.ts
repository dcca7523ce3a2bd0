import { describe, expect, it } from 'vitest';
import { errorBody, errorKindOf, nanosecondTimestamp } from './error-body.ts';
import { DEFAULT_ERROR_CODE_POINTERS, readErrorCode, resolvePointer } from './read-error-code.ts';

const NOW = Date.UTC(2026, 11, 2, 10, 35, 0, 123);

describe('errorBody (the vendor shape, digest §1.4)', () => {
  it('a 409 carries errorCode, message, error, status and timestamp, no details', () => {
    expect(errorBody('SCA_REQUIRED', { args: ['BY_PASS'], nowMs: NOW })).toEqual({
      errorCode: 'SCA_REQUIRED',
      message: 'The operation you are trying to do requires SCA, current strategy BY_PASS.',
      error: 'linkcy.conflict',
      status: 409,
      timestamp: '2026-12-02T10:35:00.123000000Z',
    });
  });

  it('a 400 always carries details, empty when no field is at fault', () => {
    expect(errorBody('ERROR_REQUEST', { nowMs: NOW }).details).toEqual([]);
    const details = [{ field: 'ledgerId', rejectedValue: 'x', message: 'must be a uuid' }];
    expect(errorBody('ERROR_REQUEST', { nowMs: NOW, details })).toMatchObject({ error: 'linkcy.bad.request', status: 400, details });
  });

  it('another status changes the kind with it', () => {
    expect(errorBody('SCA_SIGNATURE_DOES_NOT_MATCH', { status: 403, nowMs: NOW })).toMatchObject({ status: 403, error: 'linkcy.forbidden' });
  });

  it.each([
    [400, 'linkcy.bad.request'],
    [401, 'linkcy.unauthorized'],
    [403, 'linkcy.forbidden'],
    [404, 'linkcy.not.found'],
    [409, 'linkcy.conflict'],
    [413, 'linkcy.payload.too.large'],
    [415, 'linkcy.unsupported.media.type'],
    [500, 'linkcy.internal'],
    [503, 'linkcy.internal'],
  ])('status %i is %s', (status, kind) => {
    expect(errorKindOf(status)).toBe(kind);
  });

  it('timestamps have nine fraction digits, as the vendor examples', () => {
    expect(nanosecondTimestamp(0)).toBe('1970-01-01T00:00:00.000000000Z');
    expect(nanosecondTimestamp(NOW)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
  });
});

describe('readErrorCode: the one reader of an error code', () => {
  it('reads /errorCode by default', () => {
    expect(DEFAULT_ERROR_CODE_POINTERS).toEqual(['/errorCode']);
    expect(readErrorCode({ errorCode: 'SCA_REQUIRED' })).toBe('SCA_REQUIRED');
    expect(readErrorCode({ code: 'SCA_REQUIRED' })).toBeUndefined();
  });

  it('tries the profile pointers in order and takes the first string', () => {
    const pointers = ['/errorCode', '/error/code', '/code'];
    expect(readErrorCode({ error: { code: 'A' }, code: 'B' }, pointers)).toBe('A');
    expect(readErrorCode({ errorCode: 7, code: 'B' }, pointers)).toBe('B');
    expect(readErrorCode('not a body', pointers)).toBeUndefined();
    expect(readErrorCode(undefined, pointers)).toBeUndefined();
  });

  it('evaluates RFC 6901 pointers: escapes, arrays, the whole document', () => {
    const document = { 'a/b': { 'm~n': ['x', 'y'] } };
    expect(resolvePointer(document, '/a~1b/m~0n/1')).toBe('y');
    expect(resolvePointer(document, '/a~1b/m~0n/01')).toBeUndefined();
    expect(resolvePointer(document, '')).toBe(document);
    expect(resolvePointer({ toString: 'own' }, '/constructor')).toBeUndefined();
    expect(() => resolvePointer(document, 'a')).toThrow(/not a JSON pointer/);
  });
});
