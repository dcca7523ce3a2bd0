import { Option, type Command } from 'commander';
import { loadPathOverrides, type PathOverrides } from '../../spec/openapi/index.ts';
import { writeProbeResult, type ProbeResult } from '../../reports/index.ts';
import { FAMILY_IDS, isFamilyId } from '../probes/check.ts';
import { selectChecks, SelectionError } from '../probes/selection.ts';
import { runProbes, type ProbeListener } from '../runner/index.ts';
import { resolveTarget, TargetUnreachableError, type Target } from '../targets/index.ts';
import type { TargetProfile } from '../../spec/profile/index.ts';
import { EXPECT_OPTION_DESCRIPTION, expectOption } from './expect-option.ts';
import type { CliOutcome } from './program.ts';
import { EXIT_CODES, UsageError } from './usage-error.ts';

// `linkcy-sca probe`: parses options, resolves the target, runs the probes with a progress line
// per family on stderr, writes DIR/probe-result.json, and sets the exit code: 0 nothing failed,
// 1 a check failed (or a case could not be set up: a harness error), 2 a usage error or an
// unreachable target. Everything it does is runProbes + writeProbeResult, callable from code.

/** Fixed so CI is deterministic; printed with every run so a local run can vary it. */
export const DEFAULT_SEED = 1;
export const DEFAULT_RUNS = 25;
const DEFAULT_OUT_DIR = 'reports';
const MAX_RUNS = 100_000;
const INT32 = 2 ** 31;

export interface ProbeCommandOptions {
  target: string;
  runs: string;
  seed: string;
  only?: string;
  out: string;
  simulatorInfo?: string;
  paths?: string;
  profile?: string;
  expect?: string;
  replayPath?: string;
}

export interface ParsedProbeOptions {
  readonly target: string;
  readonly runs: number;
  readonly seed: number;
  readonly only?: string;
  readonly out: string;
  readonly simulatorInfo?: string;
  readonly pathOverrides?: PathOverrides;
  readonly profile?: 'sandbox' | 'production';
  /** The `--expect` file and the profile read from it. */
  readonly expect?: { readonly file: string; readonly profile: TargetProfile };
  readonly replayPath?: string;
}

export interface ProbeIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

export function registerProbeCommand(program: Command, outcome: CliOutcome): void {
  program
    .command('probe')
    .description('Probe a LinkCy SCA target and write the result as JSON (exit 0: nothing failed, 1: a check failed, 2: usage or unreachable target)')
    .requiredOption('--target <target>', 'simulator, prism, proxy:<URL> or <URL>')
    .option('--runs <n>', 'cases per generated family (at least: a family plays all its examples, every operation, first)', String(DEFAULT_RUNS))
    .option('--seed <s>', 'fast-check seed; the same seed plays the same cases', String(DEFAULT_SEED))
    .option('--only <family|REQ-ID>', `one family (${FAMILY_IDS.join(', ')}) or the checks covering one requirement ID`)
    .option('--out <dir>', 'directory to write probe-result.json into', DEFAULT_OUT_DIR)
    .option('--simulator-info <file>', 'first stdout line of "linkcy-sca serve" (URL and proxy targets): turns on the SCA probes')
    .option('--paths <file>', 'JSON file mapping operationId to the real path template')
    .option('--profile <profile>', 'sandbox or production: the embedded simulator runs it; other targets without a control plane are judged as it')
    .option('--expect <file>', `${EXPECT_OPTION_DESCRIPTION}; the embedded simulator plays it`)
    .addOption(new Option('--replay-path <path>', 'replay one case (from a failure\'s replay command)').hideHelp())
    .action(async (options: ProbeCommandOptions) => {
      const io: ProbeIo = { stdout: (line) => process.stdout.write(`${line}\n`), stderr: (line) => process.stderr.write(`${line}\n`) };
      outcome.exitCode = await runProbeCommand(parseProbeOptions(options), io);
    });
}

/** Every option checked; a bad one is a UsageError naming it and what it accepts. */
export function parseProbeOptions(options: ProbeCommandOptions): ParsedProbeOptions {
  if (!/^\d+$/.test(options.runs) || Number(options.runs) < 1 || Number(options.runs) > MAX_RUNS) {
    throw new UsageError(`--runs: expected a positive integer up to ${MAX_RUNS}, got ${JSON.stringify(options.runs)}`);
  }
  if (!/^-?\d+$/.test(options.seed) || Math.abs(Number(options.seed)) >= INT32) {
    throw new UsageError(`--seed: expected an integer from ${-INT32 + 1} to ${INT32 - 1}, got ${JSON.stringify(options.seed)}`);
  }
  const { profile } = options;
  if (profile !== undefined && profile !== 'sandbox' && profile !== 'production') {
    throw new UsageError(`--profile: expected sandbox or production, got ${JSON.stringify(profile)}`);
  }
  try {
    selectChecks(options.only);
  } catch (error) {
    if (error instanceof SelectionError) throw new UsageError(error.message);
    throw error;
  }
  if (options.replayPath !== undefined) {
    if (!/^\d+(:\d+)*$/.test(options.replayPath)) throw new UsageError(`--replay-path: expected a fast-check path such as 3:0:1, got ${JSON.stringify(options.replayPath)}`);
    if (options.only === undefined || !isFamilyId(options.only)) throw new UsageError('--replay-path replays one case of one family: give that family with --only');
  }
  return {
    target: options.target,
    runs: Number(options.runs),
    seed: Number(options.seed),
    out: options.out,
    ...(options.only === undefined ? {} : { only: options.only }),
    ...(options.simulatorInfo === undefined ? {} : { simulatorInfo: options.simulatorInfo }),
    ...(options.paths === undefined ? {} : { pathOverrides: loadPathOverridesOrUsage(options.paths) }),
    ...(profile === undefined ? {} : { profile }),
    ...(options.expect === undefined ? {} : { expect: { file: options.expect, profile: expectOption(options.expect) } }),
    ...(options.replayPath === undefined ? {} : { replayPath: options.replayPath }),
  };
}

