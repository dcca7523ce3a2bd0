import type { OpenAPIV3_1 } from 'openapi-types';
import { isErrorCode, type ErrorCode } from '../errors/index.ts';
import { EXTENSION, SCA_POLICIES, TOKEN_POLICIES, type ScaPolicy, type TokenPolicy } from './extensions.ts';
import { isRecord, readField, resolveLocalRef } from './json-node.ts';
import { HTTP_METHOD_OF_KEY, locateOperations, type HttpMethod, type LocatedOperation } from './locate-operations.ts';
import type { OperationId } from './operation-ids.ts';
import { applyPathOverrides, type PathOverrides } from './path-overrides.ts';

export interface DocumentedError {
  readonly status: number;
  readonly codes: readonly ErrorCode[];
}

/** What the rest of the suite needs to know about one operation, read from the document. */
export interface OperationInfo {
  readonly operationId: OperationId;
  readonly method: HttpMethod;
  readonly pathTemplate: string;
  readonly scaPolicy: ScaPolicy;
  readonly tokenPolicy: TokenPolicy;
  /** Error statuses (4xx, 5xx) with the catalogue codes their examples carry. */
  readonly documentedErrors: readonly DocumentedError[];
  /** Every documented status, success and error, ascending. */
  readonly documentedStatuses: readonly number[];
}

/**
 * The document's operations in OPERATION_IDS order, with the real path templates when
 * `pathOverrides` maps operations elsewhere (see parsePathOverrides).
 */
export function listOperations(doc: OpenAPIV3_1.Document, pathOverrides: PathOverrides = {}): OperationInfo[] {
  const source = Object.keys(pathOverrides).length === 0 ? doc : applyPathOverrides(doc, pathOverrides);
  return locateOperations(source).map((located) => describeOperation(source, located));
}

function describeOperation(doc: OpenAPIV3_1.Document, located: LocatedOperation): OperationInfo {
  const { operationId, methodKey, pathTemplate, operation } = located;
  const responses = Object.entries(operation.responses ?? {});
  const documentedStatuses = responses.map(([status]) => statusNumber(operationId, status)).sort((a, b) => a - b);
  const documentedErrors = responses
    .filter(([status]) => statusNumber(operationId, status) >= 400)
    .map(([status, response]) => ({
      status: statusNumber(operationId, status),
      codes: exampleCodes(doc, operationId, status, response),
    }))
    .sort((a, b) => a.status - b.status);
  return {
    operationId,
    method: HTTP_METHOD_OF_KEY[methodKey],
    pathTemplate,
    scaPolicy: readPolicy(operation, operationId, EXTENSION.sca, SCA_POLICIES),
    tokenPolicy: readPolicy(operation, operationId, EXTENSION.token, TOKEN_POLICIES),
    documentedErrors,
    documentedStatuses,
  };
}

function statusNumber(operationId: OperationId, status: string): number {
  if (!/^[1-5]\d\d$/.test(status)) {
    throw new Error(`operation ${operationId}: response key "${status}" must be a 3-digit HTTP status (no "default" or "4XX")`);
  }
  return Number(status);
}

function readPolicy<const P extends string>(
  operation: OpenAPIV3_1.OperationObject,
  operationId: OperationId,
  extension: string,
  allowed: readonly P[],
): P {
  const value = readField(operation, extension);
  const match = allowed.find((policy) => policy === value);
  if (match === undefined) {
    throw new Error(`operation ${operationId}: ${extension} is ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`);
  }
  return match;
}

/** The error codes a response's examples carry, in document order, without repeats. */
function exampleCodes(doc: OpenAPIV3_1.Document, operationId: OperationId, status: string, response: unknown): ErrorCode[] {
  const resolved = resolveLocalRef(doc, response);
  const content = isRecord(resolved) && isRecord(resolved.content) ? Object.values(resolved.content) : [];
  const bodies = content.filter(isRecord).flatMap((media) => [
    ...(media.example === undefined ? [] : [media.example]),
    ...(isRecord(media.examples)
      ? Object.values(media.examples).map((example) => {
          const resolvedExample = resolveLocalRef(doc, example);
          return isRecord(resolvedExample) ? resolvedExample.value : undefined;
        })
      : []),
  ]);
  const codes: ErrorCode[] = [];
  for (const body of bodies) {
    const code = isRecord(body) ? body.code : undefined;
    if (!isErrorCode(code)) {
      throw new Error(`operation ${operationId}, response ${status}: example code ${JSON.stringify(code)} is not in the error catalogue`);
    }
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
