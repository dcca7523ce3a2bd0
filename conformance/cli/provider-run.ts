import { readFileSync } from 'node:fs';
import { redactText } from '../../spec/redaction/index.ts';
import type { PathOverrides } from '../../spec/openapi/index.ts';
import {
  buildReport,
  checkOutputDir,
  OutputDirError,
  loadSigningKey,
  parseReporters,
  probeTarget,
  providerProbesSection,
  reachSentences,
  ReporterListError,
  signReport,
  SigningKeyError,
  suiteHashes,
  writeReport,
  type ConformanceReport,
  type ReporterName,
  type ReportSection,
} from '../../reports/index.ts';
import type { TargetProfile } from '../../spec/profile/index.ts';
import { runProbes } from '../runner/index.ts';
import { resolveTarget, TargetUnreachableError, type Target } from '../targets/index.ts';
import { progressListener, progressMode, type ConsoleIo } from './progress.ts';
import { EXIT_CODES, UsageError } from './usage-error.ts';

/** Long enough for any documented run on a slow CI machine, short enough that a stuck run ends. */
export const DEFAULT_RUN_TIMEOUT_MS = 15 * 60_000;

// What `probe` and `certify` share: resolve the target, run the provider probes with a progress
// display, turn the result into the one report model, sign it if asked, write the chosen formats
// and name them. Exit code 0 only when the report's verdict is pass; 1 on any failure or harness
// error; 2 on a usage error or an unreachable target (thrown as UsageError / returned).

export interface ProviderRunOptions {
  readonly command: 'probe' | 'certify';
  readonly target: string;
  readonly runs: number;
  readonly seed: number;
  readonly only?: string;
  readonly out: string;
  readonly reporters: readonly ReporterName[];
  readonly quiet: boolean;
  readonly simulatorInfo?: string;
  readonly pathOverrides?: PathOverrides;
  readonly profile?: 'sandbox' | 'production';
  readonly replayPath?: string;
  /** The `--expect FILE` target profile as read; the file's SHA-256 goes into the report. */
  readonly expect?: { readonly file: string; readonly profile: TargetProfile };
  /** The Ed25519 private key (PEM text) to sign the report with. */
  readonly signKeyPem?: string;
  /** Limit for each answer, body included. */
  readonly requestTimeoutMs?: number;
  /** Limit for the whole run: exit 3 when reached, no report written. */
  readonly runTimeoutMs?: number;
  /** Largest answer body read. */
  readonly maxBodyBytes?: number;
  /** Sections other producers made for the same report (certify: the reference client's scenarios). */
  readonly extraSections?: readonly ReportSection[];
  /** Measure the simulator code run (embedded simulator only; `probe --coverage`). */
  readonly coverage?: boolean;
}

/** Checked before anything runs: an empty DIR or one of the suite's source folders is refused. */
export function outputDirOption(dir: string): void {
  if (dir.trim() === '') throw new UsageError('--out: expected a directory, got an empty string');
  try {
    checkOutputDir(dir);
  } catch (error) {
    if (error instanceof OutputDirError) throw new UsageError(`--out: ${error.message}`);
    throw error;
  }
}

export function reportersOption(list: string): ReporterName[] {
  try {
    return parseReporters(list);
  } catch (error) {
    if (error instanceof ReporterListError) throw new UsageError(`--reporter: ${error.message}`);
    throw error;
  }
}

