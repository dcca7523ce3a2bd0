import { describe, expect, it } from 'vitest';
import { redactBody, redactBodyText, redactDeep, redactHeaders, redactText, redactValue } from './redact.ts';

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

  it('is idempotent: a redacted value stays as it is', () => {
    const once = redactValue('hunter2');
    expect(redactValue(once)).toBe(once);
    expect(redactText(redactText('password: hunter2'))).toBe(redactText('password: hunter2'));
  });

  it.each([
    ['a bearer token', 'authorization: Bearer eyJa.b-c_d', 'eyJa.b-c_d'],
    ['a PowerAuth signature', 'PowerAuth pa_activation_id="act-1", pa_signature="c2lnbmF0dXJl"', 'c2lnbmF0dXJl'],
    ['URL user info', 'https://partner:s3cret@sandbox.example/api', 's3cret'],
    ['a JSON field', 'body {"refreshToken":"rt-77","x":"y"}', 'rt-77'],
    ['key=value', 'activationCode=AAAAA-BBBBB&x=1', 'AAAAA-BBBBB'],
    ['a command-line flag', 'node client.js --password hunter2 --pin=9876', 'hunter2'],
    ['a PEM block', '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEI\n-----END PRIVATE KEY-----', 'MC4CAQAwBQYDK2VwBCIEI'],
  ])('masks %s in free text', (_what, text, secret) => {
    expect(redactText(text)).not.toContain(secret);
    expect(redactText(text)).toContain('[REDACTED len=');
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['Expected: 409 SCA_REQUIRED\nReceived: 201', 'the password field is required', 'npx linkcy-sca probe --target simulator --seed 1']) {
      expect(redactText(text)).toBe(text);
    }
  });

  it('redacts a JSON value deeply: secret fields and secrets inside any string', () => {
    const text = JSON.stringify(redactDeep({ note: 'Bearer abc.def', items: [{ pin: '1234' }], ok: 3 }));
    expect(text).not.toContain('abc.def');
    expect(text).not.toContain('1234');
    expect(text).toContain('"ok":3');
  });
});
