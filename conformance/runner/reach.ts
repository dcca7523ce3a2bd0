import { DECISION_TABLE, STRATEGIES, unreachableBecause, type RunFacts } from '../../spec/expectations/index.ts';
import { OPERATION_IDS, type OperationId } from '../../spec/openapi/index.ts';
import type { FamilyId, Observation } from '../probes/check.ts';
import { errorCodeOf } from '../probes/session.ts';
import type { Exchange } from '../targets/index.ts';
import type { ExercisedAnswer, FamilyReach, OperationReach, Reach, RowReach, SimulatorCoverage, StrategySent } from './probe-result.ts';

// What a run reached: cases per family; per documented operation, the requests made and the
// statuses answered; per operation, strategy sent and answer (status and code); the decision-table
// rows the checks held cases to (rows the run's profile rules out said so, with their condition);
// and, on the embedded simulator, the simulator code run. Fixture exchanges count: they reach the
// target too. A run that never reached something says so instead of passing it silently.

const STRATEGY_ORDER: readonly StrategySent[] = ['absent', ...STRATEGIES, 'invalid'];

/** The strategy header as the model reads it: absent, an exact enum value, or invalid. */
function strategyOf(exchange: Exchange): StrategySent {
  const header = Object.entries(exchange.request.headers).find(([name]) => name.toLowerCase() === 'linkcy-sca-strategy');
  if (header === undefined) return 'absent';
  return STRATEGIES.find((strategy) => strategy === header[1].trim()) ?? 'invalid';
}

export class ReachTally {
  readonly #families: FamilyReach[] = [];
  readonly #operations = new Map<OperationId | null, { requests: number; statuses: Map<number, number> }>();
  readonly #answers = new Map<string, ExercisedAnswer>();
  readonly #rows = new Map<string, number>();

  constructor(
    private readonly run: RunFacts,
    private readonly errorCodePointers: readonly string[],
  ) {}

  family(family: FamilyId, applicable: boolean, cases: number): void {
    this.#families.push({ family, applicable, cases });
  }

  /** A judged case: its exchanges, and the rows its checks held it to. */
  observe(observation: Observation, rows: readonly string[]): void {
    for (const row of rows) this.#rows.set(row, (this.#rows.get(row) ?? 0) + 1);
    for (const exchange of observation.exchanges) {
      const key = exchange.operationId ?? null;
      const entry = this.#operations.get(key) ?? { requests: 0, statuses: new Map<number, number>() };
      entry.requests += 1;
      entry.statuses.set(exchange.response.status, (entry.statuses.get(exchange.response.status) ?? 0) + 1);
      this.#operations.set(key, entry);
      if (exchange.operationId !== undefined) this.#answer(exchange.operationId, exchange);
    }
  }

  #answer(operationId: OperationId, exchange: Exchange): void {
    const strategy = strategyOf(exchange);
    const { status } = exchange.response;
    const code = status >= 400 ? (errorCodeOf(exchange, this.errorCodePointers) ?? null) : null;
    const key = [operationId, strategy, status, code ?? ''].join('|');
    const entry = this.#answers.get(key);
    this.#answers.set(key, { operationId, strategy, status, code, count: (entry?.count ?? 0) + 1 });
  }

  result(simulator?: SimulatorCoverage): Reach {
    const operations: OperationReach[] = [...OPERATION_IDS, null].map((operationId) => {
      const entry = this.#operations.get(operationId);
      const statuses = [...(entry?.statuses ?? new Map<number, number>())].sort(([a], [b]) => a - b).map(([status, count]) => ({ status, count }));
      return { operationId, requests: entry?.requests ?? 0, statuses };
    });
    const rows: RowReach[] = DECISION_TABLE.map((row) => {
      const because = unreachableBecause(row, this.run);
      return { row: row.id, cases: this.#rows.get(row.id) ?? 0, ...(because === undefined ? {} : { notReachable: because }) };
    });
    const answers = [...this.#answers.values()].sort(
      (a, b) =>
        OPERATION_IDS.indexOf(a.operationId) - OPERATION_IDS.indexOf(b.operationId) ||
        STRATEGY_ORDER.indexOf(a.strategy) - STRATEGY_ORDER.indexOf(b.strategy) ||
        a.status - b.status ||
        (a.code ?? '').localeCompare(b.code ?? ''),
    );
    return {
      families: [...this.#families],
      // The row for requests outside the documented operations only appears when there were some.
      operations: operations.filter((row) => row.operationId !== null || row.requests > 0),
      rows,
      answers,
      ...(simulator === undefined ? {} : { simulator }),
    };
  }
}

/** The rows a run could reach and did not: what a complete run leaves empty. */
export function unreachedRows(reach: Reach): RowReach[] {
  return reach.rows.filter((row) => row.cases === 0 && row.notReachable === undefined);
}
