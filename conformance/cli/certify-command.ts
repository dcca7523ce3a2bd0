import type { Command } from 'commander';
import { REPORTER_NAMES } from '../../reports/index.ts';
import { addRunOptions, parseProbeOptions, processConsole, type ProbeCommandOptions } from './probe-command.ts';
import type { CliOutcome } from './program.ts';
import { runProviderRun } from './provider-run.ts';

// `linkcy-sca certify`: the run a partner signs off. With no options: every provider probe against
// the embedded simulator, every report format in ./linkcy-sca-report/. `--sign-key` makes the JSON
// a certificate (Ed25519 over its canonical form). Exit 0 only with zero failures, 1 on failures,
// 2 on a usage error.

export function registerCertifyCommand(program: Command, outcome: CliOutcome): void {
  const command = program
    .command('certify')
    .description('Run the conformance checks and write the report in every format (exit 0: zero failures, 1: failures, 2: usage error)')
    .option('--target <target>', 'simulator, prism, proxy:<URL> or <URL>', 'simulator')
    .option('--sign-key <pem>', 'Ed25519 private key (PKCS#8 PEM) to sign report.json with');
  addRunOptions(command, { reporter: REPORTER_NAMES.join(',') }).action(async (options: ProbeCommandOptions) => {
    outcome.exitCode = await runProviderRun(parseProbeOptions(options, 'certify'), processConsole());
  });
}
