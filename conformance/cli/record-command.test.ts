import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecordingFile } from '../client-kit/index.ts';
import { startSimulator } from '../simulator/index.ts';
import { main } from './main.ts';
import { runRecord, type RecordCommandOptions } from './record-command.ts';

// `linkcy-sca record` (the recording proxy) and `linkcy-sca judge`: their options.

const dir = mkdtempSync(join(tmpdir(), 'linkcy-record-'));
const OPTIONS: RecordCommandOptions = { upstream: 'http://127.0.0.1:1', out: join(dir, 'r.jsonl'), port: '0', host: '127.0.0.1', profile: 'sandbox', signatureTtl: '30s' };

describe('linkcy-sca record', () => {
  it('prints its URL, forwards to the upstream and records until stopped', async () => {
    const simulator = await startSimulator();
    const stop = new AbortController();
    const lines: string[] = [];
    const running = runRecord({ ...OPTIONS, upstream: simulator.url }, (line) => lines.push(line), stop.signal);
    await expect.poll(() => lines.length).toBe(1);
    const { url } = JSON.parse(lines[0] ?? '{}') as { url: string };
    expect((await fetch(`${url}/health`)).status).toBe(200);
    stop.abort();
    await running;
    await simulator.stop();
    expect(readRecordingFile(OPTIONS.out).exchanges.map(({ target, status }) => ({ target, status }))).toEqual([{ target: '/health', status: 200 }]);
  });

  it.each([
    [{ upstream: 'ftp://example.com' }, /^--upstream: expected an http\(s\) URL/],
    [{ upstream: 'not a url' }, /^--upstream/],
    [{ profile: 'staging' }, /^--profile: expected sandbox or production/],
    [{ port: '99999' }, /^--port/],
    [{ signatureTtl: 'soon' }, /^--signature-ttl/],
    [{ out: join(dir, 'no', 'such', 'dir', 'r.jsonl') }, /^--out /],
  ])('refuses %j naming the option', async (override, message) => {
    await expect(runRecord({ ...OPTIONS, ...override }, () => undefined, AbortSignal.abort())).rejects.toThrow(message);
  });

  it('exits 2 from main on a usage error of record or judge', async () => {
    expect(await main(['record', '--upstream', 'ftp://x', '--out', join(dir, 'x.jsonl')])).toBe(2);
    expect(await main(['judge', join(dir, 'missing.jsonl')])).toBe(2);
    expect(await main(['judge', OPTIONS.out, '--profile', 'staging'])).toBe(2);
  });
});
