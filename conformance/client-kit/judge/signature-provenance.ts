import type { RequestCheck } from './check.ts';

// SCA-CLI-001: the signature was made by the app for exactly this method, URI (path and query as
// sent) and body bytes. Needs the app stand-in's log; a passive recording of the partner's own app
// has none, so this check has nothing to say there.

export const signatureProvenance: RequestCheck = {
  kind: 'request',
  id: 'signature-provenance',
  title: 'The signature was made by the app for exactly this method, URI and body',
  requirementId: 'SCA-CLI-001',
  judge(exchange, _earlier, { session }) {
    const signature = exchange.facts.signature;
    if (signature === null || session.appSignatures === undefined) return [];
    const made = session.appSignatures.find((entry) => entry.signatureSha256 === signature.sha256);
    if (made === undefined) return ['the app never made this signature: the header was altered or made elsewhere'];
    const problems: string[] = [];
    if (made.method !== exchange.method) problems.push(`the app signed method ${made.method}, the request is ${exchange.method}`);
    if (made.uri !== exchange.target) problems.push(`the app signed URI ${made.uri}, the request was sent to ${exchange.target}`);
    if (made.bodySha256 !== exchange.facts.bodySha256) {
      problems.push('the app signed other body bytes than the request carries (a body re-serialised after signing?)');
    }
    return problems;
  },
};
