import type { RequestCheck } from './check.ts';

// SCA-CLI-002: presented within the TTL of its signing, both times on the server's clock.

export const signatureTtl: RequestCheck = {
  kind: 'request',
  id: 'signature-ttl',
  title: 'The signature is presented within its TTL (30 s) of its signing',
  requirementId: 'SCA-CLI-002',
  judge(exchange, _earlier, { session }) {
    const signature = exchange.facts.signature;
    if (signature === null || session.appSignatures === undefined) return [];
    const made = session.appSignatures.find((entry) => entry.signatureSha256 === signature.sha256);
    if (made === undefined) return [];
    const ageMs = exchange.at - made.signedAtMs;
    return ageMs > session.signatureTtlMs ? [`the signature was presented ${ageMs} ms after the app made it; its TTL is ${session.signatureTtlMs} ms`] : [];
  },
};
