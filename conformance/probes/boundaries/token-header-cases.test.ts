import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SimulatorDefect } from '../../simulator/index.ts';
import { startSimulatorTarget, type Target } from '../../targets/index.ts';
import { createProbeContext, type ProbeContext } from '../context.ts';
import { expectCasesFail, playCases, type PlayedCases } from './test-support/play-cases.ts';
import { TOKEN_HEADER_BOUNDARY_FAULTS } from './test-support/token-header-faults.ts';
import { orderBoundaryCases } from './order-cases.ts';
import { tokenHeaderBoundaryCases } from './token-header-cases.ts';

// The token, header and environment edges, and those of the evaluation order (order-cases.ts):
// every case passes on the correct simulator (sandbox and production), and each test-only defect of these rules fails the cases that state its edge,
// naming the rule's requirement. Only these cases are played, straight through the family and its
// check, so the table stays fast; the runner plays them with the rest of the family.

type Profile = 'sandbox' | 'production';

type Played = PlayedCases;

async function play(target: Target, only?: (id: string) => boolean): Promise<Played> {
  const context: ProbeContext = await createProbeContext(target);
  return playCases(context, [...tokenHeaderBoundaryCases(context), ...orderBoundaryCases(context)], only);
}

async function playOn(options: { defects?: SimulatorDefect[]; profile?: Profile }, only?: (id: string) => boolean): Promise<Played> {
  const target = await startSimulatorTarget(options);
  try {
    return await play(target, only);
  } finally {
    await target.close();
  }
}

const correct = new Map<Profile, Played>();
const faulty = new Map<SimulatorDefect, Played>();
const BY_PASS_PRODUCTION = 'by-pass-production/';
// The fault catalogue's own defect (header-matrix proves it there): every operation's edge catches it too.
let byPassInProduction: Played | undefined;

beforeAll(async () => {
  const [sandbox, production] = await Promise.all([playOn({}), playOn({ profile: 'production' })]);
  correct.set('sandbox', sandbox);
  correct.set('production', production);
  for (const row of TOKEN_HEADER_BOUNDARY_FAULTS) {
    faulty.set(row.defect, await playOn({ defects: [row.defect], ...(row.profile === undefined ? {} : { profile: row.profile }) }, (id) => row.cases.includes(id)));
  }
  byPassInProduction = await playOn({ defects: ['bypassInProduction'], profile: 'production' }, (id) => id.startsWith(BY_PASS_PRODUCTION));
}, 300_000);
afterAll(() => {
  correct.clear();
  faulty.clear();
});

const messagesOf = (played: Played | undefined): string[] => [...(played?.problems.values() ?? [])].flat().map((problem) => problem.message);

describe('token, header and environment boundaries', () => {
  it.each(['sandbox', 'production'] as const)('all pass on the correct simulator (%s profile)', (profile) => {
    const played = correct.get(profile);
    expect(messagesOf(played)).toEqual([]);
    expect(played?.problems.size).toBeGreaterThan(40);
  });

  it('state BY_PASS under production only where the target runs it', () => {
    expect(correct.get('sandbox')?.notApplicable.every((id) => id.startsWith(BY_PASS_PRODUCTION))).toBe(true);
    expect(correct.get('production')?.notApplicable).toEqual([]);
    expect(correct.get('production')?.problems.has(`${BY_PASS_PRODUCTION}getCardPin`)).toBe(true);
  });

  it('state the millisecond of a token or refresh token expiry only where the target clock stands still', async () => {
    const target = await startSimulatorTarget({});
    try {
      const running: ProbeContext = { ...(await createProbeContext(target)), clockFrozen: false };
      const notApplicable = tokenHeaderBoundaryCases(running).filter((testCase) => testCase.notApplicable?.(running) !== undefined).map((testCase) => testCase.id);
      expect(notApplicable.filter((id) => !id.startsWith(BY_PASS_PRODUCTION))).toEqual([
        'token-expiry/partner-last-valid-ms',
        'token-expiry/partner-first-expired-ms',
        'token-expiry/end-user-last-valid-ms',
        'token-expiry/end-user-first-expired-ms',
        'token-expiry/partner-lifetime-passed',
        'refresh-token/partner-last-valid-ms',
        'refresh-token/partner-first-expired-ms',
      ]);
    } finally {
      await target.close();
    }
  });

  it('bypassInProduction: fails the BY_PASS edge of every SCA-eligible operation', () => {
    expect(byPassInProduction?.problems.size).toBeGreaterThan(10);
    expect([...(byPassInProduction?.problems.entries() ?? [])].filter(([, problems]) => !problems.some((problem) => problem.requirementIds.includes('SCA-BYP-005')))).toEqual([]);
  });

  it.each(TOKEN_HEADER_BOUNDARY_FAULTS)('$defect: fails $cases naming $requirement', (row) => {
    expectCasesFail(faulty.get(row.defect), row);
  });
});
