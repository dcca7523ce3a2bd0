import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadTargetProfile } from '../../../spec/profile/index.ts';
import type { SimulatorDefect, SimulatorProfile } from '../../simulator/index.ts';
import { startSimulatorTarget } from '../../targets/index.ts';
import { createProbeContext } from '../context.ts';
import { exemptionBoundaryCases } from './exemption-cases.ts';
import { scaScopeBoundaryCases } from './sca-scope-cases.ts';
import { EXEMPTION_BOUNDARY_FAULTS } from './test-support/exemption-faults.ts';
import { expectCasesFail, playCases, type PlayedCases } from './test-support/play-cases.ts';

// The PSD2 exemption edges and those of SCA's scope (sca-scope-cases.ts): every case passes on the correct simulator under the example target
// profile (the RTS figures), none is stated under the default one (createTransaction: always), and
// each test-only defect of the exemption bookkeeping fails the cases that state its edge.

const EXAMPLE = loadTargetProfile('docs/expect-profile.example.json');

type Played = PlayedCases;

async function playOn(options: { defects?: SimulatorDefect[]; profile?: SimulatorProfile; example?: boolean }, only: (id: string) => boolean = () => true): Promise<Played> {
  const expectOption = options.example === false ? {} : { expect: EXAMPLE };
  const target = await startSimulatorTarget({ ...(options.defects === undefined ? {} : { defects: options.defects }), ...(options.profile === undefined ? {} : { profile: options.profile }), ...expectOption });
  try {
    const context = await createProbeContext(target, expectOption);
    return await playCases(context, [...exemptionBoundaryCases(context), ...scaScopeBoundaryCases(context)], only);
  } finally {
    await target.close();
  }
}

let correct: Played | undefined;
let byDefault: Played | undefined;
let production: Played | undefined;
const faulty = new Map<SimulatorDefect, Played>();

beforeAll(async () => {
  [correct, byDefault, production] = await Promise.all([playOn({}), playOn({ example: false }), playOn({ profile: 'production' })]);
  for (const row of EXEMPTION_BOUNDARY_FAULTS) faulty.set(row.defect, await playOn({ defects: [row.defect] }, (id) => row.cases.includes(id)));
}, 300_000);
afterAll(() => faulty.clear());

const messagesOf = (played: Played | undefined): string[] => [...(played?.problems.values() ?? [])].flat().map((problem) => problem.message);

describe('PSD2 exemption and SCA scope boundaries', () => {
  it('all pass on the correct simulator under the example target profile', () => {
    expect(messagesOf(correct)).toEqual([]);
    expect(correct?.notApplicable).toEqual([]);
    expect(correct?.problems.size).toBe(11);
  });

  it('are stated only where the profile declares the exemptions, and BY_PASS only in the sandbox', () => {
    // Only the first-device edge holds under the default profile (there, any device makes the next one extra).
    expect([...(byDefault?.problems.keys() ?? [])]).toEqual(['first-device/extra-beside-active-and-pending']);
    expect(messagesOf(byDefault)).toEqual([]);
    expect(production?.notApplicable).toEqual(['psd2-exemptions/low-value-by-pass-is-no-sca', 'psd2-exemptions/trusted-beneficiary-added-with-by-pass']);
    expect(messagesOf(production)).toEqual([]);
  });

  it.each(EXEMPTION_BOUNDARY_FAULTS)('$defect: fails $cases naming $requirement', (row) => {
    expectCasesFail(faulty.get(row.defect), row);
  });
});
