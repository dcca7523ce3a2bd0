// @ts-check
import { declareValuePlugin, PluginKind } from '@stryker-mutator/api/plugin';

// Stryker ignorers (stryker.config.mjs `ignorers`) for mutants no probe can ever see, whatever the
// target does: they are reported Ignored, with the reason, instead of surviving, and Stryker's score
// leaves them out. docs/mutation.md lists the classes; conformance/mutation/equivalents.ts lists
// the single equivalent mutants these structural classes do not cover.

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

const DEFECT_CODE = 'code run only under a test-only defect (fault catalogue)';

// The simulator's test-only defects (conformance/simulator/defects.ts) are switched on only by the
// fault catalogue, never in the probe runs that judge mutants. Mutating the switch itself is kept:
// `defects.has(...)` to `true` turns the defect on, which the probes must catch.
/** @type {import('@stryker-mutator/api/ignore').Ignorer} */
const defectSwitches = {
  shouldIgnore(path) {
    const { node, parent, key, listKey } = /** @type {{ node: any; parent: any; key: unknown; listKey?: string }} */ (path);
    if (listKey === 'arguments' && isDefectSwitch(parent)) return 'which test-only defect is asked: with none switched on, every name answers off';
    const branching = parent?.type === 'ConditionalExpression' || parent?.type === 'IfStatement';
    if (branching && key === 'consequent' && needsDefect(parent.test)) return DEFECT_CODE;
    if (branching && key === 'alternate' && isNegatedDefectSwitch(parent.test)) return DEFECT_CODE;
    if (needsDefect(parent) && parent.type === 'LogicalExpression' && !needsDefect(node)) return 'an operand of a conjunction with a test-only defect switch: the conjunction is false while the defect is off, whatever the operand';
    return undefined;
  },
};

/** A call of `errorReply(code, ...args)`, `refusedField(code, field, rejectedValue, message, ...args)` or a local `refuse(reason)`. */
function messageArgument(parent, index) {
  if (parent?.type !== 'CallExpression' || parent.callee.type !== 'Identifier' || typeof index !== 'number') return false;
  const firstMessageArgument = { errorReply: 1, refusedField: 3, invalidField: 2, refuse: 0 }[parent.callee.name];
  return firstMessageArgument !== undefined && index >= firstMessageArgument;
}

// The contract fixes an error's status and `errorCode` (and, for field errors, the field); the
// words of `message` are LinkCy's to choose and no check may read them (D-ERR-1).
/** @type {import('@stryker-mutator/api/ignore').Ignorer} */
const messageTexts = {
  shouldIgnore(path) {
    const { node, parent, key, listKey } = /** @type {{ node: any; parent: any; key: unknown; listKey?: string }} */ (path);
    if (node.type !== 'StringLiteral' && node.type !== 'TemplateLiteral') return undefined;
    if (listKey === 'arguments' && messageArgument(parent, key)) return "an error message's wording: the contract fixes the status and errorCode, not the text (D-ERR-1)";
    const property = parent?.type === 'ObjectProperty' && key === 'value' && parent.key.type === 'Identifier' ? parent.key.name : undefined;
    if (property === 'message' || property === 'reason') return "an error message's wording: the contract fixes the status and errorCode, not the text (D-ERR-1)";
    return undefined;
  },
};

export const strykerPlugins = [declareValuePlugin(PluginKind.Ignore, 'defect-switches', defectSwitches), declareValuePlugin(PluginKind.Ignore, 'message-texts', messageTexts)];
