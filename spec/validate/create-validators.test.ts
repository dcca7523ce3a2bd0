import { Ajv2020 } from 'ajv/dist/2020.js';
import type { OpenAPIV3_1 } from 'openapi-types';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createValidators } from './index.ts';
import { FIXTURE_DOCUMENT, OWNER_ID } from './test-fixture-document.ts';

function documentWith(paths: OpenAPIV3_1.PathsObject, schemas: Record<string, object> = {}): OpenAPIV3_1.Document {
  return { openapi: '3.1.0', info: { title: 'test', version: '1' }, paths, components: { schemas } };
}

const noContent = { '204': { description: 'done' } };

afterEach(() => {
  vi.restoreAllMocks();
});

describe('createValidators', () => {
  it('lists the operationIds in document order, skipping operations without one', () => {
    const document = documentWith({
      '/a': { get: { operationId: 'getA', responses: noContent }, put: { responses: noContent } },
      '/b': { post: { operationId: 'postB', responses: noContent } },
    });
    expect(createValidators(document).operationIds()).toEqual(['getA', 'postB']);
    expect(createValidators(FIXTURE_DOCUMENT).operationIds()).toEqual([
      'createWidget',
      'deleteWidget',
      'listWidgets',
      'login',
      'createShape',
    ]);
  });

  it('compiles every schema up front and never while validating', () => {
    const compile = vi.spyOn(Ajv2020.prototype, 'compile');
    const validators = createValidators(FIXTURE_DOCUMENT);
    const compiledUpFront = compile.mock.calls.length;
    expect(compiledUpFront).toBeGreaterThan(0);
    for (let round = 0; round < 3; round += 1) {
      validators.validateRequest('createWidget', { pathParams: { ownerId: 'x' }, query: {}, headers: {}, body: 1, contentType: 'application/json' });
      validators.validateResponse('createWidget', { status: 201, headers: {}, body: {}, contentType: 'application/json' });
      validators.validateResponse('createShape', { status: 204, headers: {} });
    }
    expect(compile.mock.calls.length).toBe(compiledUpFront);
  });

  it('lets operation parameters override path-item parameters and ignores cookie parameters', () => {
    const document = documentWith({
      '/things/{id}': {
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
          { name: 'session', in: 'cookie', required: true, schema: { type: 'string' } },
        ],
        get: {
          operationId: 'getThing',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
          responses: noContent,
        },
      },
    });
    const validators = createValidators(document);
    expect(validators.validateRequest('getThing', { pathParams: { id: '42' }, query: {}, headers: {} })).toEqual([]);
    expect(validators.validateRequest('getThing', { pathParams: { id: OWNER_ID }, query: {}, headers: {} })).toMatchObject([
      { pointer: '/pathParams/id', rule: 'type', expected: 'type integer' },
    ]);
  });

  it('refuses two operations with the same operationId, naming both', () => {
    const document = documentWith({
      '/a': { get: { operationId: 'same', responses: noContent } },
      '/b': { get: { operationId: 'same', responses: noContent } },
    });
    expect(() => createValidators(document)).toThrow('createValidators: operationId "same" is used by both GET /a and GET /b');
  });

  it('refuses a $ref that points nowhere, naming it', () => {
    const document = documentWith({
      '/a': { get: { operationId: 'getA', parameters: [{ $ref: '#/components/parameters/Missing' }], responses: noContent } },
    });
    expect(() => createValidators(document)).toThrow(
      'createValidators: $ref "#/components/parameters/Missing" at /paths/~1a/get/parameters/0 points to nothing',
    );
  });

  it('refuses a schema ajv cannot compile, naming the operation and part', () => {
    const document = documentWith(
      {
        '/a': {
          post: {
            operationId: 'postA',
            requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Broken' } } } },
            responses: noContent,
          },
        },
      },
      // A type JSON Schema does not have, as a typo in a document would give.
      { Broken: { type: 'strin' } },
    );
    expect(() => createValidators(document)).toThrow(/^createValidators: cannot compile the schema of POST \/a request body \(application\/json\): /);
  });
});
