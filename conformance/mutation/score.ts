import { EQUIVALENT_MUTANTS, isDefectSwitchAtOffValue, type EquivalentMutant } from './equivalents.ts';

// The standing measure of issue 9: killed / non-equivalent mutants of the rule files, read from
// Stryker's JSON report (mutation-testing-report-schema). Stryker's own score already leaves out the
// Ignored mutants (defect-switches.mjs); this one also leaves out EQUIVALENT_MUTANTS and the defect
// switches read at their off value, and names every survivor left.

export const SCORE_GOAL_PERCENT = 90;

/** The part of a Stryker JSON report this reads. */
export interface MutationReport {
  readonly files: Readonly<Record<string, { readonly source: string; readonly mutants: readonly ReportMutant[] }>>;
}

export interface ReportMutant {
  readonly id: string;
  readonly mutatorName: string;
  readonly replacement?: string;
  readonly status: string;
  readonly location: { readonly start: Position; readonly end: Position };
}

interface Position {
  readonly line: number;
  readonly column: number;
}

export interface ScoredMutant {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly mutator: string;
  readonly code: string;
  readonly replacement: string;
  readonly status: string;
}

export interface FileScore {
  readonly file: string;
  readonly killed: number;
  readonly survived: number;
  readonly noCoverage: number;
  readonly equivalent: number;
  readonly ignored: number;
  readonly compileErrors: number;
}

export interface MutationScore {
  readonly files: readonly FileScore[];
  readonly total: FileScore;
  /** Killed / (killed + survived + no coverage), in percent; null with no mutant to judge. */
  readonly percent: number | null;
  /** Not killed and not equivalent: each needs a probe, or a reasoned entry in equivalents.ts. */
  readonly survivors: readonly ScoredMutant[];
  /** Claimed equivalent, yet a probe killed it: the claim is wrong. */
  readonly wrongClaims: readonly (ScoredMutant & { readonly reason: string })[];
}

// Stryker counts a timeout and a runtime error as detected: the mutant made the run fail.
const DETECTED = new Set(['Killed', 'Timeout', 'RuntimeError']);
const NOT_DETECTED = new Set(['Survived', 'NoCoverage']);

/** The source text between two 1-based positions. */
function codeAt(source: string, location: ReportMutant['location']): string {
  const lines = source.split('\n');
  const { start, end } = location;
  if (start.line === end.line) return (lines[start.line - 1] ?? '').slice(start.column - 1, end.column - 1);
  return [(lines[start.line - 1] ?? '').slice(start.column - 1), ...lines.slice(start.line, end.line - 1), (lines[end.line - 1] ?? '').slice(0, end.column - 1)].join('\n');
}

export function equivalenceOf(mutant: ScoredMutant, claims: readonly EquivalentMutant[]): string | undefined {
  if (isDefectSwitchAtOffValue(mutant.code, mutant.replacement)) return 'defect switch at its off value';
  const firstLine = mutant.code.split('\n')[0];
  return claims.find(
    (claim) =>
      claim.file === mutant.file &&
      claim.mutator === mutant.mutator &&
      (claim.code === mutant.code || claim.code === firstLine) &&
      claim.replacement === mutant.replacement &&
      (claim.line === undefined || claim.line === mutant.line),
  )?.reason;
}

