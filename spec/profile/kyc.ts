import type { OperationId } from '../openapi/index.ts';

/**
 * The operations a consumer must be KYC-validated (a corporate KYB-validated) for: those that open
 * an account, issue a means of payment or move money. SEED000: a consumer must be "formally
 * identified with a KYC procedure before carrying out any operation"; OAS178@176k lists 409
 * CONSUMER_KYC_MUST_BE_VALIDATED / CORPORATE_KYB_MUST_BE_VALIDATED on card creation. Reads, device
 * onboarding and the card's own settings stay open (D-AUDIT-7).
 */
export const KYC_GATED_OPERATIONS = [
  'createLedger',
  'createCard',
  'createBeneficiary',
  'createTransaction',
  'createInterLedgerTransaction',
  'createCryptoBeneficiary',
] as const satisfies readonly OperationId[];

export function isKycGated(operationId: OperationId): boolean {
  return (KYC_GATED_OPERATIONS as readonly OperationId[]).includes(operationId);
}
