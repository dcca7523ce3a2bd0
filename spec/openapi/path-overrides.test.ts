import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from './document.ts';
import { EXTENSION } from './extensions.ts';
import { readField } from './json-node.ts';
import { listOperations } from './operations.ts';
import { applyPathOverrides, loadPathOverrides, parsePathOverrides } from './path-overrides.ts';

const doc = loadOpenApiDocument();
const CONSUMERS = '/api/partner/consumers/{endUserId}/sca-devices';
const DOCUMENTED = '/api/partner/end-users/{endUserId}/sca-devices';

describe('parsePathOverrides', () => {
  it('accepts a mapping whose templates keep the documented parameters', () => {
    const json = { registerScaDevice: CONSUMERS, activateScaDevice: '/v2/devices/{scaDeviceId}:activate' };
    expect(parsePathOverrides(json)).toEqual(json);
    expect(parsePathOverrides({})).toEqual({});
  });

  it('refuses an unknown operationId and lists the valid ones', () => {
    expect(() => parsePathOverrides({ getEndUser: '/x' })).toThrow(
      /^path overrides: unknown operationId "getEndUser"; valid operationIds: login, refreshToken, createConsumer, getConsumer, createCorporate, getCorporate, registerScaDevice, .*, createCryptoBeneficiary$/,
    );
  });

  it('refuses values that are not strings, and JSON that is not an object', () => {
    expect(() => parsePathOverrides({ login: 42 })).toThrow('"login" must be a string path template, got a number');
    expect(() => parsePathOverrides({ login: null })).toThrow('got null');
    expect(() => parsePathOverrides(['login'])).toThrow('expected a JSON object mapping operationId to path template, got an array');
  });

  it('refuses templates that do not start with "/"', () => {
    expect(() => parsePathOverrides({ login: 'api/login' })).toThrow('"login" must start with "/", got "api/login"');
  });

  it('refuses templates whose parameters differ from the documented ones', () => {
    expect(() => parsePathOverrides({ registerScaDevice: '/api/partner/consumers/{id}/sca-devices' })).toThrow(
      '"registerScaDevice" must use the path parameters {endUserId} of /api/partner/end-users/{endUserId}/sca-devices, got {id} in /api/partner/consumers/{id}/sca-devices',
    );
    expect(() => parsePathOverrides({ login: '/login/{partner}' })).toThrow('must use the path parameters (none)');
  });

  it('refuses malformed templates, naming the rule', () => {
    expect(() => parsePathOverrides({ registerScaDevice: '/consumers/{endUserId' })).toThrow(
      '"registerScaDevice": path template "/consumers/{endUserId" has a "{" without its "}"',
    );
    expect(() => parsePathOverrides({ login: '/login?x=1' })).toThrow('must not contain a query string');
  });
});

describe('loadPathOverrides', () => {
  const dir = mkdtempSync(join(tmpdir(), 'linkcy-paths-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, text: string): string => {
    const path = join(dir, name);
    writeFileSync(path, text);
    return path;
  };

  it('reads a valid file', () => {
    expect(loadPathOverrides(file('ok.json', JSON.stringify({ registerScaDevice: CONSUMERS })))).toEqual({ registerScaDevice: CONSUMERS });
  });

  it('names the file when it is missing, not JSON, or invalid', () => {
    expect(() => loadPathOverrides(join(dir, 'absent.json'))).toThrow(/absent\.json: cannot be read \(ENOENT/);
    expect(() => loadPathOverrides(file('bad.json', '{ login: '))).toThrow(/bad\.json: not valid JSON/);
    expect(() => loadPathOverrides(file('unknown.json', '{"nope": "/x"}'))).toThrow(/unknown\.json: unknown operationId "nope"/);
  });
});

describe('applyPathOverrides', () => {
  it('moves the operation to the real path and leaves the shared document untouched', () => {
    const applied = applyPathOverrides(doc, { registerScaDevice: CONSUMERS });
    expect(Object.keys(applied.paths ?? {})).toContain(CONSUMERS);
    expect(Object.keys(applied.paths ?? {})).not.toContain(DOCUMENTED);
    const moved = applied.paths?.[CONSUMERS]?.post;
    expect(moved?.operationId).toBe('registerScaDevice');
    expect(readField(moved, EXTENSION.pathOverride)).toEqual({ documentedPath: DOCUMENTED });
    expect(readField(moved, EXTENSION.source)).toEqual(readField(doc.paths?.[DOCUMENTED]?.post, EXTENSION.source));
    expect(Object.keys(doc.paths ?? {})).toContain(DOCUMENTED);
  });

  it('feeds listOperations, which reports the overridden template', () => {
    const operations = listOperations(doc, { registerScaDevice: CONSUMERS, deleteScaDevice: '/api/partner/devices/{scaDeviceId}' });
    expect(operations.find((operation) => operation.operationId === 'registerScaDevice')?.pathTemplate).toBe(CONSUMERS);
    expect(operations.find((operation) => operation.operationId === 'deleteScaDevice')?.pathTemplate).toBe('/api/partner/devices/{scaDeviceId}');
    expect(operations.find((operation) => operation.operationId === 'activateScaDevice')?.pathTemplate).toBe('/api/partner/sca-devices/{scaDeviceId}/activate');
  });

  it('lets two operations with different methods share a path', () => {
    const applied = applyPathOverrides(doc, { activateScaDevice: '/api/partner/sca-devices/{scaDeviceId}' });
    const item = applied.paths?.['/api/partner/sca-devices/{scaDeviceId}'];
    expect(item?.post?.operationId).toBe('activateScaDevice');
    expect(item?.delete?.operationId).toBe('deleteScaDevice');
  });

  it('refuses to put two operations on the same method and path', () => {
    expect(() => applyPathOverrides(doc, { createCard: '/api/partner/login' })).toThrow(
      '"createCard" moves POST to /api/partner/login, which /api/partner/login already serves',
    );
    expect(() => applyPathOverrides(doc, { createCard: '/api/partner/refresh', refreshToken: '/api/partner/refresh' })).toThrow(/already serves/);
  });

  it('validates what it is given like parsePathOverrides', () => {
    expect(() => applyPathOverrides(doc, { registerScaDevice: '/x/{id}' })).toThrow('must use the path parameters {endUserId}');
  });
});