export function scoreReport(report: MutationReport, claims: readonly EquivalentMutant[] = EQUIVALENT_MUTANTS): MutationScore {
  const survivors: ScoredMutant[] = [];
  const wrongClaims: (ScoredMutant & { reason: string })[] = [];
  const files = Object.entries(report.files).map(([file, { source, mutants }]): FileScore => {
    const count = { file, killed: 0, survived: 0, noCoverage: 0, equivalent: 0, ignored: 0, compileErrors: 0 };
    for (const reported of mutants) {
      const mutant: ScoredMutant = {
        file,
        line: reported.location.start.line,
        column: reported.location.start.column,
        mutator: reported.mutatorName,
        code: codeAt(source, reported.location),
        replacement: reported.replacement ?? '',
        status: reported.status,
      };
      if (reported.status === 'Ignored') count.ignored += 1;
      else if (reported.status === 'CompileError') count.compileErrors += 1;
      const reason = equivalenceOf(mutant, claims);
      if (DETECTED.has(reported.status)) {
        count.killed += 1;
        if (reason !== undefined) wrongClaims.push({ ...mutant, reason });
      } else if (NOT_DETECTED.has(reported.status)) {
        if (reason !== undefined) count.equivalent += 1;
        else {
          survivors.push(mutant);
          if (reported.status === 'Survived') count.survived += 1;
          else count.noCoverage += 1;
        }
      }
    }
    return count;
  });
  const total = files.reduce(
    (sum, file) => ({
      file: 'all rule files',
      killed: sum.killed + file.killed,
      survived: sum.survived + file.survived,
      noCoverage: sum.noCoverage + file.noCoverage,
      equivalent: sum.equivalent + file.equivalent,
      ignored: sum.ignored + file.ignored,
      compileErrors: sum.compileErrors + file.compileErrors,
    }),
    { file: 'all rule files', killed: 0, survived: 0, noCoverage: 0, equivalent: 0, ignored: 0, compileErrors: 0 },
  );
  return { files, total, percent: percentOf(total), survivors, wrongClaims };
}

export function percentOf(score: FileScore): number | null {
  const judged = score.killed + score.survived + score.noCoverage;
  return judged === 0 ? null : (100 * score.killed) / judged;
}

function formatPercent(percent: number | null): string {
  return percent === null ? 'n/a' : `${percent.toFixed(1)} %`;
}

/** The Markdown table docs/mutation.md shows, and the run prints. */
export function renderScoreTable(score: MutationScore): string {
  const row = (file: FileScore): string =>
    `| ${file.file === score.total.file ? `**${file.file}**` : `\`${file.file}\``} | ${file.killed} | ${file.survived} | ${file.noCoverage} | ${file.equivalent} | ${file.ignored} | ${file.compileErrors} | ${formatPercent(percentOf(file))} |`;
  return [
    '| file | killed | survived | no coverage | equivalent | ignored | type errors | score |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...score.files.map(row),
    row(score.total),
  ].join('\n');
}

export function describeMutant(mutant: ScoredMutant): string {
  const code = mutant.code.replace(/\s+/g, ' ');
  return `${mutant.file}:${mutant.line}:${mutant.column} ${mutant.status} ${mutant.mutator} \`${code.length > 80 ? `${code.slice(0, 77)}...` : code}\` -> \`${mutant.replacement.replace(/\s+/g, ' ').slice(0, 80)}\``;
}

/** What `npm run mutation` prints after Stryker's own output; `passed` gates the CI job. */
export function renderScore(score: MutationScore): { text: string; passed: boolean } {
  const passed = score.percent !== null && score.percent >= SCORE_GOAL_PERCENT && score.wrongClaims.length === 0;
  const lines = [
    '',
    'Mutation score of the probe suite on the rule files (killed / non-equivalent mutants; docs/mutation.md)',
    '',
    renderScoreTable(score),
    '',
    score.survivors.length === 0 ? 'Survivors: none.' : `Survivors (${score.survivors.length}): each needs a probe that kills it, or an entry in conformance/mutation/equivalents.ts with the reason.`,
    ...score.survivors.map((mutant) => `  ${describeMutant(mutant)}`),
    ...(score.wrongClaims.length === 0 ? [] : ['', `Claimed equivalent but killed (${score.wrongClaims.length}): remove the claim from conformance/mutation/equivalents.ts.`]),
    ...score.wrongClaims.map((mutant) => `  ${describeMutant(mutant)} (claimed: ${mutant.reason})`),
    '',
    `Score: ${formatPercent(score.percent)} (goal ${SCORE_GOAL_PERCENT} %): ${passed ? 'PASSED' : 'FAILED'}`,
  ];
  return { text: lines.join('\n'), passed };
}
