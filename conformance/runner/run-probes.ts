import type { Profile } from '../../spec/expectations/index.ts';
import type { TargetProfile } from '../../spec/profile/index.ts';
import type { HarnessErrorRecord, ProbeResult, RunHeader } from './probe-result.ts';
import { FAMILY_IDS, type FamilyId, type Observation } from '../probes/check.ts';
import { createProbeContext, type ProbeContext } from '../probes/context.ts';
import type { FamilySummary } from '../probes/family-summary.ts';
import { FAMILIES } from '../probes/registry.ts';
import { selectChecks } from '../probes/selection.ts';
import type { Target } from '../targets/index.ts';
import type { ProbeListener } from './events.ts';
import { runFamily } from './family-run.ts';
import { OperationCoverageTally } from './operation-coverage.ts';
import { ProfileReadingTally } from './profile-reading-tally.ts';
import { ReachTally } from './reach.ts';
import { startSimulatorCoverage } from './simulator-coverage.ts';
import { buildResult, missingCapabilities } from './result.ts';
import { Tallies } from './tally.ts';
import { TOOL } from './tool.ts';

// The programmatic entry point of `linkcy-sca probe`: runs the selected families against a target
// and answers the ProbeResult. It never prints and never exits; listeners hear what happens.

export interface RunProbesOptions {
  readonly target: Target;
  /** Cases per property family (table families play each of their cases once). */
  readonly runs: number;
  /** fast-check seed: the same seed on the same target plays the same cases. */
  readonly seed: number;
  /** Restrict to these families (default every family). */
  readonly families?: readonly FamilyId[];
  /** A family id or a requirement id (see selectChecks); refused with the valid values otherwise. */
  readonly only?: string;
  /** Replay one case of the one family `only` names. */
  readonly replayPath?: string;
  /** The profile a target without a control plane runs (default sandbox). */
  readonly profile?: Profile;
  readonly signatureTtlMs?: number;
  /** The target profile the target is judged against (`--expect FILE`; default DEFAULT_TARGET_PROFILE). */
  readonly expect?: TargetProfile;
  /** How a failure's replay command starts, e.g. "npx linkcy-sca probe --target simulator". */
  readonly replayBase?: string;
  readonly signal?: AbortSignal;
  readonly listeners?: readonly ProbeListener[];
  /** Measure the simulator code the run executes (reach.simulator); only the embedded simulator runs in this process. */
  readonly coverage?: boolean;
}

/** The probe command for this target, when the caller did not give the command line it ran. */
function defaultReplayBase(target: Target, profile: Profile): string {
  const spec = target.kind === 'simulator' || target.kind === 'prism' ? target.kind : target.baseUrl;
  return `npx linkcy-sca probe --target ${spec}${profile === 'production' ? ' --profile production' : ''}`;
}

/**
 * What the families add to the result (ProbeFamily.summarize), asked of every family that has a
 * summary, with its observations when it ran and why not otherwise.
 */
function summarizeFamilies(target: Target, context: ProbeContext, selected: readonly FamilyId[], observed: ReadonlyMap<FamilyId, readonly Observation[]>): FamilySummary {
  const summaries = FAMILY_IDS.map((id): FamilySummary => {
    const family = FAMILIES[id];
    if (family.summarize === undefined) return {};
    const observations = observed.get(id);
    if (observations !== undefined) return family.summarize({ ran: true, observations }, context);
    const reason = selected.includes(id) ? `not applicable: the target lacks ${missingCapabilities(target, family.needs).join(', ')}` : `the ${id} family was not selected`;
    return family.summarize({ ran: false, reason }, context);
  });
  return Object.assign({}, ...summaries) as FamilySummary;
}

