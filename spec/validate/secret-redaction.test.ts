import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createValidators, formatViolations, type HttpRequestShape, type Violation } from './index.ts';
import { FIXTURE_DOCUMENT, OWNER_ID } from './test-fixture-document.ts';

const validators = createValidators(FIXTURE_DOCUMENT);

function login(body: unknown): HttpRequestShape {
  return { pathParams: {}, query: {}, headers: {}, body, contentType: 'application/json' };
}

/** The secret appears nowhere a violation could carry it. */
function expectNoLeak(violations: readonly Violation[], secret: string): void {
  expect(violations.length).toBeGreaterThan(0);
  expect(JSON.stringify(violations)).not.toContain(secret);
  expect(formatViolations(violations)).not.toContain(secret);
}

describe('secrets never appear in violations', () => {
  it('redacts a malformed Linkcy-SCA-Signature header', () => {
    const secret = 'pa_signature="9Z+KT9LjNEdsXYfrW2ASEy85egP2"';
    const violations = validators.validateRequest('createWidget', {
      pathParams: { ownerId: OWNER_ID },
      query: {},
      headers: { 'Linkcy-SCA-Strategy': 'DATA_SIGNING', 'Linkcy-SCA-Signature': secret },
      body: { name: 'gizmo', kind: 'SMALL' },
      contentType: 'application/json',
    });
    expect(violations).toMatchObject([
      { pointer: '/headers/linkcy-sca-signature', rule: 'pattern', actual: expect.stringMatching(/^\[REDACTED len=\d+ sha256:[0-9a-f]{8}\]$/) },
    ]);
    expectNoLeak(violations, secret);
  });

  it('redacts a password that breaks its schema, and an undeclared secret field', () => {
    const violations = validators.validateRequest('login', login({ username: 'ada', password: 'hunter2', pin: '8514' }));
    expect(violations).toMatchObject([
      { pointer: '/body/pin', rule: 'additionalProperties', actual: expect.stringMatching(/^\[REDACTED/) },
      { pointer: '/body/password', rule: 'minLength', actual: expect.stringMatching(/^\[REDACTED/) },
    ]);
    expectNoLeak(violations, 'hunter2');
    expectNoLeak(violations, '8514');
  });

  it('redacts secret fields inside a value shown whole', () => {
    const violations = validators.validateRequest('login', login([{ username: 'ada', password: 'correct-horse-battery' }]));
    expect(violations).toMatchObject([{ pointer: '/body', rule: 'type', actual: expect.stringContaining('"username":"ada"') }]);
    expectNoLeak(violations, 'correct-horse-battery');
  });

  it('redacts a token in a response body', () => {
    const violations = validators.validateResponse('login', {
      status: 200,
      headers: {},
      body: { token: ['eyJhbGciOiJIUzI1NiJ9.payload.sig'] },
      contentType: 'application/json',
    });
    expect(violations).toMatchObject([{ pointer: '/body/token', rule: 'type' }]);
    expectNoLeak(violations, 'eyJhbGciOiJIUzI1NiJ9');
  });

  // A marker inside every generated secret shows any leak, even a truncated one.
  const MARKER = 'S3CR3T';

  it('never shows a secret header value or a password, whatever they are', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 5 }), (signature, password) => {
        const request = {
          pathParams: { ownerId: OWNER_ID },
          query: {},
          headers: { 'Linkcy-SCA-Strategy': 'DATA_SIGNING', 'Linkcy-SCA-Signature': `${MARKER}${signature}` },
          body: { name: 'gizmo', kind: 'SMALL' },
          contentType: 'application/json',
        };
        const violations = [
          ...validators.validateRequest('createWidget', request),
          ...validators.validateRequest('login', login({ username: 'ada', password: `${MARKER}${password}` })),
        ];
        expect(violations.map((violation) => violation.rule)).toEqual(['pattern', 'minLength']);
        expect(JSON.stringify(violations)).not.toContain(MARKER);
      }),
    );
  });

  it('keeps non-secret values readable', () => {
    const violations = validators.validateRequest('login', login({ username: 42, password: 'long-enough-password' }));
    expect(violations).toMatchObject([{ pointer: '/body/username', actual: '42' }]);
  });
});
