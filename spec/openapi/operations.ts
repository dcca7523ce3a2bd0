import type { OpenAPIV3_1 } from 'openapi-types';
import { isErrorCode, readErrorCode, type ErrorCode } from '../errors/index.ts';
import { EXTENSION, SCA_POLICIES, TOKEN_POLICIES, type ScaPolicy, type SourceRef, type TokenPolicy } from './extensions.ts';
import { isRecord, readField, resolveLocalRef } from './json-node.ts';
import { HTTP_METHOD_OF_KEY, locateOperations, type HttpMethod, type LocatedOperation } from './locate-operations.ts';
import type { OperationId } from './operation-ids.ts';
import { applyPathOverrides, type PathOverrides } from './path-overrides.ts';
import { parseSourceRef, readSource } from './sources.ts';

/** The SCA headers of 1.114.5: an operation that takes them is SCA-eligible. */
export const SCA_HEADER_NAMES = ['Linkcy-SCA-Strategy', 'Linkcy-SCA-Signature'] as const;

export interface DocumentedError {
  readonly status: number;
  readonly codes: readonly ErrorCode[];
}

/** What the rest of the suite needs to know about one operation, read from the document. */
export interface OperationInfo {
  readonly operationId: OperationId;
  readonly method: HttpMethod;
  readonly pathTemplate: string;
  /** The SCA policy of the default target profile (`x-linkcy-sca`). */
  readonly scaPolicy: ScaPolicy;
  /** The operation takes the SCA headers, so a target profile may give it any SCA policy. */
  readonly scaEligible: boolean;
  readonly tokenPolicy: TokenPolicy;
  /** Where the operation (method and path), its SCA policy and its token policy come from. */
  readonly sources: { readonly operation: SourceRef; readonly sca: SourceRef; readonly token: SourceRef };
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
  const sca = readPolicy(operation, operationId, EXTENSION.sca, SCA_POLICIES);
  const token = readPolicy(operation, operationId, EXTENSION.token, TOKEN_POLICIES);
  const scaEligible = takesScaHeaders(doc, operation);
  if (!scaEligible && sca.policy !== 'never') {
    throw new Error(`operation ${operationId}: ${EXTENSION.sca} is ${sca.policy} but the operation takes no SCA headers (${SCA_HEADER_NAMES.join(', ')})`);
  }
  return {
    operationId,
    method: HTTP_METHOD_OF_KEY[methodKey],
    pathTemplate,
    scaPolicy: sca.policy,
    scaEligible,
    tokenPolicy: token.policy,
    sources: { operation: readSource(operation, `operation ${operationId}`), sca: sca.source, token: token.source },
    documentedErrors,
    documentedStatuses,
  };
}

function takesScaHeaders(doc: OpenAPIV3_1.Document, operation: OpenAPIV3_1.OperationObject): boolean {
  const headers = (operation.parameters ?? [])
    .map((parameter) => resolveLocalRef(doc, parameter))
    .filter((parameter) => readField(parameter, 'in') === 'header')
    .map((parameter) => readField(parameter, 'name'));
  const present = SCA_HEADER_NAMES.filter((name) => headers.includes(name));
  return present.length === SCA_HEADER_NAMES.length;
}

function statusNumber(operationId: OperationId, status: string): number {
  if (!/^[1-5]\d\d$/.test(status)) {
    throw new Error(`operation ${operationId}: response key "${status}" must be a 3-digit HTTP status (no "default" or "4XX")`);
  }
  return Number(status);
}

/** Reads `{policy, source}` of a policy extension. */
function readPolicy<const P extends string>(
  operation: OpenAPIV3_1.OperationObject,
  operationId: OperationId,
  extension: string,
  allowed: readonly P[],
): { policy: P; source: SourceRef } {
  const value = readField(operation, extension);
  const policy = readField(value, 'policy');
  const match = allowed.find((candidate) => candidate === policy);
  if (match === undefined) {
    throw new Error(`operation ${operationId}: ${extension}.policy is ${JSON.stringify(policy)}; expected one of ${allowed.join(', ')}`);
  }
  return { policy: match, source: parseSourceRef(readField(value, 'source'), `operation ${operationId} ${extension}`) };
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
    // The document's examples are in the vendor shape: the default pointers.
    const code = readErrorCode(body);
    if (!isErrorCode(code)) {
      throw new Error(`operation ${operationId}, response ${status}: example code ${JSON.stringify(code)} is not in the error catalogue`);
    }
    if (!codes.includes(code)) codes.push(code);
  }
  return codes;
}
