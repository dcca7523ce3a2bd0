import { answeredCode, attemptsPast } from './attempts.ts';
import type { SessionCheck } from './check.ts';

// SCA-CLI-013: after a 401 UNAUTHORIZED the client refreshes (or logs in) once; the same request
// refused twice means the refresh did not help, and a third attempt is a loop.

export const refreshOnce: SessionCheck = {
  kind: 'session',
  id: 'unauthorized-refresh-once',
  title: 'A request refused UNAUTHORIZED twice in a row is not sent again',
  requirementId: 'SCA-CLI-013',
  judge({ session }) {
    return attemptsPast(session.exchanges, (exchange) => answeredCode(exchange) === 'UNAUTHORIZED', 2).map(({ exchange, streak }) => ({
      exchange,
      message: `sent again after ${streak} UNAUTHORIZED answers in a row: refresh or log in once, then surface the error`,
    }));
  },
};
