import { compileBodyCheck } from './body-check.ts';
import type { OperationSpec } from './operation-specs.ts';
import { compileParameterCheck } from './parameter-check.ts';
import { receivedHeaders } from './parameter-values.ts';
import { findResponse } from './response-lookup.ts';
import type { SchemaCompilers } from './schema-compilers.ts';
import type { HttpResponseShape, Violation } from './types.ts';
import { createViolation } from './violation.ts';

export type ResponseCheck = (response: HttpResponseShape) => Violation[];

export function compileResponseCheck(document: unknown, operation: OperationSpec, compilers: SchemaCompilers): ResponseCheck {
  const responses = operation.responses.map((response) => {
    const what = `${operation.where} response ${response.key}`;
    return {
      key: response.key,
      checkHeaders: compileParameterCheck(
        document,
        { location: 'header', side: 'response', specs: response.headers, what: `${what} headers` },
        compilers.parameters,
      ),
      checkBody: compileBodyCheck(response.body, 'response', compilers.bodies, `${what} body`),
    };
  });
  const documentedStatuses = `status ${responses.map((response) => response.key).join(', ')}`;

  return (response) => {
    const documented = findResponse(responses, response.status);
    if (documented === undefined) {
      return [
        createViolation({
          location: 'status',
          pointer: '/status',
          rule: 'undocumented-status',
          expected: documentedStatuses,
          actual: String(response.status),
          subject: 'response status',
        }),
      ];
    }
    const headers = receivedHeaders(response.headers);
    return [
      ...documented.checkHeaders(headers),
      ...documented.checkBody({ body: response.body, contentType: response.contentType ?? headers['content-type']?.[0] }),
    ];
  };
}
