import { listOperations, loadOpenApiDocument, type PathOverrides } from '../../spec/openapi/index.ts';
import { createControlClient, type ControlClient } from './control-client.ts';
import type { Transport } from './exchange.ts';
import { createHttpClient, createSend, type SendLimits } from './http-send.ts';
import type { SimulatorInfo } from './simulator-info.ts';
import type { Target, TargetCapability, TargetKind } from './target.ts';

// Every target is a base URL spoken to over HTTP; what differs is what runs behind it and how it
// ends. This builds the shared part, and derives the simulator capabilities from the info alone,
// so "a simulator's info is known" means the same for every kind of target.

export interface HttpTargetParts {
  readonly kind: TargetKind;
  readonly description: string;
  /** Where every request goes, control plane included. */
  readonly baseUrl: string;
  /** What the target offers without simulator info. */
  readonly capabilities: readonly TargetCapability[];
  readonly pathOverrides?: PathOverrides;
  /** Turns on sca-semantics, and control when it names a control prefix. */
  readonly info?: SimulatorInfo;
  /** Per-request timeout, body size limit and the run's abort signal. */
  readonly limits?: SendLimits;
  /** Drives the control plane instead of the HTTP client over `transport` (the embedded simulator, in process). */
  readonly control?: ControlClient;
  /** Adapts the plain HTTP transport, e.g. to report a proxy's lost upstream as unreachable. */
  readonly wrapTransport?: (direct: Transport) => Transport;
  /** Ends whatever the target started; called at most once. */
  readonly close?: () => Promise<void>;
}

export function createHttpTarget(parts: HttpTargetParts): Target {
  const { info, baseUrl } = parts;
  const client = createHttpClient(baseUrl, parts.limits);
  const transport = parts.wrapTransport?.(client.transport) ?? client.transport;
  const operations = listOperations(loadOpenApiDocument(), parts.pathOverrides);
  const controlPrefix = info?.controlPrefix;
  const capabilities = new Set<TargetCapability>([
    ...parts.capabilities,
    ...(info === undefined ? [] : (['sca-semantics'] as const)),
    ...(controlPrefix === undefined ? [] : (['control'] as const)),
  ]);
  let closing: Promise<void> | undefined;
  return {
    kind: parts.kind,
    description: parts.description,
    baseUrl,
    capabilities,
    operations,
    info,
    control: controlPrefix === undefined ? undefined : (parts.control ?? createControlClient(transport, controlPrefix)),
    send: createSend(transport, operations),
    close: () =>
      (closing ??= (async () => {
        client.close();
        await parts.close?.();
      })()),
  };
}
