import { Option, type Command } from 'commander';
import { loadPathOverrides, type PathOverrides } from '../../spec/openapi/index.ts';
import { DEFAULT_REPORT_DIR, REPORTER_NAMES } from '../../reports/index.ts';
import { FAMILY_IDS, isFamilyId } from '../probes/check.ts';
import { selectChecks, SelectionError } from '../probes/selection.ts';
import { EXPECT_OPTION_DESCRIPTION, expectOption } from './expect-option.ts';
import type { ConsoleIo } from './progress.ts';
import { DURATION_FORMS, parseDuration } from '../simulator/duration.ts';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_REQUEST_TIMEOUT_MS } from '../targets/index.ts';
import { BYTE_SIZE_FORMS, parseByteSize } from './byte-size.ts';
import type { CliOutcome } from './cli-outcome.ts';
import { DEFAULT_RUN_TIMEOUT_MS, outputDirOption, reportersOption, runProviderRun, signKeyOption, type ProviderRunOptions } from './provider-run.ts';
import { UsageError } from './usage-error.ts';

// `linkcy-sca probe`: the developer's run: any target, one family or requirement (--only), one
// case (--replay-path); writes the report (JSON by default) to ./linkcy-sca-report/. Exit 0 nothing
// failed, 1 a check failed or a case could not be set up, 2 a usage error or a target
// that gave no usable answer (none in time, reset, malformed, over --max-body), 3 the run did not
// finish within --run-timeout.
// `certify` (certify-command.ts) shares these options and this parsing.

/** Fixed so CI is deterministic; printed with every run so a local run can vary it. */
export const DEFAULT_SEED = 1;
export const DEFAULT_RUNS = 25;
const MAX_RUNS = 100_000;
const INT32 = 2 ** 31;

/** What commander hands over, as typed: every value a string until parsed. */
export interface ProbeCommandOptions {
  target: string;
  runs: string;
  seed: string;
  only?: string;
  out: string;
  reporter?: string;
  quiet?: boolean;
  simulatorInfo?: string;
  paths?: string;
  profile?: string;
  expect?: string;
  replayPath?: string;
  signKey?: string;
  /** Commander fills these with their defaults; callers from code may leave them out. */
  requestTimeout?: string;
  runTimeout?: string;
  maxBody?: string;
  coverage?: boolean;
}

export type ParsedProbeOptions = ProviderRunOptions;

/** The options `probe` and `certify` share. */
export function addRunOptions(command: Command, defaults: { reporter: string }): Command {
  return command
    .option('--runs <n>', 'cases per generated family (at least: a family plays all its examples, every operation, first)', String(DEFAULT_RUNS))
    .option('--seed <s>', 'fast-check seed; the same seed plays the same cases', String(DEFAULT_SEED))
    .option('--out <dir>', 'directory to write the report into (never a source folder)', DEFAULT_REPORT_DIR)
    .option('--reporter <list>', `report formats, comma-separated: ${REPORTER_NAMES.join(', ')}`, defaults.reporter)
    .option('--quiet', 'no progress display: only failures and the summary')
    .option('--simulator-info <file>', 'first stdout line of "linkcy-sca serve" (URL and proxy targets): turns on the SCA probes')
    .option('--paths <file>', 'JSON file mapping operationId to the real path template')
    .option('--profile <profile>', 'sandbox or production: the embedded simulator runs it; other targets without a control plane are judged as it')
    .option('--expect <file>', `${EXPECT_OPTION_DESCRIPTION}; the embedded simulator plays it`)
    .option('--request-timeout <duration>', `limit for each answer, body included: ${DURATION_FORMS}`, `${DEFAULT_REQUEST_TIMEOUT_MS / 1000}s`)
    .option('--run-timeout <duration>', `limit for the whole run (exit 3 when reached): ${DURATION_FORMS}`, `${DEFAULT_RUN_TIMEOUT_MS / 60_000}m`)
    .option('--max-body <size>', `largest answer body read: ${BYTE_SIZE_FORMS}`, `${DEFAULT_MAX_BODY_BYTES / 1024 ** 2}MiB`);
}

