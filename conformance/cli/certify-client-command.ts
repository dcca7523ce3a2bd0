import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import {
  DEFAULT_SCENARIO_TIMEOUT_MS,
  runClientCertification,
  selectScenarios,
  type ClientCertificationResult,
  type ClientUnderTest,
  type ScenarioResult,
} from '../client-kit/index.ts';
import { parseDuration } from '../simulator/index.ts';
import type { CliOutcome } from './program.ts';
import { EXIT_CODES, UsageError } from './usage-error.ts';

// `linkcy-sca certify-client --client-cmd "<cmd>" | --client ./module.ts`: the client kit's
// scenarios against a partner's client; a line a scenario on stderr, the result as JSON in
// DIR/client-certification.json. Exit 0: every scenario passed; 1: a finding; 2: usage.
// The `certify` command (issue 12) takes the same options and calls runClientCertifyCommand.

export const CLIENT_CERTIFICATION_FILE = 'client-certification.json';

export interface CertifyClientOptions {
  clientCmd?: string;
  client?: string;
  only?: string;
  timeout: string;
  out: string;
}

export interface CertifyIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** The options `certify` shares; add them to a command with this. */
export function addClientOptions(command: Command): Command {
  return command
    .option('--client-cmd <command>', 'certify a client run as a shell command once per scenario (any language)')
    .option('--client <module>', 'certify a JS/TS module exporting run(scenario, env)')
    .option('--only <ids>', 'comma-separated scenario ids')
    .option('--timeout <duration>', 'per-scenario limit for the client', `${DEFAULT_SCENARIO_TIMEOUT_MS / 1000}s`)
    .option('--out <dir>', `directory to write ${CLIENT_CERTIFICATION_FILE} into`, 'reports');
}

export function registerCertifyClientCommand(program: Command, outcome: CliOutcome): void {
  addClientOptions(program.command('certify-client').description("Certify a partner's LinkCy client against the client kit's scenarios (exit 0: all passed, 1: findings, 2: usage)")).action(
    async (options: CertifyClientOptions) => {
      outcome.exitCode = await runClientCertifyCommand(options, {
        stdout: (line) => process.stdout.write(`${line}\n`),
        stderr: (line) => process.stderr.write(`${line}\n`),
      });
    },
  );
}

/** Parses, runs, prints, writes; the exit code. A usage problem throws UsageError. */
export async function runClientCertifyCommand(options: CertifyClientOptions, io: CertifyIo): Promise<number> {
  const client = clientOf(options);
  const only = options.only === undefined ? undefined : options.only.split(',').map((id) => id.trim()).filter((id) => id !== '');
  try {
    selectScenarios(only);
  } catch (error) {
    throw new UsageError(`--only: ${error instanceof Error ? error.message : String(error)}`);
  }
  let timeoutMs: number;
  try {
    timeoutMs = parseDuration(options.timeout);
  } catch (error) {
    throw new UsageError(`--timeout: ${error instanceof Error ? error.message : String(error)}`);
  }
  let result: ClientCertificationResult;
  try {
    result = await runClientCertification({ client, ...(only === undefined ? {} : { only }), timeoutMs, onScenario: (scenario) => io.stderr(scenarioLine(scenario)) });
  } catch (error) {
    if (error instanceof Error && error.message.startsWith('--client')) throw new UsageError(error.message);
    throw error;
  }
  mkdirSync(options.out, { recursive: true });
  const file = join(options.out, CLIENT_CERTIFICATION_FILE);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  io.stderr(`${result.passed} passed, ${result.failed} failed of ${result.scenarios.length} scenarios`);
  io.stdout(file);
  return result.failed === 0 ? EXIT_CODES.ok : EXIT_CODES.failed;
}

function clientOf(options: CertifyClientOptions): ClientUnderTest {
  if (options.clientCmd !== undefined && options.client !== undefined) throw new UsageError('--client-cmd and --client: give one of them, not both');
  if (options.clientCmd !== undefined) {
    if (options.clientCmd.trim() === '') throw new UsageError('--client-cmd: the command is empty');
    return { kind: 'command', command: options.clientCmd };
  }
  if (options.client !== undefined) return { kind: 'adapter', module: options.client };
  throw new UsageError('give the client to certify: --client-cmd "<shell command>" or --client ./module.ts');
}

function scenarioLine(scenario: ScenarioResult): string {
  const head = `${scenario.passed ? 'PASS' : 'FAIL'} ${scenario.id} (${scenario.durationMs} ms, ${scenario.requests} requests)`;
  const findings = scenario.findings.map((finding) => `  ${finding.requirementId} ${finding.check}${finding.request === null ? '' : ` ${finding.request}`}: ${finding.message}`);
  const evidence = !scenario.passed && scenario.stderr.trim() !== '' ? [`  client stderr (last lines): ${scenario.stderr.trim().split('\n').slice(-3).join(' | ')}`] : [];
  return [head, ...findings, ...evidence].join('\n');
}
