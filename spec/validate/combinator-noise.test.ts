import { describe, expect, it } from 'vitest';
import { createValidators, type HttpRequestShape } from './index.ts';
import { FIXTURE_DOCUMENT } from './test-fixture-document.ts';

function post(body: unknown): HttpRequestShape {
  return { pathParams: {}, query: {}, headers: {}, body, contentType: 'application/json' };
}

// `object`, not OpenAPIV3_1.SchemaObject: openapi-types lacks JSON Schema keywords such as `if`.
function validatorsForBody(schema: object, schemas: Record<string, object> = {}) {
  return createValidators({
    openapi: '3.1.0',
    info: { title: 'test', version: '1' },
    paths: {
      '/things': {
        post: {
          operationId: 'createThing',
          requestBody: { required: true, content: { 'application/json': { schema } } },
          responses: { '204': { description: 'created' } },
        },
      },
    },
    components: { schemas },
  });
}

describe('oneOf and anyOf failures', () => {
  it('report one violation naming the branches instead of every branch error, and keep errors outside them', () => {
    const violations = createValidators(FIXTURE_DOCUMENT).validateRequest('createShape', post({ shape: { radius: 'big', side: 2 } }));
    expect(violations).toEqual([
      {
        location: 'body',
        pointer: '/body/label',
        rule: 'required',
        expected: 'present',
        actual: 'nothing',
        message: 'body /label: must be present (received nothing)',
      },
      {
        location: 'body',
        pointer: '/body/shape',
        rule: 'oneOf',
        expected: 'valid against exactly one of Circle, Square',
        actual: '{"radius":"big","side":2}',
        message: 'body /shape: must be valid against exactly one of Circle, Square (received {"radius":"big","side":2})',
      },
    ]);
  });

  it('say which branches matched when more than one did', () => {
    const validators = validatorsForBody({ oneOf: [{ type: 'number' }, { type: 'integer', title: 'Count' }] });
    expect(validators.validateRequest('createThing', post(3))).toMatchObject([
      { pointer: '/body', rule: 'oneOf', expected: 'valid against exactly one of type number, Count (matches type number and Count)' },
    ]);
  });

  it('keep errors of sibling schemas that share the value (allOf beside a oneOf)', () => {
    const validators = validatorsForBody(
      { allOf: [{ $ref: '#/components/schemas/Base' }, { anyOf: [{ required: ['email'] }, { required: ['phone'] }] }] },
      { Base: { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } },
    );
    expect(validators.validateRequest('createThing', post({ name: 'ada' }))).toMatchObject([
      { pointer: '/body/id', rule: 'required' },
      { pointer: '/body', rule: 'anyOf', expected: 'valid against at least one of schema 1, schema 2' },
    ]);
  });

  it('report the then/else error of an if without the if error', () => {
    const validators = validatorsForBody({
      type: 'object',
      if: { properties: { kind: { const: 'card' } }, required: ['kind'] },
      then: { required: ['cardId'] },
    });
    expect(validators.validateRequest('createThing', post({ kind: 'card' }))).toMatchObject([
      { pointer: '/body/cardId', rule: 'required' },
    ]);
  });
});
