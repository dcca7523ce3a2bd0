import { describe, expect, it } from 'vitest';
import { loadTargetProfile, type TargetProfile } from '../../spec/profile/index.ts';
import { FAMILY_IDS, type FamilyId } from '../probes/check.ts';
import { runProbes, type ProbeResult } from '../runner/index.ts';
import type { SimulatorProfile } from '../simulator/index.ts';
import { startSimulatorTarget } from '../targets/index.ts';

// What kills a mutant of the simulator's rule files (`npm run mutation`, docs/mutation.md): the probe
// suite itself, exactly as `linkcy-sca probe --target simulator` runs it. A test fails when the run
// does not pass: a check failed, or a case could not be played (a harness error: the CLI exits
// non-zero on both). No assertion here judges the simulator; only the checks do.
// One test per family and setting keeps each small, so Stryker reruns only those reaching a mutant.

const SEED = 20261202;
// Property cases beyond each family's examples (every family plays its examples whatever `runs` says).
const RUNS = 5;

/**
 * Stryker stops at a mutant's first failing test, in this order: the families that judge the most
 * rules per second first; a family added to FAMILY_IDS and missing here runs last.
 */
const KILL_ORDER: readonly FamilyId[] = ['signature-semantics', 'auth', 'ttl', 'lifecycle', 'signature-grammar', 'header-matrix', 'error-codes', 'response'];
const ALL_FAMILIES: readonly FamilyId[] = [...KILL_ORDER.filter((family) => FAMILY_IDS.includes(family)), ...FAMILY_IDS.filter((family) => !KILL_ORDER.includes(family))];

interface Setting {
  readonly name: string;
  readonly profile: SimulatorProfile;
  /** A non-default target profile, played by the simulator and judged by the probes alike. */
  readonly expect?: TargetProfile;
  /** The families whose cases the setting changes (the rest would repeat the sandbox run). */
  readonly families: readonly FamilyId[];
}

const SETTINGS: readonly Setting[] = [
  { name: 'sandbox', profile: 'sandbox', families: ALL_FAMILIES },
  // BY_PASS is refused: what the header matrix, auth and the error codes play differently.
  { name: 'production', profile: 'production', families: ['header-matrix', 'auth', 'error-codes'] },
  // Every field of the example flips a default, so the profile-dependent branches are reached too.
  {
    name: 'example target profile',
    profile: 'sandbox',
    expect: loadTargetProfile('docs/expect-profile.example.json'),
    // boundaries: the empty signature under emptySignature "malformed", the Linkcy-SCA-Factor edges and the PSD2 exemption edges.
    families: ['signature-semantics', 'lifecycle', 'signature-grammar', 'header-matrix', 'error-codes', 'boundaries'],
  },
];

/** What a user reads as "the run did not pass", by check id and harness error. */
function unpassed(result: ProbeResult): { failed: string[]; harnessErrors: string[] } {
  return {
    failed: result.checks.filter((check) => check.outcome === 'failed').map((check) => `${check.id}: ${check.failures.flatMap((failure) => failure.findings.map((finding) => finding.message)).join(' | ')}`),
    harnessErrors: result.harnessErrors.map((error) => `${error.family} ${error.caseId}: ${error.message}`),
  };
}

async function probe(setting: Setting, family: FamilyId): Promise<ProbeResult> {
  const options = setting.expect === undefined ? {} : { expect: setting.expect };
  const target = await startSimulatorTarget({ profile: setting.profile, ...options });
  try {
    return await runProbes({ target, runs: RUNS, seed: SEED, only: family, ...options });
  } finally {
    await target.close();
  }
}

describe.each(SETTINGS)('probe suite on the simulator ($name)', (setting) => {
  it.each(setting.families)('%s passes', async (family) => {
    expect(unpassed(await probe(setting, family))).toEqual({ failed: [], harnessErrors: [] });
  });
});
