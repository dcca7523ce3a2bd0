import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type SimulatorHandle } from '../simulator/index.ts';
import { resolveTarget } from './resolve-target.ts';
import { createUrlTarget } from './url-target.ts';
import { partnerToken } from './test-support.ts';

// A simulator "started elsewhere": in process here, but reached only through its URL and the
// info line `linkcy-sca serve` would print.
describe('URL target', () => {
  let simulator: SimulatorHandle;
  let directory: string;
  beforeAll(async () => {
    simulator = await startSimulator({ control: true });
    directory = await mkdtemp(join(tmpdir(), 'linkcy-sca-url-target-'));
  });
  afterAll(async () => {
    await simulator.stop();
    await rm(directory, { recursive: true, force: true });
  });

  async function infoFile(info: object): Promise<string> {
    const file = join(directory, `info-${Math.random().toString(36).slice(2)}.jsonl`);
    // The server keeps printing after its first line; only that line is the info.
    await writeFile(file, `${JSON.stringify(info)}\nlistening\n`);
    return file;
  }

  it('with --simulator-info gets the simulator semantics and its control plane through the URL', async () => {
    const target = await resolveTarget(simulator.url, { simulatorInfo: await infoFile(simulator.info) });
    expect(target.kind).toBe('url');
    expect(target.description).toBe(`${simulator.url} (a simulator, per --simulator-info)`);
    expect([...target.capabilities].sort()).toEqual(['control', 'sca-semantics', 'schema']);
    expect(target.info).toEqual(simulator.info);
    expect(await partnerToken(target)).not.toBe('');
    const { endUserId } = await (target.control ?? expect.unreachable('no control client')).createEndUser();
    expect(simulator.control.state().endUsers.map((endUser) => endUser.id)).toContain(endUserId);
    await target.close();
  });

  it('with info but no control prefix gets the semantics without control', async () => {
    const { controlPrefix: _served, ...withoutControl } = simulator.info;
    const target = await resolveTarget(simulator.url, { simulatorInfo: await infoFile(withoutControl) });
    expect([...target.capabilities].sort()).toEqual(['sca-semantics', 'schema']);
    expect(target.control).toBeUndefined();
  });

  it('without info checks the schema only', () => {
    const target = createUrlTarget(simulator.url);
    expect([...target.capabilities]).toEqual(['schema']);
    expect(target.info).toBeUndefined();
    expect(target.control).toBeUndefined();
    expect(target.description).toBe(simulator.url);
  });
});
