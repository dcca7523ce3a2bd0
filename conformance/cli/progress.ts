import cliProgress from 'cli-progress';
import { redactText } from '../../spec/redaction/index.ts';
import type { ProbeListener } from '../runner/index.ts';

// What a person sees while the probes run. On a terminal: one live bar (families done, the family
// running, cases and failing cases so far) through cli-progress. Not a terminal: one plain line per
// family. --quiet: only failures and the final summary. Every line passes through spec/redaction.

export type ProgressMode = 'live' | 'lines' | 'quiet';

export interface ConsoleIo {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  /** The terminal to draw the live bar on; absent when stderr is not a TTY. */
  readonly tty?: NodeJS.WritableStream;
}

export function progressMode(io: ConsoleIo, quiet: boolean): ProgressMode {
  if (quiet) return 'quiet';
  return io.tty === undefined ? 'lines' : 'live';
}

export function progressListener(io: ConsoleIo, mode: ProgressMode): ProbeListener {
  const write = (line: string): void => io.stderr(redactText(line));
  const failures: string[] = [];
  let bar: cliProgress.SingleBar | undefined;
  let cases = 0;
  let failingCases = 0;
  const lines = mode === 'lines';
  return (event) => {
    switch (event.type) {
      case 'run-started':
        if (mode !== 'quiet') write(`probing ${event.run.target.description} (seed ${event.run.seed}, runs ${event.run.runs}${event.run.only === null ? '' : `, only ${event.run.only}`})`);
        if (mode === 'live' && io.tty !== undefined) {
          bar = new cliProgress.SingleBar(
            { stream: io.tty, format: ' {bar} {value}/{total} families | {family} | {cases} cases | {failing} failing', hideCursor: true, clearOnComplete: true, barsize: 24 },
            cliProgress.Presets.shades_classic,
          );
          bar.start(event.families.length, 0, { family: event.families[0] ?? '', cases: 0, failing: 0 });
        }
        break;
      case 'family-started':
        bar?.update({ family: event.family });
        if (!event.applicable) {
          bar?.increment();
          if (lines) write(`${event.family}: not applicable (the target lacks ${event.missing.join(', ')})`);
        }
        break;
      case 'case-finished':
        cases += 1;
        if (event.problems > 0) failingCases += 1;
        bar?.update({ cases, failing: failingCases });
        break;
      case 'harness-error':
        failures.push(`${event.error.family}: harness error${event.error.caseId === null ? '' : ` in ${event.error.caseId}`}: ${event.error.message}`);
        if (lines) write(failures.at(-1) ?? '');
        break;
      case 'family-finished':
        bar?.increment();
        if (lines) write(`${event.family}: ${event.casesRun} cases, ${event.failedChecks.length === 0 ? 'no failing check' : `failing: ${event.failedChecks.join(', ')}`}`);
        break;
      case 'check-finished':
        for (const failure of event.check.failures) failures.push(`FAILED ${event.check.id} (${failure.family}): replay with ${failure.replay}`);
        break;
      case 'run-finished':
        bar?.stop();
        // Harness errors were printed as they came in line mode; the live bar and quiet mode print them now.
        for (const line of failures) if (!lines || line.startsWith('FAILED ')) write(line);
        for (const note of event.result.notes ?? []) write(`note: ${note}`);
        for (const reading of event.result.profileReadings ?? []) {
          write(`reading (not a failure): ${reading.row} observed ${reading.observed.value} (${reading.observed.sources.join(', ')}), declared ${reading.declared.value}, on ${reading.operationId ?? 'no operation'} by ${reading.checkId}`);
        }
        break;
    }
  };
}
