// Generators: values and actors the suite makes to exercise a target. One export block per module.

export {
  DEFAULT_ACTIVATION_PATH,
  httpActivationExchange,
  VirtualDevice,
  type ActivationAnswer,
  type ActivationExchange,
  type ActivationFactor,
  type ActivationRequest,
  type DeviceFactor,
  type HttpActivationExchangeOptions,
  type SignedRecord,
  type SignRequest,
  type VirtualDeviceActivateOptions,
  type VirtualDeviceActivation,
  type VirtualDeviceHooks,
  type VirtualDeviceImportOptions,
  type VirtualDeviceState,
} from './device.ts';

export { createCardBodyArbitrary, type CreateCardBody, type CreateCardBodyConstraints } from './create-card-body.arbitrary.ts';
export { factorHeaderArbitrary, type FactorHeaderConstraints } from './factor-header.arbitrary.ts';
export { HEADER_VALUE_KINDS, type HeaderValue, type HeaderValueKind } from './_internals/header-value.ts';
export { nonceArbitrary } from './nonce.arbitrary.ts';
export {
  SEMANTIC_MUTATIONS,
  semanticMutationArbitrary,
  semanticMutationExamples,
  type SemanticCase,
  type SemanticMutation,
  type SemanticMutationConstraints,
} from './semantic-mutation.arbitrary.ts';
export { signInputArbitrary, type SignedRequest, type SignInputConstraints } from './sign-input.arbitrary.ts';
export { signatureAgeArbitrary, signatureAgeLandmarks, type SignatureAgeConstraints } from './signature-age.arbitrary.ts';
export {
  isSendableHeaderValue,
  SIGNATURE_MUTATIONS,
  sendableMutations,
  signatureMutationArbitrary,
  type SignatureMutation,
} from './signature-mutation.arbitrary.ts';
export {
  consumerLoginBody,
  createBeneficiaryBody,
  createCardBody,
  createCardProfileBody,
  createConsumerBody,
  createCorporateBody,
  createCryptoBeneficiaryBody,
  createInterLedgerTransactionBody,
  createLedgerBody,
  createTransactionBody,
  partnerLoginBody,
  partnerLoginBodyUserName,
  refreshBody,
  updateCardRulesBody,
  type CardRuleType,
  type DeliveryMethod,
  type PartnerCredentials,
} from './vendor-requests.ts';
export { strategyHeaderArbitrary, type StrategyHeaderConstraints } from './strategy-header.arbitrary.ts';
