import type { ConformanceReport, ReportCheck, ReportFailure, ReportSection, SectionReach, Verdict } from '../model/types.ts';

// Words and selections the human-readable renderers (Markdown, HTML, console) share, so they
// never disagree about what a verdict is called or which failures a report holds.

export const VERDICT_LABEL: Readonly<Record<Verdict, string>> = {
  pass: 'pass',
  fail: 'fail',
  error: 'error',
  'not-applicable': 'not applicable',
  'not-run': 'not run',
  informational: 'informational',
};

export interface FailureEntry {
  readonly section: ReportSection;
  readonly check: ReportCheck;
  readonly failure: ReportFailure;
}

/** Every failure of every section, in section and check order. */
export function failureEntries(report: ConformanceReport): FailureEntry[] {
  return report.sections.flatMap((section) => section.checks.flatMap((check) => check.failures.map((failure) => ({ section, check, failure }))));
}

/**
 * What a section reached beyond its operations, one sentence each: decision rows (those the
 * run's profile rules out apart, never counted as missed) and the simulator code run.
 */
export function reachSentences(reach: SectionReach): string[] {
  const sentences: string[] = [];
  if (reach.rows !== undefined) {
    const reachable = reach.rows.filter((row) => row.notReachable === undefined);
    const missed = reachable.filter((row) => row.cases === 0).map((row) => row.row);
    const ruledOut = reach.rows.length - reachable.length;
    sentences.push(
      `decision rows: ${reachable.length - missed.length} of ${reachable.length} reachable reached${ruledOut === 0 ? '' : `, ${ruledOut} not reachable under this profile`}${missed.length === 0 ? '' : `; not reached: ${missed.join(', ')}`}`,
    );
  }
  if (reach.simulator !== undefined) {
    const { branches, functions } = reach.simulator.total;
    sentences.push(`simulator code: ${branches.covered}/${branches.total} branches, ${functions.covered}/${functions.total} functions run`);
  }
  return sentences;
}

/** "2026-12-02 10:27:04 UTC" */
export function humanTime(iso: string): string {
  return `${iso.slice(0, 19).replace('T', ' ')} UTC`;
}

export function shortHash(hash: string | null | undefined): string {
  return hash == null ? 'none' : `${hash.slice(0, 12)}…`;
}

/** The requirements this failure's own findings name (narrower than its check's list). */
export function failureRequirementIds(entry: FailureEntry): string[] {
  const ids = new Set(entry.failure.findings.flatMap((finding) => finding.requirementIds));
  return ids.size > 0 ? [...ids] : [...entry.check.violatedRequirementIds];
}
