import type { Command } from 'commander';
import { listOperations, loadOpenApiDocument } from '../../spec/openapi/index.ts';
import { startRecordingFile, startRecordingProxy } from '../client-kit/index.ts';
import { parseDuration } from '../simulator/index.ts';
import { UsageError } from './usage-error.ts';

// `linkcy-sca record --upstream URL --out FILE`: a recording proxy in front of any LinkCy URL. The
// first stdout line is {"url": ...}: point the client's base URL at it. Stops on SIGINT/SIGTERM.

export interface RecordCommandOptions {
  upstream: string;
  out: string;
  port: string;
  host: string;
  profile: string;
  signatureTtl: string;
}

export function registerRecordCommand(program: Command): void {
  program
    .command('record')
    .description('Record a client session through a proxy in front of any LinkCy URL, for "linkcy-sca judge"')
    .requiredOption('--upstream <url>', 'the LinkCy base URL to forward to')
    .requiredOption('--out <file>', 'the recording to write')
    .option('--port <port>', 'TCP port, 0 for a free one', '0')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--profile <profile>', 'sandbox or production: the profile the upstream runs (judges BY_PASS)', 'sandbox')
    .option('--signature-ttl <duration>', 'the signature TTL the judge applies', '30s')
    .action(async (options: RecordCommandOptions) => {
      const stop = new AbortController();
      const abort = (): void => stop.abort();
      process.once('SIGINT', abort);
      process.once('SIGTERM', abort);
      try {
        await runRecord(options, (line) => process.stdout.write(`${line}\n`), stop.signal);
      } finally {
        process.off('SIGINT', abort);
        process.off('SIGTERM', abort);
      }
    });
}

export async function runRecord(options: RecordCommandOptions, print: (line: string) => void, stop: AbortSignal): Promise<void> {
  let upstream: URL;
  try {
    upstream = new URL(options.upstream);
  } catch {
    throw new UsageError(`--upstream: expected an http(s) URL, got ${JSON.stringify(options.upstream)}`);
  }
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:') throw new UsageError(`--upstream: expected an http(s) URL, got ${JSON.stringify(options.upstream)}`);
  const { profile } = options;
  if (profile !== 'sandbox' && profile !== 'production') throw new UsageError(`--profile: expected sandbox or production, got ${JSON.stringify(profile)}`);
  if (!/^\d{1,5}$/.test(options.port) || Number(options.port) > 65_535) throw new UsageError(`--port: expected an integer from 0 to 65535, got ${JSON.stringify(options.port)}`);
  let signatureTtlMs: number;
  try {
    signatureTtlMs = parseDuration(options.signatureTtl);
  } catch (error) {
    throw new UsageError(`--signature-ttl: ${error instanceof Error ? error.message : String(error)}`);
  }
  let write: ReturnType<typeof startRecordingFile>;
  try {
    write = startRecordingFile(options.out, { profile, signatureTtlMs });
  } catch (error) {
    throw new UsageError(`--out ${options.out}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const proxy = await startRecordingProxy({
    upstream: options.upstream,
    operations: listOperations(loadOpenApiDocument()),
    write,
    host: options.host,
    port: Number(options.port),
  });
  print(JSON.stringify({ url: proxy.url, upstream: options.upstream, recording: options.out }));
  if (!stop.aborted) await new Promise((resolve) => stop.addEventListener('abort', resolve, { once: true }));
  await proxy.stop();
}
