import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPath } from './build-path.ts';
import { loadOpenApiDocument } from './document.ts';
import { matchOperation } from './match-operation.ts';
import { listOperations, type OperationInfo } from './operations.ts';

const operations = listOperations(loadOpenApiDocument());

function operation(operationId: OperationInfo['operationId']): OperationInfo {
  const found = operations.find((candidate) => candidate.operationId === operationId);
  if (found === undefined) throw new Error(`no operation ${operationId}`);
  return found;
}

function withTemplate(base: OperationInfo, pathTemplate: string): OperationInfo {
  return { ...base, pathTemplate };
}

const paramValue = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 });

describe('buildPath and matchOperation', () => {
  it('round-trip every operation with any parameter values', () => {
    for (const info of operations) {
      const names = [...info.pathTemplate.matchAll(/\{([^}]+)\}/g)].map((match) => match[1] ?? '');
      fc.assert(
        fc.property(fc.tuple(...names.map(() => paramValue)), (values) => {
          const params = Object.fromEntries(names.map((name, index) => [name, values[index] ?? '']));
          const match = matchOperation(operations, info.method, buildPath(info, params));
          expect(match?.operation.operationId).toBe(info.operationId);
          expect(match?.pathParams).toEqual(params);
        }),
      );
    }
  });

  it('build a target from a template and a query, in the order given', () => {
    const target = buildPath(operation('getCardPin'), { cardId: 'a/b c' }, { fields: 'pan,cvv', skip: undefined, tag: ['x', 'y'] });
    expect(target).toBe('/api/partner/cards/a%2Fb%20c/pin?fields=pan%2Ccvv&tag=x&tag=y');
  });

  it('refuse missing, empty, unknown and ill-formed parameters with the operation named', () => {
    const info = operation('getConsumer');
    expect(() => buildPath(info, {})).toThrow('buildPath(getConsumer): path parameter consumerId is required by /api/partner/consumers/{consumerId} and must not be empty');
    expect(() => buildPath(info, { consumerId: '' })).toThrow('must not be empty');
    expect(() => buildPath(info, { consumerId: 'u', cardId: 'c' })).toThrow('buildPath(getConsumer): unknown path parameter(s) cardId');
    expect(() => buildPath(info, { consumerId: '\uD800' })).toThrow('path parameter consumerId is not well-formed Unicode');
  });
});

describe('matchOperation', () => {
  it('ignores the query string and the case of the method', () => {
    const match = matchOperation(operations, 'get', '/api/partner/cards/c-1/pan/credentials?fields=pan');
    expect(match?.operation.operationId).toBe('getCardPanCredentials');
    expect(match?.pathParams).toEqual({ cardId: 'c-1' });
  });

  it('matches nothing for another method, an extra segment, an empty parameter or bad percent-encoding', () => {
    expect(matchOperation(operations, 'PUT', '/api/partner/cards')).toBeUndefined();
    expect(matchOperation(operations, 'GET', '/api/partner/consumers/u/extra')).toBeUndefined();
    expect(matchOperation(operations, 'GET', '/api/partner/consumers/')).toBeUndefined();
    expect(matchOperation(operations, 'GET', '/api/partner/consumers/%E0%A4%A')).toBeUndefined();
  });

  it('treats template text literally, never as a pattern', () => {
    const tricky = [withTemplate(operation('getConsumer'), '/api/v(1)+/users.*/{consumerId}')];
    expect(matchOperation(tricky, 'GET', '/api/v(1)+/users.*/42')?.pathParams).toEqual({ consumerId: '42' });
    expect(matchOperation(tricky, 'GET', '/api/v11/usersXX/42')).toBeUndefined();
  });

  it('prefers the more literal template when two match', () => {
    const byId = withTemplate(operation('getConsumer'), '/api/partner/consumers/{consumerId}');
    const me = { ...withTemplate(operation('getConsumer'), '/api/partner/consumers/me'), operationId: 'login' as const };
    expect(matchOperation([byId, me], 'GET', '/api/partner/consumers/me')?.operation).toBe(me);
    expect(matchOperation([me, byId], 'GET', '/api/partner/consumers/42')?.operation).toBe(byId);
  });

  it('matches parameters inside a segment', () => {
    const colon = [withTemplate(operation('activateScaDevice'), '/v2/devices/{scaDeviceId}:activate')];
    expect(matchOperation(colon, 'POST', '/v2/devices/d%3A1:activate')?.pathParams).toEqual({ scaDeviceId: 'd:1' });
  });
});
