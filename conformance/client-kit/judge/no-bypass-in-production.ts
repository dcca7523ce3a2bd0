import type { RequestCheck } from './check.ts';

// SCA-CLI-006: BY_PASS is a sandbox convenience; in production it is never sent.

export const noBypassInProduction: RequestCheck = {
  kind: 'request',
  id: 'no-bypass-in-production',
  title: 'No BY_PASS outside the sandbox',
  requirementId: 'SCA-CLI-006',
  judge({ facts }, _earlier, { session }) {
    if (session.profile !== 'production' || facts.strategy?.trim().toUpperCase() !== 'BY_PASS') return [];
    return ['Linkcy-SCA-Strategy: BY_PASS sent to a production profile'];
  },
};
