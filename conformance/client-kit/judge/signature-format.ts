import type { RequestCheck } from './check.ts';

// SCA-CLI-004: the full PowerAuth payload as one plain header value. The guide prints the header
// JSON-escaped (pa_activation_id=\"...\"); a client that copies it sends backslashes LinkCy refuses.

export const signatureFormat: RequestCheck = {
  kind: 'request',
  id: 'signature-format',
  title: 'Linkcy-SCA-Signature is a well-formed PowerAuth header',
  requirementId: 'SCA-CLI-004',
  judge({ facts }) {
    const signature = facts.signature;
    if (signature === null || signature.wellFormed) return [];
    return [`Linkcy-SCA-Signature is not a PowerAuth header: ${signature.problems.join('; ')}`];
  },
};
