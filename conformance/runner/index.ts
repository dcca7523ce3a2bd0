// The probe runner: runs probe families against a target and builds the ProbeResult.

export type { ProbeEvent, ProbeListener } from './events.ts';
export { runProbes, type RunProbesOptions } from './run-probes.ts';
export { SHRINK_BUDGET } from './shrink.ts';
