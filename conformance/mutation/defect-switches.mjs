// @ts-check
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

// A Stryker ignorer (stryker.config.mjs `ignorers: ['defect-switches']`): the simulator's test-only
// defects (conformance/simulator/defects.ts) are switched on only by the fault catalogue, never in
// the probe runs that judge mutants, so the code they guard is dead there and the defect's name is
// as inert as any name not switched on. Those mutants are reported Ignored, with this reason,
// instead of surviving. Mutating the switch itself (`defects.has(...)` to true) is kept: it turns
// the defect on, which the probes must catch.

/** `defects.has(...)` or `<anything>.defects.has(...)`. */
function isDefectSwitch(node) {
  if (node?.type !== 'CallExpression' || node.callee.type !== 'MemberExpression') return false;
  const { object, property } = node.callee;
  if (property.type !== 'Identifier' || property.name !== 'has') return false;
  return (object.type === 'Identifier' && object.name === 'defects') || (object.type === 'MemberExpression' && object.property.type === 'Identifier' && object.property.name === 'defects');
}

/** True only when a defect is on: a switch, or a conjunction with one. */
function needsDefect(node) {
  return isDefectSwitch(node) || (node?.type === 'LogicalExpression' && node.operator === '&&' && (needsDefect(node.left) || needsDefect(node.right)));
}

function isNegatedDefectSwitch(node) {
  return node?.type === 'UnaryExpression' && node.operator === '!' && isDefectSwitch(node.argument);
}

/** @type {import('@stryker-mutator/api/ignore').Ignorer} */
const defectSwitches = {
  shouldIgnore(path) {
    const { node, parent, key } = /** @type {{ node: any; parent: any; key: unknown }} */ (path);
    if (node.type === 'StringLiteral' && isDefectSwitch(parent)) return 'the name of a test-only defect: an unknown name is as off as a known one';
    const branching = parent?.type === 'ConditionalExpression' || parent?.type === 'IfStatement';
    if (branching && key === 'consequent' && needsDefect(parent.test)) return 'code run only under a test-only defect (fault catalogue)';
    if (branching && key === 'alternate' && isNegatedDefectSwitch(parent.test)) return 'code run only under a test-only defect (fault catalogue)';
    return undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'defect-switches', defectSwitches)];
