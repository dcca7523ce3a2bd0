import { isErrorCode, readErrorCode } from '../../spec/errors/index.ts';
import { expectedStatusOf } from '../../spec/expectations/index.ts';
import { listOperations, loadOpenApiDocument, matchOperation, type OperationInfo } from '../../spec/openapi/index.ts';
import { parseSignatureHeader } from '../../spec/powerauth/index.ts';
import { DEFAULT_TARGET_PROFILE, type TargetProfile } from '../../spec/profile/index.ts';
import type { RequirementId } from '../../spec/requirements/index.ts';
import { redactText } from '../../spec/redaction/index.ts';
import { getDefaultValidators, type OperationValidators, type Violation } from '../../spec/validate/index.ts';
import type { PactHttpInteraction, ReadPact } from './read-pact.ts';

// `check-pact`: holds every HTTP interaction of a pact to the OpenAPI document, in the spirit of
// PactFlow's bi-directional contract testing: a pact must never promise what LinkCy's contract
// does not allow. Request: a documented path and method, a bearer where the operation is secured,
// headers and body valid against their schemas, the signature header in the PowerAuth grammar.
// Response: a documented status, a body valid against that status's schema, an error code from
// the catalogue with the status the catalogue (under the target profile) gives it.

export const PACT_RULES = {
  'path-documented': { requirementId: 'SCA-CLI-010', title: 'the request path matches a path template of the document' },
  'method-documented': { requirementId: 'SCA-CLI-010', title: 'the document has this method on that path' },
  'bearer-present': { requirementId: 'SCA-CLI-008', title: 'a secured operation carries Authorization: Bearer <token>' },
  'request-header': { requirementId: 'SCA-CLI-010', title: 'request headers valid against their documented schema' },
  'strategy-enum': { requirementId: 'SCA-HDR-003', title: 'Linkcy-SCA-Strategy is one of the documented strategies' },
  'signature-grammar': { requirementId: 'SCA-SIG-005', title: 'Linkcy-SCA-Signature is a well-formed one-line PowerAuth header' },
  'request-parameter': { requirementId: 'SCA-CLI-010', title: 'path and query parameters valid against their schema' },
  'request-body': { requirementId: 'SCA-CLI-010', title: 'the request body is valid against the documented request schema' },
  'response-status': { requirementId: 'SCA-ERR-001', title: 'the response status is documented for the operation' },
  'response-body': { requirementId: 'SCA-ERR-013', title: 'the response body is valid against the schema of that status' },
  'error-code-catalogued': { requirementId: 'SCA-ERR-001', title: 'the error code is in the error catalogue' },
  'error-code-status': { requirementId: 'SCA-ERR-002', title: 'the error code comes with the status the catalogue gives it' },
} as const satisfies Record<string, { requirementId: RequirementId; title: string }>;

export type PactRule = keyof typeof PACT_RULES;

export interface PactFinding {
  /** The interaction's description. */
  readonly interaction: string;
  readonly providerStates: readonly string[];
  readonly operationId?: string;
  /** Where in the interaction: `request.path`, `request.headers.linkcy-sca-strategy`, `response.body/errorCode`... */
  readonly field: string;
  readonly rule: PactRule;
  readonly requirementId: RequirementId;
  readonly message: string;
}

export interface PactCheckResult {
  readonly consumer: string;
  readonly provider: string;
  readonly specification: string;
  readonly interactions: number;
  readonly skipped: readonly string[];
  readonly findings: readonly PactFinding[];
}

export interface CheckPactOptions {
  /** The target profile whose readings decide an error code's status (`--expect`). */
  readonly expect?: TargetProfile;
  readonly operations?: readonly OperationInfo[];
  readonly validators?: OperationValidators;
}

export function checkPact(pact: ReadPact, options: CheckPactOptions = {}): PactCheckResult {
  const operations = options.operations ?? listOperations(loadOpenApiDocument());
  const validators = options.validators ?? getDefaultValidators();
  const expect = options.expect ?? DEFAULT_TARGET_PROFILE;
  const findings = pact.interactions.flatMap((interaction) => checkInteraction(interaction, operations, validators, expect));
  return { consumer: pact.consumer, provider: pact.provider, specification: pact.specification, interactions: pact.interactions.length, skipped: pact.skipped, findings };
}

