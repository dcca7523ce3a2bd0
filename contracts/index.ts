// Pact contracts for the LinkCy SCA flows: the interaction builders (Pact V4) partners use in their
// consumer tests, the provider states they name, the PowerAuth header matcher, and check-pact.

export { addInteraction, type ReadyInteraction } from './add-interaction.ts';
export { checkPact, PACT_RULES, type CheckPactOptions, type PactCheckResult, type PactFinding, type PactRule } from './check/check-pact.ts';
export { PactFileError, parsePact, readPactFile, type PactHttpInteraction, type ReadPact } from './check/read-pact.ts';
export { CONSUMER, PACT_FILE_NAME, PROVIDER, referenceClientInteractions, writeReferencePact } from './consumer/reference-client-pact.ts';
export { REFERENCE_PACT_PATH } from './consumer/pact-file.ts';
export {
  casesOf,
  ContractBuilder,
  EXAMPLE_VALUES,
  LIFECYCLE_STEPS,
  SCA_CASES,
  type BuildOptions,
  type ConsumerRequest,
  type ContractInteraction,
  type LifecycleStep,
  type ScaCaseName,
} from './interactions.ts';
export {
  PROVIDER_STATE_LIST,
  PROVIDER_STATES,
  providerStateNamed,
  type ProviderStateDefinition,
  type ProviderStateKey,
  type ProviderStateValue,
} from './provider-states.ts';
export { matchersFor } from './schema-matchers.ts';
export { SIGNATURE_HEADER_PATTERN } from './signature-pattern.ts';
export { TEST_DEVICE_PIN, testDevice, testDeviceSignature } from './test-device.ts';
