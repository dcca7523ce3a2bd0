import { ERROR_CATALOGUE, ERROR_CODES } from '../../../spec/errors/index.ts';
import type { ErrorCodeMappingRow } from '../../../reports/probe-result.ts';
import type { Observation } from '../check.ts';
import { errorCodeOf } from '../session.ts';
import type { ErrorCodeObservation } from './family.ts';
import type { ProbeContext } from '../context.ts';
import { ERROR_SCENARIOS, unprovokedUnderProfile } from './scenarios.ts';

// The documented vs observed table of the result: one row per catalogue code, in catalogue order.

export type { ErrorCodeObservation };

export function isErrorCodeObservation(observation: Observation): observation is ErrorCodeObservation {
  return 'kind' in observation && observation.kind === 'error-code';
}

/** `observations` undefined: the family did not run, for `notRunReason`. */
export function buildErrorCodeMapping(observations: readonly ErrorCodeObservation[] | undefined, notRunReason: string, context: ProbeContext): ErrorCodeMappingRow[] {
  const unprovoked = unprovokedUnderProfile(context);
  return ERROR_CODES.map((code) => {
    const definition = ERROR_CATALOGUE[code];
    const scenario = ERROR_SCENARIOS.find((candidate) => candidate.code === code);
    const observation = observations?.find((candidate) => candidate.code === code);
    const row = { code, documentedStatus: definition.status, seedLabel: definition.seedLabel };
    const operationId = scenario?.operationId ?? null;
    if (observation !== undefined) {
      const observedCode = errorCodeOf(observation.probe, context.errorCodePointers) ?? null;
      return { ...row, observedStatus: observation.probe.response.status, observedCode, triggered: true, how: observation.how, operationId: observation.operationId };
    }
    const how =
      scenario?.provoke === undefined
        ? `not triggerable: ${scenario?.how ?? 'no scenario'}`
        : observations === undefined
          ? `not run: ${notRunReason}`
          : unprovoked.includes(code)
            ? `not provoked: under the target profile no SCA-eligible operation answers it (${scenario.how})`
            : 'not run: the scenario ended in a harness error (see harnessErrors)';
    return { ...row, observedStatus: null, observedCode: null, triggered: false, how, operationId };
  });
}
