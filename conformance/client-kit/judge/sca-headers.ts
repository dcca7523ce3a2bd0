import type { RequestCheck } from './check.ts';

// SCA-CLI-005: Linkcy-SCA-Signature travels with DATA_SIGNING, and DATA_SIGNING with a signature.

export const scaHeadersConsistent: RequestCheck = {
  kind: 'request',
  id: 'sca-headers-consistent',
  title: 'Linkcy-SCA-Signature is sent exactly when Linkcy-SCA-Strategy is DATA_SIGNING',
  requirementId: 'SCA-CLI-005',
  judge({ facts }) {
    const dataSigning = facts.strategy?.trim().toUpperCase() === 'DATA_SIGNING';
    if (dataSigning && facts.signature === null) return ['Linkcy-SCA-Strategy is DATA_SIGNING but no Linkcy-SCA-Signature was sent'];
    if (!dataSigning && facts.signature !== null) {
      return [`Linkcy-SCA-Signature was sent with Linkcy-SCA-Strategy ${facts.strategy ?? '(absent: PUSH_NOTIFICATION)'}; a signature goes with DATA_SIGNING only`];
    }
    return [];
  },
};
