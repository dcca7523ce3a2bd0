import type { CheckDefinition } from '../check.ts';
import { describeAnswer } from '../outcome.ts';
import type { LifecycleObservation } from './family.ts';

export const lifecycleModel: CheckDefinition<LifecycleObservation> = {
  id: 'lifecycle/model',
  title: 'Every device lifecycle step answers as the model of the end user\'s devices says',
  family: 'lifecycle',
  requirementIds: [
    'SCA-DEV-001', 'SCA-DEV-002', 'SCA-DEV-003', 'SCA-DEV-004', 'SCA-DEV-005', 'SCA-DEV-007', 'SCA-DEV-008', 'SCA-DEV-009',
    'SCA-DEV-010', 'SCA-DEV-011', 'SCA-DEV-012', 'SCA-DEV-013', 'SCA-DEV-014', 'SCA-DEV-015', 'SCA-SIG-009', 'SCA-SIG-014',
  ],
  severity: 'critical',
  needs: ['sca-semantics', 'control'],
  run: ({ mismatch, steps }, judge) => {
    if (mismatch === undefined) return { problems: [], rows: [] };
    const received = mismatch.exchange === undefined ? 'no answer (see Expected)' : describeAnswer(mismatch.exchange, judge);
    const problem = {
      message: `Steps: ${steps.join('; ')}\nCommand: ${mismatch.command}\nExpected: ${mismatch.expected}\nReceived: ${received}`,
      requirementIds: mismatch.requirementIds,
      ...(mismatch.exchange?.operationId === undefined ? {} : { operationId: mismatch.exchange.operationId }),
      rule: mismatch.rule,
      evidence: mismatch.exchange === undefined ? [] : [mismatch.exchange],
    };
    return { problems: [problem], rows: [] };
  },
};
