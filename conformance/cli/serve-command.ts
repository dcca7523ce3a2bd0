import type { Command } from 'commander';
import { loadPathOverrides } from '../../spec/openapi/index.ts';
import { recordSimulator } from '../client-kit/index.ts';
import { DURATION_FORMS, parseDuration } from '../simulator/duration.ts';
import { SIMULATOR_DEFAULTS, startSimulator, type SimulatorInfo, type SimulatorOptions } from '../simulator/index.ts';
import { EXPECT_OPTION_DESCRIPTION, expectOption } from './expect-option.ts';
import { UsageError } from './usage-error.ts';

// `linkcy-sca serve`: the stateful simulator as a process. The first stdout line is one JSON
// object (SimulatorInfo) for tools; everything for people goes to stderr. Stops on SIGINT/SIGTERM.

/** A fixed default so a curl session can be written down; `--port 0` takes a free port. */
export const DEFAULT_SERVE_PORT = 4020;

export interface ServeCommandOptions {
  port: string;
  host: string;
  profile: string;
  signatureTtl: string;
  strictTtl?: boolean;
  control?: boolean;
  controlPrefix?: string;
  paths?: string;
  expect?: string;
  partnerPassword?: string;
  tokenTtl: string;
  refreshTokenTtl: string;
  clock: string;
  record?: string;
}

export interface ServeIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** Aborted when the simulator should stop. */
  readonly stop: AbortSignal;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the stateful LinkCy SCA simulator (prints one JSON line with its URL, credentials and keys)')
    .option('--port <port>', 'TCP port, 0 for a free one', String(DEFAULT_SERVE_PORT))
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--profile <profile>', 'sandbox (BY_PASS performs the operation) or production (BY_PASS refused)', 'sandbox')
    .option('--signature-ttl <duration>', `signature lifetime: ${DURATION_FORMS}`, '30s')
    .option('--strict-ttl', 'refuse signatures no virtual device recorded (unknown age)')
    .option('--control', 'serve the control plane (clock, end users, faults, push mode, state, exchanges, reset)')
    .option('--control-prefix <path>', 'path prefix of the control plane', '/__control')
    .option('--paths <file>', 'JSON file mapping operationId to the real path template')
    .option('--expect <file>', EXPECT_OPTION_DESCRIPTION)
    .option('--partner-password <password>', 'password of the seeded partner (default: random per start)')
    .option('--token-ttl <duration>', 'bearer token lifetime', '15m')
    .option('--refresh-token-ttl <duration>', 'refresh token lifetime', '24h')
    .option('--clock <mode>', 'system (wall clock, moved by the control plane) or manual (frozen until moved)', 'system')
    .option('--record <file>', 'write every exchange (secrets redacted, signatures as SHA-256) to FILE for "linkcy-sca judge"')
    .action(async (options: ServeCommandOptions) => {
      const simulatorOptions = parseServeOptions(options);
      const controller = new AbortController();
      const stop = (): void => controller.abort();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      try {
        await runServe(
          simulatorOptions,
          {
            stdout: (line) => process.stdout.write(`${line}\n`),
            stderr: (line) => process.stderr.write(`${line}\n`),
            stop: controller.signal,
          },
          options.record,
        );
      } finally {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
      }
    });
}

