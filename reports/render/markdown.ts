import type { ConformanceReport, ObservedRow, VerdictCounts } from '../model/types.ts';
import { VERDICTS } from '../model/types.ts';
import { failureEntries, failureRequirementIds, humanTime, reachSentences, shortHash, VERDICT_LABEL, type FailureEntry } from './labels.ts';

// Markdown for a pull-request comment or $GITHUB_STEP_SUMMARY: it must stay under GitHub's
// 65,536-character limit however much failed, so failure details degrade step by step (full
// evidence, then messages only, then the first failures and a count) until the text fits.

export const MARKDOWN_LIMIT = 65_536;
/** Headroom under the limit for what CI prepends (a title, a link). */
const BUDGET = MARKDOWN_LIMIT - 4_096;
const DETAIL_CAP = 2_500;

type Detail = 'evidence' | 'messages';

export function renderMarkdown(report: ConformanceReport): string {
  const failures = failureEntries(report);
  for (const detail of ['evidence', 'messages'] as const) {
    const text = compose(report, failures, detail, failures.length);
    if (text.length <= BUDGET) return text;
  }
  let shown = failures.length;
  let text = compose(report, failures, 'messages', shown);
  while (text.length > BUDGET && shown > 0) {
    shown = Math.floor(shown / 2);
    text = compose(report, failures, 'messages', shown);
  }
  return text;
}

function compose(report: ConformanceReport, failures: readonly FailureEntry[], detail: Detail, shown: number): string {
  return [...header(report), ...failureSection(failures, detail, shown), ...requirementSection(report), ...observedSection(report), ...readingSection(report), ...reachSection(report)].join('\n');
}

function header(report: ConformanceReport): string[] {
  const target = report.target === null ? '' : ` · target ${cell(report.target.description)}`;
  const client = report.client === null ? '' : ` · client ${cell(report.client.description)}`;
  return [
    `# LinkCy SCA conformance: ${report.verdict === 'pass' ? '✅ PASS' : '❌ FAIL'}`,
    '',
    `${report.suite.name} ${report.suite.version}${target}${client} · seeds ${report.seeds.join(', ') || 'none'} · ${humanTime(report.startedAt)} to ${humanTime(report.finishedAt)} · ${report.summary.cases} cases`,
    '',
    `| | ${VERDICTS.map((verdict) => VERDICT_LABEL[verdict]).join(' | ')} |`,
    `|---|${VERDICTS.map(() => '---:').join('|')}|`,
    countsRow('requirements', report.summary.requirements),
    countsRow('checks', report.summary.checks),
    '',
    `Bound to: OpenAPI \`${shortHash(report.hashes.openapi)}\` · expectations \`${shortHash(report.hashes.expectations)}\` · profile ${report.hashes.profile === null ? 'none' : `\`${shortHash(report.hashes.profile.sha256)}\``}${report.signature === undefined ? '' : ` · signed by key \`${shortHash(report.signature.keyId)}\``}`,
    '',
  ];
}

function countsRow(name: string, counts: VerdictCounts): string {
  return `| ${name} | ${VERDICTS.map((verdict) => String(counts[verdict])).join(' | ')} |`;
}

function failureSection(failures: readonly FailureEntry[], detail: Detail, shown: number): string[] {
  if (failures.length === 0) return [];
  const lines = [`## Failures (${failures.length})`, ''];
  for (const entry of failures.slice(0, shown)) {
    const { section, check, failure } = entry;
    lines.push(`### ${failureRequirementIds(entry).join(', ')}: ${cell(check.title)}`, '');
    lines.push(`\`${check.id}\` · ${section.producer} · ${failure.group} · case \`${failure.caseId}\` · seed ${String(failure.seed)} · path \`${String(failure.path)}\``, '');
    for (const finding of failure.findings) lines.push(fence(finding.message), '');
    if (failure.replay !== null) lines.push(`Replay: \`${failure.replay}\``, '');
    if (detail === 'evidence') {
      const evidence = JSON.stringify({ counterexample: failure.counterexample, exchanges: failure.findings[0]?.evidence ?? [] }, null, 2);
      const capped = evidence.length > DETAIL_CAP ? `${evidence.slice(0, DETAIL_CAP)}\n… (truncated; see report.json)` : evidence;
      lines.push('<details><summary>Counterexample and exchanges (redacted)</summary>', '', fence(capped, 'json'), '', '</details>', '');
    }
  }
  if (shown < failures.length) lines.push(`… and ${failures.length - shown} more failures: see report.html or report.json.`, '');
  return lines;
}

