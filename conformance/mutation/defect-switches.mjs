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
const MOOT_OPERAND = 'an operand of a conjunction with a test-only defect switch: the conjunction is false while the defect is off, whatever the operand';

// Stryker instruments an expression when it leaves it, so by the time an if's block or a
// conjunction's right operand is entered, the test or the left operand beside it is already
// rewritten. What a defect guards is therefore noted on entering the guard itself, by node.
/** @type {WeakMap<object, string>} */
const guarded = new WeakMap();

function noteGuarded(node) {
  if (node.type === 'IfStatement' || node.type === 'ConditionalExpression') {
    if (needsDefect(node.test)) guarded.set(node.consequent, DEFECT_CODE);
    if (isNegatedDefectSwitch(node.test) && node.alternate) guarded.set(node.alternate, DEFECT_CODE);
  }
  if (node.type === 'LogicalExpression' && needsDefect(node)) {
    for (const operand of [node.left, node.right]) if (!needsDefect(operand)) guarded.set(operand, MOOT_OPERAND);
  }
}

// The simulator's test-only defects (conformance/simulator/defects.ts) are switched on only by the
// fault catalogue, never in the probe runs that judge mutants. Mutating the switch itself is kept:
// `defects.has(...)` to `true` turns the defect on, which the probes must catch.
/** @type {import('@stryker-mutator/api/ignore').Ignorer} */
const defectSwitches = {
  shouldIgnore(path) {
    const { node, parent, listKey } = /** @type {{ node: any; parent: any; listKey?: string }} */ (path);
    if (listKey === 'arguments' && isDefectSwitch(parent)) return 'which test-only defect is asked: with none switched on, every name answers off';
    noteGuarded(node);
    return guarded.get(node);
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
