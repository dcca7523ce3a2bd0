import { errorReply, jsonReply } from '../reply.ts';
import { issuePartnerTokens } from '../tokens.ts';
import { stringField } from './body-fields.ts';
import type { OperationHandler } from './handler.ts';

// POST refreshToken {refreshToken} -> 200 {token, refreshToken}. A refresh token is used once:
// the answer carries its successor. Tokens issued before stay valid until they expire.

export const refreshTokenHandler: OperationHandler = {
  operationId: 'refreshToken',
  ownerOf: () => undefined,
  resolve: (call, { state, nowMs, settings }) => ({
    execute() {
      const refreshToken = stringField(call.body, 'refreshToken') ?? '';
      const expiresAtMs = state.refreshTokens.get(refreshToken);
      if (expiresAtMs === undefined || nowMs >= expiresAtMs) {
        return errorReply('UNAUTHORIZED', 'the refresh token is unknown or expired');
      }
      state.refreshTokens.delete(refreshToken);
      return jsonReply(200, issuePartnerTokens(state, nowMs, settings), { 'cache-control': 'no-store' });
    },
  }),
};
