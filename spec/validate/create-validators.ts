import type { OpenAPIV3_1 } from 'openapi-types';
import { isRecord } from '../openapi/index.ts';
import { collectOperationSpecs } from './operation-specs.ts';
import { compileRequestCheck } from './request-check.ts';
import { compileResponseCheck } from './response-check.ts';
import { createSchemaCompilers } from './schema-compilers.ts';
import type { OperationValidators, Violation } from './types.ts';
import { createViolation, renderActual } from './violation.ts';

/**
 * Validators for every operation of an OpenAPI 3.1 document that has an operationId. Every
 * schema is compiled here, once; validating a message only runs compiled code. Throws, naming
 * the operation and part, when the document cannot be read or a schema cannot be compiled.
 */
export function createValidators(document: OpenAPIV3_1.Document): OperationValidators {
  try {
    return buildValidators(document);
  } catch (error) {
    throw new Error(`createValidators: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function buildValidators(document: unknown): OperationValidators {
  if (!isRecord(document)) throw new Error('the OpenAPI document must be an object');
  const compilers = createSchemaCompilers(document);
  const operations = new Map(
    collectOperationSpecs(document).map((operation) => [
      operation.operationId,
      {
        checkRequest: compileRequestCheck(document, operation, compilers),
        checkResponse: compileResponseCheck(document, operation, compilers),
      },
    ]),
  );
  const operationIds = [...operations.keys()];
  const unknownOperation = (operationId: string): Violation[] => [
    createViolation({
      // The operation stands for a method and a path: the closest location there is.
      location: 'path',
      pointer: '',
      rule: 'unknown-operation',
      expected: `one of ${operationIds.join(', ')}`,
      actual: renderActual(operationId, false),
      subject: 'operation',
    }),
  ];

  return {
    validateRequest: (operationId, request) => operations.get(operationId)?.checkRequest(request) ?? unknownOperation(operationId),
    validateResponse: (operationId, response) =>
      operations.get(operationId)?.checkResponse(response) ?? unknownOperation(operationId),
    operationIds: () => [...operationIds],
  };
}
