import { jsonReply } from '../reply.ts';
import { beneficiaryView, pagedView } from '../views.ts';
import type { OperationHandler } from './handler.ts';

// GET listBeneficiaries[?endUserId=&page=&pageSize=] -> 200 {content[], totalElements, page,
// pageSize}, oldest first. An end-user token sees its own; a partner all, or one end user's.

export const listBeneficiariesHandler: OperationHandler = {
  operationId: 'listBeneficiaries',
  ownerOf: ({ query }) => query.get('endUserId') ?? undefined,
  resolve(call, { state }) {
    const endUserId = call.token?.subject.kind === 'end-user' ? call.token.subject.endUserId : (call.query.get('endUserId') ?? undefined);
    return {
      scaSubject: endUserId ?? null,
      execute() {
        const beneficiaries = [...state.beneficiaries.values()].filter((beneficiary) => endUserId === undefined || beneficiary.endUserId === endUserId);
        return jsonReply(200, pagedView(beneficiaries, call.query, beneficiaryView));
      },
    };
  },
};
