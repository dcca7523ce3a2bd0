// The evaluator: derive the facts of a case, walk DECISION_TABLE in order, first match wins.

import { ERROR_CATALOGUE, type ErrorCode } from '../errors/index.ts';
import type { TargetProfile } from '../profile/index.ts';
import { formatClause, judgeCondition, type Clause } from './condition.ts';
import { DECISION_TABLE, type DecisionRow } from './decision-table.ts';
import { factsOf, resolveOptions, type CaseFacts } from './facts.ts';
import { operationFacts } from './operation-facts.ts';
import type { ExpectedOutcome, Expectation, PredictOptions, ScaCase, SideEffects } from './types.ts';

/**
 * What a report prints beside any verdict that rests on the TTL of a signature the target did not
 * see made (D-AUDIT-2): a PowerAuth signature carries no time.
 */
export const TTL_PROVENANCE_NOTE =
  'The 30 s signature TTL can only be judged for signatures the target saw made (the simulator with a reporting virtual device). ' +
  'For signatures of a real SDK, or sent to a target that cannot know their age, an old signature may be accepted or refused: both pass.';

/** HTTP 202 "Waiting SCA" (G-CODES; 1.78's body {scaId, ttl, scaDeviceId}). */
export const WAITING_SCA_STATUS = 202;

/** What the target should answer to `testCase`, with the row that decides and why it matters. */
export function predict(testCase: ScaCase, options?: PredictOptions): Expectation {
  const resolved = resolveOptions(options);
  const facts = factsOf(testCase, resolved);
  const index = DECISION_TABLE.findIndex((candidate) => judgeCondition(candidate.when, facts).every((clause) => clause.holds));
  const row = DECISION_TABLE[index];
  // The success stage has a row for every operation, so this only fires if the table is broken.
  if (row === undefined) throw new Error(`predict: no decision-table row matches ${JSON.stringify(facts)}`);
  const outcome = outcomeOf(row.then, facts, resolved.expect, row.messageArgs);
  const alternatives = alternativesOf(row, index, facts, resolved.expect).filter((alternative) => !sameOutcome(alternative, outcome));
  const notes = facts.ttl === 'unknown-expired' || facts.ttl === 'unknown-within' ? [TTL_PROVENANCE_NOTE] : [];
  return {
    outcome,
    ...(alternatives.length === 0 ? {} : { alternatives }),
    ...(notes.length === 0 ? {} : { notes }),
    rule: row.id,
    requirementIds: [...row.requirementIds],
    sideEffects: sideEffectsOf(row, facts),
  };
}

export interface RowEvaluation {
  readonly rowId: string;
  readonly matched: boolean;
  readonly clauses: readonly Clause[];
  /** "strategy = DATA_SIGNING; signature = absent" when matched; the failing clauses otherwise. */
  readonly reason: string;
}

/** The rows `predict` considers for `testCase`, in order, up to and including the one that decides. */
export function explain(testCase: ScaCase, options?: PredictOptions): RowEvaluation[] {
  const facts = factsOf(testCase, resolveOptions(options));
  const evaluations: RowEvaluation[] = [];
  for (const row of DECISION_TABLE) {
    const clauses = judgeCondition(row.when, facts);
    const failing = clauses.filter((clause) => !clause.holds);
    const matched = failing.length === 0;
    const reason = matched
      ? clauses.map(formatClause).join('; ')
      : failing.map((clause) => `${clause.fact} is ${clause.actual} (row needs ${formatClause(clause)})`).join('; ');
    evaluations.push({ rowId: row.id, matched, clauses, reason });
    if (matched) break;
  }
  return evaluations;
}

/** The status a conforming target gives `code` under `expect` (SCA_SIGNATURE_DOES_NOT_MATCH: the profile's). */
export function expectedStatusOf(code: ErrorCode, expect: TargetProfile): number {
  return code === 'SCA_SIGNATURE_DOES_NOT_MATCH' ? expect.signatureMismatchStatus : ERROR_CATALOGUE[code].status;
}

function outcomeOf(then: DecisionRow['then'], facts: CaseFacts, expect: TargetProfile, messageArgs?: readonly string[]): ExpectedOutcome {
  if (then === 'success') return { kind: 'success', status: operationFacts(facts.operationId).successStatus };
  if (then === 'waiting-sca') return { kind: 'success', status: WAITING_SCA_STATUS };
  const code = then === 'not-found' ? firstNotFoundCode(facts) : then;
  const outcome = { kind: 'error', code, status: expectedStatusOf(code, expect) } as const;
  return messageArgs === undefined ? outcome : { ...outcome, messageArgs };
}

function firstNotFoundCode(facts: CaseFacts): ErrorCode {
  const [first] = operationFacts(facts.operationId).notFoundCodes;
  if (first === undefined) throw new Error(`predict: ${facts.operationId} names a resource but documents no not-found code`);
  return first;
}

function alternativesOf(row: DecisionRow, index: number, facts: CaseFacts, expect: TargetProfile): ExpectedOutcome[] {
  const alternatives = (row.alsoAccept ?? []).map((then) => outcomeOf(then, facts, expect));
  if (row.then === 'not-found') {
    alternatives.push(...operationFacts(facts.operationId).notFoundCodes.slice(1).map((code) => outcomeOf(code, facts, expect)));
  }
  // D-AUDIT-2: past the TTL row, a signature the target could not age may also be refused for its age.
  if (facts.ttl === 'unknown-expired' && index > TTL_ROW_INDEX) alternatives.push(outcomeOf('SCA_SIGNATURE_DOES_NOT_MATCH', facts, expect));
  return alternatives;
}

const TTL_ROW_INDEX = DECISION_TABLE.findIndex((row) => row.id === 'DS-TTL-EXPIRED');

function sameOutcome(a: ExpectedOutcome, b: ExpectedOutcome): boolean {
  return a.kind === b.kind && a.status === b.status && (a.kind === 'success' || (b.kind === 'error' && a.code === b.code));
}

// A signature that passed step 5 has advanced the device's counter whatever the business rules
// decide next, so the side effect follows the path taken, not the deciding row alone.
function sideEffectsOf(row: DecisionRow, facts: CaseFacts): SideEffects {
  const signatureAccepted =
    (row.stage === 'business' || row.stage === 'success') && facts.sca === 'needed' && facts.strategy === 'DATA_SIGNING';
  return { ...row.sideEffects, ...(signatureAccepted ? { counterAdvances: true } : {}) };
}
