import { requestLine, type RequestCheck } from './check.ts';

// SCA-CLI-003: a signature is presented once; a retry signs afresh.

export const signatureSingleUse: RequestCheck = {
  kind: 'request',
  id: 'signature-single-use',
  title: 'Each signature is presented once',
  requirementId: 'SCA-CLI-003',
  judge(exchange, earlier) {
    const signature = exchange.facts.signature;
    if (signature === null) return [];
    const first = earlier.find((previous) => previous.facts.signature?.sha256 === signature.sha256);
    return first === undefined ? [] : [`this signature was already presented by request #${first.id} (${requestLine(first)}, answered ${first.status})`];
  },
};
