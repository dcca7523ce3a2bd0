import { timingSafeEqual } from 'node:crypto';
import { findEndUserByPhone } from '../records.ts';
import { errorReply, jsonReply, type Reply } from '../reply.ts';
import type { EndUserRecord } from '../state.ts';
import { issueTokenPair } from '../tokens.ts';
import { stringField } from './body-fields.ts';
import type { HandlerContext, OperationHandler } from './handler.ts';

// POST login -> 200 {token, refreshToken, endUserId?}. The body shapes of the document (OAS178
// UserPassLoginRequestDto): partner {partnerName, username, password}, where the `userName`
// spelling of the 1.114.5 guide is accepted too (a documented leniency); consumer {consumerPhone,
// partnerName, password}, answered with an end-user token and the endUserId. Login acts for no end
// user yet: no SCA subject.

export const loginHandler: OperationHandler = {
  operationId: 'login',
  ownerOf: () => undefined,
  resolve: (call, context) => ({
    scaSubject: null,
    execute(): Reply {
      const { body } = call;
      const { partner } = context.settings;
      const password = stringField(body, 'password');
      const { defects } = context.settings;
      // Defect `loginIgnoresPassword`: a known user or phone logs in with any password.
      const passwordMatches = (expected: string): boolean => defects.has('loginIgnoresPassword') || sameText(password, expected);
      // Defect `loginIgnoresPartnerName`: the user name and password log in under any partner name.
      if (!defects.has('loginIgnoresPartnerName') && !sameText(stringField(body, 'partnerName'), partner.partnerName)) return rejected();
      const consumerPhone = stringField(body, 'consumerPhone');
      if (consumerPhone !== undefined) {
        const consumer = findEndUserByPhone(context.state, consumerPhone);
        if (consumer?.kind !== 'consumer' || consumer.password === null || !passwordMatches(consumer.password)) return rejected();
        return endUserTokens(consumer, context);
      }
      const username = stringField(body, 'username') ?? stringField(body, 'userName');
      // Defect `loginIgnoresUserName`: the partner's password alone logs in.
      const userMatches = defects.has('loginIgnoresUserName') || sameText(username, partner.username);
      if (!userMatches || !passwordMatches(partner.password)) return rejected();
      const pair = issueTokenPair(context.state, context.tokenIssuer, { kind: 'partner' }, context.nowMs, context.settings);
      return jsonReply(200, pair, { 'cache-control': 'no-store' });
    },
  }),
};

function endUserTokens(endUser: EndUserRecord, context: HandlerContext): Reply {
  const subject = { kind: 'end-user', endUserId: endUser.id } as const;
  return jsonReply(200, issueTokenPair(context.state, context.tokenIssuer, subject, context.nowMs, context.settings), {
    'cache-control': 'no-store',
  });
}

function rejected(): Reply {
  return errorReply('UNAUTHORIZED', 'the credentials were rejected');
}

/** Constant-time for equal lengths, so a password cannot be guessed byte by byte from timing. */
function sameText(received: string | undefined, expected: string): boolean {
  if (received === undefined) return false;
  const a = Buffer.from(received, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
