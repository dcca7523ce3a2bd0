import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_FILES } from '../../stryker.config.mjs';
import { EQUIVALENT_MUTANTS, isDefectSwitchAtOffValue } from './equivalents.ts';
import { withEquivalentsSection } from './equivalents-markdown.ts';
import { renderScore, scoreReport, type MutationReport, type ReportMutant } from './score.ts';

const DOC = 'docs/mutation.md';
const ruleFiles = new Set(RULE_FILES.map((entry) => entry.replace(/:\d+-\d+$/, '')));

describe('EQUIVALENT_MUTANTS', () => {
  it.each(EQUIVALENT_MUTANTS.map((mutant) => [`${mutant.file} ${mutant.mutator} ${mutant.code} -> ${mutant.replacement}`, mutant] as const))('%s: a rule file that still holds the code, with a reason', (_name, mutant) => {
    expect(ruleFiles.has(mutant.file), mutant.file).toBe(true);
    const source = readFileSync(mutant.file, 'utf8');
    expect(source).toContain(mutant.code);
    if (mutant.line !== undefined) expect(source.split('\n')[mutant.line - 1], `${mutant.file}:${mutant.line}`).toContain(mutant.code);
    expect(mutant.reason.length).toBeGreaterThan(20);
  });

  it('lists each mutant once', () => {
    const keys = EQUIVALENT_MUTANTS.map((mutant) => JSON.stringify([mutant.file, mutant.line, mutant.mutator, mutant.code, mutant.replacement]));
    expect(keys.length - new Set(keys).size).toBe(0);
  });

  it('is what docs/mutation.md lists (UPDATE_DOCS=1 rewrites the section)', () => {
    const document = readFileSync(DOC, 'utf8');
    const rendered = withEquivalentsSection(document);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, rendered);
    expect(document, 'run UPDATE_DOCS=1 npx vitest run conformance/mutation').toBe(rendered);
  });
});

describe('isDefectSwitchAtOffValue', () => {
  it.each([
    ["defects.has('ignoreTtl')", 'false', true],
    ["settings.defects.has('bypassInProductionOnGet')", 'false', true],
    ["!defects.has('acceptReplays')", 'true', true],
    ["defects.has('ignoreTtl')", 'true', false],
    ["!defects.has('acceptReplays')", 'false', false],
    ["a === b && defects.has('a')", 'false', true],
    ["(a && b) && settings.defects.has('a')", 'false', true],
    ["a === b || defects.has('a')", 'false', false],
    ["f(defects.has('a') && x)", 'false', false],
    ["trusted.has('a')", 'false', false],
  ] as const)('%s -> %s: %s', (code, replacement, equivalent) => {
    expect(isDefectSwitchAtOffValue(code, replacement)).toBe(equivalent);
  });
});

describe('scoreReport', () => {
  const source = ["if (a === b) return 1;", "if (defects.has('x')) return 2;", "return 'text';"].join('\n');
  const mutant = (id: string, status: string, line: number, from: number, to: number, mutatorName: string, replacement: string): ReportMutant => ({
    id,
    status,
    mutatorName,
    replacement,
    location: { start: { line, column: from }, end: { line, column: to } },
  });
  const report = (mutants: readonly ReportMutant[]): MutationReport => ({ files: { 'conformance/simulator/x.ts': { source, mutants } } });
  const claim = { file: 'conformance/simulator/x.ts', mutator: 'StringLiteral', code: "'text'", replacement: '""', reason: 'the text is free in this contrived example' };

  it('scores killed over killed, survived and uncovered; equivalents, ignored and type errors left out', () => {
    const score = scoreReport(
      report([
        mutant('1', 'Killed', 1, 5, 12, 'ConditionalExpression', 'true'),
        mutant('2', 'Timeout', 1, 5, 12, 'EqualityOperator', 'a !== b'),
        mutant('3', 'Survived', 1, 5, 12, 'ConditionalExpression', 'false'),
        mutant('4', 'Survived', 2, 5, 21, 'ConditionalExpression', 'false'),
        mutant('5', 'NoCoverage', 3, 8, 14, 'StringLiteral', '""'),
        mutant('6', 'Ignored', 2, 17, 20, 'StringLiteral', '""'),
        mutant('7', 'CompileError', 1, 5, 12, 'EqualityOperator', 'a === 1'),
      ]),
      [claim],
    );
    expect(score.total).toMatchObject({ killed: 2, survived: 1, noCoverage: 0, equivalent: 2, ignored: 1, compileErrors: 1 });
    expect(score.percent).toBeCloseTo(66.67, 1);
    expect(score.survivors.map((survivor) => `${survivor.line}:${survivor.code}->${survivor.replacement}`)).toEqual(['1:a === b->false']);
    expect(renderScore(score)).toMatchObject({ passed: false });
    expect(renderScore(score).text).toContain('conformance/simulator/x.ts:1:5 Survived ConditionalExpression `a === b` -> `false`');
  });

  it('passes at the goal, and fails a claimed equivalent that a probe killed', () => {
    const killedOnly = [mutant('1', 'Killed', 1, 5, 12, 'ConditionalExpression', 'true')];
    expect(renderScore(scoreReport(report(killedOnly), [claim])).passed).toBe(true);
    const wrong = scoreReport(report([...killedOnly, mutant('5', 'Killed', 3, 8, 14, 'StringLiteral', '""')]), [claim]);
    expect(wrong.wrongClaims).toHaveLength(1);
    expect(renderScore(wrong)).toMatchObject({ passed: false });
    expect(renderScore(wrong).text).toContain('Claimed equivalent but killed (1)');
  });

  it('has no score with nothing to judge', () => {
    expect(scoreReport(report([])).percent).toBeNull();
    expect(renderScore(scoreReport(report([]))).passed).toBe(false);
  });
});