function loadPathOverridesOrUsage(file: string): PathOverrides {
  try {
    return loadPathOverrides(file);
  } catch (error) {
    throw new UsageError(`--paths ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Resolves the target, runs, writes the result; answers the exit code. */
export async function runProbeCommand(options: ParsedProbeOptions, io: ProbeIo): Promise<number> {
  let target: Target;
  try {
    target = await resolveTarget(options.target, {
      ...(options.simulatorInfo === undefined ? {} : { simulatorInfo: options.simulatorInfo }),
      ...(options.pathOverrides === undefined ? {} : { pathOverrides: options.pathOverrides }),
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(options.expect === undefined ? {} : { expect: options.expect.profile }),
    });
  } catch (error) {
    throw new UsageError(`--target ${options.target}: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    const result = await runProbes({
      target,
      runs: options.runs,
      seed: options.seed,
      ...(options.only === undefined ? {} : { only: options.only }),
      ...(options.replayPath === undefined ? {} : { replayPath: options.replayPath }),
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(options.expect === undefined ? {} : { expect: options.expect.profile }),
      replayBase: replayBase(options),
      listeners: [progressListener(io.stderr)],
    });
    const file = writeProbeResult(options.out, result);
    io.stderr(summaryLine(result, file));
    io.stdout(file);
    return result.summary.failed > 0 || result.summary.harnessErrors > 0 ? EXIT_CODES.failed : EXIT_CODES.ok;
  } catch (error) {
    if (!(error instanceof TargetUnreachableError)) throw error;
    io.stderr(`linkcy-sca: ${error.message}`);
    return EXIT_CODES.usage;
  } finally {
    await target.close();
  }
}

/** The command line that reproduces this run's target and options (seed, family and path are added per failure). */
function replayBase(options: ParsedProbeOptions): string {
  const parts = ['npx linkcy-sca probe', `--target ${options.target}`];
  if (options.simulatorInfo !== undefined) parts.push(`--simulator-info ${options.simulatorInfo}`);
  if (options.profile !== undefined) parts.push(`--profile ${options.profile}`);
  if (options.expect !== undefined) parts.push(`--expect ${options.expect.file}`);
  return parts.join(' ');
}

/** One line per family and per harness error; a plain listener, no spinner. */
function progressListener(write: (line: string) => void): ProbeListener {
  return (event) => {
    switch (event.type) {
      case 'run-started':
        write(`probing ${event.run.target.description} (seed ${event.run.seed}, runs ${event.run.runs}${event.run.only === null ? '' : `, only ${event.run.only}`})`);
        break;
      case 'family-started':
        if (!event.applicable) write(`${event.family}: not applicable (the target lacks ${event.missing.join(', ')})`);
        break;
      case 'harness-error':
        write(`${event.error.family}: harness error${event.error.caseId === null ? '' : ` in ${event.error.caseId}`}: ${event.error.message}`);
        break;
      case 'family-finished':
        write(`${event.family}: ${event.casesRun} cases, ${event.failedChecks.length === 0 ? 'no failing check' : `failing: ${event.failedChecks.join(', ')}`}`);
        break;
      case 'check-finished':
        for (const failure of event.check.failures) write(`FAILED ${event.check.id} (${failure.family}): replay with ${failure.replay}`);
        break;
      case 'run-finished':
        for (const note of event.result.notes ?? []) write(`note: ${note}`);
        for (const reading of event.result.profileReadings ?? []) {
          write(`reading (not a failure): ${reading.row} observed ${reading.observed.value} (${reading.observed.sources.join(', ')}), declared ${reading.declared.value}, on ${reading.operationId ?? 'no operation'} by ${reading.checkId}`);
        }
        break;
      case 'case-finished':
        break;
    }
  };
}

function summaryLine(result: ProbeResult, file: string): string {
  const { passed, failed, notApplicable, didNotRun, harnessErrors, casesRun } = result.summary;
  return `${result.checks.length} checks: ${passed} passed, ${failed} failed, ${notApplicable} not applicable, ${didNotRun} did not run, ${harnessErrors} harness errors; ${casesRun} cases; seed ${result.run.seed}; result in ${file}`;
}
