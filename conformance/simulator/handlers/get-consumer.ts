import { endUserReadHandler } from './sign-up.ts';

// GET getConsumer -> 200 the consumer, with every SCA device registered for them (any status).

export const getConsumerHandler = endUserReadHandler('getConsumer', 'consumer', 'consumerId', 'CONSUMER_NOT_FOUND');
