import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  DEFAULT_REPORT_DIR,
  diffReports,
  formatDiff,
  parseReport,
  REPORTER_NAMES,
  ReportFormatError,
  SigningKeyError,
  verifyReport,
  writeReport,
  type ConformanceReport,
} from '../../reports/index.ts';
import type { CliOutcome } from './cli-outcome.ts';
import { outputDirOption, reportersOption } from './provider-run.ts';
import { EXIT_CODES, UsageError } from './usage-error.ts';

// `linkcy-sca report verify|diff|render`: work on a report.json after the run. verify: signature
// and hashes (exit 1 when either fails); diff: exit 1 on a regression; render: any format again.
// A file that cannot be read or is not a report is a usage error (exit 2) naming the file and field.

export interface ReportIo {
  readonly stdout: (line: string) => void;
}

const consoleIo: ReportIo = { stdout: (line) => process.stdout.write(`${line}\n`) };

export function readReportFile(file: string): ConformanceReport {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${file}: cannot read it (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return parseReport(text, file);
  } catch (error) {
    if (error instanceof ReportFormatError) throw new UsageError(error.message);
    throw error;
  }
}

function readText(option: string, file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`${option} ${file}: cannot read it (${error instanceof Error ? error.message : String(error)})`);
  }
}

export function runVerify(file: string, options: { publicKey?: string; profileFile?: string }, io: ReportIo = consoleIo): number {
  const report = readReportFile(file);
  const publicKeyPem = options.publicKey === undefined ? undefined : readText('--public-key', options.publicKey);
  if (options.profileFile !== undefined) readText('--profile-file', options.profileFile);
  let result;
  try {
    result = verifyReport(report, { ...(publicKeyPem === undefined ? {} : { publicKeyPem }), ...(options.profileFile === undefined ? {} : { profileFile: options.profileFile }) });
  } catch (error) {
    if (error instanceof SigningKeyError) throw new UsageError(`--public-key ${options.publicKey ?? ''}: ${error.message}`);
    throw error;
  }
  for (const line of result.lines) io.stdout(`${line.ok ? 'ok  ' : 'FAIL'} ${line.text}`);
  io.stdout(result.ok ? `${file}: verified (verdict ${report.verdict})` : `${file}: NOT verified`);
  return result.ok ? EXIT_CODES.ok : EXIT_CODES.failed;
}

export function runDiff(oldFile: string, newFile: string, io: ReportIo = consoleIo): number {
  const diff = diffReports(readReportFile(oldFile), readReportFile(newFile));
  for (const line of formatDiff(diff)) io.stdout(line);
  return diff.regression ? EXIT_CODES.failed : EXIT_CODES.ok;
}

export function runRender(file: string, options: { reporter: string; out: string }, io: ReportIo = consoleIo): number {
  const report = readReportFile(file);
  const reporters = reportersOption(options.reporter);
  outputDirOption(options.out);
  for (const written of writeReport(options.out, report, reporters)) io.stdout(written);
  return EXIT_CODES.ok;
}

export function registerReportCommand(program: Command, outcome: CliOutcome): void {
  const report = program.command('report').description('Verify, compare or re-render a report.json');
  report
    .command('verify <report>')
    .description('Check the signature and the hashes of a signed report (exit 0: verified, 1: not, 2: usage)')
    .option('--public-key <pem>', 'the signer\'s public key: the report must be signed by exactly this key')
    .option('--profile-file <file>', 'the --expect profile file to compare with the report\'s profile hash')
    .action((file: string, options: { publicKey?: string; profileFile?: string }) => {
      outcome.exitCode = runVerify(file, options);
    });
  report
    .command('diff <old> <new>')
    .description('New failures, fixes, changed statuses and error codes between two reports (exit 1 on a regression)')
    .action((oldFile: string, newFile: string) => {
      outcome.exitCode = runDiff(oldFile, newFile);
    });
  report
    .command('render <report>')
    .description('Render a report.json again, in any format')
    .option('--reporter <list>', `formats, comma-separated: ${REPORTER_NAMES.join(', ')}`, REPORTER_NAMES.join(','))
    .option('--out <dir>', 'directory to write into', DEFAULT_REPORT_DIR)
    .action((file: string, options: { reporter: string; out: string }) => {
      outcome.exitCode = runRender(file, options);
    });
}
