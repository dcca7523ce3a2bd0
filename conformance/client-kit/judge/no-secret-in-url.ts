import type { RequestCheck } from './check.ts';

// SCA-CLI-009: URLs end up in proxy and access logs; secrets go in headers and bodies.

export const noSecretInUrl: RequestCheck = {
  kind: 'request',
  id: 'no-secret-in-url',
  title: 'No signature, token, password or activation code in the URL',
  requirementId: 'SCA-CLI-009',
  judge({ facts }) {
    return facts.urlSecrets.length === 0 ? [] : [`the URL carries ${facts.urlSecrets.join(', ')}`];
  },
};
