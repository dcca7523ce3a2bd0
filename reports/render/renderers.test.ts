import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { SIMULATOR_DEFECTS } from '../../conformance/simulator/index.ts';
import { MARKDOWN_LIMIT, renderJson, renderJunit, renderMarkdown, reportErrors, type ConformanceReport, type ReportSection } from '../index.ts';
import { probeReport } from '../test-support/probe-reports.ts';

// Every renderer reads only the model. JUnit is parsed back with an XML parser; the Markdown of a
// failing run of everything (every simulator defect on) fits a GitHub comment.

let passing: ConformanceReport;
let everything: ConformanceReport;

beforeAll(async () => {
  [passing, everything] = await Promise.all([probeReport({ runs: 2 }), probeReport({ defects: [...SIMULATOR_DEFECTS], runs: 1, seed: 1 })]);
}, 120_000);

interface JunitCase {
  '@_classname': string;
  '@_name': string;
  failure?: { '@_message': string; '#text'?: string };
  error?: { '@_message': string };
  skipped?: unknown;
}
interface JunitSuite {
  '@_name': string;
  '@_tests': string;
  '@_failures': string;
  testcase: JunitCase[];
}

function parseJunit(xml: string): { root: Record<string, string>; suites: JunitSuite[] } {
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(xml) as {
    testsuites: Record<string, string> & { testsuite: JunitSuite[] };
  };
  return { root: parsed.testsuites, suites: parsed.testsuites.testsuite };
}

describe('JUnit XML', () => {
  it('has one testcase per check with the counts of the report', () => {
    for (const report of [passing, everything]) {
      const { root, suites } = parseJunit(renderJunit(report));
      const checks = report.summary.checks;
      expect(Number(root['@_tests'])).toBe(report.sections.flatMap((section) => section.checks).length);
      expect(Number(root['@_failures'])).toBe(checks.fail);
      expect(Number(root['@_errors'])).toBe(checks.error);
      expect(Number(root['@_skipped'])).toBe(checks['not-applicable'] + checks['not-run']);
      expect(suites.flatMap((suite) => suite.testcase)).toHaveLength(Number(root['@_tests']));
    }
  });

  it('gives each failed check a <failure> carrying its first finding and the replay command', () => {
    expect(everything.summary.checks.fail).toBeGreaterThan(0);
    const cases = parseJunit(renderJunit(everything)).suites.flatMap((suite) => suite.testcase);
    for (const check of everything.sections[0]?.checks.filter((candidate) => candidate.verdict === 'fail') ?? []) {
      const testCase = cases.find((candidate) => candidate['@_name'].startsWith(`${check.id} [`));
      const finding = check.failures[0]?.findings[0];
      expect(testCase?.['@_classname']).toBe(`provider-probes.${check.group}`);
      expect(testCase?.failure?.['@_message']).toBe(`${check.title}: ${finding?.message.replaceAll('\n', '; ')}`);
      expect(testCase?.failure?.['#text']).toContain(`replay: ${check.failures[0]?.replay}`);
    }
  });
});

describe('Markdown', () => {
  it(`stays under GitHub's ${MARKDOWN_LIMIT}-character comment limit for a failing run of everything`, () => {
    const text = renderMarkdown(everything);
    expect(everything.verdict).toBe('fail');
    expect(text.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(text).toMatch(/^# LinkCy SCA conformance: ❌ FAIL/);
    expect(text).toContain('## Failures (');
    expect(text).toContain('## Error codes: documented vs observed');
  });

  it('degrades failure details, never the summary, when failures would not fit', () => {
    const section = everything.sections[0] as ReportSection;
    const many: ConformanceReport = { ...everything, sections: [{ ...section, checks: section.checks.map((check) => ({ ...check, failures: Array.from({ length: 60 }, () => check.failures).flat() })) }] };
    const text = renderMarkdown(many);
    expect(text.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(text).toMatch(/… and \d+ more failures: see report\.html or report\.json\./);
    expect(text).toContain('| requirements |');
  });

  it('says so plainly when everything passed', () => {
    const text = renderMarkdown(passing);
    expect(text).toMatch(/^# LinkCy SCA conformance: ✅ PASS/);
    expect(text).not.toContain('## Failures');
  });
});

describe('JSON', () => {
  it('is the model itself, schema-valid for the failing run of everything', () => {
    expect(reportErrors(JSON.parse(renderJson(everything)))).toEqual([]);
  });
});
