import { describe, expect, it } from 'vitest';
import { redactBody, redactBodyText, redactHeaders, redactValue } from './redact.ts';

describe('redaction', () => {
  it('hides secret headers whatever their case, keeps the others', () => {
    const out = redactHeaders({
      Authorization: 'Bearer abc.def',
      'Linkcy-SCA-Signature': 'PowerAuth pa_signature="x"',
      'linkcy-sca-strategy': 'DATA_SIGNING',
    });
    expect(JSON.stringify(out)).not.toContain('abc.def');
    expect(JSON.stringify(out)).not.toContain('pa_signature');
    expect(out['linkcy-sca-strategy']).toBe('DATA_SIGNING');
  });

  it('hides secret fields at any depth of a body', () => {
    const body = { username: 'u', password: 'hunter2', nested: [{ refreshToken: 'r-1' }], activationCode: 'AAAAA-BBBBB' };
    const text = JSON.stringify(redactBody(body));
    for (const secret of ['hunter2', 'r-1', 'AAAAA-BBBBB']) expect(text).not.toContain(secret);
    expect(text).toContain('"username":"u"');
  });

  it('keeps equal secrets recognisable as equal without revealing them', () => {
    expect(redactValue('same')).toBe(redactValue('same'));
    expect(redactValue('same')).not.toBe(redactValue('other'));
  });

  it('redacts a non-JSON body text as a whole', () => {
    expect(redactBodyText('password=hunter2')).not.toContain('hunter2');
    expect(redactBodyText('')).toBe('');
  });
});
