import type { PathOverrides } from '../../spec/openapi/index.ts';
import { displayUrl } from './display-url.ts';
import type { SendLimits } from './http-send.ts';
import { createHttpTarget } from './http-target.ts';
import type { PrismTarget } from './prism-target.ts';
import { startPrism } from './prism-process.ts';
import { reportLostUpstream } from './prism-upstream-failure.ts';
import type { SimulatorInfo } from './simulator-info.ts';

// Prism's validation proxy in front of any upstream: requests and answers pass through, and
// Prism reports in `sl-violations` (read with proxyViolations) where either leaves the document.
// Prism is started without --errors, so the upstream's own answer always comes back; when Prism
// cannot reach the upstream, send throws TargetUnreachableError (prism-upstream-failure.ts).
//
// Prism parses JSON bodies and sends them on re-serialised (JSON.stringify): a body that is not
// in that form reaches the upstream changed, and malformed JSON is answered by Prism itself
// (400 `invalid_json`) without reaching the upstream. Signed bodies must be compact JSON.

export interface PrismProxyTargetOptions extends SendLimits {
  /** The upstream is a LinkCy SCA simulator: full semantics, control requests through the proxy. */
  readonly simulatorInfo?: SimulatorInfo;
  readonly pathOverrides?: PathOverrides;
  /** Bound on Prism's start-up; default 30 s. */
  readonly startTimeoutMs?: number;
}

export async function startPrismProxyTarget(upstream: string, options: PrismProxyTargetOptions = {}): Promise<PrismTarget> {
  const prism = await startPrism({ mode: 'proxy', upstream }, options);
  const target = createHttpTarget({
    kind: 'proxy',
    description: `prism validation proxy in front of ${displayUrl(upstream)}${options.simulatorInfo === undefined ? '' : ' (a simulator)'}`,
    baseUrl: prism.url,
    capabilities: ['schema', 'proxy-validation'],
    info: options.simulatorInfo,
    pathOverrides: options.pathOverrides,
    limits: options,
    wrapTransport: (direct) => reportLostUpstream(direct, upstream),
    close: () => prism.stop(),
  });
  return { ...target, pid: prism.pid };
}
