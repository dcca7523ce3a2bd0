import type { OpenAPIV3, OpenAPIV3_1 } from 'openapi-types';
import { isOperationId, OPERATION_IDS, type OperationId } from './operation-ids.ts';

export type HttpMethodKey = `${OpenAPIV3.HttpMethods}`;
export const HTTP_METHOD_KEYS = [
  'get',
  'put',
  'post',
  'delete',
  'options',
  'head',
  'patch',
  'trace',
] as const satisfies readonly HttpMethodKey[];

export type HttpMethod = Uppercase<HttpMethodKey>;

export const HTTP_METHOD_OF_KEY = {
  get: 'GET',
  put: 'PUT',
  post: 'POST',
  delete: 'DELETE',
  options: 'OPTIONS',
  head: 'HEAD',
  patch: 'PATCH',
  trace: 'TRACE',
} as const satisfies { readonly [K in HttpMethodKey]: Uppercase<K> };

export interface LocatedOperation {
  readonly operationId: OperationId;
  readonly methodKey: HttpMethodKey;
  readonly pathTemplate: string;
  readonly operation: OpenAPIV3_1.OperationObject;
}

/**
 * Every operation of the document with where it sits, in OPERATION_IDS order. Refuses an
 * operation without a known operationId, since every other module keys on them.
 */
export function locateOperations(doc: OpenAPIV3_1.Document): LocatedOperation[] {
  const located: LocatedOperation[] = [];
  for (const [pathTemplate, pathItem] of Object.entries(doc.paths ?? {})) {
    for (const methodKey of HTTP_METHOD_KEYS) {
      const operation = pathItem?.[methodKey];
      if (operation === undefined) continue;
      const { operationId } = operation;
      if (!isOperationId(operationId)) {
        throw new Error(
          `${methodKey.toUpperCase()} ${pathTemplate}: operationId ${JSON.stringify(operationId)} is not one of ${OPERATION_IDS.join(', ')}`,
        );
      }
      located.push({ operationId, methodKey, pathTemplate, operation });
    }
  }
  return located.sort((a, b) => OPERATION_IDS.indexOf(a.operationId) - OPERATION_IDS.indexOf(b.operationId));
}
