import { runProbes, type ProbeResult } from '../../../runner/index.ts';
import { startSimulatorTarget } from '../../../targets/index.ts';
import { createProbeContext } from '../../context.ts';
import { boundaryCases } from '../cases.ts';
import type { BoundaryFault } from './faults.ts';

// TEST-ONLY. The cases of a fault replayed one by one (the runner's --replay-path of a table) on
// the simulator with its defect: the cost is the fault's cases, whatever else the family holds.

/** The probe result of each case of `fault`, by boundary id. */
export async function replayOnDefect(fault: BoundaryFault): Promise<ReadonlyMap<string, ProbeResult>> {
  const options = fault.expect === undefined ? {} : { expect: fault.expect };
  const target = await startSimulatorTarget({ defects: [fault.defect], ...options });
  try {
    const ids = boundaryCases(await createProbeContext(target, options)).map((testCase) => testCase.id);
    const results = new Map<string, ProbeResult>();
    for (const id of fault.cases) {
      const index = ids.indexOf(id);
      if (index === -1) throw new Error(`${fault.defect}: no boundary case ${id}`);
      results.set(id, await runProbes({ target, runs: 1, seed: 1, only: 'boundaries', replayPath: String(index), ...options }));
    }
    return results;
  } finally {
    await target.close();
  }
}
