// Provider verification of Pact files against a LinkCy target, with live re-signing (verify-pact).

export { verifyPact, type VerificationConfig, type VerificationMessage } from './verify-pact.ts';
export type { InteractionOutcome, Verdict } from './verdicts.ts';
