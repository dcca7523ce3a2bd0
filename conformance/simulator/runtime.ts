import type { OperationInfo } from '../../spec/openapi/index.ts';
import type { OperationValidators } from '../../spec/validate/index.ts';
import type { SimulatorClock } from './clock.ts';
import type { ExchangeLog } from './exchange-log.ts';
import type { SimulatorIdentity } from './identity.ts';
import type { SimulatorSettings } from './settings.ts';
import type { SimulatorState } from './state.ts';
import type { TokenIssuer } from './tokens.ts';

/** Everything one running simulator is made of; built once by startSimulator and shared by its modules. */
export interface SimulatorRuntime {
  readonly state: SimulatorState;
  readonly clock: SimulatorClock;
  readonly identity: SimulatorIdentity;
  /** Signs and checks the bearer JWTs (key made at start). */
  readonly tokenIssuer: TokenIssuer;
  readonly settings: SimulatorSettings;
  /** The document's operations at their served paths (path overrides applied). */
  readonly operations: readonly OperationInfo[];
  /** Compiled once, from the document with the path overrides applied. */
  readonly validators: OperationValidators;
  readonly exchangeLog: ExchangeLog;
}
