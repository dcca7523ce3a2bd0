import fc from 'fast-check';
import { redactBody } from '../../spec/redaction/index.ts';
import type { HarnessErrorRecord, ProfileReadingRecord } from './probe-result.ts';
import type { CheckDefinition, Observation } from '../probes/check.ts';
import type { ProbeContext } from '../probes/context.ts';
import type { ProbeFamily } from '../probes/family.ts';
import type { ProbeListener } from './events.ts';
import { playCase, type PlayedCase } from './play-case.ts';
import { numRunsOf, shrinkFailure, type PropertyRun } from './shrink.ts';
import type { Tallies } from './tally.ts';

// One family, two passes (docs/probe-design.md, "Runner"). Pass 1 plays every case and records
// the findings of every check without ever failing the property, so one failing check cannot
// hide another. Pass 2, per distinct problem of a failing check, replays the same seed failing on
// that problem alone, so fast-check shrinks to a minimal counterexample for it.

export interface FamilyRunInput {
  readonly family: ProbeFamily;
  readonly context: ProbeContext;
  /** Its own selected checks and the selected cross-cutting ones. */
  readonly checks: readonly CheckDefinition[];
  readonly seed: number;
  readonly runs: number;
  /** Replay exactly one case: fast-check's path for property families, the index for tables. */
  readonly replayPath?: string;
  /** The command line a failure's replay command starts with. */
  readonly replayBase: string;
  readonly signal?: AbortSignal;
  readonly tallies: Tallies;
  readonly emit: ProbeListener;
  /** A case judged: its observation, and the rows and notes of its judgements. */
  readonly onObservation?: (observation: Observation, judged: { readonly rows: readonly string[]; readonly notes: readonly string[] }) => void;
  readonly onReadings?: (readings: readonly ProfileReadingRecord[]) => void;
}

export interface FamilyRunResult {
  readonly casesRun: number;
  readonly harnessErrors: readonly HarnessErrorRecord[];
}

export async function runFamily(input: FamilyRunInput): Promise<FamilyRunResult> {
  const { family, context } = input;
  const harnessErrors: HarnessErrorRecord[] = [];
  let casesRun = 0;
  const reportHarnessError = (error: HarnessErrorRecord): void => {
    harnessErrors.push(error);
    input.emit({ type: 'harness-error', error });
  };
  const playAndRecord = async (testCase: unknown, path: string): Promise<void> => {
    const played = await playCase(family, context, input.checks, testCase, input.signal);
    input.emit({ type: 'case-finished', family: family.id, caseId: played.caseId, index: casesRun, problems: problemsOf(played) });
    casesRun += 1;
    if (!played.ok) return reportHarnessError({ family: family.id, caseId: played.caseId, message: played.message });
    input.onObservation?.(played.observation, played);
    input.onReadings?.(played.readings);
    for (const [check, findings] of played.findings) input.tallies.record(check, family.id, findings, { path, caseId: played.caseId, testCase });
  };

  const source = family.source;
  let property: PropertyRun | undefined;
  if (source.kind === 'table') {
    const cases = source.cases(context);
    const indices = input.replayPath === undefined ? [...cases.keys()] : [Number(input.replayPath)];
    for (const index of indices) {
      const testCase = cases[index];
      if (testCase !== undefined) await playAndRecord(testCase, String(index));
    }
  } else {
    property = { arbitrary: source.arbitrary(context), examples: source.examples?.(context) ?? [] };
    await passOne(input, property, playAndRecord);
  }
  await recordFailures(input, property, reportHarnessError);
  return { casesRun, harnessErrors };
}

/** Plays `runs` cases (examples first); never fails the property. Replaying, stops after the one case. */
async function passOne(input: FamilyRunInput, property: PropertyRun, playAndRecord: (testCase: unknown, path: string) => Promise<void>): Promise<void> {
  const replaying = input.replayPath !== undefined;
  let fatal: { error: unknown } | undefined;
  let index = 0;
  await fc.check(
    fc.asyncProperty(property.arbitrary, async (testCase) => {
      if (fatal !== undefined) return true;
      try {
        await playAndRecord(testCase, replaying ? (input.replayPath ?? '') : String(index));
      } catch (error) {
        fatal = { error };
      }
      index += 1;
      // Replaying: "fail" after the one case so fast-check stops there (endOnFailure).
      return !replaying;
    }),
    {
      seed: input.seed,
      numRuns: numRunsOf(input.runs, property),
      examples: property.examples.map((example) => [example]),
      ...(replaying ? { path: input.replayPath, endOnFailure: true } : {}),
    },
  );
  if (fatal !== undefined) throw fatal.error;
}

function problemsOf(played: PlayedCase): number {
  if (!played.ok) return 0;
  let count = 0;
  for (const findings of played.findings.values()) count += findings.length;
  return count;
}

/** A failure per distinct problem of each failing check: shrunk for property families, as found otherwise. */
async function recordFailures(input: FamilyRunInput, property: PropertyRun | undefined, reportHarnessError: (error: HarnessErrorRecord) => void): Promise<void> {
  const { family } = input;
  for (const check of input.checks) {
    const tally = input.tallies.get(check);
    for (const [dedupKey, found] of tally?.failedIn.get(family.id) ?? []) {
      // A table case is already minimal; a replayed one is reported as replayed.
      const shrinkable = property !== undefined && input.replayPath === undefined ? property : undefined;
      const shrunk = shrinkable === undefined ? undefined : await shrinkFailure(input, shrinkable, check, dedupKey);
      if (shrinkable !== undefined && shrunk === undefined) {
        reportHarnessError({ family: family.id, caseId: found.caseId, message: `${check.id}: ${dedupKey} did not reproduce when shrinking; reported unshrunk` });
      }
      const failure = shrunk ?? found;
      tally?.failures.push({
        family: family.id,
        caseId: failure.caseId,
        seed: input.seed,
        path: failure.path,
        counterexample: redactBody(family.describe(failure.testCase)),
        findings: failure.findings,
        replay: `${input.replayBase} --seed ${input.seed} --only ${family.id} --replay-path ${failure.path}`,
      });
    }
  }
}