export function registerProbeCommand(program: Command, outcome: CliOutcome): void {
  const command = program
    .command('probe')
    .description('Probe a LinkCy SCA target and write the report (exit 0: nothing failed, 1: a check failed, 2: usage or no usable answer from the target, 3: --run-timeout reached)')
    .requiredOption('--target <target>', 'simulator, prism, proxy:<URL> or <URL>')
    .option('--only <family|REQ-ID>', `one family (${FAMILY_IDS.join(', ')}) or the checks covering one requirement ID`);
  addRunOptions(command, { reporter: 'json' })
    .option('--coverage', 'with --target simulator: measure the simulator code the run executes (V8 block coverage; the report\'s reach)')
    .addOption(new Option('--replay-path <path>', 'replay one case (from a failure\'s replay command)').hideHelp())
    .action(async (options: ProbeCommandOptions) => {
      outcome.exitCode = await runProviderRun(parseProbeOptions(options, 'probe'), processConsole());
    });
}

/** stdout and stderr of this process; the live bar only when stderr is a terminal. */
export function processConsole(): ConsoleIo {
  return {
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
    ...(process.stderr.isTTY ? { tty: process.stderr } : {}),
  };
}

/** Every option checked; a bad one is a UsageError naming it and what it accepts. */
export function parseProbeOptions(options: ProbeCommandOptions, command: 'probe' | 'certify' = 'probe'): ParsedProbeOptions {
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
  outputDirOption(options.out);
  try {
    selectChecks(options.only);
  } catch (error) {
    if (error instanceof SelectionError) throw new UsageError(error.message);
    throw error;
  }
  if (options.coverage === true && options.target !== 'simulator') {
    throw new UsageError(`--coverage: only the embedded simulator (--target simulator) runs in this process, got --target ${options.target}`);
  }
  if (options.replayPath !== undefined) {
    if (!/^\d+(:\d+)*$/.test(options.replayPath)) throw new UsageError(`--replay-path: expected a fast-check path such as 3:0:1, got ${JSON.stringify(options.replayPath)}`);
    if (options.only === undefined || !isFamilyId(options.only)) throw new UsageError('--replay-path replays one case of one family: give that family with --only');
  }
  const signKeyPem = signKeyOption(options.signKey);
  return {
    command,
    target: options.target,
    runs: Number(options.runs),
    seed: Number(options.seed),
    out: options.out,
    reporters: reportersOption(options.reporter ?? 'json'),
    quiet: options.quiet === true,
    requestTimeoutMs: positive('--request-timeout', options.requestTimeout ?? `${DEFAULT_REQUEST_TIMEOUT_MS}`, parseDuration),
    runTimeoutMs: positive('--run-timeout', options.runTimeout ?? `${DEFAULT_RUN_TIMEOUT_MS}`, parseDuration),
    maxBodyBytes: positive('--max-body', options.maxBody ?? `${DEFAULT_MAX_BODY_BYTES}`, parseByteSize),
    ...(options.only === undefined ? {} : { only: options.only }),
    ...(options.simulatorInfo === undefined ? {} : { simulatorInfo: options.simulatorInfo }),
    ...(options.paths === undefined ? {} : { pathOverrides: loadPathOverridesOrUsage(options.paths) }),
    ...(profile === undefined ? {} : { profile }),
    ...(options.expect === undefined ? {} : { expect: { file: options.expect, profile: expectOption(options.expect) } }),
    ...(options.replayPath === undefined ? {} : { replayPath: options.replayPath }),
    ...(options.coverage === true ? { coverage: true } : {}),
    ...(signKeyPem === undefined ? {} : { signKeyPem }),
  };
}

/** A duration or size option: parsed, at least 1, or a UsageError naming the option. */
function positive(option: string, text: string, parse: (text: string) => number): number {
  let value: number;
  try {
    value = parse(text);
  } catch (error) {
    throw new UsageError(`${option}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (value < 1) throw new UsageError(`${option}: must be more than 0, got ${JSON.stringify(text)}`);
  // setTimeout caps delays at 2^31 - 1 ms (about 24.8 days) and fires at once beyond.
  if (value > 2 ** 31 - 1 && option !== '--max-body') throw new UsageError(`${option}: at most 24 days, got ${JSON.stringify(text)}`);
  return value;
}

function loadPathOverridesOrUsage(file: string): PathOverrides {
  try {
    return loadPathOverrides(file);
  } catch (error) {
    throw new UsageError(`--paths ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
