import type { OperationInfo } from '../../spec/openapi/index.ts';
import type { ControlClient } from './control-client.ts';
import type { Exchange, ProbeRequest } from './exchange.ts';
import type { SimulatorInfo } from './simulator-info.ts';

// The shared contract of every target (docs/probe-design.md, "Targets"). A target only sends and
// reports: it never decides whether an answer is right.

export type TargetKind = 'simulator' | 'prism' | 'proxy' | 'url';

export type TargetCapability =
  /** Verifies signatures, keeps devices, TTL (simulator; URL or proxy + --simulator-info). */
  | 'sca-semantics'
  /** The simulator control plane is reachable (clock, end users, push mode, faults, reset). */
  | 'control'
  /** Answers shaped by the OpenAPI document (every target). */
  | 'schema'
  /** A validating proxy reports violations of the upstream (proxy:URL). */
  | 'proxy-validation';

export interface Target {
  readonly kind: TargetKind;
  /** E.g. "simulator (embedded, sandbox profile)"; never a secret. */
  readonly description: string;
  readonly baseUrl: string;
  readonly capabilities: ReadonlySet<TargetCapability>;
  /** From spec/openapi, path overrides applied. */
  readonly operations: readonly OperationInfo[];
  /** Credentials, keys, control prefix (simulator / --simulator-info). */
  readonly info?: SimulatorInfo;
  /** HTTP client of the simulator control plane. */
  readonly control?: ControlClient;
  /** Never throws on HTTP errors; throws TargetUnreachableError on network failure. */
  send(request: ProbeRequest): Promise<Exchange>;
  close(): Promise<void>;
}

/**
 * No HTTP answer came back: refused, reset, DNS, TLS or timeout. The CLI maps it to exit code 2
 * because nothing about the target can be judged. `url` has no credentials (see displayUrl).
 */
export class TargetUnreachableError extends Error {
  override readonly name = 'TargetUnreachableError';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`target unreachable: ${url} (${reason})`);
  }
}
