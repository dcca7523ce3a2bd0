import { emptyReply } from '../reply.ts';
import { cardOwnerOf, pathCard } from './card-rules.ts';
import type { OperationHandler } from './handler.ts';

// DELETE deleteCardRule -> 204; a rule the card does not have answers 204 too (idempotent, inferred).

export const deleteCardRuleHandler: OperationHandler = {
  operationId: 'deleteCardRule',
  ownerOf: cardOwnerOf,
  resolve(call, { state }) {
    const found = pathCard(state, call.pathParams);
    if ('kind' in found) return found;
    const { card, owner } = found;
    return {
      scaSubject: owner.id,
      execute() {
        card.rules.delete(call.pathParams.ruleType ?? '');
        return emptyReply(204);
      },
    };
  },
};
