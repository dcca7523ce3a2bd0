import type { ConformanceReport, ObservedRow, Verdict } from '../model/types.ts';

// `linkcy-sca report diff old.json new.json`: what changed in the sandbox since the last run.
// A regression is a requirement or check that now fails (or errors) and did not before, or an
// error code that used to match its documentation and no longer does.

export interface VerdictChange {
  /** A requirement ID, or "<producer>:<check id>". */
  readonly id: string;
  readonly kind: 'requirement' | 'check';
  readonly before: Verdict | 'absent';
  readonly after: Verdict | 'absent';
}

export interface CodeChange {
  readonly code: string;
  readonly before: string;
  readonly after: string;
  readonly regression: boolean;
}

export interface ReportDiff {
  readonly newFailures: readonly VerdictChange[];
  readonly fixes: readonly VerdictChange[];
  readonly changedStatuses: readonly VerdictChange[];
  readonly changedCodes: readonly CodeChange[];
  readonly regression: boolean;
}

const FAILING: readonly (Verdict | 'absent')[] = ['fail', 'error'];

export function diffReports(before: ConformanceReport, after: ConformanceReport): ReportDiff {
  const changes = [...verdictChanges('requirement', verdictsOfRequirements(before), verdictsOfRequirements(after)), ...verdictChanges('check', verdictsOfChecks(before), verdictsOfChecks(after))];
  const newFailures = changes.filter((change) => FAILING.includes(change.after) && !FAILING.includes(change.before));
  const fixes = changes.filter((change) => FAILING.includes(change.before) && change.after === 'pass');
  const changedStatuses = changes.filter((change) => !newFailures.includes(change) && !fixes.includes(change));
  const changedCodes = codeChanges(observedRows(before), observedRows(after));
  return { newFailures, fixes, changedStatuses, changedCodes, regression: newFailures.length > 0 || changedCodes.some((change) => change.regression) };
}

function verdictsOfRequirements(report: ConformanceReport): Map<string, Verdict> {
  return new Map(report.requirements.map((row) => [row.id, row.verdict]));
}

function verdictsOfChecks(report: ConformanceReport): Map<string, Verdict> {
  return new Map(report.sections.flatMap((section) => section.checks.map((check) => [`${section.producer}:${check.id}`, check.verdict] as const)));
}

function verdictChanges(kind: VerdictChange['kind'], before: Map<string, Verdict>, after: Map<string, Verdict>): VerdictChange[] {
  const ids = [...new Set([...before.keys(), ...after.keys()])];
  return ids
    .map((id) => ({ id, kind, before: before.get(id) ?? 'absent', after: after.get(id) ?? 'absent' }) as const)
    .filter((change) => change.before !== change.after);
}

function observedRows(report: ConformanceReport): Map<string, ObservedRow> {
  return new Map(report.sections.flatMap((section) => section.observed.map((row) => [row.subject, row] as const)));
}

function describeObserved(row: ObservedRow | undefined): string {
  if (row === undefined) return 'absent';
  return row.triggered ? `${String(row.observedStatus)} ${row.observedCode ?? '(no code)'}` : 'not triggered';
}

function codeChanges(before: Map<string, ObservedRow>, after: Map<string, ObservedRow>): CodeChange[] {
  const codes = [...new Set([...before.keys(), ...after.keys()])];
  return codes.flatMap((code) => {
    const [old, now] = [before.get(code), after.get(code)];
    const [was, is] = [describeObserved(old), describeObserved(now)];
    if (was === is) return [];
    return [{ code, before: was, after: is, regression: old?.matches === true && now?.matches !== true }];
  });
}

/** The diff as lines for the console, grouped; "no change" when there is none. */
export function formatDiff(diff: ReportDiff): string[] {
  const verdict = (change: VerdictChange) => `  ${change.kind} ${change.id}: ${change.before} -> ${change.after}`;
  const lines = [
    ...group('new failures', diff.newFailures.map(verdict)),
    ...group('fixes', diff.fixes.map(verdict)),
    ...group('changed statuses', diff.changedStatuses.map(verdict)),
    ...group('changed error codes', diff.changedCodes.map((change) => `  ${change.code}: ${change.before} -> ${change.after}${change.regression ? ' (regression: no longer as documented)' : ''}`)),
  ];
  return [...(lines.length === 0 ? ['no change'] : lines), diff.regression ? 'REGRESSION' : 'no regression'];
}

function group(title: string, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : [`${title} (${lines.length}):`, ...lines];
}
