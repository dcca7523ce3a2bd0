import { createHash } from 'node:crypto';
import { fold } from './kdf.ts';

// The hash-based counter CTR_DATA of PowerAuth 3.x: 16 bytes, advanced by fold(SHA-256(c)).

export const COUNTER_DATA_LENGTH = 16;

export function assertCounterData(counterData: Buffer, field = 'counterData'): void {
  if (counterData.length !== COUNTER_DATA_LENGTH) {
    throw new RangeError(`${field} must be ${COUNTER_DATA_LENGTH} bytes, got ${counterData.length}`);
  }
}

/** The counter value after `counterData`. */
export function nextCounterData(counterData: Buffer): Buffer {
  assertCounterData(counterData);
  return fold(createHash('sha256').update(counterData).digest());
}
