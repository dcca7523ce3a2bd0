import { authFamily } from './auth/family.ts';
import { authOutcome } from './auth/outcome.ts';
import { boundariesFamily } from './boundaries/family.ts';
import { boundariesOutcome } from './boundaries/outcome.ts';
import type { CheckDefinition, FamilyId } from './check.ts';
import { errorCodesFamily } from './error-codes/family.ts';
import { errorCodeMapping } from './error-codes/mapping.ts';
import type { ProbeFamily } from './family.ts';
import { headerMatrixFamily } from './header-matrix/family.ts';
import { headerMatrixOutcome } from './header-matrix/outcome.ts';
import { lifecycleFamily } from './lifecycle/family.ts';
import { lifecycleModel } from './lifecycle/model-check.ts';
import { responseContentType } from './response/content-type.ts';
import { responseErrorCodeInCatalogue } from './response/error-code-in-catalogue.ts';
import { responseErrorStatusMatchesCode } from './response/error-status-matches-code.ts';
import { responseFamily } from './response/family.ts';
import { responseSchema } from './response/schema.ts';
import { responseStatusDocumented } from './response/status-documented.ts';
import { responseWaitingScaBody } from './response/waiting-sca-body.ts';
import { signatureGrammarFamily } from './signature-grammar/family.ts';
import { signatureGrammarMalformed } from './signature-grammar/malformed-refused.ts';
import { signatureGrammarWellFormed } from './signature-grammar/well-formed-judged.ts';
import { signatureSemanticsFamily } from './signature-semantics/family.ts';
import { signatureSemanticsOutcome } from './signature-semantics/outcome.ts';
import { ttlBoundary } from './ttl/boundary.ts';
import { ttlFamily } from './ttl/family.ts';

// Every family and every check by its stable public id: the one place a check is registered (it
// names its family; a family does not list its checks). Keys are written out, never derived from
// function names, so renaming code cannot change a public id; registry.test.ts holds each key
// equal to its check's id and every requirement ID to the catalogue.

export const FAMILIES: Readonly<Record<FamilyId, ProbeFamily>> = {
  'header-matrix': headerMatrixFamily,
  'signature-grammar': signatureGrammarFamily,
  'signature-semantics': signatureSemanticsFamily,
  ttl: ttlFamily,
  auth: authFamily,
  lifecycle: lifecycleFamily,
  'error-codes': errorCodesFamily,
  response: responseFamily,
  boundaries: boundariesFamily,
};

export const CHECKS = {
  'header-matrix/outcome': headerMatrixOutcome,
  'signature-grammar/malformed-refused': signatureGrammarMalformed,
  'signature-grammar/well-formed-judged': signatureGrammarWellFormed,
  'signature-semantics/outcome': signatureSemanticsOutcome,
  'ttl/boundary': ttlBoundary,
  'auth/outcome': authOutcome,
  'lifecycle/model': lifecycleModel,
  'error-codes/mapping': errorCodeMapping,
  'response/status-documented': responseStatusDocumented,
  'response/schema': responseSchema,
  'response/content-type': responseContentType,
  'response/error-code-in-catalogue': responseErrorCodeInCatalogue,
  'response/error-status-matches-code': responseErrorStatusMatchesCode,
  'response/waiting-sca-body': responseWaitingScaBody,
  'boundaries/outcome': boundariesOutcome,
} as const;

export type CheckId = keyof typeof CHECKS;

/** In registry order: the order of checks in every result. */
export const CHECK_LIST: readonly CheckDefinition[] = Object.values(CHECKS);
