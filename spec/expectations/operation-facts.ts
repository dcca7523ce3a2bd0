// What the decision table needs to know about an operation, read from the OpenAPI document so the
// model follows the spec: change x-linkcy-sca or a success status there and predictions follow.

import type { ErrorCode } from '../errors/index.ts';
import { isScaEligible } from '../profile/index.ts';
import {
  listOperations,
  loadOpenApiDocument,
  type OperationId,
  type OperationInfo,
  type ScaPolicy,
  type TokenPolicy,
} from '../openapi/index.ts';

/** Which kind of resource an operation names, by the not-found codes it documents. */
export type ResourceKind = 'sca-device' | 'named-resource' | 'none';

export interface OperationFacts {
  readonly scaPolicy: ScaPolicy;
  readonly tokenPolicy: TokenPolicy;
  /** The one 2xx status the document gives the operation. */
  readonly successStatus: number;
  readonly resource: ResourceKind;
  /**
   * The codes the operation documents for a resource it names that does not exist (404, or the
   * vendor's 400 LEDGER_NOT_FOUND-style codes), most specific first: the first is predicted, the
   * others accepted too, since a case does not say which of several named resources is missing.
   */
  readonly notFoundCodes: readonly ErrorCode[];
  /**
   * Whether the operation reads Linkcy-SCA-Strategy/-Signature/-Factor. The document declares
   * them on exactly the SCA-eligible operations (SCA-HDR-010, SCA-HDR-011; a test checks it);
   * elsewhere a validator ignores them, so their values cannot change the outcome.
   */
  readonly readsScaHeaders: boolean;
}

let cached: ReadonlyMap<OperationId, OperationFacts> | undefined;

export function operationFacts(operationId: OperationId): OperationFacts {
  cached ??= new Map(listOperations(loadOpenApiDocument()).map((info) => [info.operationId, describe(info)]));
  const facts = cached.get(operationId);
  if (facts === undefined) throw new Error(`predict: operation ${operationId} is not in the OpenAPI document`);
  return facts;
}

function describe(info: OperationInfo): OperationFacts {
  return {
    scaPolicy: info.scaPolicy,
    tokenPolicy: info.tokenPolicy,
    successStatus: successStatusOf(info),
    resource: resourceOf(info),
    notFoundCodes: notFoundCodesOf(info),
    readsScaHeaders: isScaEligible(info.operationId),
  };
}

function successStatusOf(info: OperationInfo): number {
  const successes = info.documentedStatuses.filter((status) => status >= 200 && status < 300);
  const [only] = successes;
  if (only === undefined || successes.length > 1) {
    throw new Error(`predict: operation ${info.operationId} documents ${successes.length} success statuses, not one`);
  }
  return only;
}

// Codes about the SCA machinery itself, not about a resource the request names.
const NOT_RESOURCE_CODES: readonly ErrorCode[] = ['NO_ACTIVE_SCA_DEVICE_FOUND', 'ERROR_OPERATION_NOT_FOUND'];

function notFoundCodesOf(info: OperationInfo): ErrorCode[] {
  const codes = info.documentedErrors
    .filter((error) => error.status === 404 || error.status === 400)
    .sort((a, b) => b.status - a.status)
    .flatMap((error) => error.codes)
    .filter((code) => code.endsWith('_NOT_FOUND') && !NOT_RESOURCE_CODES.includes(code));
  return [...new Set(codes)];
}

function resourceOf(info: OperationInfo): ResourceKind {
  const codes = notFoundCodesOf(info);
  if (codes.includes('SCA_REGISTRATION_NOT_FOUND')) return 'sca-device';
  return codes.length > 0 ? 'named-resource' : 'none';
}
