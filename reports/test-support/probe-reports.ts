import type { SimulatorDefect } from '../../conformance/simulator/defects.ts';
import { runProbes } from '../../conformance/runner/index.ts';
import { startSimulatorTarget } from '../../conformance/targets/index.ts';
import { buildReport } from '../model/build-report.ts';
import { suiteHashes } from '../model/hashes.ts';
import type { ConformanceReport } from '../model/types.ts';
import { probeTarget, providerProbesSection } from '../producers/provider-probes.ts';

// TEST-ONLY. Real reports from real probe runs against the embedded simulator, with test-only
// defects switched on for failing ones.

export interface ProbeReportOptions {
  readonly defects?: readonly SimulatorDefect[];
  readonly runs?: number;
  readonly seed?: number;
  readonly only?: string;
}

export async function probeReport(options: ProbeReportOptions = {}): Promise<ConformanceReport> {
  const target = await startSimulatorTarget({ defects: [...(options.defects ?? [])] });
  try {
    const result = await runProbes({ target, runs: options.runs ?? 3, seed: options.seed ?? 5, ...(options.only === undefined ? {} : { only: options.only }) });
    return buildReport({ sections: [providerProbesSection(result, 'npx linkcy-sca probe --target simulator')], hashes: suiteHashes(), target: probeTarget(result) });
  } finally {
    await target.close();
  }
}
