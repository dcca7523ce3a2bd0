import fc from 'fast-check';
import type { CheckDefinition } from '../probes/check.ts';
import type { ProbeContext } from '../probes/context.ts';
import type { ProbeFamily } from '../probes/family.ts';
import { playCase } from './play-case.ts';
import type { FirstFailure } from './tally.ts';

// Pass 2 for one distinct problem (dedup key) of a failing check: the same seed, runs and
// examples, failing only when that problem shows, so fast-check reaches the same first failure
// and shrinks it. Every shrink candidate is a real case against the target, so shrinking is
// bounded: past the budget a candidate counts as passing, which ends the descent with the
// smallest counterexample found so far (still a real, replayable failure).

export const SHRINK_BUDGET = 200;

export interface PropertyRun {
  readonly arbitrary: fc.Arbitrary<unknown>;
  readonly examples: readonly unknown[];
}

/**
 * fast-check counts examples among its runs: a family plays all its examples (every kind of
 * case, e.g. every operation) even when they outnumber `runs`, then random cases up to `runs`.
 */
export function numRunsOf(runs: number, property: PropertyRun): number {
  return Math.max(runs, property.examples.length);
}

/** What shrinking replays (family-run.ts FamilyRunInput is one). */
export interface ShrinkInput {
  readonly family: ProbeFamily;
  readonly context: ProbeContext;
  readonly seed: number;
  readonly runs: number;
  readonly signal?: AbortSignal;
}

export async function shrinkFailure(input: ShrinkInput, property: PropertyRun, check: CheckDefinition, dedupKey: string): Promise<FirstFailure | undefined> {
  let budget = SHRINK_BUDGET;
  let fatal: { error: unknown } | undefined;
  let last: Omit<FirstFailure, 'path'> | undefined;
  const details = await fc.check(
    fc.asyncProperty(property.arbitrary, async (testCase) => {
      if (fatal !== undefined || budget <= 0) return true;
      budget -= 1;
      try {
        const played = await playCase(input.family, input.context, [check], testCase, input.signal);
        const findings = played.ok ? (played.findings.get(check) ?? []) : [];
        if (!findings.some((finding) => finding.dedupKey === dedupKey)) return true;
        // fast-check keeps the last failing candidate as its counterexample; so do we.
        last = { caseId: played.caseId, testCase, findings };
        return false;
      } catch (error) {
        fatal = { error };
        return true;
      }
    }),
    { seed: input.seed, numRuns: numRunsOf(input.runs, property), examples: property.examples.map((example) => [example]) },
  );
  if (fatal !== undefined) throw fatal.error;
  if (!details.failed || details.counterexamplePath === null || last === undefined) return undefined;
  return { path: details.counterexamplePath, ...last };
}