export async function runProbes(options: RunProbesOptions): Promise<ProbeResult> {
  const { target, seed, runs } = options;
  if (!Number.isSafeInteger(runs) || runs < 1) throw new RangeError(`runProbes: runs must be a positive integer, got ${runs}`);
  if (!Number.isSafeInteger(seed)) throw new RangeError(`runProbes: seed must be an integer, got ${seed}`);
  const selection = selectChecks(options.only, options.families);
  if (options.replayPath !== undefined && (selection.families.length !== 1 || options.only !== selection.families[0])) {
    throw new RangeError('runProbes: replayPath replays one case of one family: give that family as `only`');
  }
  const emit: ProbeListener = (event) => {
    for (const listener of options.listeners ?? []) listener(event);
  };
  const context = await createProbeContext(target, { profile: options.profile, signatureTtlMs: options.signatureTtlMs, ...(options.expect === undefined ? {} : { expect: options.expect }) });
  const startedAt = new Date().toISOString();
  const header: Omit<RunHeader, 'finishedAt'> = {
    tool: TOOL,
    target: { kind: target.kind, description: target.description, capabilities: [...target.capabilities].sort(), profile: context.profile },
    seed,
    runs,
    only: options.only ?? null,
    replayPath: options.replayPath ?? null,
    startedAt,
  };
  emit({ type: 'run-started', run: header, families: selection.families });

  const tallies = new Tallies();
  const ran = new Set<FamilyId>();
  const harnessErrors: HarnessErrorRecord[] = [];
  // Kept only for the families that summarize them.
  const observed = new Map<FamilyId, Observation[]>();
  const coverage = new OperationCoverageTally(context.operations);
  const readings = new ProfileReadingTally();
  const notes = new Set<string>();
  const reach = new ReachTally({ profile: context.profile, expect: context.expect, operations: [...context.operations.keys()] }, context.errorCodePointers);
  const collect = (family: FamilyId, observation: Observation, judged: { readonly rows: readonly string[]; readonly notes: readonly string[] }): void => {
    coverage.record(family, observation);
    reach.observe(observation, judged.rows);
    for (const note of judged.notes) notes.add(note);
    observed.get(family)?.push(observation);
  };
  const stopCoverage = options.coverage === true && target.kind === 'simulator' ? await startSimulatorCoverage() : undefined;
  let casesRun = 0;
  try {
    for (const familyId of selection.families) {
      const family = FAMILIES[familyId];
      const missing = missingCapabilities(target, family.needs);
      emit({ type: 'family-started', family: familyId, title: family.title, applicable: missing.length === 0, missing });
      if (missing.length > 0) {
        reach.family(familyId, false, 0);
        continue;
      }
      const checks = selection.checks.filter(
        (check) => (check.family === familyId || check.crossCutting === true) && missingCapabilities(target, check.needs).length === 0,
      );
      if (family.summarize !== undefined) observed.set(familyId, []);
      const outcome = await runFamily({
        family,
        context,
        checks,
        seed,
        runs,
        ...(options.replayPath === undefined ? {} : { replayPath: options.replayPath }),
        replayBase: options.replayBase ?? defaultReplayBase(target, context.profile),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
        tallies,
        emit,
        onObservation: (observation, judged) => collect(familyId, observation, judged),
        onReadings: (found) => readings.record(found),
      });
      ran.add(familyId);
      casesRun += outcome.casesRun;
      reach.family(familyId, true, outcome.casesRun);
      harnessErrors.push(...outcome.harnessErrors);
      const failedChecks = checks.filter((check) => tallies.get(check)?.failedIn.has(familyId) === true).map((check) => check.id);
      emit({ type: 'family-finished', family: familyId, casesRun: outcome.casesRun, failedChecks });
    }
  } catch (error) {
    // A lost target or an abort ends the run: the coverage session must not outlive it.
    await stopCoverage?.();
    throw error;
  }

  const result = buildResult({
    header: { ...header, finishedAt: new Date().toISOString() },
    target,
    selection,
    tallies,
    ran,
    harnessErrors,
    casesRun,
    operations: coverage.result(),
    profileReadings: readings.result(),
    notes: [...notes].sort(),
    reach: reach.result(await stopCoverage?.()),
    summary: summarizeFamilies(target, context, selection.families, observed),
  });
  for (const check of result.checks) emit({ type: 'check-finished', check });
  emit({ type: 'run-finished', result });
  return result;
}
