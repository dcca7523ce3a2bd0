import { listOperations, loadOpenApiDocument, type OperationInfo } from '../../../spec/openapi/index.ts';
import { getDefaultValidators, type OperationValidators } from '../../../spec/validate/index.ts';
import { bearerPresent } from './bearer-present.ts';
import { requestLine, type ClientCheck, type ClientFinding, type JudgeContext, type JudgedSession } from './check.ts';
import { noBypassInProduction } from './no-bypass-in-production.ts';
import { noSecretInUrl } from './no-secret-in-url.ts';
import { partnerTokenOnPartnerOperations } from './partner-token.ts';
import { requestSchema } from './request-schema.ts';
import { noLoopOnScaRequired } from './sca-required-loop.ts';
import { scaHeadersConsistent } from './sca-headers.ts';
import { signatureFormat } from './signature-format.ts';
import { signatureProvenance } from './signature-provenance.ts';
import { signatureSingleUse } from './signature-single-use.ts';
import { signatureTtl } from './signature-ttl.ts';
import { transientRetriesBounded } from './transient-retries.ts';
import { refreshOnce } from './unauthorized-retries.ts';

export type { ClientCheck, ClientFinding, JudgedSession } from './check.ts';

/** Every per-request and per-session check, in the order findings are listed. */
export const CLIENT_CHECKS: readonly ClientCheck[] = [
  requestSchema,
  bearerPresent,
  partnerTokenOnPartnerOperations,
  noSecretInUrl,
  scaHeadersConsistent,
  signatureFormat,
  noBypassInProduction,
  signatureProvenance,
  signatureTtl,
  signatureSingleUse,
  transientRetriesBounded,
  noLoopOnScaRequired,
  refreshOnce,
];

export interface JudgeDependencies {
  readonly operations?: readonly OperationInfo[];
  readonly validators?: OperationValidators;
}

/** Every check over one session; findings ordered by request, then check. */
export function judgeSession(session: JudgedSession, dependencies: JudgeDependencies = {}): ClientFinding[] {
  const operations = dependencies.operations ?? listOperations(loadOpenApiDocument());
  const context: JudgeContext = {
    session,
    operations: new Map(operations.map((operation) => [operation.operationId, operation])),
    validators: dependencies.validators ?? getDefaultValidators(),
  };
  const findings: (ClientFinding & { order: number })[] = [];
  CLIENT_CHECKS.forEach((check, checkIndex) => {
    const found =
      check.kind === 'request'
        ? session.exchanges.flatMap((exchange, index) =>
            check.judge(exchange, session.exchanges.slice(0, index), context).map((message) => ({ exchange, message })),
          )
        : check.judge(context);
    for (const { exchange, message } of found) {
      findings.push({
        scenario: session.scenario,
        exchangeId: exchange.id,
        request: requestLine(exchange),
        check: check.id,
        requirementId: check.requirementId,
        message,
        order: exchange.id * CLIENT_CHECKS.length + checkIndex,
      });
    }
  });
  return findings.sort((a, b) => a.order - b.order).map(({ order: _order, ...finding }) => finding);
}
