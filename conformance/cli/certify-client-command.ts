import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_SCENARIO_TIMEOUT_MS,
  runClientCertification,
  selectScenarios,
  type ClientCertificationResult,
  type ClientUnderTest,
  type ScenarioResult,
} from '../client-kit/index.ts';
import { parseDuration } from '../simulator/index.ts';
import { UsageError } from './usage-error.ts';

// The client mode of `linkcy-sca certify` (certify-command.ts): the client kit's scenarios against a
// partner's client; a line a scenario on stderr, the result as JSON in DIR/client-certification.json.
// The report (report.json and the other formats) gets it as a client-scenarios section.

export const CLIENT_CERTIFICATION_FILE = 'client-certification.json';

export interface CertifyClientOptions {
  clientCmd?: string;
  client?: string;
  only?: string;
  /** Per-scenario limit (a duration). */
  timeout: string;
  out: string;
}

export interface CertifyIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** Parses, runs, prints, writes client-certification.json; the result. A usage problem throws UsageError. */
export async function certifyClient(options: CertifyClientOptions, io: CertifyIo): Promise<ClientCertificationResult> {
  const client = clientOf(options);
  const only = options.only === undefined ? undefined : options.only.split(',').map((id) => id.trim()).filter((id) => id !== '');
  try {
    selectScenarios(only);
  } catch (error) {
    throw new UsageError(`--scenarios: ${error instanceof Error ? error.message : String(error)}`);
  }
  let timeoutMs: number;
  try {
    timeoutMs = parseDuration(options.timeout);
  } catch (error) {
    throw new UsageError(`--client-timeout: ${error instanceof Error ? error.message : String(error)}`);
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
  return result;
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
