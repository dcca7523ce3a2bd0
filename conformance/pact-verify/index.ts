// Provider verification of Pact files against a LinkCy target, with live re-signing (verify-pact).

export { PactFileError, readPactFile, type PactInteractionSummary, type PactSummary } from './pact-file.ts';
export { verifyPact, type VerificationConfig, type VerificationMessage } from './verify-pact.ts';
export type { InteractionOutcome, Verdict } from './verdicts.ts';
