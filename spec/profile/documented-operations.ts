import { listOperations, loadOpenApiDocument, type OperationId, type OperationInfo } from '../openapi/index.ts';

// The operations as the OpenAPI document describes them (read once): the default profile's SCA
// policy is the document's `x-linkcy-sca`, so the profile never keeps a second copy of it.

let cached: ReadonlyMap<OperationId, OperationInfo> | undefined;

export function documentedOperation(operationId: OperationId): OperationInfo {
  cached ??= new Map(listOperations(loadOpenApiDocument()).map((info) => [info.operationId, info]));
  const info = cached.get(operationId);
  if (info === undefined) throw new Error(`profile: operation ${operationId} is not in the OpenAPI document`);
  return info;
}

/** SCA-eligible at 1.114.5: the document declares the SCA headers, and its default policy is not `never`. */
export function isScaEligible(operationId: OperationId): boolean {
  return documentedOperation(operationId).scaPolicy !== 'never';
}
