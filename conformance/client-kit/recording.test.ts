import { describe, expect, it } from 'vitest';
import { listOperations, loadOpenApiDocument } from '../../spec/openapi/index.ts';
import { startSimulator } from '../simulator/index.ts';
import { sha256 } from './app-stand-in.ts';
import { jwtKind, Recorder, type ObservedExchange } from './recording.ts';

// The recorder keeps what the judge needs of each secret (a hash, a kind, where it leaked) and
// nothing of the secret itself.

const TOKEN = 'partner-token-0123456789abcdef';
const NONCE = Buffer.alloc(16, 7).toString('base64');
const SIGNATURE_VALUE = Buffer.alloc(32, 9).toString('base64');
const SIGNATURE = `PowerAuth pa_activation_id="3c193fe9-ac04-4a2e-aa85-8b3d0ed4aeab", pa_application_key="${Buffer.alloc(16, 1).toString('base64')}", pa_nonce="${NONCE}", pa_signature_type="possession_knowledge", pa_signature="${SIGNATURE_VALUE}", pa_version="3.3"`;
const operations = listOperations(loadOpenApiDocument());

function observed(overrides: Partial<ObservedExchange>): ObservedExchange {
  return { at: 1, method: 'GET', target: '/health', requestHeaders: {}, requestBody: '', status: 200, responseBody: '', ...overrides };
}

function jwt(payload: object): string {
  return ['{"alg":"HS256"}', JSON.stringify(payload), 'sig'].map((part, index) => (index < 2 ? Buffer.from(part).toString('base64url') : part)).join('.');
}

describe('Recorder', () => {
  it('learns the partner token from a login answer and names the bearer kind of later calls', () => {
    const recorder = new Recorder(operations);
    recorder.record(observed({ method: 'POST', target: '/api/partner/login', requestBody: '{"password":"pw"}', responseBody: JSON.stringify({ token: TOKEN, refreshToken: 'refresh-0123456789' }) }));
    const call = recorder.record(observed({ method: 'DELETE', target: '/api/partner/sca-devices/x', requestHeaders: { authorization: `Bearer ${TOKEN}` }, status: 204 }));
    expect(call.facts.bearer).toBe('partner');
    expect(call.operationId).toBe('deleteScaDevice');
    recorder.knowToken('end-user-token-0123456789', 'end-user');
    expect(recorder.record(observed({ requestHeaders: { authorization: 'Bearer end-user-token-0123456789' } })).facts.bearer).toBe('end-user');
    expect(recorder.record(observed({ requestHeaders: { authorization: 'Bearer never-seen-0123456789' } })).facts.bearer).toBe('unknown');
    expect(recorder.record(observed({})).facts.bearer).toBe('none');
  });

  it('finds a known token, a secret-named parameter and a signature in the URL, and redacts them there', () => {
    const recorder = new Recorder(operations);
    const leak = recorder.record(observed({ target: `/api/partner/cards?t=${TOKEN}`, requestHeaders: { authorization: `Bearer ${TOKEN}` } }));
    expect(leak.facts.urlSecrets).toEqual(['token']);
    expect(leak.target).not.toContain(TOKEN);
    const named = recorder.record(observed({ target: '/api/partner/cards?password=hunter2&page=1' }));
    expect(named.facts.urlSecrets).toEqual(['a "password" query parameter']);
    expect(named.target).toMatch(/^\/api\/partner\/cards\?password=\[REDACTED len=7 sha256:[0-9a-f]{8}\]&page=1$/);
    expect(recorder.record(observed({ target: `/x?s=${encodeURIComponent(SIGNATURE)}` })).facts.urlSecrets).toEqual(['signature']);
    expect(recorder.record(observed({ target: '/api/partner/cards?page=2' })).facts.urlSecrets).toEqual([]);
  });

  it('keeps a signature as its hash and its grammar verdict; the escaped form hashes as the plain one', () => {
    const recorder = new Recorder(operations);
    const plain = recorder.record(observed({ requestHeaders: { 'linkcy-sca-signature': SIGNATURE } }));
    expect(plain.facts.signature).toMatchObject({ sha256: sha256(SIGNATURE), wellFormed: true, nonce: NONCE });
    expect(JSON.stringify(plain)).not.toContain(SIGNATURE_VALUE);
    const escaped = recorder.record(observed({ requestHeaders: { 'linkcy-sca-signature': SIGNATURE.replaceAll('"', '\\"') } }));
    expect(escaped.facts.signature).toMatchObject({ sha256: sha256(SIGNATURE), wellFormed: false });
  });

  it('masks every secret it knows in free text (a client stderr)', () => {
    const recorder = new Recorder(operations);
    recorder.knowSecret('s3cret-password', 'password');
    expect(recorder.redactText('login with s3cret-password failed')).toMatch(/^login with \[REDACTED len=15 sha256:[0-9a-f]{8}\] failed$/);
  });

  it('reads the role claim of a JWT, and nothing from an opaque token or another claim set', () => {
    expect(jwtKind(jwt({ role: 'partner' }))).toBe('partner');
    expect(jwtKind(jwt({ role: 'end-user', endUserId: 'e' }))).toBe('end-user');
    expect(jwtKind(jwt({ endUserId: 'e' }))).toBe('end-user');
    expect(jwtKind(jwt({ role: 'ADMIN' }))).toBeUndefined();
    expect(jwtKind(TOKEN)).toBeUndefined();
  });

  it("knows the simulator's own tokens by their role claim", async () => {
    const simulator = await startSimulator({ clock: 'manual' });
    try {
      const { endUserId } = simulator.control.createConsumer();
      expect(jwtKind(simulator.control.issueToken({ kind: 'partner' }).token)).toBe('partner');
      expect(jwtKind(simulator.control.issueToken({ kind: 'end-user', endUserId }).token)).toBe('end-user');
    } finally {
      await simulator.stop();
    }
  });
});
