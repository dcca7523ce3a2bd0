import { describe, expect, it } from 'vitest';
import { createValidators, type HttpRequestShape } from './index.ts';
import { FIXTURE_DOCUMENT, OWNER_ID, WIDGET_ID } from './test-fixture-document.ts';

const validators = createValidators(FIXTURE_DOCUMENT);

function createWidget(overrides: Partial<HttpRequestShape> = {}): HttpRequestShape {
  return {
    pathParams: { ownerId: OWNER_ID },
    query: {},
    headers: { 'Linkcy-SCA-Strategy': 'BY_PASS' },
    body: { name: 'gizmo', kind: 'SMALL' },
    contentType: 'application/json',
    ...overrides,
  };
}

function listWidgets(query: HttpRequestShape['query'], headers: HttpRequestShape['headers'] = {}): HttpRequestShape {
  return { pathParams: {}, query, headers };
}

describe('validateRequest: valid requests pass', () => {
  it('accepts a request that follows the document', () => {
    expect(validators.validateRequest('createWidget', createWidget())).toEqual([]);
  });

  it('accepts header names in any case, a charset on the content type and the content type given as a header', () => {
    const request = createWidget({
      headers: { 'LINKCY-SCA-STRATEGY': 'DATA_SIGNING', 'content-type': 'Application/JSON; charset=utf-8' },
      contentType: undefined,
    });
    expect(validators.validateRequest('createWidget', request)).toEqual([]);
  });

  it('accepts undocumented headers and query parameters, and ignores a documented Authorization header', () => {
    const request = createWidget({ query: { trace: 'on' }, headers: { 'Linkcy-SCA-Strategy': 'BY_PASS', 'X-Request-Id': 'r-1' } });
    expect(validators.validateRequest('createWidget', request)).toEqual([]);
  });

  it('coerces query and header strings to the schema type, splitting arrays by their style', () => {
    const request = listWidgets({ ids: `${OWNER_ID},${WIDGET_ID}`, limit: '10' }, { 'X-Trace': ['1, 2', '3'] });
    expect(validators.validateRequest('listWidgets', request)).toEqual([]);
    expect(validators.validateRequest('createWidget', createWidget({ query: { dryRun: 'true' } }))).toEqual([]);
  });
});

describe('validateRequest: headers', () => {
  it('reports a missing required header at its lower-case name', () => {
    expect(validators.validateRequest('createWidget', createWidget({ headers: {} }))).toEqual([
      {
        location: 'header',
        pointer: '/headers/linkcy-sca-strategy',
        rule: 'required',
        expected: 'present',
        actual: 'nothing',
        message: 'header Linkcy-SCA-Strategy: must be present (received nothing)',
      },
    ]);
  });

  it('reports a value outside the enum with the allowed values', () => {
    expect(validators.validateRequest('createWidget', createWidget({ headers: { 'linkcy-sca-strategy': 'push' } }))).toEqual([
      {
        location: 'header',
        pointer: '/headers/linkcy-sca-strategy',
        rule: 'enum',
        expected: 'one of PUSH_NOTIFICATION, DATA_SIGNING, BY_PASS',
        actual: '"push"',
        message: 'header Linkcy-SCA-Strategy: must be one of PUSH_NOTIFICATION, DATA_SIGNING, BY_PASS (received "push")',
      },
    ]);
  });

  it('reads repeated header lines as one comma-separated value', () => {
    const [violation] = validators.validateRequest('createWidget', createWidget({ headers: { 'Linkcy-SCA-Strategy': ['BY_PASS', 'BY_PASS'] } }));
    expect(violation).toMatchObject({ rule: 'enum', actual: '"BY_PASS, BY_PASS"' });
  });

  it('points into an array header at the bad item', () => {
    expect(validators.validateRequest('listWidgets', listWidgets({}, { 'x-trace': '1, a' }))).toMatchObject([
      { location: 'header', pointer: '/headers/x-trace/1', rule: 'type', expected: 'type integer', actual: '"a"' },
    ]);
  });
});

