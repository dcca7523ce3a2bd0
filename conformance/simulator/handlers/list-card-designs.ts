import { jsonReply } from '../reply.ts';
import { cardDesignView, pagedView } from '../views.ts';
import type { OperationHandler } from './handler.ts';

// GET listCardDesigns -> 200 the simulator's two fixed designs, one PHYSICAL and one VIRTUAL (a
// card's type comes from its profile's design, G-PROF). Partner tokens only.

export const listCardDesignsHandler: OperationHandler = {
  operationId: 'listCardDesigns',
  ownerOf: () => undefined,
  resolve: (call, { state }) => ({
    scaSubject: null,
    execute: () => jsonReply(200, pagedView([...state.cardDesigns.values()], call.query, cardDesignView)),
  }),
};