/** Every option checked; a bad one is a UsageError naming it and what it accepts. */
export function parseServeOptions(options: ServeCommandOptions): SimulatorOptions {
  const profile = options.profile;
  if (profile !== 'sandbox' && profile !== 'production') {
    throw new UsageError(`--profile: expected sandbox or production, got ${JSON.stringify(profile)}`);
  }
  const clock = options.clock;
  if (clock !== 'system' && clock !== 'manual') throw new UsageError(`--clock: expected system or manual, got ${JSON.stringify(clock)}`);
  if (!/^\d{1,5}$/.test(options.port) || Number(options.port) > 65_535) {
    throw new UsageError(`--port: expected an integer from 0 to 65535, got ${JSON.stringify(options.port)}`);
  }
  return {
    port: Number(options.port),
    host: options.host,
    profile,
    clock,
    signatureTtlMs: durationOption('--signature-ttl', options.signatureTtl),
    tokenTtlMs: durationOption('--token-ttl', options.tokenTtl),
    refreshTokenTtlMs: durationOption('--refresh-token-ttl', options.refreshTokenTtl),
    strictTtl: options.strictTtl === true,
    control: options.control === true,
    ...(options.controlPrefix === undefined ? {} : { controlPrefix: options.controlPrefix }),
    ...(options.partnerPassword === undefined ? {} : { partner: { password: options.partnerPassword } }),
    ...(options.paths === undefined ? {} : { pathOverrides: pathsOption(options.paths) }),
    ...(options.expect === undefined ? {} : { expect: expectOption(options.expect) }),
  };
}

/** Starts the simulator (recording to `recordFile` when given), prints its info, and stops it when `io.stop` aborts. */
export async function runServe(options: SimulatorOptions, io: ServeIo, recordFile?: string): Promise<void> {
  const recording = recordFile === undefined ? undefined : startRecording(recordFile, options);
  const simulator = await startSimulator({ ...options, ...(recording === undefined ? {} : { onExchange: recording.onExchange }) }).catch((error: unknown) => {
    throw new UsageError(startFailure(error, options));
  });
  recording?.attach(simulator);
  if (recordFile !== undefined) io.stderr(`recording every exchange to ${recordFile} (judge it with: linkcy-sca judge ${recordFile})`);
  const { info } = simulator;
  io.stdout(JSON.stringify(info));
  for (const line of friendlyLines(info, options)) io.stderr(line);
  if (!io.stop.aborted) await new Promise((resolve) => io.stop.addEventListener('abort', resolve, { once: true }));
  await simulator.stop();
  io.stderr('linkcy-sca simulator stopped');
}

function friendlyLines(info: SimulatorInfo, options: SimulatorOptions): string[] {
  const { partnerName, username } = info.partner;
  return [
    `linkcy-sca simulator listening on ${info.url} (${options.profile ?? SIMULATOR_DEFAULTS.profile} profile, signature TTL ${options.signatureTtlMs ?? SIMULATOR_DEFAULTS.signatureTtlMs} ms, ${options.clock ?? 'system'} clock)`,
    `partner: partnerName=${partnerName} username=${username} password=(in the JSON line on stdout)`,
    `log in: curl -s -X POST ${info.url}/api/partner/login -H 'content-type: application/json' -d '{"partnerName":"${partnerName}","username":"${username}","password":"…"}'`,
    info.controlPrefix === undefined
      ? 'control plane: off (start with --control to script end users, the clock, faults and push)'
      : `control plane: ${info.url}${info.controlPrefix} (see conformance/simulator/README.md)`,
    'stop with Ctrl+C',
  ];
}

function startRecording(file: string, options: SimulatorOptions): ReturnType<typeof recordSimulator> {
  try {
    return recordSimulator(file, {
      profile: options.profile ?? SIMULATOR_DEFAULTS.profile,
      signatureTtlMs: options.signatureTtlMs ?? SIMULATOR_DEFAULTS.signatureTtlMs,
    });
  } catch (error) {
    throw new UsageError(`--record ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function durationOption(option: string, text: string): number {
  try {
    return parseDuration(text);
  } catch (error) {
    throw new UsageError(`${option}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function pathsOption(file: string): NonNullable<SimulatorOptions['pathOverrides']> {
  try {
    return loadPathOverrides(file);
  } catch (error) {
    throw new UsageError(`--paths ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function startFailure(error: unknown, options: SimulatorOptions): string {
  const code = error !== null && typeof error === 'object' && 'code' in error ? error.code : undefined;
  if (code === 'EADDRINUSE') return `--port ${options.port}: the address is in use; choose another port (or --port 0 for a free one)`;
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `--host ${options.host}: cannot listen on this address`;
  return `cannot start the simulator: ${error instanceof Error ? error.message : String(error)}`;
}
