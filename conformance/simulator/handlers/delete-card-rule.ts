import { emptyReply } from '../reply.ts';
import { cardOperation } from './card-rules.ts';

// DELETE deleteCardRule -> 204; a rule the card does not have answers 204 too (idempotent, inferred).

export const deleteCardRuleHandler = cardOperation('deleteCardRule', ({ card }, call) => ({
  execute() {
    card.rules.delete(call.pathParams.ruleType ?? '');
    return emptyReply(204);
  },
}));
