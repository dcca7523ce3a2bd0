import type { Command } from 'commander';
// Not contracts/index.ts: it loads the Pact library (seconds), which check-pact does not need and
// every other command would pay for, since program.ts imports every command.
import { checkPact, type PactCheckResult, type PactFinding } from '../../contracts/check/check-pact.ts';
import { PactFileError, readPactFile } from '../../contracts/check/read-pact.ts';
import { EXPECT_OPTION_DESCRIPTION, expectOption } from './expect-option.ts';
import { EXIT_CODES, UsageError } from './usage-error.ts';

// `linkcy-sca check-pact <pact.json>`: every HTTP interaction of a pact (any consumer, V2 to V4)
// held to the OpenAPI document. Exit 0: clean; 1: findings; 2: an unreadable or invalid file.

export interface CheckPactCommandOptions {
  json?: boolean;
  expect?: string;
}

const EXAMPLES = `
Examples:
  $ npx linkcy-sca check-pact contracts/pacts/linkcy-reference-client-linkcy-sca-api.json
  $ npx linkcy-sca check-pact pacts/my-app-linkcy-sca-api.json --json > findings.json
  $ npx linkcy-sca check-pact pacts/my-app-linkcy-sca-api.json --expect my-target.json   # a mismatch at 403, ...

Each finding names the interaction (description and provider states), the field, the rule and its
requirement ID. Exit code 0: no finding; 1: findings; 2: the file cannot be read or is not a pact.`;

export function registerCheckPactCommand(program: Command, outcome: { exitCode: number }): void {
  program
    .command('check-pact')
    .description("Check every interaction of a Pact file (V2, V3 or V4, any consumer) against LinkCy's OpenAPI document")
    .argument('<pact>', 'the pact file (JSON)')
    .option('--json', 'print the result as JSON')
    .option('--expect <file>', EXPECT_OPTION_DESCRIPTION)
    .addHelpText('after', EXAMPLES)
    .action((file: string, options: CheckPactCommandOptions) => {
      outcome.exitCode = runCheckPactCommand(file, options, (line) => process.stdout.write(`${line}\n`));
    });
}

export function runCheckPactCommand(file: string, options: CheckPactCommandOptions, print: (line: string) => void): number {
  const expect = options.expect === undefined ? undefined : expectOption(options.expect);
  let result: PactCheckResult;
  try {
    result = checkPact(readPactFile(file), expect === undefined ? {} : { expect });
  } catch (error) {
    if (error instanceof PactFileError) throw new UsageError(error.message);
    throw error;
  }
  if (options.json === true) print(JSON.stringify(result, null, 2));
  else {
    for (const finding of result.findings) print(findingLine(finding));
    const skipped = result.skipped.length === 0 ? '' : ` (${result.skipped.length} non-HTTP interaction${result.skipped.length === 1 ? '' : 's'} skipped)`;
    print(
      `${result.consumer} -> ${result.provider} (pact ${result.specification}): ${result.interactions} interaction${result.interactions === 1 ? '' : 's'} checked${skipped}, ` +
        `${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}`,
    );
  }
  return result.findings.length === 0 ? EXIT_CODES.ok : EXIT_CODES.failed;
}

function findingLine(finding: PactFinding): string {
  const states = finding.providerStates.length === 0 ? '' : ` [given ${finding.providerStates.map((state) => JSON.stringify(state)).join(', ')}]`;
  return `${finding.requirementId} ${finding.rule} "${finding.interaction}"${states} ${finding.field}: ${finding.message}`;
}
