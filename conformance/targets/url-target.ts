import type { PathOverrides } from '../../spec/openapi/index.ts';
import { displayUrl } from './display-url.ts';
import type { SendLimits } from './http-send.ts';
import { createHttpTarget } from './http-target.ts';
import type { SimulatorInfo } from './simulator-info.ts';
import type { Target } from './target.ts';

// Any server at a URL: the partner's LinkCy sandbox, a simulator started elsewhere, or a proxy
// in front of either. Schema checks only, unless the simulator info of a `linkcy-sca serve`
// behind the URL is given: then its credentials and keys make the full semantic probe set
// possible, and its control prefix (if served) is reached through this same URL.

export interface UrlTargetOptions extends SendLimits {
  readonly simulatorInfo?: SimulatorInfo;
  readonly pathOverrides?: PathOverrides;
}

export function createUrlTarget(url: string, options: UrlTargetOptions = {}): Target {
  return createHttpTarget({
    kind: 'url',
    description: `${displayUrl(url)}${options.simulatorInfo === undefined ? '' : ' (a simulator, per --simulator-info)'}`,
    baseUrl: url,
    capabilities: ['schema'],
    info: options.simulatorInfo,
    pathOverrides: options.pathOverrides,
    limits: options,
  });
}
