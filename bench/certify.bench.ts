import { pathToFileURL } from 'node:url';
import { FAMILIES } from '../conformance/probes/registry.ts';
import { runProbes } from '../conformance/runner/index.ts';
import { startSimulatorTarget } from '../conformance/targets/index.ts';
import { runChild } from './processes.ts';

// A certification run, measured in a process of its own so its peak RSS is the run's alone:
// first the full probe set at the CLI's defaults (every family, 25 cases each, embedded
// simulator), then the same job widened to at least CERTIFY_MIN_CASES cases.
//
// STAND-IN: until the `certify` command lands, "certify" here is runProbes against the embedded
// simulator with every family, which is what certify's provider probes run. Once it exists, point
// `certifyOnce` at it (same seed, runs widened the same way) and keep the result keys.

export const CERTIFY_MIN_CASES = 5_000;
const SEED = 1;
const DEFAULT_RUNS = 25;

export interface CertifyBenchResult {
  readonly probeCases: number;
  readonly probeSeconds: number;
  readonly certifyRuns: number;
  readonly certifyCases: number;
  readonly certifySeconds: number;
  /** Peak resident set size of the process that ran both, MB. */
  readonly peakRssMb: number;
}

async function certifyOnce(runs: number): Promise<{ cases: number; seconds: number; failed: number }> {
  const started = performance.now();
  const target = await startSimulatorTarget();
  try {
    const result = await runProbes({ target, runs, seed: SEED });
    const { casesRun, failed, harnessErrors } = result.summary;
    return { cases: casesRun, seconds: (performance.now() - started) / 1000, failed: failed + harnessErrors };
  } finally {
    await target.close();
  }
}

async function measureInThisProcess(): Promise<CertifyBenchResult> {
  const probe = await certifyOnce(DEFAULT_RUNS);
  if (probe.failed > 0) throw new Error('bench: the correct simulator failed a probe; fix that first');
  // Each property family plays `runs` cases (plus its fixed examples); table families a fixed set.
  const propertyFamilies = Object.values(FAMILIES).filter((family) => family.source.kind === 'property').length;
  const fixedCases = probe.cases - propertyFamilies * DEFAULT_RUNS;
  const certifyRuns = Math.ceil((CERTIFY_MIN_CASES - fixedCases) / propertyFamilies);
  const certify = await certifyOnce(certifyRuns);
  return {
    probeCases: probe.cases,
    probeSeconds: probe.seconds,
    certifyRuns,
    certifyCases: certify.cases,
    certifySeconds: certify.seconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  };
}

export function measureCertify(): Promise<CertifyBenchResult> {
  return runChild<CertifyBenchResult>(['--import', 'tsx', new URL(import.meta.url).pathname, '--child']);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href && process.argv.includes('--child')) {
  process.stdout.write(`${JSON.stringify(await measureInThisProcess())}\n`);
}
