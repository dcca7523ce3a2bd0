import type { ProbeFamily } from '../family.ts';
import type { BoundaryCase } from './boundary-case.ts';
import { boundaryCases } from './cases.ts';
import type { BoundaryObservation } from './observation.ts';

// The edges of the documented rules as explicit cases, played in full whatever the seed and
// --runs (docs/probe-design.md, "Stated boundaries"): random draws rarely land on an edge.

export const boundariesFamily: ProbeFamily<BoundaryCase, BoundaryObservation> = {
  id: 'boundaries',
  title: 'Stated boundaries: the edges of each documented rule, always played',
  needs: ['sca-semantics', 'control'],
  source: { kind: 'table', cases: boundaryCases },
  describe: (testCase) => ({ boundary: testCase.id }),
  execute: async (testCase, session) => {
    const observed = { caseId: session.caseId, boundary: testCase.id, requirementIds: testCase.requirementIds };
    const notApplicable = testCase.notApplicable?.(session.context);
    if (notApplicable !== undefined) return { ...observed, exchanges: [], calls: [], notApplicable };
    const calls = await testCase.play(session);
    const [operationId, ...others] = new Set(calls.map((call) => call.operationId));
    return { ...observed, exchanges: session.exchanges, calls, ...(operationId !== undefined && others.length === 0 ? { operationId } : {}) };
  },
};
