import type { OperationInfo } from './operations.ts';
import { parsePathTemplate } from './path-template.ts';

export type QueryValue = string | number | boolean | readonly (string | number | boolean)[] | undefined;

/**
 * The request target for an operation: its template with each parameter percent-encoded, then
 * the query in the order given (undefined values left out, arrays as repeated keys). The order
 * matters: the SCA signature covers the URI as sent.
 */
export function buildPath(
  operation: Pick<OperationInfo, 'operationId' | 'pathTemplate'>,
  pathParams: Readonly<Record<string, string>>,
  query: Readonly<Record<string, QueryValue>> = {},
): string {
  const { segments, paramNames } = parsePathTemplate(operation.pathTemplate);
  const unknown = Object.keys(pathParams).filter((name) => !paramNames.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `buildPath(${operation.operationId}): unknown path parameter(s) ${unknown.join(', ')}; ${operation.pathTemplate} takes ${paramNames.join(', ') || 'none'}`,
    );
  }
  const path = segments
    .map((parts) => parts.map((part) => (part.kind === 'literal' ? part.text : encodeParam(operation, pathParams, part.name))).join(''))
    .join('/');
  const queryString = Object.entries(query)
    .flatMap(([key, value]) =>
      value === undefined
        ? []
        : [value].flat().map((item) => `${encode(operation, `query key ${key}`, key)}=${encode(operation, `query ${key}`, String(item))}`),
    )
    .join('&');
  return `/${path}${queryString === '' ? '' : `?${queryString}`}`;
}

function encodeParam(
  operation: Pick<OperationInfo, 'operationId' | 'pathTemplate'>,
  pathParams: Readonly<Record<string, string>>,
  name: string,
): string {
  const value = pathParams[name];
  if (value === undefined || value === '') {
    throw new Error(`buildPath(${operation.operationId}): path parameter ${name} is required by ${operation.pathTemplate} and must not be empty`);
  }
  return encode(operation, `path parameter ${name}`, value);
}

function encode(operation: Pick<OperationInfo, 'operationId'>, what: string, value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    // encodeURIComponent throws a bare "URI malformed" on lone surrogates; say which value.
    throw new Error(`buildPath(${operation.operationId}): ${what} is not well-formed Unicode (lone surrogate)`);
  }
}
