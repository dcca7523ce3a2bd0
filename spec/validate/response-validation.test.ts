import { describe, expect, it } from 'vitest';
import { createValidators, type HttpResponseShape } from './index.ts';
import { FIXTURE_DOCUMENT, WIDGET_ID } from './test-fixture-document.ts';

const validators = createValidators(FIXTURE_DOCUMENT);

function created(overrides: Partial<HttpResponseShape> = {}): HttpResponseShape {
  return {
    status: 201,
    headers: { Location: `/widgets/${WIDGET_ID}` },
    body: { id: WIDGET_ID, name: 'gizmo' },
    contentType: 'application/json',
    ...overrides,
  };
}

const errorBody = { code: 'ERROR_REQUEST', message: 'bad request' };

describe('validateResponse: valid responses pass', () => {
  it('accepts a 201 with its required header and body', () => {
    expect(validators.validateResponse('createWidget', created())).toEqual([]);
  });

  it('accepts a 204 without a body', () => {
    expect(validators.validateResponse('deleteWidget', { status: 204, headers: {} })).toEqual([]);
  });

  it('accepts error responses documented by code, by range (4XX) and by default', () => {
    const error = (status: number): HttpResponseShape => ({ status, headers: { 'Content-Type': 'application/json' }, body: errorBody });
    expect(validators.validateResponse('createWidget', error(409))).toEqual([]);
    expect(validators.validateResponse('deleteWidget', error(404))).toEqual([]);
    expect(validators.validateResponse('listWidgets', error(503))).toEqual([]);
  });
});

describe('validateResponse: violations', () => {
  it('reports an undocumented status with the documented ones', () => {
    expect(validators.validateResponse('createWidget', { status: 418, headers: {} })).toEqual([
      {
        location: 'status',
        pointer: '/status',
        rule: 'undocumented-status',
        expected: 'status 201, 400, 409',
        actual: '418',
        message: 'response status: must be status 201, 400, 409 (received 418)',
      },
    ]);
    expect(validators.validateResponse('deleteWidget', { status: 500, headers: {} })).toMatchObject([
      { rule: 'undocumented-status', expected: 'status 204, 4XX', actual: '500' },
    ]);
  });

  it('reports a body on a 204', () => {
    const response = { status: 204, headers: {}, body: { deleted: true }, contentType: 'application/json' };
    expect(validators.validateResponse('deleteWidget', response)).toEqual([
      {
        location: 'body',
        pointer: '/body',
        rule: 'body-not-allowed',
        expected: 'absent',
        actual: '{"deleted":true}',
        message: 'response body: must be absent (received {"deleted":true})',
      },
    ]);
  });

  it('reports a missing required response header', () => {
    expect(validators.validateResponse('createWidget', created({ headers: {} }))).toEqual([
      {
        location: 'header',
        pointer: '/headers/location',
        rule: 'required',
        expected: 'present',
        actual: 'nothing',
        message: 'response header Location: must be present (received nothing)',
      },
    ]);
  });

  it('reports a content type that matches no documented media type', () => {
    expect(validators.validateResponse('createWidget', created({ contentType: 'text/html; charset=utf-8' }))).toEqual([
      {
        location: 'content-type',
        pointer: '/headers/content-type',
        rule: 'content-type',
        expected: 'one of application/json',
        actual: '"text/html; charset=utf-8"',
        message: 'response header Content-Type: must be one of application/json (received "text/html; charset=utf-8")',
      },
    ]);
  });

  it('reports a documented body that is missing', () => {
    expect(validators.validateResponse('createWidget', created({ body: undefined, contentType: undefined }))).toMatchObject([
      { location: 'body', pointer: '/body', rule: 'body-required', expected: 'present', actual: 'nothing' },
    ]);
  });

  it('validates bodies through $refs, recursive ones included, with precise pointers', () => {
    const body = { id: WIDGET_ID, name: 'gizmo', parent: { id: 7 } };
    expect(validators.validateResponse('createWidget', created({ body }))).toMatchObject([
      { pointer: '/body/parent/name', rule: 'required', message: 'response body /parent/name: must be present (received nothing)' },
      { pointer: '/body/parent/id', rule: 'type', message: 'response body /parent/id: must be type string (received 7)' },
    ]);
  });

  it('validates an error body against the Error schema', () => {
    const response = { status: 400, headers: {}, body: { code: 'ERROR_REQUEST' }, contentType: 'application/json' };
    expect(validators.validateResponse('createWidget', response)).toMatchObject([
      { location: 'body', pointer: '/body/message', rule: 'required' },
    ]);
  });

  it('returns one violation for an unknown operation instead of throwing', () => {
    expect(validators.validateResponse('nope', created())).toMatchObject([{ rule: 'unknown-operation', actual: '"nope"' }]);
  });
});
