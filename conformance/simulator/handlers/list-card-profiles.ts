import { jsonReply } from '../reply.ts';
import { cardProfileView, pagedView } from '../views.ts';
import type { OperationHandler } from './handler.ts';

// GET listCardProfiles[?active=true|false] -> 200 the partner's card profiles, oldest first.

export const listCardProfilesHandler: OperationHandler = {
  operationId: 'listCardProfiles',
  ownerOf: () => undefined,
  resolve: (call, { state }) => ({
    scaSubject: null,
    execute() {
      const active = call.query.get('active');
      const profiles = [...state.cardProfiles.values()].filter((profile) => active === null || String(profile.active) === active);
      return jsonReply(200, pagedView(profiles, call.query, (profile) => cardProfileView(profile, state)));
    },
  }),
};
