import type { RequestCheck } from './check.ts';

// SCA-CLI-008: every operation secured by Linkcy-Auth gets a bearer token.

export const bearerPresent: RequestCheck = {
  kind: 'request',
  id: 'bearer-present',
  title: 'A bearer token on every secured operation',
  requirementId: 'SCA-CLI-008',
  judge(exchange, _earlier, { operations }) {
    const operation = exchange.operationId === null ? undefined : operations.get(exchange.operationId);
    if (operation === undefined || operation.tokenPolicy === 'none' || exchange.facts.bearer !== 'none') return [];
    return [`${operation.operationId} is secured (${operation.tokenPolicy} token) but the request has no "Authorization: Bearer" header`];
  },
};
