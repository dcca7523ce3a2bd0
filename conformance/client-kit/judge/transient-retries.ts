import { attemptsPast } from './attempts.ts';
import type { SessionCheck } from './check.ts';

// SCA-CLI-011: after a 5xx, at most 3 attempts in all (the signature freshness is SCA-CLI-003's).

export const MAX_ATTEMPTS_AFTER_5XX = 3;

export const transientRetriesBounded: SessionCheck = {
  kind: 'session',
  id: 'transient-retries-bounded',
  title: 'At most 3 attempts of a request that meets 5xx answers',
  requirementId: 'SCA-CLI-011',
  judge({ session }) {
    return attemptsPast(session.exchanges, (exchange) => exchange.status >= 500, MAX_ATTEMPTS_AFTER_5XX).map(({ exchange, streak }) => ({
      exchange,
      message: `attempt ${streak + 1} of the same request after ${streak} 5xx answers in a row; at most ${MAX_ATTEMPTS_AFTER_5XX} attempts in all`,
    }));
  },
};
