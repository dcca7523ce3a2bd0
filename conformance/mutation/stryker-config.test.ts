import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';

// `npm run mutation` is too slow for `npm test`; this keeps its configuration honest cheaply: valid
// for Stryker, naming files that exist, writing where git does not look, and documented.

interface MutationConfig {
  readonly default: Record<string, unknown> & {
    readonly mutate: readonly string[];
    readonly testRunner: string;
    readonly checkers: readonly string[];
    readonly vitest: { readonly configFile: string };
    readonly tsconfigFile: string;
    readonly jsonReporter: { readonly fileName: string };
    readonly htmlReporter: { readonly fileName: string };
    readonly tempDirName: string;
    readonly plugins: readonly string[];
    readonly ignorers: readonly string[];
  };
  readonly RULE_FILES: readonly string[];
  readonly REPORT_DIR: string;
}

interface IgnorerModule {
  readonly strykerPlugins: readonly { readonly name: string; readonly value: { shouldIgnore(path: object): string | undefined } }[];
}

// A computed specifier: the config is plain JavaScript for Stryker, outside the TypeScript program.
const configModule = (await import(pathToFileURL('stryker.config.mjs').href)) as MutationConfig;
const config = configModule.default;
const require = createRequire(import.meta.url);

/** A `mutate` entry: a file, or `file:from-to` for the lines Stryker mutates in it. */
function mutateEntry(entry: string): { file: string; range?: { from: number; to: number } } {
  const match = /^(.+):(\d+)-(\d+)$/.exec(entry);
  return match?.[1] === undefined ? { file: entry } : { file: match[1], range: { from: Number(match[2]), to: Number(match[3]) } };
}

function gitIgnored(entry: string): boolean {
  return readFileSync('.gitignore', 'utf8').split('\n').some((line) => line.replace(/^\/|\/$/g, '') === entry);
}

