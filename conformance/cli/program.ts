import { Command } from 'commander';
import { registerCertifyCommand } from './certify-command.ts';
import { registerJudgeCommand } from './judge-command.ts';
import { registerProbeCommand } from './probe-command.ts';
import { registerRecordCommand } from './record-command.ts';
import { registerReportCommand } from './report-command.ts';
import { registerServeCommand } from './serve-command.ts';
import { registerSpecCommand } from './spec-command.ts';
import type { CliOutcome } from './cli-outcome.ts';

/** The whole CLI surface; each command lives in its own module and only parses and delegates. */
export function createProgram(outcome: CliOutcome): Command {
  const program = new Command('linkcy-sca')
    .description('Conformance and contract tests for the LinkCy SCA (PSD2) API')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(text) });
  registerCertifyCommand(program, outcome);
  registerProbeCommand(program, outcome);
  registerReportCommand(program, outcome);
  registerServeCommand(program);
  registerSpecCommand(program);
  registerJudgeCommand(program, outcome);
  registerRecordCommand(program);
  return program;
}
