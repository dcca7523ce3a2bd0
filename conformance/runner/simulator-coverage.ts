import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import type { CoverageCounts, CoveredFile, SimulatorCoverage } from './probe-result.ts';

// Which simulator code a run executed, when the simulator runs in this process (the embedded
// target): V8 precise block coverage through node:inspector, summarised per file of
// conformance/simulator/. A function counts as covered when it ran; a branch is a block V8
// reports inside a function (V8 reports a block when its count may differ from its parent's), and
// counts as covered when it ran. Tests of the simulator itself are left out. V8 adds block
// counters only to code compiled once coverage is on: in a process that ran simulator code before
// (a test worker), those functions count whole, without their blocks. The probe command starts
// coverage before its first request, so its counts are complete.

const SIMULATOR = new URL('../simulator/', import.meta.url).href;

interface V8Range {
  readonly startOffset: number;
  readonly endOffset: number;
  readonly count: number;
}
interface V8Function {
  readonly functionName: string;
  readonly ranges: readonly V8Range[];
  readonly isBlockCoverage: boolean;
}
interface V8Script {
  readonly url: string;
  readonly functions: readonly V8Function[];
}

/** Starts counting; the returned function stops and summarises. */
export async function startSimulatorCoverage(): Promise<() => Promise<SimulatorCoverage>> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
  return async () => {
    try {
      const { result } = (await session.post('Profiler.takePreciseCoverage')) as { result: V8Script[] };
      return summarize(result);
    } finally {
      await session.post('Profiler.stopPreciseCoverage');
      await session.post('Profiler.disable');
      session.disconnect();
    }
  };
}

export function summarize(scripts: readonly V8Script[]): SimulatorCoverage {
  const files: CoveredFile[] = scripts
    .filter((script) => script.url.startsWith(SIMULATOR) && !script.url.endsWith('.test.ts'))
    .map((script) => ({ file: fileURLToPath(script.url).slice(fileURLToPath(SIMULATOR).length), ...countsOf(script) }))
    .sort((a, b) => a.file.localeCompare(b.file));
  const sum = (pick: (file: CoveredFile) => { covered: number; total: number }) => ({
    covered: files.reduce((total, file) => total + pick(file).covered, 0),
    total: files.reduce((total, file) => total + pick(file).total, 0),
  });
  return { files, total: { functions: sum((file) => file.functions), branches: sum((file) => file.branches) } };
}

function countsOf(script: V8Script): CoverageCounts {
  // The first entry is the module itself: its body runs on import, whatever the run did.
  const functions = script.functions.filter((fn) => fn.functionName !== '' || fn.ranges[0]?.startOffset !== 0);
  const blocks = functions.flatMap((fn) => fn.ranges.slice(1));
  return {
    functions: { covered: functions.filter((fn) => (fn.ranges[0]?.count ?? 0) > 0).length, total: functions.length },
    branches: { covered: blocks.filter((range) => range.count > 0).length, total: blocks.length },
  };
}
