import { stringField } from './body-fields.ts';
import { signUpHandler } from './sign-up.ts';

// POST createCorporate {name, partnerName?, ...} -> 201 {id}. Like createConsumer: no token needed
// (then partnerName is), KYB NOT_STARTED. The body's shape is inferred (D-SRC-14); an
// `accountOwnerPhone`, when sent, must not be any end user's phone already.

export const createCorporateHandler = signUpHandler({
  operationId: 'createCorporate',
  kind: 'corporate',
  phoneField: 'accountOwnerPhone',
  nameOf: (body) => stringField(body, 'name'),
});
