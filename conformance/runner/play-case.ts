import type { ProfileReadingRecord } from './probe-result.ts';
import type { CheckDefinition, Finding, Observation } from '../probes/check.ts';
import type { ProbeContext } from '../probes/context.ts';
import type { ProbeFamily } from '../probes/family.ts';
import { CaseSession } from '../probes/session.ts';
import { TargetUnreachableError } from '../targets/index.ts';
import { caseIdOf, toFinding, toReading } from './findings.ts';

// One case, start to end: a fresh session, the family plays it, the checks judge the observation.
// Anything that goes wrong in between is a harness error of this case, except a lost target or
// an abort: those end the whole run.

export type PlayedCase =
  | {
      readonly caseId: string;
      readonly ok: true;
      readonly observation: Observation;
      readonly findings: ReadonlyMap<CheckDefinition, readonly Finding[]>;
      /** Problems that are another documented reading of a profile row: reported, never failures. */
      readonly readings: readonly ProfileReadingRecord[];
      /** The decision-table rows the checks held the case to, and the notes their verdicts rest on. */
      readonly rows: readonly string[];
      readonly notes: readonly string[];
    }
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
    const readings: ProfileReadingRecord[] = [];
    const rows = new Set<string>();
    const notes = new Set<string>();
    for (const check of checks) {
      if (check.appliesTo !== undefined && !check.appliesTo(observation)) continue;
      const judgement = check.run(observation, context);
      const { problems } = judgement;
      for (const row of judgement.rows) rows.add(row);
      for (const note of judgement.notes ?? []) notes.add(note);
      findings.set(check, problems.filter((problem) => problem.informational === undefined).map((problem) => toFinding(check, problem, caseId)));
      readings.push(...problems.flatMap((problem) => (problem.informational === undefined ? [] : [toReading(check, problem, problem.informational, caseId)])));
    }
    return { caseId, ok: true, observation, findings, readings, rows: [...rows], notes: [...notes] };
  } catch (error) {
    if (isFatal(error, signal)) throw error;
    return { caseId, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Errors that end the run rather than a case. */
export function isFatal(error: unknown, signal: AbortSignal | undefined): boolean {
  return error instanceof TargetUnreachableError || (signal?.aborted === true && error === signal.reason);
}
