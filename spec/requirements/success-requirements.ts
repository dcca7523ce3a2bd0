import type { OperationId } from '../openapi/index.ts';
import type { RequirementId } from './catalogue.ts';

/**
 * The requirements a success answer of each operation stands on (its documented status and
 * shape): the decision table's OK-<operationId> rows and the probes' response checks cite these.
 */
export const SUCCESS_REQUIREMENTS = {
  login: ['SCA-AUTH-007', 'SCA-OPS-005'],
  refreshToken: ['SCA-AUTH-007', 'SCA-OPS-004'],
  createConsumer: ['SCA-OPS-009'],
  getConsumer: ['SCA-OPS-014', 'SCA-RSP-006', 'SCA-DEV-004'],
  createCorporate: ['SCA-OPS-014'],
  getCorporate: ['SCA-OPS-014', 'SCA-RSP-006', 'SCA-DEV-004'],
  registerScaDevice: ['SCA-RSP-002', 'SCA-RSP-005', 'SCA-DEV-011'],
  activateScaDevice: ['SCA-RSP-003', 'SCA-RSP-005', 'SCA-DEV-005'],
  deleteScaDevice: ['SCA-RSP-004', 'SCA-RSP-005', 'SCA-DEV-014'],
  createLedger: ['SCA-OPS-014'],
  listCardDesigns: ['SCA-OPS-014'],
  createCardProfile: ['SCA-OPS-010'],
  listCardProfiles: ['SCA-OPS-014'],
  createCard: ['SCA-RSP-007', 'SCA-RSP-001'],
  getCard: ['SCA-OPS-014'],
  updateCardRules: ['SCA-OPS-001', 'SCA-RSP-001'],
  deleteCardRule: ['SCA-OPS-001', 'SCA-RSP-001'],
  resetCardPinAttempts: ['SCA-OPS-001', 'SCA-RSP-001'],
  getCardPin: ['SCA-RSP-008', 'SCA-RSP-001'],
  getCardPanCredentials: ['SCA-RSP-008', 'SCA-RSP-001'],
  createBeneficiary: ['SCA-OPS-001', 'SCA-RSP-001'],
  listBeneficiaries: ['SCA-OPS-014'],
  createTransaction: ['SCA-OPS-001', 'SCA-OPS-013', 'SCA-RSP-001'],
  createInterLedgerTransaction: ['SCA-OPS-001', 'SCA-OPS-013', 'SCA-RSP-001'],
  createCryptoBeneficiary: ['SCA-OPS-001', 'SCA-RSP-001'],
} as const satisfies Record<OperationId, readonly RequirementId[]>;
