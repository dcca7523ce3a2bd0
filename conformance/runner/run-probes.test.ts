import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHECK_LIST } from '../probes/registry.ts';
import { SelectionError } from '../probes/selection.ts';
import { createUrlTarget, startSimulatorTarget, TargetUnreachableError, type Target } from '../targets/index.ts';
import type { ProbeEvent } from './events.ts';
import { runProbes } from './run-probes.ts';

// The runner on live simulators: what it tells listeners, how it replays one case, and the
// outcomes it keeps apart (failed, harness error, fatal).

let correct: Target;
let faulty: Target;

beforeAll(async () => {
  [correct, faulty] = await Promise.all([startSimulatorTarget(), startSimulatorTarget({ defects: ['unboundedCounterWindow'] })]);
});
afterAll(() => Promise.all([correct.close(), faulty.close()]));

describe('runProbes', () => {
  it('emits typed events in order and prints nothing', async () => {
    const events: ProbeEvent[] = [];
    const stdout = vi.spyOn(process.stdout, 'write');
    const stderr = vi.spyOn(process.stderr, 'write');
    try {
      // Lifecycle has five examples, so runs 6 is six cases (a family plays max(runs, examples)).
      await runProbes({ target: correct, runs: 6, seed: 7, only: 'lifecycle', listeners: [(event) => events.push(event)] });
      expect(stdout).not.toHaveBeenCalled();
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    const types = events.map((event) => event.type);
    expect(types.slice(0, 2)).toEqual(['run-started', 'family-started']);
    expect(types.filter((type) => type === 'case-finished')).toHaveLength(6);
    // One check-finished per registered check, whichever ran.
    expect(types.slice(8)).toEqual(['family-finished', ...Array<string>(CHECK_LIST.length).fill('check-finished'), 'run-finished']);
  });

  it('shrinks a failure to a minimal counterexample and replays exactly that case', async () => {
    const result = await runProbes({ target: faulty, runs: 20, seed: 3, only: 'signature-semantics' });
    const failure = result.checks.find((check) => check.id === 'signature-semantics/outcome')?.failures[0];
    // The look-ahead window is 20: the smallest counter jump the defect wrongly accepts (a distinct
    // problem is per operation, so shrinking keeps the operation that showed it first).
    expect(failure?.counterexample).toEqual({ mutation: 'counter-ahead', counterSteps: 20, operationId: failure?.findings[0]?.operationId });
    expect(failure?.findings[0]?.message).toMatch(/^Expected: 401 SCA_SIGNATURE_DOES_NOT_MATCH \(rule DS-COUNTER-BEYOND-WINDOW\)\nReceived: 20[014]$/);
    expect(JSON.stringify(failure?.findings)).not.toMatch(/Bearer [A-Za-z0-9]|PowerAuth pa_/);

    const replay = await runProbes({ target: faulty, runs: 20, seed: 3, only: 'signature-semantics', replayPath: failure?.path ?? '' });
    expect(replay.summary.casesRun).toBe(1);
    const replayed = replay.checks.find((check) => check.id === 'signature-semantics/outcome');
    expect(replayed?.outcome).toBe('failed');
    expect(replayed?.failures.map((entry) => [entry.caseId, entry.path])).toEqual([[failure?.caseId, failure?.path]]);
  }, 180_000);

  it('reports a case it cannot set up as a harness error, never as passed or failed', async () => {
    const info = correct.info;
    if (info === undefined) throw new Error('the simulator target has no info');
    const wrongPassword: Target = { ...correct, info: { ...info, partner: { ...info.partner, password: 'wrong' } } };
    const result = await runProbes({ target: wrongPassword, runs: 2, seed: 1, only: 'lifecycle' });
    expect(result.checks.find((check) => check.id === 'lifecycle/model')?.outcome).toBe('harness-error');
    // One per case: the five examples, however few runs.
    expect(result.harnessErrors).toHaveLength(5);
    expect(result.harnessErrors[0]?.message).toBe('partner login: expected 200, the target answered 401 UNAUTHORIZED');
    // lifecycle/model and every cross-cutting check: none could judge, none passed or failed.
    const ran = result.checks.filter((check) => check.outcome !== 'did-not-run');
    expect(new Set(ran.map((check) => check.outcome))).toEqual(new Set(['harness-error']));
    expect(result.summary).toMatchObject({ passed: 0, failed: 0, harnessErrors: ran.length });
  });

  it('ends the run when the target stops answering', async () => {
    const port = await closedPort();
    const gone = createUrlTarget(`http://127.0.0.1:${port}`, {});
    await expect(runProbes({ target: gone, runs: 2, seed: 1 })).rejects.toThrow(TargetUnreachableError);
  });

  it('refuses bad options before probing', async () => {
    await expect(runProbes({ target: correct, runs: 0, seed: 1 })).rejects.toThrow(/runs must be a positive integer/);
    await expect(runProbes({ target: correct, runs: 1, seed: 1.5 })).rejects.toThrow(/seed must be an integer/);
    await expect(runProbes({ target: correct, runs: 1, seed: 1, only: 'nope' })).rejects.toThrow(SelectionError);
    await expect(runProbes({ target: correct, runs: 1, seed: 1, replayPath: '0' })).rejects.toThrow(/replayPath replays one case of one family/);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(runProbes({ target: correct, runs: 5, seed: 1, only: 'ttl', signal: controller.signal })).rejects.toThrow('stop');
  });
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
