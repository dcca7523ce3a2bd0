import { describe, expect, it } from 'vitest';
import { FAMILY_IDS } from './check.ts';
import { CHECK_LIST } from './registry.ts';
import { coveredRequirementIds, selectChecks, SelectionError } from './selection.ts';

describe('selectChecks (--only)', () => {
  it('selects every family and check by default', () => {
    expect(selectChecks(undefined)).toEqual({ families: [...FAMILY_IDS], checks: CHECK_LIST });
  });

  it('selects one family with its checks and the cross-cutting ones, which judge its exchanges', () => {
    const selection = selectChecks('ttl');
    expect(selection.families).toEqual(['ttl']);
    expect(selection.checks.map((check) => check.id)).toEqual(['ttl/boundary', ...CHECK_LIST.filter((check) => check.crossCutting === true).map((check) => check.id)]);
  });

  it('selects the checks covering a requirement, and the families they belong to', () => {
    const selection = selectChecks('SCA-ERR-001');
    expect(selection.checks.length).toBeGreaterThan(0);
    for (const check of selection.checks) expect(check.requirementIds).toContain('SCA-ERR-001');
    expect(selection.families).toEqual(FAMILY_IDS.filter((id) => selection.checks.some((check) => check.family === id)));
  });

  it('refuses an unknown value, listing the families and the requirement IDs it accepts', () => {
    expect(() => selectChecks('sca-sig-004')).toThrow(SelectionError);
    expect(() => selectChecks('ttls')).toThrow(/unknown family or requirement ID "ttls"; valid families: header-matrix, .*; valid requirement IDs: SCA-/);
  });

  it('refuses a catalogued requirement no check covers', () => {
    const uncovered = 'SCA-SIG-010';
    expect(coveredRequirementIds()).not.toContain(uncovered);
    expect(() => selectChecks(uncovered)).toThrow(/no check covers SCA-SIG-010/);
  });
});
