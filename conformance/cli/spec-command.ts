import type { Command } from 'commander';
import { ERROR_CATALOGUE, ERROR_CODES } from '../../spec/errors/index.ts';
import {
  listOperations,
  loadOpenApiDocument,
  loadPathOverrides,
  type OperationInfo,
  type PathOverrides,
  type SourceRef,
} from '../../spec/openapi/index.ts';
import { scaPolicyOf, type TargetProfile } from '../../spec/profile/index.ts';
import { hasSeedBasis, REQUIREMENTS, REQUIREMENT_IDS } from '../../spec/requirements/index.ts';
import { EXPECT_OPTION_DESCRIPTION, expectOption } from './expect-option.ts';
import { renderTable } from './table.ts';
import { UsageError } from './usage-error.ts';

interface JsonOption {
  json?: boolean;
}

function print(rows: readonly object[], table: readonly Record<string, string>[], options: JsonOption): void {
  process.stdout.write(options.json ? `${JSON.stringify(rows, null, 2)}\n` : renderTable(table));
}

/** One source on one line: `seed SEED000`, `openapi-1.78 OAS178@80k`, `inferred D-SRC-5 (P-CARD-L8)`. */
export function formatSource(source: SourceRef): string {
  if (source.from === 'inferred') return `inferred ${source.decision ?? '?'}${source.key === undefined ? '' : ` (${source.key})`}`;
  return `${source.from} ${source.key ?? ''}${source.decision === undefined ? '' : ` + ${source.decision}`}`.trimEnd();
}

/** An operation as `spec operations --json` prints it: every policy beside its source. */
export interface OperationRow {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** Where method and path come from; `user` when `--paths` moved the operation. */
  readonly pathSource: SourceRef | { readonly from: 'user'; readonly documentedPath: string };
  readonly token: { readonly policy: string; readonly source: SourceRef };
  readonly sca: {
    readonly eligible: boolean;
    readonly defaultPolicy: string;
    readonly source: SourceRef;
    /** The policy the target profile (`--expect FILE`) declares, when one is given. */
    readonly declaredPolicy?: string;
  };
}

export function operationRows(overrides: PathOverrides = {}, profile?: TargetProfile): OperationRow[] {
  const documented = new Map(listOperations(loadOpenApiDocument()).map((operation) => [operation.operationId, operation.pathTemplate]));
  return listOperations(loadOpenApiDocument(), overrides).map((operation: OperationInfo) => {
    const documentedPath = documented.get(operation.operationId) ?? operation.pathTemplate;
    return {
      operationId: operation.operationId,
      method: operation.method,
      path: operation.pathTemplate,
      pathSource: documentedPath === operation.pathTemplate ? operation.sources.operation : { from: 'user', documentedPath },
      token: { policy: operation.tokenPolicy, source: operation.sources.token },
      sca: {
        eligible: operation.scaEligible,
        defaultPolicy: operation.scaPolicy,
        source: operation.sources.sca,
        ...(profile === undefined ? {} : { declaredPolicy: scaPolicyOf(profile, operation.operationId).policy }),
      },
    };
  });
}

function operationTable(rows: readonly OperationRow[]): Record<string, string>[] {
  return rows.map((row) => ({
    operationId: row.operationId,
    method: row.method,
    path: row.path,
    'path source': row.pathSource.from === 'user' ? `--paths (documented ${row.pathSource.documentedPath})` : formatSource(row.pathSource),
    token: row.token.policy,
    'token source': formatSource(row.token.source),
    sca: row.sca.eligible ? row.sca.defaultPolicy : `${row.sca.defaultPolicy} (not eligible)`,
    'sca source': formatSource(row.sca.source),
    ...(row.sca.declaredPolicy === undefined ? {} : { 'sca declared (--expect)': row.sca.declaredPolicy }),
  }));
}

/** `linkcy-sca spec ...`: what the suite holds as the LinkCy contract, for people and tools. */
export function registerSpecCommand(program: Command): void {
  const spec = program.command('spec').description('Show the contract the suite checks against');

  spec
    .command('operations')
    .description(
      'List the operations: method, path, token policy and SCA policy (default profile; "not eligible" = no SCA headers), each with its source (seed, reference-1.114.5, openapi-1.78 or inferred + decision)',
    )
    .option('--paths <file>', 'JSON file mapping operationId to the real path template')
    .option('--expect <file>', `${EXPECT_OPTION_DESCRIPTION}; adds the SCA policy it declares per operation`)
    .option('--json', 'print JSON instead of a table')
    .action((options: JsonOption & { paths?: string; expect?: string }) => {
      const overrides = options.paths === undefined ? {} : loadPathOverridesOrUsage(options.paths);
      const rows = operationRows(overrides, options.expect === undefined ? undefined : expectOption(options.expect));
      print(rows, operationTable(rows), options);
    });

  spec
    .command('errors')
    .description('List the error-code catalogue with the status each code comes with and its source')
    .option('--json', 'print JSON instead of a table')
    .action((options: JsonOption) => {
      const rows = ERROR_CODES.map((code) => {
        const definition = ERROR_CATALOGUE[code];
        return { code, status: definition.status, label: definition.seedLabel, source: definition.source };
      });
      const table = rows.map((row) => ({ code: row.code, status: String(row.status), label: row.label, source: formatSource(row.source) }));
      print(rows, table, options);
    });

  spec
    .command('requirements')
    .description('List the requirements derived from the LinkCy documents, with the seed file or the digest keys they stand on')
    .option('--json', 'print JSON instead of a table')
    .action((options: JsonOption) => {
      const rows = REQUIREMENT_IDS.map((id) => {
        const requirement = REQUIREMENTS[id];
        const basis = hasSeedBasis(requirement) ? requirement.seedFile : requirement.digestKeys.join(', ');
        return { id, kind: requirement.kind, title: requirement.title, basis };
      });
      print(rows, rows, options);
    });
}

function loadPathOverridesOrUsage(file: string): PathOverrides {
  try {
    return loadPathOverrides(file);
  } catch (error) {
    throw new UsageError(`--paths ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
