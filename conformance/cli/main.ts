import { CommanderError } from 'commander';
import type { CliOutcome } from './cli-outcome.ts';
import { createProgram } from './program.ts';
import { EXIT_CODES, UsageError } from './usage-error.ts';

/** Runs the CLI and returns the exit code instead of exiting, so it can be called from code and tests. */
export async function main(args: readonly string[]): Promise<number> {
  const outcome: CliOutcome = { exitCode: EXIT_CODES.ok };
  const program = createProgram(outcome);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return outcome.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here with exit code 0.
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`linkcy-sca: ${error.message}\n`);
      return EXIT_CODES.usage;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`linkcy-sca: internal error: ${message}\n`);
    return EXIT_CODES.failed;
  }
}
