import { ERROR_CATALOGUE, ERROR_CODES } from '../../../spec/errors/index.ts';
import type { ProbeContext } from '../context.ts';
import type { FamilyRunOutcome } from '../family-summary.ts';
import { errorCodeOf } from '../session.ts';
import type { ErrorCodeMappingRow } from './mapping-row.ts';
import type { ErrorCodeObservation } from './observation.ts';
import { ERROR_SCENARIOS, unprovokedUnderProfile } from './scenarios.ts';

// The documented vs observed table of the result (the family's summary): one row per catalogue
// code, in catalogue order.

export function buildErrorCodeMapping(outcome: FamilyRunOutcome<ErrorCodeObservation>, context: ProbeContext): ErrorCodeMappingRow[] {
  const unprovoked = unprovokedUnderProfile(context);
  const observations = outcome.ran ? outcome.observations : undefined;
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
        : !outcome.ran
          ? `not run: ${outcome.reason}`
          : unprovoked.includes(code)
            ? `not provoked: under the target profile no SCA-eligible operation answers it (${scenario.how})`
            : 'not run: the scenario ended in a harness error (see harnessErrors)';
    return { ...row, observedStatus: null, observedCode: null, triggered: false, how, operationId };
  });
}
