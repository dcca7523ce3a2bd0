import type { RequestCheck } from './check.ts';

// SCA-CLI-007: partner-only operations take a partner token, never an end user's.

export const partnerTokenOnPartnerOperations: RequestCheck = {
  kind: 'request',
  id: 'partner-token',
  title: 'A partner token on partner-only operations',
  requirementId: 'SCA-CLI-007',
  judge(exchange, _earlier, { operations }) {
    const operation = exchange.operationId === null ? undefined : operations.get(exchange.operationId);
    if (operation?.tokenPolicy !== 'partner' || exchange.facts.bearer !== 'end-user') return [];
    return [`${operation.operationId} is restricted to partner tokens; the request carries an end-user token`];
  },
};
