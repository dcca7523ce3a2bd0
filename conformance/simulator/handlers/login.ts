import { timingSafeEqual } from 'node:crypto';
import { errorReply, jsonReply } from '../reply.ts';
import { issuePartnerTokens } from '../tokens.ts';
import { stringField } from './body-fields.ts';
import type { OperationHandler } from './handler.ts';

// POST login {partnerName, username, password} -> 200 {token, refreshToken} for the seeded partner.

export const loginHandler: OperationHandler = {
  operationId: 'login',
  ownerOf: () => undefined,
  resolve: (call, { state, nowMs, settings }) => ({
    execute() {
      const { partner } = settings;
      const matches =
        sameText(stringField(call.body, 'partnerName'), partner.partnerName) &&
        sameText(stringField(call.body, 'username'), partner.username) &&
        sameText(stringField(call.body, 'password'), partner.password);
      if (!matches) return errorReply('UNAUTHORIZED', 'the partner credentials were rejected');
      return jsonReply(200, issuePartnerTokens(state, nowMs, settings), { 'cache-control': 'no-store' });
    },
  }),
};

/** Constant-time for equal lengths, so the password cannot be guessed byte by byte from timing. */
function sameText(received: string | undefined, expected: string): boolean {
  if (received === undefined) return false;
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
