// The stateful LinkCy SCA simulator: start it in process, or with `linkcy-sca serve`.

export { parseDuration } from './duration.ts';
export { SIMULATOR_DEFECTS, type SimulatorDefect } from './defects.ts';
export { startSimulator, SIMULATOR_DEFAULTS, type SimulatorHandle, type SimulatorInfo, type SimulatorOptions } from './simulator.ts';
export type { ClockMode, SimulatorClock } from './clock.ts';
export { ControlError } from './control-plane.ts';
export type {
  CreatedEndUser,
  DeviceSnapshot,
  EndUserRequest,
  Scene,
  SceneRequest,
  SimulatorControl,
  StateSnapshot,
  TokenRequest,
  TokenValidity,
} from './control-plane.ts';
export type { ExchangeListener, ExchangeLogEntry, ListenedExchange, RawExchange } from './exchange-log.ts';
export type { FaultSpec } from './faults.ts';
export type { SimulatorProfile } from './settings.ts';
export { PUSH_MODES } from './state.ts';
export type { CardStatus, CardType, EndUserKind, KycStatus, LedgerType, PushMode, ScaFactor } from './state.ts';
export { decodeJwtClaims, type JwtClaims } from './tokens.ts';
export { DEFAULT_CONTROL_PREFIX } from './control-http.ts';
