// What the decision table needs to know about an operation, read from the OpenAPI document so the
// model follows the spec: change x-linkcy-sca or a success status there and predictions follow.

import {
  listOperations,
  loadOpenApiDocument,
  type OperationId,
  type OperationInfo,
  type ScaPolicy,
  type TokenPolicy,
} from '../openapi/index.ts';

/** Which kind of path resource an operation names, by the 404 code it documents for it. */
export type ResourceKind = 'sca-device' | 'end-user-or-card' | 'none';

export interface OperationFacts {
  readonly scaPolicy: ScaPolicy;
  readonly tokenPolicy: TokenPolicy;
  /** The one 2xx status the document gives the operation. */
  readonly successStatus: number;
  readonly resource: ResourceKind;
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
    readsScaHeaders: info.scaPolicy !== 'none',
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

function resourceOf(info: OperationInfo): ResourceKind {
  const notFoundCodes = info.documentedErrors.find((error) => error.status === 404)?.codes ?? [];
  if (notFoundCodes.includes('SCA_REGISTRATION_NOT_FOUND')) return 'sca-device';
  if (notFoundCodes.includes('RESOURCE_NOT_FOUND')) return 'end-user-or-card';
  return 'none';
}
