import type { Violation } from './types.ts';

/**
 * Violations as text for the CLI and for error messages: a count, then one numbered message per
 * violation with the rule and pointer that locate it.
 */
export function formatViolations(violations: readonly Violation[]): string {
  if (violations.length === 0) return 'no violations';
  const heading = violations.length === 1 ? '1 violation:' : `${violations.length} violations:`;
  const lines = violations.map(
    (violation, index) => `  ${index + 1}. ${violation.message}\n     [${violation.rule} at ${violation.pointer || '(message)'}]`,
  );
  return [heading, ...lines].join('\n');
}
