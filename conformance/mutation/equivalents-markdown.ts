import { EQUIVALENT_MUTANTS, REASONS, type EquivalentMutant } from './equivalents.ts';

// The "Equivalent mutants" section of docs/mutation.md, rendered from EQUIVALENT_MUTANTS so the
// document cannot drift from what the score leaves out. Refresh: UPDATE_DOCS=1 npx vitest run conformance/mutation

export const EQUIVALENTS_START = '<!-- equivalents:start (generated from conformance/mutation/equivalents.ts; UPDATE_DOCS=1 npx vitest run conformance/mutation) -->';
export const EQUIVALENTS_END = '<!-- equivalents:end -->';

function cell(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\|/g, '\\|');
}

function code(text: string): string {
  const oneLine = cell(text);
  return `\`${oneLine.length > 90 ? `${oneLine.slice(0, 87)}...` : oneLine}\``;
}

export function renderEquivalentsMarkdown(mutants: readonly EquivalentMutant[] = EQUIVALENT_MUTANTS): string {
  const byFile = [...mutants].sort((a, b) => a.file.localeCompare(b.file));
  return [
    EQUIVALENTS_START,
    '',
    `Besides these, a test-only defect switch read at its off value is equivalent by construction: ${REASONS.defectOff}.`,
    '',
    '| file | mutator | code | replaced by | why no probe can kill it |',
    '|---|---|---|---|---|',
    ...byFile.map((mutant) => `| \`${mutant.file}\` | ${mutant.mutator} | ${code(mutant.code)} | ${code(mutant.replacement)} | ${cell(mutant.reason)} |`),
    '',
    EQUIVALENTS_END,
  ].join('\n');
}

/** docs/mutation.md with its generated section replaced. */
export function withEquivalentsSection(document: string, section: string = renderEquivalentsMarkdown()): string {
  const start = document.indexOf(EQUIVALENTS_START);
  const end = document.indexOf(EQUIVALENTS_END);
  if (start === -1 || end === -1 || end < start) throw new Error(`docs/mutation.md lacks the markers ${EQUIVALENTS_START} ... ${EQUIVALENTS_END}`);
  return document.slice(0, start) + section + document.slice(end + EQUIVALENTS_END.length);
}
