import type { PathOverrides } from '../../spec/openapi/index.ts';
import type { SendLimits } from './http-send.ts';
import { createHttpTarget } from './http-target.ts';
import { startPrism } from './prism-process.ts';
import type { Target } from './target.ts';

// A Prism mock of the OpenAPI document: stateless, it answers each operation with the document's
// examples (the first 2xx unless the request carries Prism's `Prefer: code=..., example=...`
// header, which this target never adds: a probe asks for it explicitly). Only checks that a
// stateless mock can answer run against it; the SCA semantics are "not applicable", never passed.

export interface PrismMockTargetOptions extends SendLimits {
  readonly pathOverrides?: PathOverrides;
  /** Bound on Prism's start-up; default 30 s. */
  readonly startTimeoutMs?: number;
}

export interface PrismTarget extends Target {
  /** The Prism process, so callers can tell it is gone after close(). */
  readonly pid: number;
}

export async function startPrismMockTarget(options: PrismMockTargetOptions = {}): Promise<PrismTarget> {
  const prism = await startPrism({ mode: 'mock' }, options);
  const target = createHttpTarget({
    kind: 'prism',
    description: 'prism mock (stateless, answers from the OpenAPI examples)',
    baseUrl: prism.url,
    capabilities: ['schema'],
    pathOverrides: options.pathOverrides,
    limits: options,
    close: () => prism.stop(),
  });
  return { ...target, pid: prism.pid };
}
