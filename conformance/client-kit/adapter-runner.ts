import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { outcomeOf, type ClientEnvironment, type ClientOutcome, type ClientRunResult } from './contract.ts';

// Adapter mode: a JS/TS module exporting `run(scenario, env)` that returns the outcome, the same
// contract in process. TypeScript loads through tsx (the CLI registers it) or vitest.

export type ClientAdapter = (scenario: string, env: ClientEnvironment) => Promise<ClientOutcome> | ClientOutcome;

/** The module's `run`; a clear error when the file cannot be loaded or exports none. */
export async function loadClientAdapter(modulePath: string): Promise<ClientAdapter> {
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(pathToFileURL(resolve(modulePath)).href)) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`--client ${modulePath}: cannot load the module: ${error instanceof Error ? error.message : String(error)}`);
  }
  const run = loaded.run;
  if (typeof run !== 'function') throw new Error(`--client ${modulePath}: the module must export a function run(scenario, env)`);
  return run as ClientAdapter;
}

export async function runClientAdapter(adapter: ClientAdapter, environment: ClientEnvironment, timeoutMs: number): Promise<{ result: ClientRunResult; stderr: string; durationMs: number }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ClientRunResult>((resolveTimeout) => {
    timer = setTimeout(() => resolveTimeout({ crashed: true, reason: `no outcome within ${timeoutMs} ms` }), timeoutMs);
  });
  const attempt = (async (): Promise<ClientRunResult> => {
    try {
      const parsed = outcomeOf(await adapter(environment.LINKCY_SCENARIO, { ...environment }));
      return 'outcome' in parsed ? { crashed: false, outcome: parsed.outcome } : { crashed: true, reason: `run() returned no outcome: ${parsed.problem}` };
    } catch (error) {
      return { crashed: true, reason: `run() threw: ${error instanceof Error ? error.message : String(error)}` };
    }
  })();
  const result = await Promise.race([attempt, timeout]);
  clearTimeout(timer);
  const stderr = result.crashed && result.reason.startsWith('run() threw') ? result.reason : '';
  return { result, stderr, durationMs: performance.now() - started };
}
