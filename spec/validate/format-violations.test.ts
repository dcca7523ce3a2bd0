import { describe, expect, it } from 'vitest';
import { createValidators, formatViolations } from './index.ts';
import { FIXTURE_DOCUMENT } from './test-fixture-document.ts';

describe('formatViolations', () => {
  it('says so when there is nothing to report', () => {
    expect(formatViolations([])).toBe('no violations');
  });

  it('numbers the messages and locates each by rule and pointer', () => {
    const validators = createValidators(FIXTURE_DOCUMENT);
    const violations = [
      ...validators.validateRequest('createWidget', {
        pathParams: { ownerId: 'owner-1' },
        query: {},
        headers: { 'Linkcy-SCA-Strategy': 'push' },
        body: { name: 'gizmo', kind: 'SMALL' },
        contentType: 'application/json',
      }),
      ...validators.validateRequest('nope', { pathParams: {}, query: {}, headers: {} }),
    ];
    expect(formatViolations(violations)).toMatchInlineSnapshot(`
      "3 violations:
        1. path parameter ownerId: must be format uuid (received "owner-1")
           [format at /pathParams/ownerId]
        2. header Linkcy-SCA-Strategy: must be one of PUSH_NOTIFICATION, DATA_SIGNING, BY_PASS (received "push")
           [enum at /headers/linkcy-sca-strategy]
        3. operation: must be one of createWidget, deleteWidget, listWidgets, login, createShape (received "nope")
           [unknown-operation at (message)]"
    `);
    expect(formatViolations(violations.slice(0, 1))).toMatch(/^1 violation:\n/);
  });
});
