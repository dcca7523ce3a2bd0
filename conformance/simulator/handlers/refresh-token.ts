import { errorReply, jsonReply } from '../reply.ts';
import { issueTokenPair } from '../tokens.ts';
import { stringField } from './body-fields.ts';
import type { OperationHandler } from './handler.ts';

// POST refreshToken {refreshToken} -> 200 {token, refreshToken, endUserId?}. A refresh token is
// used once: the answer carries its successor; bearer tokens issued before stay valid until they
// expire. The SCA subject is the end user the refresh token was issued to; a partner's refresh
// acts for no end user, so SCA does not apply to it. An unknown or expired refresh token is
// refused at step 3, before SCA: there is nobody to evaluate SCA for.

export const refreshTokenHandler: OperationHandler = {
  operationId: 'refreshToken',
  ownerOf: () => undefined,
  resolve(call, { state, nowMs, settings, tokenIssuer }) {
    const refreshToken = stringField(call.body, 'refreshToken') ?? '';
    const record = state.refreshTokens.get(refreshToken);
    // Defects `refreshTokenExpiryOffByOne` (a clock a millisecond behind accepts a refresh token at its
    // expiry) and `refreshTokenExpiresEarly` (a millisecond ahead refuses it during its last one).
    const clock = settings.defects.has('refreshTokenExpiryOffByOne') ? nowMs - 1 : settings.defects.has('refreshTokenExpiresEarly') ? nowMs + 1 : nowMs;
    if (record === undefined || clock >= record.expiresAtMs) {
      return errorReply('UNAUTHORIZED', 'the refresh token is unknown or expired');
    }
    return {
      scaSubject: record.subject.kind === 'end-user' ? record.subject.endUserId : null,
      execute() {
        // Defect `refreshTokenReusable`: the exchanged refresh token is kept.
        if (!settings.defects.has('refreshTokenReusable')) state.refreshTokens.delete(refreshToken);
        return jsonReply(200, issueTokenPair(state, tokenIssuer, record.subject, nowMs, settings), { 'cache-control': 'no-store' });
      },
    };
  },
};
