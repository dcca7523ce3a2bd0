import junitModule, { type Builder, type TestCase } from 'junit-report-builder';
import type { ConformanceReport, ReportCheck, ReportFailure } from '../model/types.ts';

// JUnit XML for CI: one testsuite per section and group (probe family), one testcase per check.
// A failed check is a <failure> whose message is its first finding; `error` is an <error>;
// not-applicable and not-run are <skipped>. Requirement IDs are in names and properties.

const MAX_DETAIL = 8_000;

// The package's types describe an ES default export; Node hands ESM the CommonJS exports object itself.
const junit = junitModule as unknown as Builder;

export function renderJunit(report: ConformanceReport): string {
  const builder = junit.newBuilder().name(`linkcy-sca ${report.suite.version}: ${report.verdict}`);
  for (const section of report.sections) {
    const groups = [...new Set(section.checks.map((check) => check.group))];
    for (const group of groups) {
      const suite = builder.testSuite().name(`${section.producer}.${group}`).timestamp(section.startedAt);
      suite.property('seed', String(section.seed ?? '')).property('target', report.target?.description ?? '');
      for (const check of section.checks.filter((candidate) => candidate.group === group)) addCase(suite.testCase(), section.producer, check);
    }
  }
  return builder.build();
}

function addCase(testCase: TestCase, producer: string, check: ReportCheck): void {
  testCase.className(`${producer}.${check.group}`).name(`${check.id} [${check.requirementIds.join(' ')}]`);
  testCase.property('requirements', check.requirementIds.join(' ')).property('cases', String(check.cases)).property('verdict', check.verdict);
  switch (check.verdict) {
    case 'fail': {
      const first = check.failures[0]?.findings[0];
      testCase.failure(`${check.title}: ${first?.message.replaceAll('\n', '; ') ?? 'failed'}`, check.violatedRequirementIds.join(' ') || 'failure');
      testCase.stacktrace(failureDetails(check.failures));
      break;
    }
    case 'error':
      testCase.error(`${check.title}: a case could not be set up (harness error)`, 'harness-error');
      break;
    case 'not-applicable':
    case 'not-run':
      testCase.skipped();
      break;
    case 'pass':
    case 'informational':
      break;
  }
}

function failureDetails(failures: readonly ReportFailure[]): string {
  const text = failures
    .map((failure) =>
      [
        `case ${failure.caseId} (${failure.group}, seed ${String(failure.seed)}, path ${String(failure.path)})`,
        ...failure.findings.map((finding) => `${finding.requirementIds.join(' ')}: ${finding.message}`),
        `replay: ${failure.replay ?? 'n/a'}`,
        `counterexample: ${JSON.stringify(failure.counterexample)}`,
      ].join('\n'),
    )
    .join('\n\n');
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}\n… (truncated; the full details are in report.json)` : text;
}