describe('validateRequest: path and query parameters', () => {
  it('reports a path parameter that is not a uuid', () => {
    expect(validators.validateRequest('createWidget', createWidget({ pathParams: { ownerId: 'owner-1' } }))).toEqual([
      {
        location: 'path',
        pointer: '/pathParams/ownerId',
        rule: 'format',
        expected: 'format uuid',
        actual: '"owner-1"',
        message: 'path parameter ownerId: must be format uuid (received "owner-1")',
      },
    ]);
  });

  it('reports a missing path parameter', () => {
    expect(validators.validateRequest('deleteWidget', { pathParams: {}, query: {}, headers: {} })).toMatchObject([
      { location: 'path', pointer: '/pathParams/widgetId', rule: 'required' },
    ]);
  });

  it('reports query values that do not coerce or break a limit, showing the string that was sent', () => {
    expect(validators.validateRequest('listWidgets', listWidgets({ ids: `${OWNER_ID},nope`, limit: '99' }))).toMatchObject([
      { location: 'query', pointer: '/query/ids/1', rule: 'format', expected: 'format uuid', actual: '"nope"' },
      { location: 'query', pointer: '/query/limit', rule: 'maximum', expected: '<= 50', actual: '"99"' },
    ]);
    expect(validators.validateRequest('createWidget', createWidget({ query: { dryRun: 'maybe' } }))).toMatchObject([
      { pointer: '/query/dryRun', rule: 'type', expected: 'type boolean', actual: '"maybe"' },
    ]);
  });

  it('reports a single-valued query parameter sent twice', () => {
    expect(validators.validateRequest('listWidgets', listWidgets({ limit: ['1', '2'] }))).toMatchObject([
      { pointer: '/query/limit', rule: 'type', expected: 'type integer', actual: '["1","2"]' },
    ]);
  });
});

describe('validateRequest: body', () => {
  it('reports a body of the wrong type', () => {
    expect(validators.validateRequest('createWidget', createWidget({ body: 'gizmo' }))).toEqual([
      {
        location: 'body',
        pointer: '/body',
        rule: 'type',
        expected: 'type object',
        actual: '"gizmo"',
        message: 'body: must be type object (received "gizmo")',
      },
    ]);
  });

  it('reports a field of the wrong type and a missing required property, each at its own pointer', () => {
    expect(validators.validateRequest('createWidget', createWidget({ body: { name: 3 } }))).toEqual([
      {
        location: 'body',
        pointer: '/body/kind',
        rule: 'required',
        expected: 'present',
        actual: 'nothing',
        message: 'body /kind: must be present (received nothing)',
      },
      {
        location: 'body',
        pointer: '/body/name',
        rule: 'type',
        expected: 'type string',
        actual: '3',
        message: 'body /name: must be type string (received 3)',
      },
    ]);
  });

  it('reports a missing required body', () => {
    expect(validators.validateRequest('createWidget', createWidget({ body: undefined, contentType: undefined }))).toEqual([
      {
        location: 'body',
        pointer: '/body',
        rule: 'body-required',
        expected: 'present',
        actual: 'nothing',
        message: 'body: must be present (received nothing)',
      },
    ]);
  });

  it('reports a body sent to an operation that takes none', () => {
    const request = { pathParams: { widgetId: WIDGET_ID }, query: {}, headers: {}, body: { force: true }, contentType: 'application/json' };
    expect(validators.validateRequest('deleteWidget', request)).toMatchObject([
      { location: 'body', pointer: '/body', rule: 'body-not-allowed', expected: 'absent', actual: '{"force":true}' },
    ]);
  });

  it('reports a content type that matches no documented media type, and a missing one', () => {
    expect(validators.validateRequest('createWidget', createWidget({ contentType: 'text/plain' }))).toEqual([
      {
        location: 'content-type',
        pointer: '/headers/content-type',
        rule: 'content-type',
        expected: 'one of application/json',
        actual: '"text/plain"',
        message: 'header Content-Type: must be one of application/json (received "text/plain")',
      },
    ]);
    expect(validators.validateRequest('createWidget', createWidget({ contentType: undefined }))).toMatchObject([
      { rule: 'content-type', actual: 'nothing' },
    ]);
  });
});

describe('validateRequest: unknown operation', () => {
  it('returns one violation listing the known operations instead of throwing', () => {
    expect(validators.validateRequest('deleteEverything', createWidget())).toEqual([
      {
        location: 'path',
        pointer: '',
        rule: 'unknown-operation',
        expected: 'one of createWidget, deleteWidget, listWidgets, login, createShape',
        actual: '"deleteEverything"',
        message: 'operation: must be one of createWidget, deleteWidget, listWidgets, login, createShape (received "deleteEverything")',
      },
    ]);
  });
});
