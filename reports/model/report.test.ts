import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REQUIREMENT_IDS } from '../../spec/requirements/index.ts';
import { PRODUCER_KINDS, VERDICTS, buildReport, mergeVerdicts, parseReport, renderJson, reportErrors, ReportFormatError, suiteHashes, type ConformanceReport } from '../index.ts';
import { probeReport } from '../test-support/probe-reports.ts';
import schema from './report.schema.json' with { type: 'json' };

// The report model is the contract with every renderer, with `report diff` and with partners'
// tools: it validates against its JSON Schema for passing and failing runs, and the same seed on
// the same target gives the same report but for the times.

let passing: ConformanceReport;
let again: ConformanceReport;
let failing: ConformanceReport;

beforeAll(async () => {
  [passing, again, failing] = await Promise.all([probeReport(), probeReport(), probeReport({ defects: ['missingErrorCode', 'deleteWithEndUserToken'] })]);
}, 90_000);

describe('the report model', () => {
  it('validates against report.schema.json for a passing run', () => {
    expect(passing.verdict).toBe('pass');
    expect(reportErrors(JSON.parse(renderJson(passing)))).toEqual([]);
  });

  it('validates for a failing run, with the evidence of each failure', () => {
    expect(failing.verdict).toBe('fail');
    expect(reportErrors(JSON.parse(renderJson(failing)))).toEqual([]);
    const failed = failing.sections[0]?.checks.filter((check) => check.verdict === 'fail') ?? [];
    expect(failed.map((check) => check.id)).toEqual(expect.arrayContaining(['auth/outcome', 'response/error-code-in-catalogue']));
    for (const check of failed) {
      const failure = check.failures[0];
      expect(failure?.replay).toMatch(/^npx linkcy-sca probe --target simulator --seed 5 --only \S+ --replay-path \d/);
      expect(failure?.findings[0]?.evidence.length).toBeGreaterThan(0);
      expect(failure?.counterexample).toBeDefined();
    }
    expect(failing.requirements.find((row) => row.id === 'SCA-ERR-001')?.verdict).toBe('fail');
  });

  it('carries suite version, hashes, target, seeds, times, every requirement with its seed sentence, and reach', () => {
    expect(passing.suite).toEqual({ name: 'linkcy-sca', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(passing.hashes).toEqual({ ...suiteHashes(), profile: null, pathOverrides: null });
    expect(passing.hashes.openapi).toMatch(/^[0-9a-f]{64}$/);
    expect(passing.target).toMatchObject({ kind: 'simulator', profile: 'sandbox' });
    expect(passing.client).toBeNull();
    expect(passing.seeds).toEqual([5]);
    expect(Date.parse(passing.finishedAt)).toBeGreaterThanOrEqual(Date.parse(passing.startedAt));
    expect(passing.requirements.map((row) => row.id)).toEqual(REQUIREMENT_IDS);
    expect(passing.requirements.every((row) => row.quote.length > 0 && row.sourceSection.length > 0)).toBe(true);
    const reach = passing.sections[0]?.reach;
    expect(reach?.cases).toBe(passing.summary.cases);
    expect(reach?.operations.find((row) => row.operationId === 'createCard')?.requests).toBeGreaterThan(0);
  });

  it('carries the SHA-256 of the profile file and of path overrides when a run used them', () => {
    const dir = mkdtempSync(join(tmpdir(), 'profile-'));
    try {
      const file = join(dir, 'expect.yaml');
      writeFileSync(file, 'createCard: { sca: required }\n');
      const hashes = suiteHashes({ profileFile: file, pathOverrides: { getConsumer: '/api/partner/v2/consumers/{consumerId}' } });
      expect(hashes.profile).toEqual({ file, sha256: createHash('sha256').update('createCard: { sca: required }\n').digest('hex') });
      expect(hashes.pathOverrides).toBe(createHash('sha256').update('{"getConsumer":"/api/partner/v2/consumers/{consumerId}"}').digest('hex'));
      expect(reportErrors(JSON.parse(renderJson({ ...passing, hashes })))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives documented-vs-observed rows as informational, never as verdicts', () => {
    const rows = failing.sections[0]?.observed ?? [];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.verdict))).toEqual(new Set(['informational']));
    expect(rows.some((row) => row.triggered && row.matches === false)).toBe(true);
    expect(rows.filter((row) => !row.triggered).every((row) => row.matches === null)).toBe(true);
  });

  it('is the same for the same seed on the same kind of target, but for the times', () => {
    const comparable = (report: ConformanceReport) =>
      renderJson(report).replaceAll(/"(startedAt|finishedAt)": "[^"]+"/g, '"$1": ""');
    expect(comparable(again)).toBe(comparable(passing));
  });

  it('names in the schema exactly the verdicts and producers the model has', () => {
    expect(schema.$defs.verdict.enum).toEqual([...VERDICTS]);
    expect(schema.properties.sections.items.$ref).toBe('#/$defs/section');
    expect(schema.$defs.section.properties.producer.enum).toEqual([...PRODUCER_KINDS]);
  });

  it('merges producers: a failure anywhere fails the requirement; pass beats not applicable', () => {
    expect(mergeVerdicts(['pass', 'fail', 'not-applicable'])).toBe('fail');
    expect(mergeVerdicts(['not-applicable', 'pass'])).toBe('pass');
    expect(mergeVerdicts(['not-applicable', 'error'])).toBe('error');
    expect(mergeVerdicts([])).toBe('not-run');
    const pact = { ...(failing.sections[0] as NonNullable<(typeof failing.sections)[0]>), producer: 'pact-verification' as const, checks: [], requirements: [{ id: 'SCA-AUTH-001', verdict: 'fail' as const }] };
    const merged = buildReport({ sections: [...passing.sections, pact], hashes: passing.hashes, target: passing.target });
    expect(merged.requirements.find((row) => row.id === 'SCA-AUTH-001')?.verdict).toBe('fail');
    expect(merged.verdict).toBe('fail');
    expect(merged.sections.map((section) => section.producer)).toEqual(['provider-probes', 'pact-verification']);
  });

  it('is refused on read back when it is not a report, naming the field and the rule', () => {
    expect(() => parseReport('{', 'old.json')).toThrow(ReportFormatError);
    expect(() => parseReport('{', 'old.json')).toThrow(/^old\.json: not JSON/);
    const broken = { ...JSON.parse(renderJson(passing)), verdict: 'maybe' };
    expect(() => parseReport(JSON.stringify(broken), 'r.json')).toThrow(/^r\.json: not a linkcy-sca report .*\/verdict: must be equal to one of the allowed values \(pass, fail\)/);
    expect(parseReport(renderJson(passing), 'r.json')).toEqual(JSON.parse(renderJson(passing)));
  });
});
