import { emptyReply } from '../reply.ts';
import { arrayField } from './body-fields.ts';
import { cardOperation } from './card-rules.ts';
import { ruleOf } from './create-card.ts';

// PUT updateCardRules {type, value, name?} -> 204: the rule replaces the card's rule of its type.
// OAS178 names the body CardRuleUpdateDto without showing it; the document's one-rule shape is
// inferred, and a `rules[]` list of such rules is taken too (each replaces its type's).

export const updateCardRulesHandler = cardOperation('updateCardRules', ({ card }, call) => ({
  execute() {
    for (const rule of (arrayField(call.body, 'rules') ?? [call.body]).map(ruleOf)) card.rules.set(rule.type, rule);
    return emptyReply(204);
  },
}));
