import type { PathOverrides } from '../../spec/openapi/index.ts';
import type { TargetProfile } from '../../spec/profile/index.ts';
import type { SimulatorDefect, SimulatorProfile } from '../simulator/index.ts';
import { sendRequest } from './http-send.ts';
import { startPrismMockTarget } from './prism-target.ts';
import { startPrismProxyTarget } from './proxy-target.ts';
import { readSimulatorInfo, type SimulatorInfo } from './simulator-info.ts';
import { startSimulatorTarget } from './simulator-target.ts';
import type { Target } from './target.ts';
import { createUrlTarget } from './url-target.ts';

// `--target <spec>` to a running Target. Everything the user can get wrong (the spec, an option
// that does not fit the target, an unreadable info file, an unreachable URL) fails here, before
// any probe runs; the CLI answers exit code 2 for all of it.

export const TARGET_FORMS = ['simulator', 'prism', 'proxy:<http(s) URL>', '<http(s) URL>'] as const;

export interface ResolveTargetOptions {
  /** File holding the first stdout line of `linkcy-sca serve` (URL and proxy targets). */
  readonly simulatorInfo?: string;
  readonly pathOverrides?: PathOverrides;
  /** Embedded simulator only; other targets are what they are (default sandbox). */
  readonly profile?: SimulatorProfile;
  /** TEST ONLY, embedded simulator only. */
  readonly defects?: readonly SimulatorDefect[];
  /** Embedded simulator only: the target profile it plays (`--expect FILE`). */
  readonly expect?: TargetProfile;
  /** Prism targets: bound on Prism's start-up. */
  readonly startTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
}

/** How long the one reachability check before a URL or proxy target waits for any answer. */
export const HEALTH_CHECK_TIMEOUT_MS = 5_000;

type TargetSpec =
  | { readonly kind: 'simulator' }
  | { readonly kind: 'prism' }
  | { readonly kind: 'proxy'; readonly upstream: string }
  | { readonly kind: 'url'; readonly url: string };

export async function resolveTarget(spec: string, options: ResolveTargetOptions = {}): Promise<Target> {
  const parsed = parseTargetSpec(spec);
  if (options.defects !== undefined && options.defects.length > 0 && parsed.kind !== 'simulator') {
    throw new Error(`target ${quote(spec)}: simulator defects apply only to the embedded simulator target`);
  }
  const { pathOverrides, startTimeoutMs, requestTimeoutMs } = options;
  switch (parsed.kind) {
    case 'simulator':
      refuseSimulatorInfo(spec, options);
      return startSimulatorTarget({
        profile: options.profile,
        defects: options.defects,
        pathOverrides,
        requestTimeoutMs,
        ...(options.expect === undefined ? {} : { expect: options.expect }),
      });
    case 'prism':
      refuseSimulatorInfo(spec, options);
      return startPrismMockTarget({ pathOverrides, startTimeoutMs, requestTimeoutMs });
    case 'proxy': {
      const simulatorInfo = readInfo(options);
      await checkReachable(parsed.upstream);
      return startPrismProxyTarget(parsed.upstream, { simulatorInfo, pathOverrides, startTimeoutMs, requestTimeoutMs });
    }
    case 'url': {
      const simulatorInfo = readInfo(options);
      await checkReachable(parsed.url);
      return createUrlTarget(parsed.url, { simulatorInfo, pathOverrides, requestTimeoutMs });
    }
  }
}

function parseTargetSpec(spec: string): TargetSpec {
  if (spec === 'simulator' || spec === 'prism') return { kind: spec };
  if (spec.startsWith('proxy:')) return { kind: 'proxy', upstream: baseUrl(spec, spec.slice('proxy:'.length)) };
  if (/^https?:\/\//i.test(spec)) return { kind: 'url', url: baseUrl(spec, spec) };
  throw new Error(`target ${quote(spec)} is not one of the accepted forms: ${TARGET_FORMS.join(', ')}`);
}

/** An http(s) URL without credentials, query or fragment (paths are appended to it), no trailing "/". */
function baseUrl(spec: string, text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`target ${quote(spec)}: ${quote(text)} is not a URL; accepted forms: ${TARGET_FORMS.join(', ')}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`target ${quote(spec)}: only http and https URLs are accepted; accepted forms: ${TARGET_FORMS.join(', ')}`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new Error(`target ${quote(spec)}: credentials in the URL are not supported (they would be sent and logged)`);
  }
  if (url.search !== '' || url.hash !== '') {
    throw new Error(`target ${quote(spec)}: the URL must not have a query or fragment; request paths are appended to it`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

function refuseSimulatorInfo(spec: string, options: ResolveTargetOptions): void {
  if (options.simulatorInfo !== undefined) {
    throw new Error(`--simulator-info applies to a URL or proxy:<URL> target, not ${quote(spec)}: that target already knows what it runs`);
  }
}

function readInfo(options: ResolveTargetOptions): SimulatorInfo | undefined {
  return options.simulatorInfo === undefined ? undefined : readSimulatorInfo(options.simulatorInfo);
}

/** One quick request: any HTTP answer will do; no answer throws TargetUnreachableError. */
async function checkReachable(url: string): Promise<void> {
  await sendRequest(url, { method: 'GET', target: '/', headers: {} }, { timeoutMs: HEALTH_CHECK_TIMEOUT_MS });
}

/** The spec as typed, but never a password someone put in a URL. */
function quote(text: string): string {
  return JSON.stringify(text.replace(/\/\/[^/@]*@/g, '//***@'));
}
