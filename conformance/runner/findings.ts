import { createHash } from 'node:crypto';
import { redactBodyText, redactHeaders } from '../../spec/redaction/index.ts';
import type { ProfileReadingRecord } from '../../reports/probe-result.ts';
import type { CheckDefinition, Finding, Problem, RedactedExchange } from '../probes/check.ts';
import type { ProfileReading } from '../probes/profile-readings.ts';
import type { Exchange } from '../targets/index.ts';

// Problems become findings here, and only here: this is where evidence is redacted, so nothing a
// check returns can carry a secret into a result, an event or a log.

// Headers that change on every run and would make results noisy to diff.
const VOLATILE_HEADERS: ReadonlySet<string> = new Set(['date', 'connection', 'keep-alive']);

export function toFinding(check: CheckDefinition, problem: Problem, caseId: string): Finding {
  return {
    checkId: check.id,
    title: check.title,
    requirementIds: [...problem.requirementIds],
    severity: problem.severity ?? check.severity,
    ...(problem.operationId === undefined ? {} : { operationId: problem.operationId }),
    caseId,
    message: problem.message,
    evidence: problem.evidence.map(redactExchange),
    dedupKey: [check.id, problem.rule, problem.operationId ?? '-'].join('|'),
  };
}

/** An informational problem: which profile reading the target followed, with its first case. */
export function toReading(check: CheckDefinition, problem: Problem, reading: ProfileReading, caseId: string): ProfileReadingRecord {
  return {
    row: reading.row,
    declared: { value: reading.declared.value, sources: [...reading.declared.sources] },
    observed: { value: reading.observed.value, sources: [...reading.observed.sources] },
    checkId: check.id,
    operationId: problem.operationId ?? null,
    caseId,
    message: problem.message,
  };
}

export function redactExchange(exchange: Exchange): RedactedExchange {
  const { request, response } = exchange;
  return {
    ...(exchange.operationId === undefined ? {} : { operationId: exchange.operationId }),
    request: {
      method: request.method,
      target: request.target,
      headers: redactHeaders(request.headers),
      ...(request.body === undefined ? {} : { body: redactBodyText(request.body) }),
    },
    response: {
      status: response.status,
      headers: redactHeaders(Object.fromEntries(Object.entries(response.headers).filter(([name]) => !VOLATILE_HEADERS.has(name)))),
      body: redactBodyText(response.bodyText),
    },
  };
}

/** A stable id of a case: its family and a digest of its description (same case, same id). */
export function caseIdOf(family: string, description: unknown): string {
  return `${family}:${createHash('sha256').update(JSON.stringify(description) ?? 'undefined').digest('hex').slice(0, 12)}`;
}