function checkInteraction(interaction: PactHttpInteraction, operations: readonly OperationInfo[], validators: OperationValidators, expect: TargetProfile): PactFinding[] {
  const { request, response } = interaction;
  const findings: PactFinding[] = [];
  const finding = (rule: PactRule, field: string, message: string, operationId?: string): void => {
    findings.push({
      interaction: interaction.description,
      providerStates: interaction.providerStates,
      ...(operationId === undefined ? {} : { operationId }),
      field,
      rule,
      requirementId: PACT_RULES[rule].requirementId,
      message: redactText(message),
    });
  };
  const match = matchOperation(operations, request.method, request.path);
  if (match === undefined) {
    const onPath = operations.filter((operation) => matchOperation([operation], operation.method, request.path) !== undefined);
    if (onPath.length === 0) finding('path-documented', 'request.path', `${request.path} matches no path of the document`);
    else finding('method-documented', 'request.method', `${request.method} is not documented on ${onPath.map((operation) => `${operation.pathTemplate} (${operation.method})`).join(', ')}`);
    return findings;
  }
  const { operation, pathParams } = match;
  const operationId = operation.operationId;

  if (['partner', 'partner-or-end-user'].includes(operation.tokenPolicy) && !/^Bearer \S+$/.test(request.headers.authorization ?? '')) {
    finding('bearer-present', 'request.headers.authorization', `${operationId} is secured (${operation.tokenPolicy}): Authorization must be "Bearer <token>"`, operationId);
  }
  const signature = request.headers['linkcy-sca-signature'];
  if (signature !== undefined) {
    const parsed = parseSignatureHeader(signature);
    if (!parsed.ok) {
      finding('signature-grammar', 'request.headers.linkcy-sca-signature', `not a well-formed PowerAuth header: ${parsed.errors.map((error) => error.message).join('; ')}`, operationId);
    }
  }
  const requestViolations = validators.validateRequest(operationId, {
    pathParams: { ...pathParams },
    query: request.query,
    headers: request.headers,
    ...(request.body === undefined ? {} : { body: request.body }),
    ...(request.contentType === undefined ? {} : { contentType: request.contentType }),
  });
  for (const violation of requestViolations) finding(requestRule(violation), `request.${fieldOf(violation)}`, violation.message, operationId);

  const responseViolations = validators
    .validateResponse(operationId, {
      status: response.status,
      headers: response.headers,
      ...(response.body === undefined ? {} : { body: response.body }),
      ...(response.contentType === undefined ? {} : { contentType: response.contentType }),
    })
    // A pact lists the response headers its consumer reads: one it leaves out is no promise.
    .filter((violation) => !(violation.location === 'header' && violation.rule === 'required'));
  for (const violation of responseViolations) {
    finding(violation.location === 'status' ? 'response-status' : 'response-body', `response.${fieldOf(violation)}`, violation.message, operationId);
  }
  if (response.status >= 400 && response.body !== undefined) {
    const code = readErrorCode(response.body, expect.errorCodePointers);
    if (typeof code === 'string') {
      if (!isErrorCode(code)) finding('error-code-catalogued', 'response.body.errorCode', `${code} is not in the error catalogue (npx linkcy-sca spec errors)`, operationId);
      else {
        const status = expectedStatusOf(code, expect);
        if (status !== response.status) finding('error-code-status', 'response.status', `${code} comes with ${status}, not ${response.status}`, operationId);
      }
    }
  }
  return findings;
}

function requestRule(violation: Violation): PactRule {
  if (violation.location === 'header') return violation.pointer === '/headers/linkcy-sca-strategy' ? 'strategy-enum' : 'request-header';
  if (violation.location === 'path' || violation.location === 'query') return 'request-parameter';
  return 'request-body';
}

/** `headers.linkcy-sca-strategy`, `body/profileId`, `status`: the violation's pointer, readable. */
function fieldOf(violation: Violation): string {
  const [, location = '', ...rest] = violation.pointer.split('/');
  if (location === 'headers' || location === 'query' || location === 'pathParams') return `${location}.${rest.join('/')}`;
  return rest.length === 0 ? location : `${location}/${rest.join('/')}`;
}
