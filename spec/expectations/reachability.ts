// Which decision rows a run can reach at all. Some facts are not the case's to choose: the target
// profile (spec/profile) and the environment fix them for a whole run (kycCheck, waitingSca202,
// malformedSignatureCode, factorHeader, BY_PASS in production), and `ttl: unprovable` exists only
// under strictTtl. A row that needs another value of such a fact is not reachable under that run:
// reach reports it with its condition, never as a row the run failed to reach.

import type { OperationId } from '../openapi/index.ts';
import type { TargetProfile } from '../profile/index.ts';
import { formatClause, type Condition } from './condition.ts';
import type { DecisionRow } from './decision-table.ts';
import type { CaseFacts, FactName } from './facts.ts';
import type { Profile } from './types.ts';

export interface RunFacts {
  readonly profile: Profile;
  readonly expect: TargetProfile;
  /** The operations the target serves. */
  readonly operations: readonly OperationId[];
  /** predict's strictTtl (the probes predict without it). */
  readonly strictTtl?: boolean;
}

/** The values a fact can take in any case of the run, for the facts the run fixes. */
function possibleValues(run: RunFacts): { readonly [F in FactName]?: readonly CaseFacts[F][] } {
  const { expect, profile } = run;
  const namedFactor = expect.factorHeader === 'absent' ? (['n/a'] as const) : (['n/a', true, false] as const);
  return {
    operationId: run.operations,
    profile: [profile],
    kycCheck: [expect.kycCheck],
    waitingSca202: [expect.waitingSca202],
    malformedSignatureCode: [expect.malformedSignatureCode],
    factorHeader: expect.factorHeader === 'absent' ? ['absent'] : ['absent', 'BIOMETRY', 'PIN', 'invalid'],
    factorHeaderOnboarded: namedFactor,
    signatureCoversFactorHeader: namedFactor,
    byPassAllowed: profile === 'sandbox' ? [true] : expect.productionByPassAllowlist.length === 0 ? [false] : [false, true],
    ttl: run.strictTtl === true ? ['within', 'expired', 'unprovable', 'n/a'] : ['within', 'expired', 'unknown-within', 'unknown-expired', 'n/a'],
  };
}

/** Why no case of `run` can reach `row` ("kycCheck = before-sca (this run: after-sca)"), or undefined when some can. */
export function unreachableBecause(row: DecisionRow, run: RunFacts): string | undefined {
  const possible = possibleValues(run);
  const reasons = (Object.keys(row.when) as FactName[]).flatMap((fact) => {
    const values = possible[fact] as readonly unknown[] | undefined;
    const wanted = row.when[fact as keyof Condition] as unknown;
    if (values === undefined || wanted === undefined) return [];
    const allowed = Array.isArray(wanted) ? (wanted as readonly unknown[]) : [wanted];
    if (allowed.some((value) => values.includes(value))) return [];
    return [`${formatClause({ fact, expected: allowed.map(String) })} (this run: ${values.map(String).join(', ')})`];
  });
  return reasons.length === 0 ? undefined : reasons.join('; ');
}
