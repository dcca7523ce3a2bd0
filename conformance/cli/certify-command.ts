import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { REPORTER_NAMES } from '../../reports/index.ts';
import { DEFAULT_SCENARIO_TIMEOUT_MS } from '../client-kit/index.ts';
import { runClientCertifyCommand } from './certify-client-command.ts';
import { addRunOptions, parseProbeOptions, processConsole, type ProbeCommandOptions } from './probe-command.ts';
import type { ConsoleIo } from './progress.ts';
import type { CliOutcome } from './program.ts';
import { outputDirOption, runProviderRun } from './provider-run.ts';
import { EXIT_CODES } from './usage-error.ts';

// `linkcy-sca certify`: the run a partner signs off.
// - With `--client-cmd "<cmd>"` or `--client ./module.ts`: the partner's CLIENT against the client
//   kit's scenarios (conformance/client-kit), the result in DIR/client-certification.json.
// - Without: every provider probe against the target (default the embedded simulator), every report
//   format in ./linkcy-sca-report/, then, on the embedded simulator, the reference client through
//   every client scenario (the kit checking itself). `--sign-key` makes report.json a certificate.
// Exit 0 only with zero failures, 1 on failures, 2 on a usage error (3: --run-timeout reached).

/** Resolved from this file, so `npx linkcy-sca certify` finds it from any working directory. */
const REFERENCE_CLIENT = fileURLToPath(new URL('../../examples/reference-client/run.ts', import.meta.url));

interface CertifyCommandOptions extends ProbeCommandOptions {
  clientCmd?: string;
  client?: string;
  scenarios?: string;
  clientTimeout: string;
}

export function registerCertifyCommand(program: Command, outcome: CliOutcome): void {
  const command = program
    .command('certify')
    .description(
      "Certify a partner's client (--client-cmd or --client: the client kit's scenarios) or, without one, a provider: every probe, the report in every format, and the reference client (exit 0: zero failures, 1: failures, 2: usage error)",
    )
    .option('--target <target>', 'simulator, prism, proxy:<URL> or <URL>', 'simulator')
    .option('--sign-key <pem>', 'Ed25519 private key (PKCS#8 PEM) to sign report.json with')
    .option('--client-cmd <command>', 'certify a client run as a shell command once per scenario (any language)')
    .option('--client <module>', 'certify a JS/TS module exporting run(scenario, env)')
    .option('--scenarios <ids>', 'with a client: comma-separated scenario ids (default: every scenario)')
    .option('--client-timeout <duration>', 'with a client: per-scenario limit', `${DEFAULT_SCENARIO_TIMEOUT_MS / 1000}s`);
  addRunOptions(command, { reporter: REPORTER_NAMES.join(',') }).action(async (options: CertifyCommandOptions) => {
    outcome.exitCode = await runCertify(options, processConsole());
  });
}

export async function runCertify(options: CertifyCommandOptions, io: ConsoleIo): Promise<number> {
  outputDirOption(options.out);
  const client = { timeout: options.clientTimeout, out: options.out };
  if (options.clientCmd !== undefined || options.client !== undefined) {
    return runClientCertifyCommand(
      {
        ...client,
        ...(options.clientCmd === undefined ? {} : { clientCmd: options.clientCmd }),
        ...(options.client === undefined ? {} : { client: options.client }),
        ...(options.scenarios === undefined ? {} : { only: options.scenarios }),
      },
      io,
    );
  }
  const provider = await runProviderRun(parseProbeOptions(options, 'certify'), io);
  if (provider === EXIT_CODES.usage || provider === EXIT_CODES.timedOut || options.target !== 'simulator') return provider;
  const reference = await runClientCertifyCommand({ ...client, client: REFERENCE_CLIENT }, io);
  return Math.max(provider, reference);
}
