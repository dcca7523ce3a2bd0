/** The operations the suite knows, by the operationId the OpenAPI document gives them. */
export const OPERATION_IDS = [
  'login',
  'refreshToken',
  'getEndUser',
  'registerScaDevice',
  'activateScaDevice',
  'deleteScaDevice',
  'createCard',
  'getCardSensitiveData',
] as const;

export type OperationId = (typeof OPERATION_IDS)[number];

export function isOperationId(value: unknown): value is OperationId {
  return typeof value === 'string' && (OPERATION_IDS as readonly string[]).includes(value);
}
