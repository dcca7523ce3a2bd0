import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../spec/powerauth/index.ts';
import { parseSimulatorInfo, readSimulatorInfo } from './simulator-info.ts';

const INFO = {
  url: 'http://127.0.0.1:4100',
  partner: { partnerName: 'sandbox-partner', username: 'partner', password: 'secret-password-123' },
  masterPublicKey: generateKeyPair().publicKey.toString('base64'),
  applicationKey: Buffer.alloc(16, 1).toString('base64'),
  applicationSecret: Buffer.alloc(16, 2).toString('base64'),
  controlPrefix: '/__control',
};

describe('parseSimulatorInfo', () => {
  it('accepts the first stdout line of linkcy-sca serve, with or without a control prefix', () => {
    expect(parseSimulatorInfo(INFO)).toEqual(INFO);
    const { controlPrefix: _prefix, ...withoutControl } = INFO;
    expect(parseSimulatorInfo(withoutControl)).toEqual(withoutControl);
  });

  it.each([
    ['url', { ...INFO, url: 'ftp://host' }, '"url" must be an http(s) URL, got a string of 10 characters'],
    ['partner', { ...INFO, partner: undefined }, '"partner" must be an object with partnerName, username and password, got nothing (missing)'],
    ['partner.password', { ...INFO, partner: { ...INFO.partner, password: '' } }, '"partner.password" must be a non-empty string, got an empty string'],
    ['partner.username', { ...INFO, partner: { ...INFO.partner, username: 7 } }, '"partner.username" must be a non-empty string, got a number'],
    ['masterPublicKey', { ...INFO, masterPublicKey: Buffer.alloc(65, 9).toString('base64') }, '"masterPublicKey" must be Base64 of a P-256 public key'],
    ['applicationKey', { ...INFO, applicationKey: 'not base64!' }, '"applicationKey" must be non-empty canonical Base64'],
    ['applicationSecret', { ...INFO, applicationSecret: null }, '"applicationSecret" must be non-empty canonical Base64, got null'],
    ['controlPrefix', { ...INFO, controlPrefix: '/__control/' }, '"controlPrefix" must be a path starting with "/" and not ending with "/"'],
    ['(root)', [INFO], '"(root)" must be a JSON object, got an array'],
  ])('names the field %s when it is wrong', (_field, info, message) => {
    expect(() => parseSimulatorInfo(info)).toThrow(message);
  });

  it('never puts a secret value in an error', () => {
    const wrong = { ...INFO, partner: { ...INFO.partner, password: 42 }, applicationSecret: 'secret value' };
    expect(() => parseSimulatorInfo({ ...wrong, partner: INFO.partner })).toThrow(/applicationSecret/);
    expect(() => parseSimulatorInfo({ ...wrong, partner: INFO.partner })).not.toThrow(/secret value/);
  });
});

describe('readSimulatorInfo', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'linkcy-sca-info-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  async function file(name: string, text: string): Promise<string> {
    const path = join(directory, name);
    await writeFile(path, text);
    return path;
  }

  it('reads the first non-empty line and ignores what the server printed after it', async () => {
    expect(readSimulatorInfo(await file('ok.jsonl', `\n${JSON.stringify(INFO)}\nPOST /api/partner/login 200\n`))).toEqual(INFO);
  });

  it('names the file and the missing field', async () => {
    const { masterPublicKey: _key, ...missing } = INFO;
    const path = await file('missing.json', JSON.stringify(missing));
    expect(() => readSimulatorInfo(path)).toThrow(`simulator info file ${path}: "masterPublicKey" must be Base64 of a P-256 public key (SEC1, 33 or 65 bytes), got nothing (missing)`);
  });

  it('refuses an empty file, a first line that is not JSON, and a file that cannot be read', async () => {
    const empty = await file('empty.json', '\n\n');
    expect(() => readSimulatorInfo(empty)).toThrow(`simulator info file ${empty}: is empty`);
    const log = await file('log.txt', 'Starting...\n{}');
    expect(() => readSimulatorInfo(log)).toThrow(`simulator info file ${log}: the first line is not JSON`);
    const absent = join(directory, 'absent.json');
    expect(() => readSimulatorInfo(absent)).toThrow(`simulator info file ${absent}: cannot be read`);
  });
});
