import { pathToFileURL } from 'node:url';
import { runProbes } from '../conformance/runner/index.ts';
import { startPrismMockTarget, startSimulatorTarget, type ProbeRequest, type Target } from '../conformance/targets/index.ts';

// Probe cases per second for the full probe set, beside the raw request rate of the same target
// over the same transport. The engine plays cases one after another (cases share the target's
// clock and push mode), so the raw rate is measured with one client too: the ratio is what a case
// costs in requests and in the harness's own work (key generation, signing, validation).

const RUNS = 20;
const SEED = 1;
const RAW_PHASE_MS = 1_000;
/** Upper bound on raw requests, so a very fast machine still finishes promptly. */
const MAX_RAW_REQUESTS = 20_000;

export interface ProbeBenchLine {
  readonly target: string;
  readonly rawRequest: string;
  readonly rawPerSecond: number;
  readonly casesPerSecond: number;
  readonly cases: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
}

async function rawRate(target: Target, request: ProbeRequest): Promise<number> {
  const deadline = performance.now() + RAW_PHASE_MS;
  const start = performance.now();
  let count = 0;
  while (performance.now() < deadline && count < MAX_RAW_REQUESTS) {
    await target.send(request);
    count += 1;
  }
  return count / ((performance.now() - start) / 1000);
}

/** Runs the full probe set once, counting the API requests the cases make (control plane and activation exchange aside). */
async function probeRate(target: Target): Promise<{ cases: number; requests: number; seconds: number }> {
  let requests = 0;
  const counting: Target = {
    ...target,
    send: (request) => {
      requests += 1;
      return target.send(request);
    },
  };
  const start = performance.now();
  const result = await runProbes({ target: counting, runs: RUNS, seed: SEED });
  return { cases: result.summary.casesRun, requests, seconds: (performance.now() - start) / 1000 };
}

async function measure(target: Target, rawRequest: ProbeRequest, label: string): Promise<ProbeBenchLine> {
  try {
    const rawPerSecond = await rawRate(target, rawRequest);
    const { cases, requests, seconds } = await probeRate(target);
    return { target: target.description, rawRequest: label, rawPerSecond, casesPerSecond: cases / seconds, cases, requests, requestsPerSecond: requests / seconds };
  } finally {
    await target.close();
  }
}

export async function measureProbes(): Promise<ProbeBenchLine[]> {
  const health: ProbeRequest = { method: 'GET', target: '/health', headers: {} };
  // Prism serves only the document's operations: a GET of a consumer answers its example.
  const consumer: ProbeRequest = { method: 'GET', target: '/api/partner/consumers/0b9a3f4e-2c1d-4e5f-8a7b-6c5d4e3f2a1b', headers: { authorization: 'Bearer bench' } };
  return [await measure(await startSimulatorTarget(), health, 'GET /health'), await measure(await startPrismMockTarget(), consumer, 'GET getConsumer')];
}

export async function benchProbes(): Promise<void> {
  const rate = (value: number): string => Math.round(value).toLocaleString('en-US').padStart(8);
  process.stdout.write(`LinkCy SCA probe engine, one case at a time, full probe set with runs ${RUNS}, seed ${SEED}\n`);
  for (const line of await measureProbes()) {
    process.stdout.write(`  ${line.target}\n`);
    process.stdout.write(`    raw ${line.rawRequest} (one client)`.padEnd(48) + `${rate(line.rawPerSecond)} requests/s\n`);
    process.stdout.write(
      `    full probe set`.padEnd(48) + `${rate(line.casesPerSecond)} cases/s   (${line.cases} cases, ${line.requests} API requests: ${Math.round(line.requestsPerSecond)}/s)\n`,
    );
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await benchProbes();
