import type { Command } from 'commander';
import { judgeSession, readRecordingFile, type ClientFinding, type Recording } from '../client-kit/index.ts';
import type { CliOutcome } from './cli-outcome.ts';
import { EXIT_CODES, UsageError } from './usage-error.ts';

// `linkcy-sca judge FILE`: every per-request check of the client kit over a recorded session
// (`serve --record`, `record --upstream`). Exit 0: no finding; 1: findings; 2: unreadable file.

export interface JudgeCommandOptions {
  profile?: string;
  json?: boolean;
}

export function registerJudgeCommand(program: Command, outcome: CliOutcome): void {
  program
    .command('judge')
    .description("Judge a recorded client session (serve --record, record --upstream) with the client kit's per-request checks")
    .argument('<file>', 'the recording')
    .option('--profile <profile>', 'sandbox or production (default: the one the recording names)')
    .option('--json', 'print the findings as JSON')
    .action((file: string, options: JudgeCommandOptions) => {
      outcome.exitCode = runJudgeCommand(file, options, (line) => process.stdout.write(`${line}\n`));
    });
}

export function runJudgeCommand(file: string, options: JudgeCommandOptions, print: (line: string) => void): number {
  const { profile } = options;
  if (profile !== undefined && profile !== 'sandbox' && profile !== 'production') {
    throw new UsageError(`--profile: expected sandbox or production, got ${JSON.stringify(profile)}`);
  }
  let recording: Recording;
  try {
    recording = readRecordingFile(file);
  } catch (error) {
    const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
    throw new UsageError(code === 'ENOENT' ? `${file}: no such file` : error instanceof Error ? error.message : String(error));
  }
  const findings = judgeSession({
    scenario: 'recorded',
    profile: profile ?? recording.header.profile,
    signatureTtlMs: recording.header.signatureTtlMs,
    exchanges: recording.exchanges,
    ...(recording.appSignatures.length === 0 ? {} : { appSignatures: recording.appSignatures }),
  });
  if (options.json === true) print(JSON.stringify({ exchanges: recording.exchanges.length, findings }, null, 2));
  else {
    for (const finding of findings) print(findingLine(finding));
    print(`${recording.exchanges.length} exchanges judged, ${findings.length} finding${findings.length === 1 ? '' : 's'}`);
  }
  return findings.length === 0 ? EXIT_CODES.ok : EXIT_CODES.failed;
}

function findingLine(finding: ClientFinding): string {
  return `${finding.requirementId} ${finding.check} #${String(finding.exchangeId)} ${finding.request ?? ''}: ${finding.message}`;
}
