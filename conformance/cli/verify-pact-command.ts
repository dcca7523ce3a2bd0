import { Option, type Command } from 'commander';
// Not contracts/index.ts: it loads the Pact library (seconds), which only the worker needs.
import { PactFileError, readPactFile, type ReadPact } from '../../contracts/check/read-pact.ts';
import { verifyPact, type InteractionOutcome, type VerificationConfig } from '../pact-verify/index.ts';
import type { SimulatorDefect } from '../simulator/index.ts';
import type { ConsoleIo } from './progress.ts';
import { loadPathOverridesOrUsage, processConsole } from './probe-command.ts';
import type { CliOutcome } from './cli-outcome.ts';
import { EXIT_CODES, UsageError } from './usage-error.ts';

// `linkcy-sca verify-pact <pact.json> --target <simulator|URL>`: provider verification of a pact
// with the Pact verifier, provider states built through the simulator's control plane and every
// recorded Linkcy-SCA-Signature replaced by a fresh one (conformance/pact-verify). Exit 0 every
// interaction verified, 1 any failed or not verified, 2 a usage error or an unusable target.

const EXAMPLES = `
Examples:
  # the committed reference pact against the embedded simulator
  $ linkcy-sca verify-pact contracts/pacts/linkcy-reference-client-linkcy-sca-api.json --target simulator

  # a simulator you started with "linkcy-sca serve --control" (its first stdout line in sim.json)
  $ linkcy-sca verify-pact my-app-linkcy.json --target http://127.0.0.1:8080 --simulator-info sim.json

  # any LinkCy URL: interactions whose provider states need the control plane are reported "not verified"
  $ linkcy-sca verify-pact my-app-linkcy.json --target https://sandbox.example.test

  # show why re-signing is needed: the recorded signatures are refused
  $ linkcy-sca verify-pact my-app-linkcy.json --target simulator --no-resign
`;

interface VerifyPactCommandOptions {
  target: string;
  simulatorInfo?: string;
  profile?: string;
  paths?: string;
  resign: boolean;
}

export function registerVerifyPactCommand(program: Command, outcome: CliOutcome): void {
  program
    .command('verify-pact')
    .description('Verify a Pact file against a LinkCy target, re-signing every DATA_SIGNING request with a live device (exit 0: all verified, 1: any failed or not verified, 2: usage or unusable target)')
    .argument('<pact.json>', 'a Pact file (specification 2 to 4) whose provider is the LinkCy API')
    .requiredOption('--target <target>', 'simulator (embedded, started and stopped with the run) or an http(s) URL')
    .option('--simulator-info <file>', 'with a URL target: first stdout line of "linkcy-sca serve --control", so provider states are built through its control plane')
    .addOption(new Option('--profile <profile>', 'embedded simulator: the profile it runs').choices(['sandbox', 'production']))
    .option('--paths <file>', 'JSON file mapping operationId to the target\'s real path template (the states\' own calls use it; the embedded simulator serves it)')
    .option('--no-resign', 'send recorded Linkcy-SCA-Signature values as they are (they fail: shows why re-signing is needed)')
    .addHelpText('after', EXAMPLES)
    .action(async (pactFile: string, options: VerifyPactCommandOptions) => {
      outcome.exitCode = await runVerifyPact(parseVerifyPactOptions(pactFile, options), processConsole());
    });
}

export interface VerifyPactRun {
  readonly config: VerificationConfig;
  readonly pact: ReadPact;
}

export function parseVerifyPactOptions(pactFile: string, options: VerifyPactCommandOptions): VerifyPactRun {
  const { target } = options;
  if (target !== 'simulator' && !/^https?:\/\//i.test(target)) {
    throw new UsageError(`--target: expected simulator or an http(s) URL, got ${JSON.stringify(target)}`);
  }
  if (options.simulatorInfo !== undefined && target === 'simulator') {
    throw new UsageError('--simulator-info describes a simulator at a URL target; the embedded simulator (--target simulator) needs none');
  }
  if (options.profile !== undefined && target !== 'simulator') {
    throw new UsageError('--profile applies to the embedded simulator (--target simulator); a URL target runs what it runs');
  }
  let pact: ReadPact;
  try {
    pact = readPactFile(pactFile);
  } catch (error) {
    if (error instanceof PactFileError) throw new UsageError(`<pact.json> ${error.message}`);
    throw error;
  }
  return {
    pact,
    config: {
      pactFile,
      target,
      resign: options.resign,
      ...(options.simulatorInfo === undefined ? {} : { simulatorInfo: options.simulatorInfo }),
      ...(options.profile === 'sandbox' || options.profile === 'production' ? { profile: options.profile } : {}),
      ...(options.paths === undefined ? {} : { pathOverrides: loadPathOverridesOrUsage(options.paths) }),
    },
  };
}

/** Runs the verification and prints one line per interaction; `defects` is for tests only. */
export async function runVerifyPact(run: VerifyPactRun, io: ConsoleIo, defects?: readonly SimulatorDefect[]): Promise<number> {
  const { pact, config } = run;
  const message = await verifyPact({ ...config, ...(defects === undefined ? {} : { defects }) });
  if (message.kind === 'target-error') throw new UsageError(`--target ${config.target}: ${message.message}`);
  if (message.kind === 'error') {
    io.stderr(`linkcy-sca: verify-pact: ${message.message}`);
    return EXIT_CODES.failed;
  }
  io.stdout(`Verifying ${config.pactFile} (Pact ${pact.specification}, ${pact.consumer} -> ${pact.provider}) against ${message.target}${config.resign ? '' : ', re-signing OFF'}`);
  for (const outcome of message.outcomes) for (const line of outcomeLines(outcome)) io.stdout(line);
  const count = (verdict: InteractionOutcome['verdict']): number => message.outcomes.filter((outcome) => outcome.verdict === verdict).length;
  const total = message.outcomes.length;
  io.stdout(
    `${total} interaction${total === 1 ? '' : 's'}: ${count('passed')} passed, ${count('failed')} failed, ${count('not-verified')} not verified ` +
      `(${message.outcomes.filter((outcome) => outcome.resigned).length} requests re-signed, ${(message.durationMs / 1000).toFixed(1)} s)`,
  );
  if (total === 0) io.stdout('The pact has no interactions: nothing was verified.');
  return total > 0 && count('passed') === total ? EXIT_CODES.ok : EXIT_CODES.failed;
}

const VERDICT_LABELS: Readonly<Record<InteractionOutcome['verdict'], string>> = {
  passed: 'PASSED      ',
  failed: 'FAILED      ',
  'not-verified': 'NOT VERIFIED',
};

function outcomeLines(outcome: InteractionOutcome): string[] {
  const given = outcome.states.length === 0 ? '' : ` (given ${outcome.states.map((state) => `"${state}"`).join(', ')})`;
  const lines = [`  ${VERDICT_LABELS[outcome.verdict]}  ${outcome.description}${given}`];
  for (const reason of outcome.reasons) lines.push(`      ${reason}`);
  if (outcome.verdict !== 'passed') for (const note of outcome.notes) lines.push(`      note: ${note}`);
  return lines;
}
