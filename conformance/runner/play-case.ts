import type { CheckDefinition, Finding, Observation } from '../probes/check.ts';
import type { ProbeContext } from '../probes/context.ts';
import type { ProbeFamily } from '../probes/family.ts';
import { CaseSession } from '../probes/session.ts';
import { TargetUnreachableError } from '../targets/index.ts';
import { caseIdOf, toFinding } from './findings.ts';

// One case, start to end: a fresh session, the family plays it, the checks judge the observation.
// Anything that goes wrong in between is a harness error of this case, except a lost target or
// an abort: those end the whole run.

export type PlayedCase =
  | { readonly caseId: string; readonly ok: true; readonly observation: Observation; readonly findings: ReadonlyMap<CheckDefinition, readonly Finding[]> }
  | { readonly caseId: string; readonly ok: false; readonly message: string };

export async function playCase(
  family: ProbeFamily,
  context: ProbeContext,
  checks: readonly CheckDefinition[],
  testCase: unknown,
  signal: AbortSignal | undefined,
): Promise<PlayedCase> {
  signal?.throwIfAborted();
  const caseId = caseIdOf(family.id, family.describe(testCase));
  try {
    const observation = await family.execute(testCase, new CaseSession(context, caseId));
    const findings = new Map<CheckDefinition, readonly Finding[]>();
    for (const check of checks) {
      if (check.appliesTo !== undefined && !check.appliesTo(observation)) continue;
      findings.set(check, check.run(observation, context).map((problem) => toFinding(check, problem, caseId)));
    }
    return { caseId, ok: true, observation, findings };
  } catch (error) {
    if (isFatal(error, signal)) throw error;
    return { caseId, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Errors that end the run rather than a case. */
export function isFatal(error: unknown, signal: AbortSignal | undefined): boolean {
  return error instanceof TargetUnreachableError || (signal?.aborted === true && error === signal.reason);
}
