import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTargetProfile, type TargetProfile } from '../../spec/profile/index.ts';
import type { RequirementId } from '../../spec/requirements/index.ts';
import type { ProbeResult } from '../runner/index.ts';
import { runProbes } from '../runner/index.ts';
import { SIMULATOR_DEFECTS, type SimulatorDefect } from '../simulator/index.ts';
import { startSimulatorTarget, type Target } from '../targets/index.ts';
import type { FamilyId } from './check.ts';
import { LIFECYCLE_FAULTS } from './lifecycle/test-support/faults.ts';
import type { CheckId } from './registry.ts';
import { SIGNATURE_BOUNDARY_FAULTS } from './boundaries/test-support/faults.ts';
import { EXEMPTION_BOUNDARY_FAULTS } from './boundaries/test-support/exemption-faults.ts';
import { TOKEN_HEADER_BOUNDARY_FAULTS } from './boundaries/test-support/token-header-faults.ts';

// The suite must catch faults, not only pass: each row is the simulator with one deliberate
// defect, the family that must catch it, the check that fails and the requirement its finding
// names. (The same families passing on the correct simulator: simulator.test.ts.)

interface FaultRow {
  readonly defect: SimulatorDefect;
  readonly family: FamilyId;
  readonly check: CheckId;
  readonly requirement: RequirementId;
  readonly profile?: 'production';
  /** A target profile under which the defect shows (played by the simulator and judged alike). */
  readonly expect?: TargetProfile;
}

const FAULTS: readonly FaultRow[] = [
  { defect: 'acceptReplays', family: 'signature-semantics', check: 'signature-semantics/outcome', requirement: 'SCA-SIG-011' },
  { defect: 'ignoreTtl', family: 'ttl', check: 'ttl/boundary', requirement: 'SCA-TTL-002' },
  { defect: 'acceptPossessionOnly', family: 'signature-semantics', check: 'signature-semantics/outcome', requirement: 'SCA-SIG-015' },
  { defect: 'wrongStatusForScaRequired', family: 'error-codes', check: 'error-codes/mapping', requirement: 'SCA-HDR-005' },
  { defect: 'missingErrorCode', family: 'response', check: 'response/error-code-in-catalogue', requirement: 'SCA-ERR-001' },
  { defect: 'bypassInProduction', family: 'header-matrix', check: 'header-matrix/outcome', requirement: 'SCA-BYP-005', profile: 'production' },
  { defect: 'bodyNotSigned', family: 'signature-semantics', check: 'signature-semantics/outcome', requirement: 'SCA-SIG-004' },
  { defect: 'queryNotSigned', family: 'signature-semantics', check: 'signature-semantics/outcome', requirement: 'SCA-SIG-004' },
  { defect: 'extraDeviceWithoutSca', family: 'lifecycle', check: 'lifecycle/model', requirement: 'SCA-DEV-011' },
  { defect: 'deleteWithEndUserToken', family: 'auth', check: 'auth/outcome', requirement: 'SCA-AUTH-004' },
  { defect: 'offSchemaResponse', family: 'response', check: 'response/schema', requirement: 'SCA-RSP-007' },
  { defect: 'unboundedCounterWindow', family: 'signature-semantics', check: 'signature-semantics/outcome', requirement: 'SCA-SIG-009' },
  { defect: 'waitingScaWithoutDevice', family: 'header-matrix', check: 'response/waiting-sca-body', requirement: 'SCA-PUSH-006', expect: loadTargetProfile('docs/expect-profile.example.json') },
];

const RUNS = 20;
const SEED = 1;
const results = new Map<SimulatorDefect, ProbeResult>();

// One simulator per defect, all probed at once (each family run is sequential within itself).
// Every SCA family plays each SCA-eligible operation, and the failing ones shrink: ~2.5 min on
// a loaded 2-core machine, hence the long hook timeout.
beforeAll(async () => {
  await Promise.all(
    FAULTS.map(async (row) => {
      const targetProfile = row.expect === undefined ? {} : { expect: row.expect };
      const target: Target = await startSimulatorTarget({ defects: [row.defect], ...(row.profile === undefined ? {} : { profile: row.profile }), ...targetProfile });
      try {
        results.set(row.defect, await runProbes({ target, runs: RUNS, seed: SEED, only: row.family, ...targetProfile }));
      } finally {
        await target.close();
      }
    }),
  );
}, 600_000);
afterAll(() => results.clear());

describe('fault catalogue: every deliberate defect is caught by the family that should catch it', () => {
  it('covers every simulator defect, with those of the stated boundaries (boundaries/*.test.ts) and of the lifecycle (lifecycle/lifecycle.test.ts)', () => {
    const defects = new Set([...FAULTS, ...LIFECYCLE_FAULTS, ...SIGNATURE_BOUNDARY_FAULTS, ...TOKEN_HEADER_BOUNDARY_FAULTS, ...EXEMPTION_BOUNDARY_FAULTS].map((row) => row.defect));
    expect([...defects].sort()).toEqual([...SIMULATOR_DEFECTS].sort());
  });

  it.each(FAULTS)('$defect: $family fails $check naming $requirement', (row) => {
    const result = results.get(row.defect);
    const check = result?.checks.find((candidate) => candidate.id === row.check);
    expect(check?.outcome).toBe('failed');
    expect(check?.violatedRequirementIds).toContain(row.requirement);
    expect(result?.requirements.find((requirement) => requirement.id === row.requirement)?.outcome).toBe('failed');
    // Every failure is replayable: a seed, a path, a counterexample and the command.
    for (const failure of check?.failures ?? []) {
      expect(failure.seed).toBe(SEED);
      expect(failure.path).toMatch(/^\d+(:\d+)*$/);
      expect(failure.findings.length).toBeGreaterThan(0);
      expect(failure.replay).toMatch(/^npx linkcy-sca probe --target simulator /);
      expect(failure.replay).toContain(`--seed ${SEED} --only ${row.family} --replay-path ${failure.path}`);
    }
  });
});