/** Reads and checks the key before anything runs, so a bad key never costs a run. */
export function signKeyOption(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  let pem: string;
  try {
    pem = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`--sign-key ${file}: cannot read it (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    loadSigningKey(pem);
  } catch (error) {
    if (error instanceof SigningKeyError) throw new UsageError(`--sign-key ${file}: ${error.message}`);
    throw error;
  }
  return pem;
}

export async function runProviderRun(options: ProviderRunOptions, io: ConsoleIo): Promise<number> {
  const runTimeout = new RunTimeout(options.runTimeoutMs ?? DEFAULT_RUN_TIMEOUT_MS);
  try {
    return await resolveRunAndReport(options, io, runTimeout.signal);
  } catch (error) {
    if (error !== runTimeout.signal.reason) throw error;
    io.stderr(`linkcy-sca: ${runTimeout.signal.reason.message}; no report written`);
    return EXIT_CODES.timedOut;
  } finally {
    runTimeout.clear();
  }
}

/** Aborts its signal with a RunTimeoutError when the run has lasted `ms`. */
class RunTimeout {
  readonly #controller = new AbortController();
  readonly #timer: NodeJS.Timeout;
  constructor(ms: number) {
    this.#timer = setTimeout(() => this.#controller.abort(new RunTimeoutError(ms)), ms);
  }
  get signal(): AbortSignal & { reason: RunTimeoutError } {
    return this.#controller.signal as AbortSignal & { reason: RunTimeoutError };
  }
  clear(): void {
    clearTimeout(this.#timer);
  }
}

class RunTimeoutError extends Error {
  override readonly name = 'RunTimeoutError';
  constructor(ms: number) {
    super(`run stopped: --run-timeout of ${ms} ms reached`);
  }
}

async function resolveRunAndReport(options: ProviderRunOptions, io: ConsoleIo, signal: AbortSignal): Promise<number> {
  let target: Target;
  try {
    target = await resolveTarget(options.target, {
      ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
      ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
      signal,
      ...(options.simulatorInfo === undefined ? {} : { simulatorInfo: options.simulatorInfo }),
      ...(options.pathOverrides === undefined ? {} : { pathOverrides: options.pathOverrides }),
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(options.expect === undefined ? {} : { expect: options.expect.profile }),
    });
  } catch (error) {
    if (error === signal.reason) throw error;
    throw new UsageError(`--target ${options.target}: ${error instanceof Error ? error.message : String(error)}`);
  }
  let report: ConformanceReport;
  try {
    const base = rerunCommand(options);
    const result = await runProbes({
      target,
      runs: options.runs,
      seed: options.seed,
      ...(options.only === undefined ? {} : { only: options.only }),
      ...(options.replayPath === undefined ? {} : { replayPath: options.replayPath }),
      ...(options.profile === undefined ? {} : { profile: options.profile }),
      ...(options.expect === undefined ? {} : { expect: options.expect.profile }),
      replayBase: replayBase(options),
      coverage: options.coverage === true,
      signal,
      listeners: [progressListener(io, progressMode(io, options.quiet))],
    });
    report = buildReport({
      sections: [
        providerProbesSection(result, `${base} --seed ${options.seed} --runs ${options.runs}${options.only === undefined ? '' : ` --only ${options.only}`}`),
        ...(options.extraSections ?? []),
      ],
      hashes: suiteHashes({
        ...(options.pathOverrides === undefined ? {} : { pathOverrides: options.pathOverrides }),
        ...(options.expect === undefined ? {} : { profileFile: options.expect.file }),
      }),
      target: probeTarget(result),
    });
  } catch (error) {
    if (!(error instanceof TargetUnreachableError)) throw error;
    io.stderr(redactText(`linkcy-sca: ${error.message}`));
    return EXIT_CODES.usage;
  } finally {
    await target.close();
  }
  return publishReport(report, options, io);
}

/** Signs the report when asked, writes the chosen formats, names them; the exit code of its verdict. */
export function publishReport(
  unsigned: ConformanceReport,
  options: Pick<ProviderRunOptions, 'signKeyPem' | 'out' | 'reporters'>,
  io: ConsoleIo,
): number {
  let report = unsigned;
  if (options.signKeyPem !== undefined) {
    try {
      report = signReport(report, options.signKeyPem);
    } catch (error) {
      if (error instanceof SigningKeyError) throw new UsageError(`--sign-key: ${error.message}`);
      throw error;
    }
  }
  const files = writeReport(options.out, report, options.reporters);
  for (const line of summaryLines(report, files)) io.stderr(redactText(line));
  for (const file of files) io.stdout(file);
  return report.verdict === 'pass' ? EXIT_CODES.ok : EXIT_CODES.failed;
}

/** The command line that reruns this target with these settings. */
function rerunCommand(options: ProviderRunOptions): string {
  const parts = [`npx linkcy-sca ${options.command}`, `--target ${options.target}`];
  if (options.simulatorInfo !== undefined) parts.push(`--simulator-info ${options.simulatorInfo}`);
  if (options.profile !== undefined) parts.push(`--profile ${options.profile}`);
  if (options.expect !== undefined) parts.push(`--expect ${options.expect.file}`);
  return parts.join(' ');
}

/** A failure replays through `probe` (it has --only and --replay-path); seed, family and path are added per failure. */
function replayBase(options: ProviderRunOptions): string {
  return rerunCommand({ ...options, command: 'probe' });
}

export function summaryLines(report: ConformanceReport, files: readonly string[]): string[] {
  const { requirements, checks } = report.summary;
  return [
    `${report.verdict === 'pass' ? 'PASS' : 'FAIL'}: requirements ${requirements.pass} pass, ${requirements.fail} fail, ${requirements.error} error, ${requirements['not-applicable']} not applicable, ${requirements['not-run']} not run; checks ${checks.pass} pass, ${checks.fail} fail, ${checks.error} error, ${checks['not-applicable']} not applicable, ${checks['not-run']} not run; ${report.summary.cases} cases${report.seeds.length === 0 ? '' : `; seed ${report.seeds.join(', ')}`}${report.signature === undefined ? '' : `; signed (key ${report.signature.keyId.slice(0, 12)}…)`}`,
    ...report.sections.flatMap((section) => {
      const sentences = reachSentences(section.reach);
      return sentences.length === 0 ? [] : [`reach (${section.producer}): ${sentences.join('; ')}`];
    }),
    `report: ${files.join(', ')}`,
  ];
}
