// The single mutants of the rule files that no probe can ever kill, each with the reason: the
// score of `npm run mutation` (score.ts) leaves them out, and docs/mutation.md lists them
// (rendered from here). The structural classes (test-only defect code, error wording) are Stryker
// ignorers instead (defect-switches.mjs). A claim is checked twice: `equivalents.test.ts` fails when
// its code no longer occurs in its file, and score.ts fails the run when a claimed mutant is killed.

export interface EquivalentMutant {
  /** The mutated file, as in stryker.config.mjs RULE_FILES (without a line range). */
  readonly file: string;
  readonly mutator: string;
  /** The code Stryker replaced, exactly as in the source. */
  readonly code: string;
  readonly replacement: string;
  readonly reason: string;
}

/** Reasons shared by several mutants. */
export const REASONS = {
  defectOff: 'a test-only defect switch set to the value it has when no defect is on (the probe runs switch none on)',
  httpTrims: 'HTTP strips the leading and trailing whitespace of a header value (RFC 9110 5.5): a padded or blank header arrives trimmed or empty, so trim() changes nothing',
  noStore: 'LinkCy documents no Cache-Control on login or refresh, so no check may require `no-store` (D-BOUND-AUTH-4)',
} as const;

/** A switch read at its "off" value (`defects.has(...)` as false, `!defects.has(...)` as true): equivalent by construction. */
export function isDefectSwitchAtOffValue(code: string, replacement: string): boolean {
  const defectSwitch = /^(?:[\w.]+\.)?defects\.has\([^()]*\)$/;
  if (replacement === 'false') return defectSwitch.test(code);
  if (replacement === 'true') return code.startsWith('!') && defectSwitch.test(code.slice(1));
  return false;
}

// Sections by area keep parallel additions apart.
export const EQUIVALENT_MUTANTS: readonly EquivalentMutant[] = [
  // --- tokens, bearer authentication, login, refresh ---
  // --- SCA evaluation, PSD2 exemptions, KYC, push ---
  // --- data signing, devices, activation, pipeline ---
];
