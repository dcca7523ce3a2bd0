import { benchPowerAuth } from './powerauth.bench.ts';
import { benchProbes } from './probes.bench.ts';
import { benchSimulator } from './simulator.bench.ts';

// Speed targets are measured here, never in timed tests: numbers vary by machine, verdicts must not.
const benches: readonly (readonly [string, () => Promise<void>])[] = [
  ['PowerAuth signatures', benchPowerAuth],
  ['Simulator requests', benchSimulator],
  ['Probe cases', benchProbes],
];

for (const [title, bench] of benches) {
  process.stdout.write(`\n== ${title}\n`);
  await bench();
}
