import type { OperationId } from '../../../spec/openapi/index.ts';
import { activateScaDeviceHandler } from './activate-sca-device.ts';
import { createBeneficiaryHandler } from './create-beneficiary.ts';
import { createCardProfileHandler } from './create-card-profile.ts';
import { createCardHandler } from './create-card.ts';
import { createConsumerHandler } from './create-consumer.ts';
import { createCorporateHandler } from './create-corporate.ts';
import { createCryptoBeneficiaryHandler } from './create-crypto-beneficiary.ts';
import { createInterLedgerTransactionHandler } from './create-inter-ledger-transaction.ts';
import { createLedgerHandler } from './create-ledger.ts';
import { createTransactionHandler } from './create-transaction.ts';
import { deleteCardRuleHandler } from './delete-card-rule.ts';
import { deleteScaDeviceHandler } from './delete-sca-device.ts';
import { getCardPanCredentialsHandler } from './get-card-pan-credentials.ts';
import { getCardPinHandler } from './get-card-pin.ts';
import { getCardHandler } from './get-card.ts';
import { getConsumerHandler } from './get-consumer.ts';
import { getCorporateHandler } from './get-corporate.ts';
import type { OperationHandler } from './handler.ts';
import { listBeneficiariesHandler } from './list-beneficiaries.ts';
import { listCardDesignsHandler } from './list-card-designs.ts';
import { listCardProfilesHandler } from './list-card-profiles.ts';
import { loginHandler } from './login.ts';
import { refreshTokenHandler } from './refresh-token.ts';
import { registerScaDeviceHandler } from './register-sca-device.ts';
import { resetCardPinAttemptsHandler } from './reset-card-pin-attempts.ts';
import { updateCardRulesHandler } from './update-card-rules.ts';

/** One handler per operation of the document: a missing one is a compile error. */
export const OPERATION_HANDLERS: Readonly<Record<OperationId, OperationHandler>> = {
  login: loginHandler,
  refreshToken: refreshTokenHandler,
  createConsumer: createConsumerHandler,
  getConsumer: getConsumerHandler,
  createCorporate: createCorporateHandler,
  getCorporate: getCorporateHandler,
  registerScaDevice: registerScaDeviceHandler,
  activateScaDevice: activateScaDeviceHandler,
  deleteScaDevice: deleteScaDeviceHandler,
  createLedger: createLedgerHandler,
  listCardDesigns: listCardDesignsHandler,
  createCardProfile: createCardProfileHandler,
  listCardProfiles: listCardProfilesHandler,
  createCard: createCardHandler,
  getCard: getCardHandler,
  updateCardRules: updateCardRulesHandler,
  deleteCardRule: deleteCardRuleHandler,
  resetCardPinAttempts: resetCardPinAttemptsHandler,
  getCardPin: getCardPinHandler,
  getCardPanCredentials: getCardPanCredentialsHandler,
  createBeneficiary: createBeneficiaryHandler,
  listBeneficiaries: listBeneficiariesHandler,
  createTransaction: createTransactionHandler,
  createInterLedgerTransaction: createInterLedgerTransactionHandler,
  createCryptoBeneficiary: createCryptoBeneficiaryHandler,
};
