import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAMILY_IDS } from '../conformance/probes/check.ts';
import { runProbes } from '../conformance/runner/index.ts';
import { startSimulatorTarget } from '../conformance/targets/index.ts';
import { PROBE_RESULT_FILE, writeProbeResult, type ProbeResult } from './index.ts';
import schema from './probe-result.schema.json' with { type: 'json' };

// The result is the contract with renderers and diffs: it validates against its JSON Schema,
// and the same seed on the same target gives the same file but for the run's times.

const dir = mkdtempSync(join(tmpdir(), 'probe-result-'));
let failing: ProbeResult;
const passing: ProbeResult[] = [];

beforeAll(async () => {
  const targets = await Promise.all([startSimulatorTarget({ defects: ['missingErrorCode'] }), startSimulatorTarget(), startSimulatorTarget()]);
  try {
    const [withDefect, first, second] = targets;
    if (withDefect === undefined || first === undefined || second === undefined) throw new Error('no targets');
    failing = await runProbes({ target: withDefect, runs: 3, seed: 5 });
    passing.push(await runProbes({ target: first, runs: 3, seed: 5 }), await runProbes({ target: second, runs: 3, seed: 5 }));
  } finally {
    await Promise.all(targets.map((target) => target.close()));
  }
  // Three full runs: every family plays all its examples (every operation), whatever `runs` says.
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  ajvFormats.default(ajv);
  return ajv.compile(schema);
}

describe('probe-result.json', () => {
  it('is written to DIR/probe-result.json and reads back as the result', () => {
    const file = writeProbeResult(join(dir, 'nested', 'out'), failing);
    expect(file).toBe(join(dir, 'nested', 'out', PROBE_RESULT_FILE));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(JSON.stringify(failing)));
  });

  it('validates against probe-result.schema.json, failures and findings included', () => {
    const validate = validator();
    expect(failing.summary.failed).toBeGreaterThan(0);
    expect(validate(JSON.parse(JSON.stringify(failing))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...failing, schemaVersion: 2 })).toBe(false);
  });

  it('names in the schema exactly the families the engine has', () => {
    expect(schema.$defs.family.enum).toEqual([...FAMILY_IDS]);
  });

  it('keeps secrets out: no bearer token, signature or password in clear', () => {
    const text = JSON.stringify(failing);
    expect(text).not.toMatch(/"authorization":"Bearer /i);
    expect(text).not.toMatch(/PowerAuth pa_activation_id/);
    expect(text).toContain('[REDACTED');
  });

  it('is the same for the same seed on the same kind of target, but for the run times', () => {
    const comparable = (result: ProbeResult) => JSON.stringify({ ...result, run: { ...result.run, startedAt: '', finishedAt: '' } });
    expect(comparable(passing[0] as ProbeResult)).toBe(comparable(passing[1] as ProbeResult));
  });
});
