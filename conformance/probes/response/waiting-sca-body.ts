import { Ajv2020 } from 'ajv/dist/2020.js';
import ajvFormats from 'ajv-formats';
import { WAITING_SCA_STATUS } from '../../../spec/expectations/index.ts';
import { WAITING_SCA_BODY_SCHEMA } from '../../../spec/openapi/index.ts';
import type { CheckDefinition, Problem } from '../check.ts';
import { documentedExchanges } from './documented-exchanges.ts';

// The document does not list 202 (the profile decides it, D-PROFILE-2), so response/schema never reads
// its body; this check holds it to LinkCy's 1.78 shape wherever the profile declares the status.

const ajv = new Ajv2020({ allErrors: true, strict: false });
// ajv-formats is CommonJS: under NodeNext its default import is the module, whose `default` is the plugin.
ajvFormats.default(ajv);
const validateBody = ajv.compile(WAITING_SCA_BODY_SCHEMA);

export const responseWaitingScaBody: CheckDefinition = {
  id: 'response/waiting-sca-body',
  title: 'A 202 Waiting SCA carries scaId, scaDeviceId and ttl',
  family: 'response',
  requirementIds: ['SCA-PUSH-006'],
  severity: 'major',
  needs: [],
  crossCutting: true,
  run: (observation, judge) => ({
    rows: [],
    problems: judge.expect.waitingSca202
      ? documentedExchanges(observation).flatMap(({ exchange, operationId }): Problem[] => {
          if (exchange.response.status !== WAITING_SCA_STATUS || validateBody(exchange.response.body)) return [];
          const lines = (validateBody.errors ?? []).map((error) => `- ${error.instancePath === '' ? 'the body' : error.instancePath} ${error.message ?? 'is invalid'} (rule: ${error.keyword})`);
          return [
            {
              message: `${exchange.request.method} ${exchange.request.target} answered 202 Waiting SCA with a body off LinkCy's shape {scaId: uuid, scaDeviceId, ttl: duration}:\n${lines.join('\n')}`,
              requirementIds: ['SCA-PUSH-006'],
              operationId,
              rule: [...new Set((validateBody.errors ?? []).map((error) => `${error.keyword}@${error.instancePath}`))].sort().join(','),
              evidence: [exchange],
            },
          ];
        })
      : [],
  }),
};
