import { answeredCode, attemptsPast } from './attempts.ts';
import type { SessionCheck } from './check.ts';

// SCA-CLI-012: SCA_REQUIRED twice (the first strategy, then DATA_SIGNING) and the client stops.

export const noLoopOnScaRequired: SessionCheck = {
  kind: 'session',
  id: 'sca-required-no-loop',
  title: 'No request is sent again after two SCA_REQUIRED answers',
  requirementId: 'SCA-CLI-012',
  judge({ session }) {
    return attemptsPast(session.exchanges, (exchange) => answeredCode(exchange) === 'SCA_REQUIRED', 2).map(({ exchange, streak }) => ({
      exchange,
      message: `sent again after ${streak} SCA_REQUIRED answers in a row: switch to DATA_SIGNING once, or surface SCA_REQUIRED`,
    }));
  },
};
