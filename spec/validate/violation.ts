import { redactBody, redactValue } from '../redaction/index.ts';
import type { Violation } from './types.ts';

/** `actual` when nothing was received. */
export const NOTHING = 'nothing';

// Enough to recognise a value in a one-line message; the whole body is in the exchange record.
const MAX_ACTUAL_LENGTH = 120;

export interface ViolationFields extends Omit<Violation, 'message'> {
  /** What the message names first: `header Linkcy-SCA-Strategy`, `body /endUserId`, `response status`. */
  readonly subject: string;
}

export function createViolation({ subject, ...fields }: ViolationFields): Violation {
  return { ...fields, message: `${subject}: must be ${fields.expected} (received ${fields.actual})` };
}

/**
 * A received value for `actual`: JSON, shortened, with secret fields inside it redacted, or
 * redacted whole when the value itself is a secret (a secret header, a `password` field).
 */
export function renderActual(value: unknown, isSecret: boolean): string {
  if (value === undefined) return NOTHING;
  if (isSecret) return redactValue(typeof value === 'string' ? value : JSON.stringify(value));
  const text = JSON.stringify(redactBody(value));
  return text.length <= MAX_ACTUAL_LENGTH ? text : `${text.slice(0, MAX_ACTUAL_LENGTH - 1)}…`;
}
