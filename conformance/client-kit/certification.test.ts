import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runClientCertification, type ClientCertificationResult } from './certification.ts';
import { SCENARIOS } from './scenarios.ts';

// The reference client (TypeScript, adapter and command mode) and the shell client (curl + jq,
// command mode) certify green on every scenario: the kit does not fail a correct client.

const REFERENCE_MODULE = 'examples/reference-client/run.ts';
const REFERENCE_COMMAND = 'node --import tsx examples/reference-client/main.ts';
const SHELL_COMMAND = 'sh examples/shell-client/linkcy-client.sh';

function expectGreen(result: ClientCertificationResult): void {
  const failures = result.scenarios.filter((scenario) => !scenario.passed).map(({ id, findings, crash, stderr }) => ({ id, findings, crash, stderr }));
  expect(failures).toEqual([]);
  expect(result.scenarios.map((scenario) => scenario.id)).toEqual(SCENARIOS.map((scenario) => scenario.id));
  expect(result.passed).toBe(SCENARIOS.length);
}

describe('client certification of correct clients', () => {
  it('passes the reference client in adapter mode (--client ./module.ts)', async () => {
    expectGreen(await runClientCertification({ client: { kind: 'adapter', module: REFERENCE_MODULE }, timeoutMs: 20_000 }));
  });

  it('passes the reference client in command mode', { timeout: 240_000 }, async () => {
    expectGreen(await runClientCertification({ client: { kind: 'command', command: REFERENCE_COMMAND } }));
  });

  it('passes a shell client written with curl and jq (command mode, another language)', { timeout: 240_000 }, async () => {
    for (const tool of ['curl', 'jq']) {
      expect(() => execFileSync('sh', ['-c', `command -v ${tool}`]), `${tool} must be installed (.ci/run installs it)`).not.toThrow();
    }
    expectGreen(await runClientCertification({ client: { kind: 'command', command: SHELL_COMMAND } }));
  });

  it('reports each scenario with the requests it judged and the outcome', async () => {
    const result = await runClientCertification({ client: { kind: 'adapter', module: REFERENCE_MODULE }, only: ['read-pin', 'delete-device', 'signature-refused'] });
    expect(result.scenarios.map(({ id, outcome, requests }) => ({ id, outcome, requests }))).toEqual([
      { id: 'read-pin', outcome: { ok: true }, requests: 2 },
      { id: 'delete-device', outcome: { ok: true }, requests: 2 },
      { id: 'signature-refused', outcome: { ok: false, errorCode: 'SCA_SIGNATURE_DOES_NOT_MATCH' }, requests: 2 },
    ]);
  });

  it('runs every scenario id of the contract, none pending', () => {
    expect(SCENARIOS.map((scenario) => scenario.id).sort()).toEqual(
      [
        'onboard-first-device',
        'onboard-extra-device',
        'create-card',
        'read-pin',
        'pan-credentials',
        'add-beneficiary',
        'transfer-to-beneficiary',
        'delete-device',
        'token-expired',
        'signature-refused',
        'no-active-device',
        'transient-failure',
        'sca-required',
        'production-profile',
      ].sort(),
    );
    const signedGets = SCENARIOS.filter((scenario) => scenario.id === 'read-pin' || scenario.id === 'pan-credentials');
    expect(signedGets.map((scenario) => scenario.expect[0])).toEqual([
      { ok: true, verify: { answered: 'getCardPin' } },
      { ok: true, verify: { answered: 'getCardPanCredentials' } },
    ]);
  });

  it('refuses an unknown scenario naming the known ones, and a module without run()', async () => {
    await expect(runClientCertification({ client: { kind: 'adapter', module: REFERENCE_MODULE }, only: ['read-cvv'] })).rejects.toThrow(
      /unknown scenario read-cvv; known: onboard-first-device/,
    );
    await expect(runClientCertification({ client: { kind: 'adapter', module: 'conformance/client-kit/scenarios.ts' } })).rejects.toThrow(
      /must export a function run\(scenario, env\)/,
    );
  });
});

describe('the README example', () => {
  it('is examples/shell-client/minimal.sh, 20 lines, and fails exactly the scenarios the README says', { timeout: 240_000 }, async () => {
    const script = readFileSync('examples/shell-client/minimal.sh', 'utf8');
    expect(readFileSync('README.md', 'utf8')).toContain(`\`\`\`sh\n${script}\`\`\``);
    expect(script.trimEnd().split('\n')).toHaveLength(20);
    const result = await runClientCertification({ client: { kind: 'command', command: 'sh examples/shell-client/minimal.sh' } });
    expect(result.scenarios.filter((scenario) => !scenario.passed).map(({ id, findings }) => ({ id, requirements: findings.map((finding) => finding.requirementId) }))).toEqual([
      // It onboards a device whatever the scenario: the business calls are the full client's.
      ...['create-card', 'read-pin', 'pan-credentials', 'add-beneficiary', 'transfer-to-beneficiary'].map((id) => ({ id, requirements: ['SCA-CLI-017'] })),
      { id: 'token-expired', requirements: ['SCA-CLI-013'] },
      // no-active-device passes: its registration, with a device pending and none ACTIVE, is
      // refused NO_ACTIVE_SCA_DEVICE_FOUND (D-AUDIT-1), and it surfaces that code.
    ]);
  });
});
