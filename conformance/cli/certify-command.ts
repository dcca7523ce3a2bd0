import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { buildReport, clientScenariosSection, REPORTER_NAMES, suiteHashes } from '../../reports/index.ts';
import { DEFAULT_SCENARIO_TIMEOUT_MS } from '../client-kit/index.ts';
import { certifyClient } from './certify-client-command.ts';
import { addRunOptions, parseProbeOptions, processConsole, type ProbeCommandOptions } from './probe-command.ts';
import type { ConsoleIo } from './progress.ts';
import type { CliOutcome } from './cli-outcome.ts';
import { publishReport, runProviderRun } from './provider-run.ts';

// `linkcy-sca certify`: the run a partner signs off.
// - With `--client-cmd "<cmd>"` or `--client ./module.ts`: the partner's CLIENT against the client
//   kit's scenarios (conformance/client-kit): DIR/client-certification.json (the exchanges) and the
//   report, a client-scenarios section.
// - Without: every provider probe against the target (default the embedded simulator) and, on the
//   embedded simulator, the reference client through every client scenario (the kit checking
//   itself): one report, two sections.
// Every report format goes to ./linkcy-sca-report/; `--sign-key` makes report.json a certificate.
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
  const parsed = parseProbeOptions(options, 'certify');
  const clientOptions = { timeout: options.clientTimeout, out: options.out };
  if (options.clientCmd !== undefined || options.client !== undefined) {
    const startedAt = new Date().toISOString();
    const result = await certifyClient(
      {
        ...clientOptions,
        ...(options.clientCmd === undefined ? {} : { clientCmd: options.clientCmd }),
        ...(options.client === undefined ? {} : { client: options.client }),
        ...(options.scenarios === undefined ? {} : { only: options.scenarios }),
      },
      io,
    );
    const section = clientScenariosSection(result, startedAt, new Date().toISOString(), clientRerun(options));
    const report = buildReport({ sections: [section], hashes: suiteHashes(), target: null, client: { command: result.client, description: result.client } });
    return publishReport(report, parsed, io);
  }
  if (options.target !== 'simulator') return runProviderRun(parsed, io);
  // The kit checking itself: the reference client's scenarios join the provider's report.
  const startedAt = new Date().toISOString();
  const reference = await certifyClient({ ...clientOptions, client: REFERENCE_CLIENT }, io);
  const section = clientScenariosSection(reference, startedAt, new Date().toISOString());
  return runProviderRun({ ...parsed, extraSections: [section] }, io);
}

function clientRerun(options: CertifyCommandOptions): string {
  const client = options.clientCmd === undefined ? `--client ${options.client ?? ''}` : `--client-cmd ${JSON.stringify(options.clientCmd)}`;
  return `npx linkcy-sca certify ${client}${options.scenarios === undefined ? '' : ` --scenarios ${options.scenarios}`}`;
}
