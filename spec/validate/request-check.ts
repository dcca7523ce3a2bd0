import { compileBodyCheck } from './body-check.ts';
import type { OperationSpec, ParameterLocation } from './operation-specs.ts';
import { compileParameterCheck } from './parameter-check.ts';
import { receivedHeaders, receivedValues } from './parameter-values.ts';
import type { SchemaCompilers } from './schema-compilers.ts';
import type { HttpRequestShape, Violation } from './types.ts';

export type RequestCheck = (request: HttpRequestShape) => Violation[];

export function compileRequestCheck(document: unknown, operation: OperationSpec, compilers: SchemaCompilers): RequestCheck {
  const parametersIn = (location: ParameterLocation, what: string) =>
    compileParameterCheck(
      document,
      {
        location,
        side: 'request',
        specs: operation.parameters.filter((parameter) => parameter.in === location),
        what: `${operation.where} request ${what}`,
      },
      compilers.parameters,
    );
  const checkPath = parametersIn('path', 'path parameters');
  const checkQuery = parametersIn('query', 'query parameters');
  const checkHeaders = parametersIn('header', 'headers');
  const checkBody = compileBodyCheck(operation.requestBody, 'request', compilers.bodies, `${operation.where} request body`);

  return (request) => {
    const headers = receivedHeaders(request.headers);
    return [
      ...checkPath(receivedValues(request.pathParams)),
      ...checkQuery(receivedValues(request.query)),
      ...checkHeaders(headers),
      ...checkBody({ body: request.body, contentType: request.contentType ?? headers['content-type']?.[0] }),
    ];
  };
}
