/**
 * The operations the suite knows, by the operationId the OpenAPI document gives them (the agreed
 * table of issue 8: every SCA-eligible operation of LinkCy 1.114.5 and those needed to reach them).
 */
export const OPERATION_IDS = [
  'login',
  'refreshToken',
  'createConsumer',
  'getConsumer',
  'createCorporate',
  'getCorporate',
  'registerScaDevice',
  'activateScaDevice',
  'deleteScaDevice',
  'createLedger',
  'listCardDesigns',
  'createCardProfile',
  'listCardProfiles',
  'createCard',
  'getCard',
  'updateCardRules',
  'deleteCardRule',
  'resetCardPinAttempts',
  'getCardPin',
  'getCardPanCredentials',
  'createBeneficiary',
  'listBeneficiaries',
  'createTransaction',
  'createInterLedgerTransaction',
  'createCryptoBeneficiary',
] as const;

export type OperationId = (typeof OPERATION_IDS)[number];

export function isOperationId(value: unknown): value is OperationId {
  return typeof value === 'string' && (OPERATION_IDS as readonly string[]).includes(value);
}
