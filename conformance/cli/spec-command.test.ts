import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { OPERATION_IDS } from '../../spec/openapi/index.ts';
import { createProgram } from './program.ts';
import { formatSource, operationRows } from './spec-command.ts';

const dir = mkdtempSync(join(tmpdir(), 'linkcy-spec-command-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]): Promise<string> {
  let out = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  await createProgram({ exitCode: 0 }).parseAsync(['node', 'linkcy-sca', ...args]);
  return out;
}

describe('linkcy-sca spec operations', () => {
  it('lists every operation with method, path, token policy and SCA policy, each with its source', async () => {
    const rows = JSON.parse(await run('spec', 'operations', '--json')) as ReturnType<typeof operationRows>;
    expect(rows.map((row) => row.operationId)).toEqual([...OPERATION_IDS]);
    expect(rows.find((row) => row.operationId === 'createCard')).toEqual({
      operationId: 'createCard',
      method: 'POST',
      path: '/api/partner/cards',
      pathSource: { from: 'openapi-1.78', key: 'OAS178@176k' },
      token: { policy: 'partner-or-end-user', source: { from: 'inferred', key: 'G-EAUTH', decision: 'D-SRC-3' } },
      sca: { eligible: true, defaultPolicy: 'always', source: { from: 'inferred', key: 'P-CARD-L8', decision: 'D-SRC-5' } },
    });
    expect(rows.find((row) => row.operationId === 'deleteScaDevice')?.token).toEqual({ policy: 'partner', source: { from: 'seed', key: 'SEED000' } });
  });

  it('prints a table with the sources in words', async () => {
    const lines = (await run('spec', 'operations')).trimEnd().split('\n');
    expect(lines[0]).toMatch(/^operationId +method +path +path source +token +token source +sca +sca source$/);
    expect(lines).toHaveLength(OPERATION_IDS.length + 1);
    expect(lines.find((line) => line.startsWith('registerScaDevice '))).toMatch(/first-device-free +seed SEED001$/);
    expect(lines.find((line) => line.startsWith('login '))).toMatch(/never \(not eligible\) +inferred D-SRC-5 \(OAS178@80k\)$/);
  });

  it('marks a path moved by --paths as the user\'s, with the documented one', async () => {
    const file = join(dir, 'paths.json');
    writeFileSync(file, JSON.stringify({ registerScaDevice: '/api/partner/consumers/{endUserId}/sca-devices' }));
    const rows = JSON.parse(await run('spec', 'operations', '--json', '--paths', file)) as ReturnType<typeof operationRows>;
    expect(rows.find((row) => row.operationId === 'registerScaDevice')).toMatchObject({
      path: '/api/partner/consumers/{endUserId}/sca-devices',
      pathSource: { from: 'user', documentedPath: '/api/partner/end-users/{endUserId}/sca-devices' },
    });
  });

  it('adds the SCA policy a target profile declares with --expect, and refuses a bad profile naming the field', async () => {
    const file = join(dir, 'expect.json');
    writeFileSync(file, JSON.stringify({ scaPolicies: { createTransaction: 'never' } }));
    const rows = JSON.parse(await run('spec', 'operations', '--json', '--expect', file)) as ReturnType<typeof operationRows>;
    expect(rows.find((row) => row.operationId === 'createTransaction')?.sca).toMatchObject({ defaultPolicy: 'always', declaredPolicy: 'never' });
    expect(rows.find((row) => row.operationId === 'createCard')?.sca).toMatchObject({ defaultPolicy: 'always', declaredPolicy: 'always' });
    expect(rows.find((row) => row.operationId === 'login')?.sca.declaredPolicy).toBe('never');
    writeFileSync(file, JSON.stringify({ scaPolicies: { createTransaction: 'sometimes' } }));
    await expect(run('spec', 'operations', '--expect', file)).rejects.toThrow(/^--expect .*scaPolicies/);
  });

  it('formats each kind of source on one line', () => {
    expect(formatSource({ from: 'seed', key: 'SEED000' })).toBe('seed SEED000');
    expect(formatSource({ from: 'openapi-1.78', key: 'OAS178@80k', decision: 'D-SRC-3' })).toBe('openapi-1.78 OAS178@80k + D-SRC-3');
    expect(formatSource({ from: 'inferred', decision: 'D-SRC-9' })).toBe('inferred D-SRC-9');
  });
});

describe('linkcy-sca spec errors and requirements', () => {
  it('give each error code its status and source, and each requirement its seed file or digest keys', async () => {
    const errors = JSON.parse(await run('spec', 'errors', '--json')) as { code: string; status: number; source: { from: string } }[];
    expect(errors.find((row) => row.code === 'CARD_NOT_FOUND')).toMatchObject({ status: 404, source: { from: 'openapi-1.78', key: 'OAS178@304k' } });
    expect(errors.find((row) => row.code === 'SCA_REQUIRED')).toMatchObject({ status: 409, source: { from: 'seed', key: 'SEED000' } });
    const requirements = JSON.parse(await run('spec', 'requirements', '--json')) as { id: string; basis: string }[];
    expect(requirements.find((row) => row.id === 'SCA-KYC-001')?.basis).toBe('000_29bb8680d0172561.txt');
    expect(requirements.find((row) => row.id === 'SCA-ERR-013')?.basis).toBe('OAS178@0k, OAS178@349k, S-SA');
  });
});
