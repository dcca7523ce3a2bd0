// The body of 202 "Waiting SCA". LinkCy's 1.78.0 OpenAPI gives it on every SCA operation
// (digest §1.3, OAS178); 1.114.5 still names the status (P-CARD, G-CODES) but shows no body. Only a
// target whose profile declares `waitingSca202` answers it, so the document, which follows 1.114.5,
// lists neither the status nor this schema (D-PROFILE-2).

/** An ISO 8601 duration with at least one part ("PT5M", "P1DT2H", "PT0.5S"). */
const ISO_8601_DURATION = '^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$';

export const WAITING_SCA_BODY_SCHEMA = {
  type: 'object',
  required: ['scaId', 'ttl', 'scaDeviceId'],
  properties: {
    scaId: { type: 'string', format: 'uuid' },
    // Only with the 1.78 JOIN_CODE strategy, gone at 1.114.5.
    joinCode: { type: 'string', format: 'uuid' },
    scaDeviceId: { type: 'string', minLength: 1 },
    // 1.78 types ttl as a serialised java.time.Duration object; Jackson's Java time module writes one
    // as an ISO 8601 string. Either is the documented value (D-WAITING-1).
    ttl: {
      anyOf: [
        { type: 'string', pattern: ISO_8601_DURATION },
        { type: 'object', required: ['seconds'], properties: { seconds: { type: 'integer', minimum: 0 }, nano: { type: 'integer', minimum: 0 } } },
      ],
    },
  },
} as const;
