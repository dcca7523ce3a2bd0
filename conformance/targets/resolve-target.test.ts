import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget } from './resolve-target.ts';
import { TargetUnreachableError } from './target.ts';

const FORMS = 'simulator, prism, proxy:<http(s) URL>, <http(s) URL>';

/** A loopback URL nothing listens on: a port the OS handed out and took back. */
async function closedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `http://127.0.0.1:${address.port}`;
}

describe('resolveTarget', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'linkcy-sca-resolve-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it.each(['', 'simulators', 'mock', 'ftp://example.com', 'proxy:', 'proxy:ftp://example.com', 'proxy:simulator', 'example.com'])(
    'refuses %j, listing the accepted forms',
    async (spec) => {
      await expect(resolveTarget(spec)).rejects.toThrow(FORMS);
    },
  );

  it('refuses URLs that cannot take an appended path, or carry credentials (never echoing them)', async () => {
    await expect(resolveTarget('https://example.com/api?x=1')).rejects.toThrow('must not have a query or fragment');
    const withCredentials = resolveTarget('proxy:https://partner:hunter2@example.com');
    await expect(withCredentials).rejects.toThrow('credentials in the URL are not supported');
    await expect(withCredentials).rejects.not.toThrow('hunter2');
  });

  it('refuses options that do not fit the target', async () => {
    await expect(resolveTarget('simulator', { simulatorInfo: 'info.json' })).rejects.toThrow('--simulator-info applies to a URL or proxy:<URL> target, not "simulator"');
    await expect(resolveTarget('prism', { simulatorInfo: 'info.json' })).rejects.toThrow('not "prism"');
    await expect(resolveTarget('https://example.com', { defects: ['ignoreTtl'] })).rejects.toThrow('simulator defects apply only to the embedded simulator target');
  });

  it('reads the simulator info before contacting anything, naming a missing field', async () => {
    const file = join(directory, 'partial.json');
    await writeFile(file, JSON.stringify({ url: 'http://127.0.0.1:1' }));
    await expect(resolveTarget(await closedUrl(), { simulatorInfo: file })).rejects.toThrow(`simulator info file ${file}: "partner" must be`);
  });

  it('throws TargetUnreachableError after one quick check of a URL or a proxy upstream nothing answers', async () => {
    const url = await closedUrl();
    await expect(resolveTarget(url)).rejects.toBeInstanceOf(TargetUnreachableError);
    await expect(resolveTarget(`proxy:${url}/api`)).rejects.toThrow(`target unreachable: GET ${url}/api/`);
  });

  it('starts the embedded simulator with the profile and defects given', async () => {
    const target = await resolveTarget('simulator', { profile: 'production', defects: ['offSchemaResponse'] });
    expect(target.description).toBe('simulator (embedded, production profile, defects: offSchemaResponse)');
    expect(target.capabilities.has('sca-semantics')).toBe(true);
    await target.close();
  });
});
