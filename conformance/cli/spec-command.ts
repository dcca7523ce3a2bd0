import type { Command } from 'commander';
import { ERROR_CATALOGUE, ERROR_CODES } from '../../spec/errors/index.ts';
import { listOperations, loadOpenApiDocument, loadPathOverrides } from '../../spec/openapi/index.ts';
import { REQUIREMENTS, REQUIREMENT_IDS } from '../../spec/requirements/index.ts';
import type { CliOutcome } from './program.ts';
import { renderTable } from './table.ts';
import { UsageError } from './usage-error.ts';

interface JsonOption {
  json?: boolean;
}

function print(rows: readonly Record<string, string>[], options: JsonOption): void {
  process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : renderTable(rows));
}

/** `linkcy-sca spec ...`: what the suite holds as the LinkCy contract, for people and tools. */
export function registerSpecCommand(program: Command): void {
  const spec = program.command('spec').description('Show the contract the suite checks against');

  spec
    .command('operations')
    .description('List the operations with their paths, SCA policy and token policy')
    .option('--paths <file>', 'JSON file mapping operationId to the real path template')
    .option('--json', 'print JSON instead of a table')
    .action((options: JsonOption & { paths?: string }) => {
      const overrides = options.paths === undefined ? {} : loadPathOverridesOrUsage(options.paths);
      const rows = listOperations(loadOpenApiDocument(), overrides).map((operation) => ({
        operationId: operation.operationId,
        method: operation.method,
        path: operation.pathTemplate,
        sca: operation.scaPolicy,
        token: operation.tokenPolicy,
      }));
      print(rows, options);
    });

  spec
    .command('errors')
    .description('List the error-code catalogue with the status each code comes with')
    .option('--json', 'print JSON instead of a table')
    .action((options: JsonOption) => {
      const rows = ERROR_CODES.map((code) => {
        const definition = ERROR_CATALOGUE[code];
        return {
          code,
          status: String(definition.status),
          seedLabel: definition.seedLabel,
          source: 'inferred' in definition ? 'inferred' : definition.seedFile,
        };
      });
      print(rows, options);
    });

  spec
    .command('requirements')
    .description('List the requirements derived from the LinkCy documents')
    .option('--json', 'print JSON instead of a table')
    .action((options: JsonOption) => {
      const rows = REQUIREMENT_IDS.map((id) => {
        const requirement = REQUIREMENTS[id];
        return { id, kind: requirement.kind, title: requirement.title, seed: requirement.seedFile };
      });
      print(rows, options);
    });
}

function loadPathOverridesOrUsage(file: string): ReturnType<typeof loadPathOverrides> {
  try {
    return loadPathOverrides(file);
  } catch (error) {
    throw new UsageError(`--paths ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
