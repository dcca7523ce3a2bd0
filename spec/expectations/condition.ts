// A row's condition is data: the facts it names must each take one of the listed values. No
// predicates, so the table renders as documentation and explains itself.

import type { CaseFacts, FactName } from './facts.ts';

export type Condition = { readonly [F in FactName]?: CaseFacts[F] | readonly CaseFacts[F][] };

/** One fact a condition names, judged against a case. Values are shown as text for reports. */
export interface Clause {
  readonly fact: FactName;
  readonly expected: readonly string[];
  readonly actual: string;
  readonly holds: boolean;
}

/** The clauses of `condition`; the condition holds when every clause does. */
export function judgeCondition(condition: Condition, facts: CaseFacts): Clause[] {
  return clausesOf(condition).map(({ fact, allowed }) => ({
    fact,
    expected: allowed.map(String),
    actual: String(facts[fact]),
    holds: allowed.includes(facts[fact]),
  }));
}

/** "tokenPolicy in partner, partner-or-end-user; token = missing". */
export function describeCondition(condition: Condition): string {
  return clausesOf(condition)
    .map(({ fact, allowed }) => formatClause({ fact, expected: allowed.map(String) }))
    .join('; ');
}

/** "strategy = DATA_SIGNING", "devices in pending-only, blocked-only". */
export function formatClause(clause: Pick<Clause, 'fact' | 'expected'>): string {
  const [only] = clause.expected;
  return clause.expected.length === 1 && only !== undefined
    ? `${clause.fact} = ${only}`
    : `${clause.fact} in ${clause.expected.join(', ')}`;
}

// In the order the condition names its facts: a stage's common facts first, then the row's own.
function clausesOf(condition: Condition): { fact: FactName; allowed: readonly CaseFacts[FactName][] }[] {
  return (Object.keys(condition) as FactName[]).flatMap((fact) => {
    const expected = condition[fact];
    return expected === undefined ? [] : [{ fact, allowed: alternatives<CaseFacts[FactName]>(expected) }];
  });
}

function alternatives<T>(value: T | readonly T[]): readonly T[] {
  return isList(value) ? value : [value];
}

function isList<T>(value: T | readonly T[]): value is readonly T[] {
  return Array.isArray(value);
}
