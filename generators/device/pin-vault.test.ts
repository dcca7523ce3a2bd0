import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { assertPin, assertPinIterations, DEFAULT_PIN_ITERATIONS, lockKnowledgeKey, unlockKnowledgeKey } from './pin-vault.ts';

describe('pin-vault', () => {
  const knowledgeKey = randomBytes(16);

  it('stores the knowledge key only encrypted, and the right PIN unlocks it', () => {
    const locked = lockKnowledgeKey(knowledgeKey, '1234');
    expect(locked.encryptedKey).toHaveLength(16);
    expect(locked.salt).toHaveLength(16);
    expect(locked.encryptedKey.equals(knowledgeKey)).toBe(false);
    expect(unlockKnowledgeKey(locked, '1234').equals(knowledgeKey)).toBe(true);
  });

  it('gives a different, well-formed key for a wrong PIN instead of failing', () => {
    const locked = lockKnowledgeKey(knowledgeKey, '1234');
    const wrong = unlockKnowledgeKey(locked, '4321');
    expect(wrong).toHaveLength(16);
    expect(wrong.equals(knowledgeKey)).toBe(false);
  });

  it('records its PBKDF2 cost, 10 000 rounds unless told, and unlocks with the cost it was locked with', () => {
    expect(lockKnowledgeKey(knowledgeKey, '1234').iterations).toBe(DEFAULT_PIN_ITERATIONS);
    const cheap = lockKnowledgeKey(knowledgeKey, '1234', 3);
    expect(cheap.iterations).toBe(3);
    expect(unlockKnowledgeKey(cheap, '1234').equals(knowledgeKey)).toBe(true);
    expect(unlockKnowledgeKey({ ...cheap, iterations: 4 }, '1234').equals(knowledgeKey)).toBe(false);
  });

  it.each([0, -1, 1.5, 10_000_001, '1000'])('refuses %j PBKDF2 rounds', (iterations) => {
    expect(() => assertPinIterations(iterations, 'pinIterations')).toThrow(/^pinIterations must be an integer from 1 to 10000000/);
  });

  it('salts: the same key and PIN lock differently each time', () => {
    expect(lockKnowledgeKey(knowledgeKey, '1234').encryptedKey.equals(lockKnowledgeKey(knowledgeKey, '1234').encryptedKey)).toBe(false);
  });

  it.each(['123', '12345678901234567', '12a4', '', ' 1234'])('refuses the PIN %j without echoing it', (pin) => {
    expect(() => assertPin(pin, 'pin')).toThrow(/^pin must be 4 to 16 digits \(got \d+ characters\)$/);
  });

  it('refuses a PIN that is not a string', () => {
    expect(() => assertPin(1234, 'pin')).toThrow('pin must be 4 to 16 digits (got number)');
  });

  it.each(['1234', '0000', '1234567890123456'])('accepts the PIN %j', (pin) => {
    expect(() => assertPin(pin, 'pin')).not.toThrow();
  });
});
