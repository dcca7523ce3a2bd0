import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCanonicalBase64 } from './base64.ts';
import { normalizeRequestData, randomNonce, type RequestDataInput } from './request-data.ts';
import { bytesOf } from './test-support/arbitraries.ts';

// Expected Base64 values below were computed independently (Python's base64 module).
const NONCE = 'C2irDMhb8VR3+QBTfIsAJg==';
const SECRET = 'm3JdVJMIu65fXXFi4VqjjA==';
const base: RequestDataInput = { method: 'POST', uriId: '/api/partner/cards', nonce: NONCE, body: '{"a":1}', applicationSecret: SECRET };
const normalized = (change: Partial<RequestDataInput> = {}) => normalizeRequestData({ ...base, ...change }).toString('utf8');

describe('normalizeRequestData', () => {
  it('is METHOD & B64(uriId) & nonce & B64(body) & application secret (as text)', () => {
    expect(normalized()).toBe(`POST&L2FwaS9wYXJ0bmVyL2NhcmRz&${NONCE}&eyJhIjoxfQ==&${SECRET}`);
  });

  it('signs an empty or absent body as the empty string', () => {
    expect(normalized({ body: undefined })).toBe(`POST&L2FwaS9wYXJ0bmVyL2NhcmRz&${NONCE}&&${SECRET}`);
    expect(normalized({ body: '' })).toBe(normalized({ body: undefined }));
    expect(normalized({ body: Buffer.alloc(0) })).toBe(normalized({ body: undefined }));
  });

  it('takes a string body as its UTF-8 bytes and a Buffer body as is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (body) => {
        expect(normalized({ body })).toBe(normalized({ body: Buffer.from(body, 'utf8') }));
      }),
    );
  });

  it('upper-cases the method', () => {
    expect(normalized({ method: 'post' })).toBe(normalized());
  });

  it('for GET without a body, signs the canonical query in place of the body and the full URI as uriId', () => {
    const uriId = '/api/partner/consumers?b=2&a=hello+world&a=%C3%A9t%C3%A9&flag';
    expect(normalized({ method: 'get', uriId, body: undefined })).toBe(
      `GET&L2FwaS9wYXJ0bmVyL2NvbnN1bWVycz9iPTImYT1oZWxsbyt3b3JsZCZhPSVDMyVBOXQlQzMlQTkmZmxhZw==&${NONCE}&YT1oZWxsbyt3b3JsZCZhPSVDMyVBOXQlQzMlQTkmYj0y&${SECRET}`,
    );
  });

  it('for GET without a query, signs an empty body', () => {
    expect(normalized({ method: 'GET', body: undefined })).toBe(`GET&L2FwaS9wYXJ0bmVyL2NhcmRz&${NONCE}&&${SECRET}`);
  });

  it('for GET with a body, signs the body; other methods never use the query', () => {
    const uriId = '/api/partner/cards?b=2&a=1';
    expect(normalized({ method: 'GET', uriId }).split('&')[3]).toBe('eyJhIjoxfQ==');
    expect(normalized({ method: 'DELETE', uriId, body: undefined }).split('&')[3]).toBe('');
  });

  it('supports the offline variant (POST, /operation/authorize/offline, the literal secret offline)', () => {
    expect(normalized({ uriId: '/operation/authorize/offline', body: 'x', applicationSecret: 'offline' })).toBe(
      `POST&L29wZXJhdGlvbi9hdXRob3JpemUvb2ZmbGluZQ==&${NONCE}&eA==&offline`,
    );
  });

  it.each<[string, Partial<RequestDataInput>, RegExp]>([
    ['a method with other characters', { method: 'PO ST' }, /method must be an HTTP method name/],
    ['an empty uriId', { uriId: '' }, /uriId must not be empty/],
    ['a nonce with non-zero trailing bits', { nonce: 'C2irDMhb8VR3+QBTfIsAJh==' }, /nonce must be canonical Base64 of 16 bytes/],
    ['an unpadded nonce', { nonce: 'C2irDMhb8VR3+QBTfIsAJg' }, /nonce must be canonical Base64 of 16 bytes/],
    ['a nonce of 15 bytes', { nonce: Buffer.alloc(15).toString('base64') }, /nonce must be canonical Base64 of 16 bytes/],
    ['an empty application secret', { applicationSecret: '' }, /applicationSecret must not be empty/],
    ['a GET query with a broken escape', { method: 'GET', uriId: '/x?a=%4', body: undefined }, /query of uriId: '%' must be followed by two hex digits/],
  ])('refuses %s, naming the field', (_name, change, message) => {
    expect(() => normalizeRequestData({ ...base, ...change })).toThrow(message);
  });
});

describe('randomNonce', () => {
  it('is canonical Base64 of 16 random bytes', () => {
    const nonces = new Set(Array.from({ length: 50 }, randomNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(isCanonicalBase64(nonce, 16)).toBe(true);
  });

  it('any 16 bytes give a nonce normalizeRequestData accepts', () => {
    fc.assert(
      fc.property(bytesOf(16), (bytes) => {
        expect(() => normalizeRequestData({ ...base, nonce: bytes.toString('base64') })).not.toThrow();
      }),
    );
  });
});
