import type { OpenAPIV3_1 } from 'openapi-types';

/**
 * A small OpenAPI 3.1 document for the validator tests. It exercises what real documents do:
 * $refs to every component kind, path-item parameters, a recursive schema, a oneOf, a range
 * (`4XX`) and a `default` response, array parameters in several styles.
 */
export const FIXTURE_DOCUMENT: OpenAPIV3_1.Document = {
  openapi: '3.1.0',
  info: { title: 'validator fixture', version: '1.0.0' },
  paths: {
    '/owners/{ownerId}/widgets': {
      parameters: [{ $ref: '#/components/parameters/OwnerId' }],
      post: {
        operationId: 'createWidget',
        parameters: [
          { $ref: '#/components/parameters/Strategy' },
          { $ref: '#/components/parameters/Signature' },
          { name: 'dryRun', in: 'query', schema: { type: 'boolean' } },
          // OpenAPI says to ignore it: authorization belongs to security schemes.
          { name: 'Authorization', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: { $ref: '#/components/requestBodies/WidgetInput' },
        responses: {
          '201': {
            description: 'created',
            headers: { Location: { required: true, schema: { type: 'string', format: 'uri-reference' } } },
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Widget' } } },
          },
          '400': { $ref: '#/components/responses/Error' },
          '409': { $ref: '#/components/responses/Error' },
        },
      },
    },
    '/widgets/{widgetId}': {
      delete: {
        operationId: 'deleteWidget',
        parameters: [{ name: 'widgetId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
        responses: {
          '204': { description: 'deleted' },
          '4XX': { $ref: '#/components/responses/Error' },
        },
      },
    },
    '/widgets': {
      get: {
        operationId: 'listWidgets',
        parameters: [
          {
            name: 'ids',
            in: 'query',
            style: 'form',
            explode: false,
            schema: { type: 'array', items: { type: 'string', format: 'uuid' } },
          },
          { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } },
          { name: 'X-Trace', in: 'header', schema: { type: 'array', items: { type: 'integer' } } },
        ],
        responses: {
          '200': {
            description: 'the widgets',
            content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Widget' } } } },
          },
          default: { $ref: '#/components/responses/Error' },
        },
      },
    },
    '/login': {
      post: {
        operationId: 'login',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['username', 'password'],
                properties: { username: { type: 'string' }, password: { type: 'string', minLength: 12 } },
                additionalProperties: false,
              },
            },
          },
        },
        responses: {
          '200': {
            description: 'logged in',
            content: {
              'application/json': {
                schema: { type: 'object', required: ['token'], properties: { token: { type: 'string' } } },
              },
            },
          },
        },
      },
    },
    '/shapes': {
      post: {
        operationId: 'createShape',
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['label', 'shape'],
                properties: { label: { type: 'string' }, shape: { $ref: '#/components/schemas/Shape' } },
              },
            },
          },
        },
        responses: { '204': { description: 'created' } },
      },
    },
  },
  components: {
    parameters: {
      OwnerId: { name: 'ownerId', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } },
      Strategy: { name: 'Linkcy-SCA-Strategy', in: 'header', required: true, schema: { $ref: '#/components/schemas/Strategy' } },
      Signature: { name: 'Linkcy-SCA-Signature', in: 'header', schema: { type: 'string', pattern: '^PowerAuth ' } },
    },
    requestBodies: {
      WidgetInput: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/WidgetInput' } } },
      },
    },
    responses: {
      Error: {
        description: 'an error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      },
    },
    schemas: {
      Strategy: { type: 'string', enum: ['PUSH_NOTIFICATION', 'DATA_SIGNING', 'BY_PASS'] },
      WidgetInput: {
        type: 'object',
        required: ['name', 'kind'],
        properties: {
          name: { type: 'string', minLength: 1 },
          kind: { type: 'string', enum: ['SMALL', 'LARGE'] },
          count: { type: 'integer', minimum: 0 },
        },
      },
      Widget: {
        type: 'object',
        required: ['id', 'name'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          name: { type: 'string' },
          parent: { $ref: '#/components/schemas/Widget' },
        },
      },
      Error: {
        type: 'object',
        required: ['code', 'message'],
        properties: { code: { type: 'string' }, message: { type: 'string' } },
      },
      Shape: { oneOf: [{ $ref: '#/components/schemas/Circle' }, { $ref: '#/components/schemas/Square' }] },
      Circle: {
        type: 'object',
        required: ['radius'],
        properties: { radius: { type: 'number', exclusiveMinimum: 0 } },
        additionalProperties: false,
      },
      Square: {
        type: 'object',
        required: ['side'],
        properties: { side: { type: 'number' } },
        additionalProperties: false,
      },
    },
  },
};

export const OWNER_ID = '0b6f2c1e-6a43-4c1f-9d7e-2f5a8c3b1d90';
export const WIDGET_ID = 'd791c6b4-56ca-4e8c-b392-93c03b92b30b';
