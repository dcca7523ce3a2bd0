import { stringField } from './body-fields.ts';
import { signUpHandler } from './sign-up.ts';

// POST createConsumer {phone, partnerName?, firstName?, lastName?, ...} -> 201 {id}. Reachable
// without a token (OAS178 security [{}]). A consumer created through the API has KYC NOT_STARTED
// and no password (the control plane sets both: D-SIM-2, D-SIM-3).

export const createConsumerHandler = signUpHandler({
  operationId: 'createConsumer',
  kind: 'consumer',
  phoneField: 'phone',
  nameOf: (body) => [stringField(body, 'firstName'), stringField(body, 'lastName')].filter((part) => part !== undefined).join(' ') || undefined,
});
