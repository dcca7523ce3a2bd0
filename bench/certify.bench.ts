import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseProbeOptions } from '../conformance/cli/probe-command.ts';
import { runProviderRun } from '../conformance/cli/provider-run.ts';
import { FAMILIES } from '../conformance/probes/registry.ts';
import { REPORTER_NAMES, type ConformanceReport } from '../reports/index.ts';
import { runChild } from './processes.ts';

// A certification run, measured in a process of its own so its peak RSS is the run's alone:
// first `certify` at its defaults (every family, embedded simulator, every report format), then
// the same job widened to at least CERTIFY_MIN_CASES cases. It goes through the command's own
// code (parseProbeOptions + runProviderRun, as `linkcy-sca certify` calls them), console silenced.

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

async function certifyOnce(runs: number): Promise<{ cases: number; seconds: number; failed: number; casesByFamily: ReadonlyMap<string, number> }> {
  const out = mkdtempSync(join(tmpdir(), 'linkcy-sca-bench-'));
  const started = performance.now();
  try {
    const options = parseProbeOptions({ target: 'simulator', runs: String(runs), seed: String(SEED), out, reporter: REPORTER_NAMES.join(','), quiet: true }, 'certify');
    const exitCode = await runProviderRun(options, { stdout: () => undefined, stderr: () => undefined });
    const seconds = (performance.now() - started) / 1000;
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as ConformanceReport;
    const casesByFamily = new Map(report.sections.flatMap((section) => section.reach.groups.map((group) => [group.group, group.cases] as const)));
    return { cases: report.summary.cases, seconds, failed: exitCode === 0 ? 0 : 1, casesByFamily };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

async function measureInThisProcess(): Promise<CertifyBenchResult> {
  const probe = await certifyOnce(DEFAULT_RUNS);
  if (probe.failed > 0) throw new Error('bench: the correct simulator failed a probe; fix that first');
  // A property family plays `runs` cases once `runs` exceeds its fixed examples; the other
  // families play a fixed set whatever `runs` is.
  const propertyFamilies = Object.entries(FAMILIES).filter(([, family]) => family.source.kind === 'property').map(([id]) => id);
  const fixedCases = [...probe.casesByFamily].filter(([family]) => !propertyFamilies.includes(family)).reduce((sum, [, cases]) => sum + cases, 0);
  const certifyRuns = Math.ceil((CERTIFY_MIN_CASES - fixedCases) / propertyFamilies.length);
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
