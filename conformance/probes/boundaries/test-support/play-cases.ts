import { expect } from 'vitest';
import type { RequirementId } from '../../../../spec/requirements/index.ts';
import type { Problem } from '../../check.ts';
import type { ProbeContext } from '../../context.ts';
import { CaseSession } from '../../session.ts';
import type { BoundaryCase } from '../boundary-case.ts';
import { boundariesFamily } from '../family.ts';
import { boundariesOutcome } from '../outcome.ts';

/** What the boundary tests' tables read: each case's problems, and the cases that did not apply. */
export interface PlayedCases {
  readonly problems: ReadonlyMap<string, readonly Problem[]>;
  readonly notApplicable: readonly string[];
}

/**
 * Plays stated cases straight through the family and its check, without the runner, so a table of
 * cases times defects stays fast; the runner plays them with the rest of the family.
 */
export async function playCases(context: ProbeContext, cases: readonly BoundaryCase[], only: (id: string) => boolean = () => true): Promise<PlayedCases> {
  const problems = new Map<string, readonly Problem[]>();
  const notApplicable: string[] = [];
  for (const testCase of cases) {
    if (!only(testCase.id)) continue;
    const observation = await boundariesFamily.execute(testCase, new CaseSession(context, testCase.id));
    if (observation.notApplicable !== undefined) notApplicable.push(testCase.id);
    else problems.set(testCase.id, boundariesOutcome.run(observation, context).problems);
  }
  return { problems, notApplicable };
}

/** Each case of a fault row fails on the faulty target, naming the row's requirement, as a failure (not an informational reading). */
export function expectCasesFail(played: PlayedCases | undefined, row: { readonly cases: readonly string[]; readonly requirement: RequirementId }): void {
  for (const id of row.cases) {
    const problems = played?.problems.get(id) ?? [];
    expect(problems.length, id).toBeGreaterThan(0);
    expect(problems.every((problem) => problem.requirementIds.includes(row.requirement)), id).toBe(true);
    expect(problems.every((problem) => problem.informational === undefined), id).toBe(true);
  }
}