function requirementSection(report: ConformanceReport): string[] {
  const open = report.requirements.filter((row) => row.verdict !== 'pass');
  const lines = [`## Requirements (${report.summary.requirements.pass} of ${report.requirements.length} pass)`, ''];
  if (open.length === 0) return [...lines, 'Every requirement passed.', ''];
  lines.push('| requirement | verdict | title | source |', '|---|---|---|---|');
  for (const row of open) lines.push(`| ${row.id} | ${VERDICT_LABEL[row.verdict]} | ${cell(row.title)} | ${cell(row.sourceSection)} |`);
  return [...lines, ''];
}

function observedSection(report: ConformanceReport): string[] {
  const rows = report.sections.flatMap((section) => section.observed);
  if (rows.length === 0) return [];
  const lines = ['## Error codes: documented vs observed', '', '| code | documented | observed | matches | how |', '|---|---|---|---|---|'];
  for (const row of rows) lines.push(`| ${row.subject} | ${row.documentedStatus} (${cell(row.documentedLabel)}) | ${observed(row)} | ${row.matches === null ? '–' : row.matches ? 'yes' : '**no**'} | ${cell(row.note)} |`);
  return [...lines, ''];
}

function readingSection(report: ConformanceReport): string[] {
  const notes = [...new Set(report.sections.flatMap((section) => section.notes))];
  const readings = report.sections.flatMap((section) => section.readings);
  if (notes.length === 0 && readings.length === 0) return [];
  const lines = ['## Where the sources disagree, and what the verdicts rest on', ''];
  for (const note of notes) lines.push(`- ${cell(note)}`);
  if (readings.length > 0) {
    lines.push('', '| profile row | declared | observed | operation | check |', '|---|---|---|---|---|');
    for (const row of readings) {
      lines.push(`| ${row.row} | ${cell(row.declared.value)} (${cell(row.declared.sources.join(', '))}) | ${cell(row.observed.value)} (${cell(row.observed.sources.join(', '))}) | ${row.operationId ?? '–'} | ${row.checkId} |`);
    }
  }
  lines.push('');
  return lines;
}

function observed(row: ObservedRow): string {
  return row.triggered ? `${String(row.observedStatus)} ${row.observedCode ?? '(no code)'}` : 'not triggered';
}

function reachSection(report: ConformanceReport): string[] {
  const lines = ['## Reach', ''];
  for (const section of report.sections) {
    const groups = section.reach.groups.map((group) => `${group.group} ${group.applicable ? group.cases : 'n/a'}`).join(' · ');
    const reached = section.reach.operations.filter((operation) => operation.requests > 0 && operation.operationId !== null).length;
    const documented = section.reach.operations.filter((operation) => operation.operationId !== null).length;
    lines.push(`${section.producer}: ${section.reach.cases} cases (${groups}); ${reached} of ${documented} operations reached.`);
    lines.push(...reachSentences(section.reach).map((sentence) => `- ${sentence}`));
    const ruledOut = (section.reach.rows ?? []).filter((row) => row.notReachable !== undefined);
    if (ruledOut.length > 0) lines.push('', '| not reachable under this profile | condition |', '|---|---|', ...ruledOut.map((row) => `| ${row.row} | ${cell(row.notReachable ?? '')} |`), '');
  }
  return [...lines, ''];
}

function cell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll(/\r?\n/g, ' ');
}

function fence(text: string, language = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const marks = '`'.repeat(longest + 1);
  return `${marks}${language}\n${text}\n${marks}`;
}
