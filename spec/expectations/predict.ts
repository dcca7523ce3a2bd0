// The evaluator: derive the facts of a case, walk DECISION_TABLE in order, first match wins.

import { ERROR_CATALOGUE } from '../errors/index.ts';
import { formatClause, judgeCondition, type Clause } from './condition.ts';
import { DECISION_TABLE, type DecisionRow } from './decision-table.ts';
import { factsOf, resolveOptions, type CaseFacts } from './facts.ts';
import { operationFacts } from './operation-facts.ts';
import type { ExpectedOutcome, Expectation, PredictOptions, ScaCase, SideEffects } from './types.ts';

/** What the target should answer to `testCase`, with the row that decides and why it matters. */
export function predict(testCase: ScaCase, options?: PredictOptions): Expectation {
  const facts = factsOf(testCase, resolveOptions(options));
  const row = DECISION_TABLE.find((candidate) => judgeCondition(candidate.when, facts).every((clause) => clause.holds));
  // The success stage has a row for every operation, so this only fires if the table is broken.
  if (row === undefined) throw new Error(`predict: no decision-table row matches ${JSON.stringify(facts)}`);
  return {
    outcome: outcomeOf(row, facts),
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

function outcomeOf(row: DecisionRow, facts: CaseFacts): ExpectedOutcome {
  if (row.then === 'success') return { kind: 'success', status: operationFacts(facts.operationId).successStatus };
  const outcome = { kind: 'error', code: row.then, status: ERROR_CATALOGUE[row.then].status } as const;
  return row.messageArgs === undefined ? outcome : { ...outcome, messageArgs: row.messageArgs };
}

// A signature that passed step 5 has advanced the device's counter whatever the business rules
// decide next, so the side effect follows the path taken, not the deciding row alone.
function sideEffectsOf(row: DecisionRow, facts: CaseFacts): SideEffects {
  const signatureAccepted =
    (row.stage === 'business' || row.stage === 'success') && facts.sca === 'needed' && facts.strategy === 'DATA_SIGNING';
  return { ...row.sideEffects, ...(signatureAccepted ? { counterAdvances: true } : {}) };
}