describe('stryker.config.mjs (npm run mutation)', () => {
  it("is valid against Stryker's own schema", () => {
    const schemaFile = join(dirname(require.resolve('@stryker-mutator/core/package.json')), 'schema', 'stryker-schema.json');
    const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as object;
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(config) ? [] : validate.errors).toEqual([]);
  });

  it('mutates the rule files, which exist and are simulator code, not tests', () => {
    expect(config.mutate).toEqual(configModule.RULE_FILES);
    for (const entry of config.mutate) {
      const { file } = mutateEntry(entry);
      expect(existsSync(file), file).toBe(true);
      expect(file).toMatch(/^conformance\/simulator\/[a-z/-]+\.ts$/);
      expect(file).not.toMatch(/\.test\.ts$/);
    }
    expect(new Set(config.mutate.map((entry) => mutateEntry(entry).file)).size).toBe(config.mutate.length);
  });

  it('a line range covers whole top-level functions, so an edit that moves them fails here, not silently', () => {
    for (const { file, range } of config.mutate.map(mutateEntry)) {
      if (range === undefined) continue;
      const lines = readFileSync(file, 'utf8').split('\n');
      expect(lines[range.from - 1], `${file}:${range.from}`).toMatch(/^(export )?function /);
      expect(lines[range.to - 1], `${file}:${range.to}`).toBe('}');
    }
  });

  it('runs the probe suite with vitest and type-checks mutants, with plugins that are installed', () => {
    expect(config.testRunner).toBe('vitest');
    expect(config.checkers).toEqual(['typescript']);
    for (const file of [config.vitest.configFile, config.tsconfigFile]) expect(existsSync(file), file).toBe(true);
    for (const plugin of ['@stryker-mutator/vitest-runner', '@stryker-mutator/typescript-checker']) expect(() => require.resolve(`${plugin}/package.json`), plugin).not.toThrow();
  });

  it('loads its ignorers, which ignore only what a test-only defect guards and the wording of errors', async () => {
    const local = config.plugins.filter((plugin) => plugin.startsWith('./'));
    const plugins = (await Promise.all(local.map(async (file) => ((await import(pathToFileURL(file).href)) as IgnorerModule).strykerPlugins))).flat();
    expect(plugins.map((plugin) => plugin.name)).toEqual(config.ignorers);
    const [defects, messages] = plugins.map((plugin) => plugin.value);
    const defectSwitch = { type: 'CallExpression', callee: { type: 'MemberExpression', object: { type: 'Identifier', name: 'defects' }, property: { type: 'Identifier', name: 'has' } } };
    const otherCall = { ...defectSwitch, callee: { ...defectSwitch.callee, object: { type: 'Identifier', name: 'trustedBeneficiaries' } } };
    const branch = { type: 'ObjectExpression' };
    const comparison = { type: 'BinaryExpression' };
    expect(defects?.shouldIgnore({ node: { type: 'StringLiteral' }, parent: defectSwitch, key: 0, listKey: 'arguments' })).toMatch(/test-only defect/);
    // Stryker enters a guard before its parts, and has rewritten the guard's test by the time it enters the block.
    const visit = (node: object, parent?: object) => defects?.shouldIgnore({ node, parent });
    const thenBlock = { type: 'BlockStatement' };
    const elseBlock = { type: 'BlockStatement' };
    const ifStatement = { type: 'IfStatement', test: defectSwitch, consequent: thenBlock, alternate: elseBlock };
    expect(visit(ifStatement)).toBeUndefined();
    ifStatement.test = { type: 'ConditionalExpression' } as never;
    expect(visit(thenBlock, ifStatement)).toMatch(/test-only defect/);
    expect(visit(elseBlock, ifStatement)).toBeUndefined();
    const negated = { type: 'ConditionalExpression', test: { type: 'UnaryExpression', operator: '!', argument: defectSwitch }, consequent: { ...branch }, alternate: { ...branch } };
    expect(visit(negated)).toBeUndefined();
    expect(visit(negated.consequent, negated)).toBeUndefined();
    expect(visit(negated.alternate, negated)).toMatch(/test-only defect/);
    expect(defects?.shouldIgnore({ node: { type: 'StringLiteral' }, parent: otherCall, key: 0, listKey: 'arguments' })).toBeUndefined();
    const plainIf = { type: 'IfStatement', test: comparison, consequent: { ...thenBlock } };
    expect(visit(plainIf)).toBeUndefined();
    expect(visit(plainIf.consequent, plainIf)).toBeUndefined();
    // `defects.has(...) && a === b`: the operand is moot while the defect is off; the switch itself is kept.
    const operand = { ...comparison };
    const conjunction = { type: 'LogicalExpression', operator: '&&', left: defectSwitch, right: operand };
    expect(visit(conjunction)).toBeUndefined();
    expect(visit(defectSwitch, conjunction)).toBeUndefined();
    expect(visit(operand, conjunction)).toMatch(/conjunction/);
    const disjunction = { type: 'LogicalExpression', operator: '||', left: defectSwitch, right: { ...comparison } };
    expect(visit(disjunction)).toBeUndefined();
    expect(visit(disjunction.right, disjunction)).toBeUndefined();
    const call = (name: string) => ({ type: 'CallExpression', callee: { type: 'Identifier', name } });
    const text = { type: 'StringLiteral' };
    expect(messages?.shouldIgnore({ node: text, parent: call('errorReply'), key: 1, listKey: 'arguments' })).toMatch(/wording/);
    expect(messages?.shouldIgnore({ node: text, parent: call('errorReply'), key: 0, listKey: 'arguments' })).toBeUndefined();
    expect(messages?.shouldIgnore({ node: text, parent: call('refusedField'), key: 1, listKey: 'arguments' })).toBeUndefined();
    expect(messages?.shouldIgnore({ node: text, parent: call('refusedField'), key: 3, listKey: 'arguments' })).toMatch(/wording/);
    expect(messages?.shouldIgnore({ node: text, parent: { type: 'ObjectProperty', key: { type: 'Identifier', name: 'message' } }, key: 'value' })).toMatch(/wording/);
    expect(messages?.shouldIgnore({ node: text, parent: { type: 'ObjectProperty', key: { type: 'Identifier', name: 'field' } }, key: 'value' })).toBeUndefined();
    expect(messages?.shouldIgnore({ node: comparison, parent: call('errorReply'), key: 1, listKey: 'arguments' })).toBeUndefined();
  });

  it('writes its reports and sandboxes where git does not look', () => {
    for (const file of [config.jsonReporter.fileName, config.htmlReporter.fileName]) expect(file.startsWith(`${configModule.REPORT_DIR}/`), file).toBe(true);
    expect(gitIgnored(configModule.REPORT_DIR)).toBe(true);
    expect(gitIgnored(config.tempDirName)).toBe(true);
  });

  it('is the npm script, and docs/mutation.md names every mutated file', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts.mutation).toBe('tsx conformance/mutation/run-mutation.ts');
    expect(readFileSync('.ci/mutation', 'utf8')).toMatch(/timeout \d+m npm run mutation/);
    const doc = readFileSync('docs/mutation.md', 'utf8');
    for (const { file } of config.mutate.map(mutateEntry)) expect(doc, file).toContain(`\`${file}\``);
  });
});
