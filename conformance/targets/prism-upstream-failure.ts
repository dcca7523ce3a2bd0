import { displayUrl } from './display-url.ts';
import type { ProbeResponse, Transport } from './exchange.ts';
import { TargetUnreachableError } from './target.ts';

// When Prism's proxy cannot reach its upstream it answers 500 itself, with a problem+json body of
// type "FetchError". Passed on, that would read as the upstream failing; it is the upstream
// being unreachable, so the proxy target reports it the way every target reports no answer.

/** Throws TargetUnreachableError (naming the upstream) for Prism's own upstream-failure answer. */
export function reportLostUpstream(direct: Transport, upstream: string): Transport {
  return async (request) => {
    const response = await direct(request);
    const reason = upstreamFailure(response);
    if (reason !== undefined) throw new TargetUnreachableError(`${request.method} ${displayUrl(upstream)} (through prism proxy)`, reason);
    return response;
  };
}

function upstreamFailure(response: ProbeResponse): string | undefined {
  const body = response.body;
  if (response.status !== 500 || !response.headers['content-type']?.startsWith('application/problem+json')) return undefined;
  if (typeof body !== 'object' || body === null || !('type' in body) || body.type !== 'FetchError') return undefined;
  // The title repeats the full upstream URL, query included; only the reason after it is kept.
  const title = 'title' in body && typeof body.title === 'string' ? body.title : '';
  return /, reason: (.*)$/.exec(title)?.[1] ?? 'prism could not reach the upstream';
}
