import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HEADER_ERROR_CODES, type HeaderErrorCode } from './header-error.ts';
import { formatSignatureHeader, HEADER_KEYS, parseSignatureHeader, signatureFormatOf, type SignatureHeader } from './header.ts';
import { validHeader } from './test-support/arbitraries.ts';

const header: SignatureHeader = {
  activationId: '3c193fe9-ac04-4a2e-aa85-8b3d0ed4aeab',
  applicationKey: 'EklLXwMlpZhwMLHAXyX/XQ==',
  nonce: 'C2irDMhb8VR3+QBTfIsAJg==',
  signatureType: 'possession_knowledge',
  signature: '9Z+KT9LjNEdsXYfrW2ASEy85egP2InuSGnNgsd2K2xE=',
  version: '3.3',
};
const canonical =
  'PowerAuth pa_activation_id="3c193fe9-ac04-4a2e-aa85-8b3d0ed4aeab", pa_application_key="EklLXwMlpZhwMLHAXyX/XQ==", ' +
  'pa_nonce="C2irDMhb8VR3+QBTfIsAJg==", pa_signature_type="possession_knowledge", ' +
  'pa_signature="9Z+KT9LjNEdsXYfrW2ASEy85egP2InuSGnNgsd2K2xE=", pa_version="3.3"';

/** The header with some fields replaced (a raw `key=...` text) or removed (null). */
function headerWith(changes: Partial<Record<keyof SignatureHeader, string | null>>): string {
  const params = (Object.entries(HEADER_KEYS) as [keyof SignatureHeader, string][]).flatMap(([name, key]) => {
    const change = changes[name];
    if (change === null) return [];
    return [`${key}="${change ?? header[name]}"`];
  });
  return `PowerAuth ${params.join(', ')}`;
}

function codesOf(value: string): { code: HeaderErrorCode; field?: string }[] {
  const parsed = parseSignatureHeader(value);
  return parsed.ok ? [] : parsed.errors.map(({ code, field }) => (field === undefined ? { code } : { code, field }));
}

describe('formatSignatureHeader', () => {
  it('writes the canonical one-line form', () => {
    expect(formatSignatureHeader(header)).toBe(canonical);
  });

  it.each([['a quote', 'a"b'], ['a line break', 'a\nb'], ['nothing', '']])('refuses a value with %s, naming the field', (_name, nonce) => {
    expect(() => formatSignatureHeader({ ...header, nonce })).toThrow(/nonce must be a non-empty string without quotes or line breaks/);
  });
});

describe('signatureFormatOf', () => {
  it('is decimal for 3.0 and Base64 for 3.1 and later', () => {
    expect(signatureFormatOf('3.0')).toBe('decimal');
    for (const version of ['3.1', '3.2', '3.3'] as const) expect(signatureFormatOf(version)).toBe('base64');
  });
});

describe('parseSignatureHeader: the seed example (LinkCy SCA guide)', () => {
  // Verbatim from the guide, which shows the header JSON-escaped and loses the last quote.
  const seedExample =
    'PowerAuth pa_activation_id=\\"3c193fe9-ac04-4a2e-aa85-8b3d0ed4aeab\\", pa_application_key=\\"EklLXwMlpZhwMLHAXyX/XWHA==\\", ' +
    'pa_nonce=\\"C2irDMhb8VR3+QBTfIsAJg==\\", pa_signature_type=\\"possession_knowledge\\", ' +
    'pa_signature=\\"9Z+KT9LjNEdsXYfrW2ASEy85egP2InuSGnNgsd2K2xE=\\", pa_version=\\"3.3\\';

  it('as printed: escaped quotes, an unterminated last value, and an application key that is not Base64 of 16 bytes', () => {
    expect(codesOf(seedExample)).toEqual([
      { code: 'QUOTES_ESCAPED' },
      { code: 'QUOTE_UNTERMINATED', field: 'pa_version' },
      { code: 'APPLICATION_KEY_INVALID', field: 'pa_application_key' },
    ]);
  });

  it('QUOTES_ESCAPED explains that a correct client sends plain quotes', () => {
    const parsed = parseSignatureHeader(seedExample);
    const escaped = parsed.ok ? undefined : parsed.errors.find((error) => error.code === 'QUOTES_ESCAPED');
    expect(escaped?.message).toMatch(/a correct client sends plain quotes/);
  });

  it('with its last quote restored: escaped quotes and the application key', () => {
    expect(codesOf(`${seedExample}"`)).toEqual([{ code: 'QUOTES_ESCAPED' }, { code: 'APPLICATION_KEY_INVALID', field: 'pa_application_key' }]);
  });

  it('with plain quotes: only the application key (26 characters, not Base64 of 16 bytes)', () => {
    expect(codesOf(`${seedExample}"`.replaceAll('\\"', '"'))).toEqual([{ code: 'APPLICATION_KEY_INVALID', field: 'pa_application_key' }]);
  });

  it('with plain quotes and a valid application key: accepted', () => {
    const fixed = `${seedExample}"`.replaceAll('\\"', '"').replace('EklLXwMlpZhwMLHAXyX/XWHA==', header.applicationKey);
    expect(parseSignatureHeader(fixed)).toEqual({ ok: true, header });
  });
});

describe('parseSignatureHeader: one error per rule broken', () => {
  it('accepts the canonical form', () => {
    expect(parseSignatureHeader(canonical)).toEqual({ ok: true, header });
  });

  it.each([[''], ['   '], [undefined as unknown as string]])('HEADER_EMPTY for %j', (value) => {
    expect(codesOf(value)).toEqual([{ code: 'HEADER_EMPTY' }]);
  });

  it('MULTILINE for a line break, the rest still checked', () => {
    expect(codesOf(canonical.replace(', pa_nonce', ',\r\n pa_nonce'))).toEqual([{ code: 'MULTILINE' }]);
    expect(codesOf(`${canonical}\n`)).toEqual([{ code: 'MULTILINE' }]);
  });

  it.each([
    ['lower-case prefix', canonical.replace('PowerAuth', 'powerauth')],
    ['no space after the prefix', canonical.replace('PowerAuth ', 'PowerAuth,')],
    ['a tab after the prefix', canonical.replace('PowerAuth ', 'PowerAuth\t')],
    ['the header name included', `X-PowerAuth-Authorization: ${canonical}`],
    ['another scheme', 'Bearer abc'],
    ['the prefix alone', 'PowerAuth'],
  ])('PREFIX_INVALID for %s, and nothing more is read', (_name, value) => {
    expect(codesOf(value)).toEqual([{ code: 'PREFIX_INVALID' }]);
  });

  it('PARAMETER_MALFORMED once for text that is not key="value"', () => {
    expect(codesOf(canonical.replace('PowerAuth ', 'PowerAuth junk "more junk", '))).toEqual([{ code: 'PARAMETER_MALFORMED' }]);
    expect(codesOf(`${canonical}, pa_x ="y"`)).toEqual([{ code: 'PARAMETER_MALFORMED' }]);
  });

  it('QUOTE_UNTERMINATED for a value whose quote never closes (not also FIELD_MISSING)', () => {
    expect(codesOf(canonical.slice(0, -1))).toEqual([{ code: 'QUOTE_UNTERMINATED', field: 'pa_version' }]);
  });

  it.each(Object.entries(HEADER_KEYS) as [keyof SignatureHeader, string][])('FIELD_MISSING for %s (%s)', (name, key) => {
    expect(codesOf(headerWith({ [name]: null }))).toEqual([{ code: 'FIELD_MISSING', field: key }]);
  });

  it('FIELD_MISSING for a key in the wrong case (keys are case-sensitive)', () => {
    expect(codesOf(canonical.replace('pa_version', 'PA_VERSION'))).toEqual([{ code: 'FIELD_MISSING', field: 'pa_version' }]);
  });

  it.each(Object.entries(HEADER_KEYS) as [keyof SignatureHeader, string][])('FIELD_EMPTY for %s (%s)', (name, key) => {
    expect(codesOf(headerWith({ [name]: '' }))).toEqual([{ code: 'FIELD_EMPTY', field: key }]);
  });

  it.each<[HeaderErrorCode, keyof SignatureHeader, string]>([
    ['ACTIVATION_ID_INVALID', 'activationId', 'not-a-uuid'],
    ['ACTIVATION_ID_INVALID', 'activationId', '3c193fe9ac044a2eaa858b3d0ed4aeab'],
    ['ACTIVATION_ID_INVALID', 'activationId', '{3c193fe9-ac04-4a2e-aa85-8b3d0ed4aeab}'],
    ['ACTIVATION_ID_INVALID', 'activationId', '3c193fe9-ac04-7a2e-aa85-8b3d0ed4aeab'],
    ['ACTIVATION_ID_INVALID', 'activationId', '3c193fe9-ac04-4a2e-ca85-8b3d0ed4aeab'],
    ['APPLICATION_KEY_INVALID', 'applicationKey', 'EklLXwMlpZhwMLHAXyX/XR=='],
    ['APPLICATION_KEY_INVALID', 'applicationKey', 'EklLXwMlpZhwMLHAXyX/XQ'],
    ['APPLICATION_KEY_INVALID', 'applicationKey', Buffer.alloc(32).toString('base64')],
    ['NONCE_INVALID', 'nonce', 'C2irDMhb8VR3+QBTfIsAJh=='],
    ['NONCE_INVALID', 'nonce', 'C2irDMhb8VR3+QBTfIsAJg'],
    ['NONCE_INVALID', 'nonce', 'C2irDMhb8VR3-QBTfIsAJg=='],
    ['NONCE_INVALID', 'nonce', Buffer.alloc(15).toString('base64')],
    ['SIGNATURE_TYPE_INVALID', 'signatureType', 'pin'],
    ['SIGNATURE_TYPE_INVALID', 'signatureType', 'possession knowledge'],
    ['SIGNATURE_INVALID', 'signature', '1234567'],
    ['SIGNATURE_INVALID', 'signature', '12345678-1234567'],
    ['SIGNATURE_INVALID', 'signature', '12345678-12345678-12345678-12345678'],
    ['SIGNATURE_INVALID', 'signature', 'abcdefgh'],
    ['SIGNATURE_INVALID', 'signature', Buffer.alloc(20).toString('base64')],
    ['SIGNATURE_INVALID', 'signature', '9Z+KT9LjNEdsXYfrW2ASEy85egP2InuSGnNgsd2K2xF='],
    ['SIGNATURE_INVALID', 'signature', '9Z-KT9LjNEdsXYfrW2ASEy85egP2InuSGnNgsd2K2xE='],
    ['VERSION_UNSUPPORTED', 'version', '2.1'],
    ['VERSION_UNSUPPORTED', 'version', '3.4'],
    ['VERSION_UNSUPPORTED', 'version', '3'],
    ['VERSION_UNSUPPORTED', 'version', ' 3.3'],
  ])('%s for %s %j', (code, name, value) => {
    expect(codesOf(headerWith({ [name]: value }))).toEqual([{ code, field: HEADER_KEYS[name] }]);
  });

  it('accepts an upper-case UUID and a signature type in any case (normalised to lower case)', () => {
    const parsed = parseSignatureHeader(headerWith({ activationId: header.activationId.toUpperCase(), signatureType: 'Possession_KNOWLEDGE' }));
    expect(parsed).toEqual({ ok: true, header: { ...header, activationId: header.activationId.toUpperCase() } });
  });

  it('SIGNATURE_FORMAT_VERSION_MISMATCH for decimal with 3.1+ and Base64 with 3.0', () => {
    const mismatch = [{ code: 'SIGNATURE_FORMAT_VERSION_MISMATCH', field: 'pa_signature' }];
    expect(codesOf(headerWith({ signature: '12345678-87654321', version: '3.1' }))).toEqual(mismatch);
    expect(codesOf(headerWith({ version: '3.0' }))).toEqual(mismatch);
    expect(codesOf(headerWith({ signature: '12345678-87654321', version: '3.0' }))).toEqual([]);
  });

  it('SIGNATURE_FACTOR_COUNT_MISMATCH when the components do not match the type', () => {
    const mismatch = [{ code: 'SIGNATURE_FACTOR_COUNT_MISMATCH', field: 'pa_signature' }];
    expect(codesOf(headerWith({ signatureType: 'possession' }))).toEqual(mismatch);
    expect(codesOf(headerWith({ signatureType: 'possession_knowledge_biometry' }))).toEqual(mismatch);
    expect(codesOf(headerWith({ signatureType: 'possession', signature: '12345678-87654321', version: '3.0' }))).toEqual(mismatch);
  });

  it('reports every broken rule at once, in field order', () => {
    expect(codesOf(headerWith({ activationId: null, nonce: 'x', version: '9.9' }))).toEqual([
      { code: 'FIELD_MISSING', field: 'pa_activation_id' },
      { code: 'NONCE_INVALID', field: 'pa_nonce' },
      { code: 'VERSION_UNSUPPORTED', field: 'pa_version' },
    ]);
  });

  it('every code can be produced (no dead codes)', () => {
    const seen = new Set<HeaderErrorCode>();
    const samples = [
      '',
      `${canonical}\n`,
      canonical.replaceAll('"', '\\"'),
      'Bearer x',
      `${canonical}, junk`,
      canonical.slice(0, -1),
      headerWith({ nonce: null }),
      headerWith({ nonce: '' }),
      headerWith({ activationId: 'x', applicationKey: 'x', nonce: 'x', signatureType: 'x', signature: 'x', version: 'x' }),
      headerWith({ version: '3.0' }),
      headerWith({ signatureType: 'possession' }),
    ];
    for (const sample of samples) for (const { code } of codesOf(sample)) seen.add(code);
    expect([...seen].sort()).toEqual([...HEADER_ERROR_CODES].sort());
  });
});

describe("parseSignatureHeader: the reference server's leniencies", () => {
  const params = canonical.slice('PowerAuth '.length).split(', ');

  it('accepts the parameters in any order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(params, { minLength: params.length }), (shuffled) => {
        expect(parseSignatureHeader(`PowerAuth ${shuffled.join(', ')}`)).toEqual({ ok: true, header });
      }),
    );
  });

  it.each([
    ['commas without spaces', `PowerAuth ${params.join(',')}`],
    ['spaces without commas', `PowerAuth ${params.join(' ')}`],
    ['tabs and several commas', `PowerAuth ${params.join(' ,,\t ')}`],
    ['surrounding whitespace', `  ${canonical}\t `],
    ['several spaces after the prefix', canonical.replace('PowerAuth ', 'PowerAuth   ')],
    ['a trailing comma', `${canonical},`],
    ['no separator after a closing quote', `PowerAuth ${params.join('')}`],
  ])('accepts %s', (_name, value) => {
    expect(parseSignatureHeader(value)).toEqual({ ok: true, header });
  });

  it('takes the last of duplicate keys', () => {
    expect(parseSignatureHeader(`PowerAuth pa_version="9.9", ${params.join(', ')}`)).toEqual({ ok: true, header });
    expect(codesOf(`${canonical}, pa_version="9.9"`)).toEqual([{ code: 'VERSION_UNSUPPORTED', field: 'pa_version' }]);
  });

  it('ignores unknown keys, even empty ones', () => {
    expect(parseSignatureHeader(`${canonical}, pa_extra="x", other="", x_1="y"`)).toEqual({ ok: true, header });
  });

  it('accepts unquoted values, which run to the next whitespace and so swallow a trailing comma', () => {
    expect(parseSignatureHeader(canonical.replace('pa_version="3.3"', 'pa_version=3.3'))).toEqual({ ok: true, header });
    expect(codesOf(canonical.replace('pa_version="3.3"', 'pa_version=3.3, pa_x="y"'))).toEqual([{ code: 'VERSION_UNSUPPORTED', field: 'pa_version' }]);
  });
});

describe('parseSignatureHeader: properties', () => {
  it('parse(format(h)) == h', () => {
    fc.assert(
      fc.property(validHeader, (generated) => {
        expect(parseSignatureHeader(formatSignatureHeader(generated))).toEqual({ ok: true, header: generated });
      }),
    );
  });

  const checkResult = (value: string) => {
    const parsed = parseSignatureHeader(value);
    if (parsed.ok) return;
    expect(parsed.errors.length).toBeGreaterThan(0);
    for (const error of parsed.errors) {
      expect(HEADER_ERROR_CODES).toContain(error.code);
      expect(error.message.length).toBeGreaterThan(0);
    }
  };

  it('never throws on arbitrary strings, and reports only known codes', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkResult));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'PowerAuth pa_=",\\\r\n\t abc123+/'.split('')), maxLength: 120 }), checkResult));
  });

  it('never throws on mutations of a valid header', () => {
    const mutation = fc.record({ at: fc.nat(), remove: fc.nat({ max: 5 }), insert: fc.string({ maxLength: 4, unit: fc.constantFrom('"', '\\', ',', ' ', '=', '\n', 'a', '=') }) });
    fc.assert(
      fc.property(validHeader, fc.array(mutation, { maxLength: 4 }), (generated, mutations) => {
        let text = formatSignatureHeader(generated);
        for (const { at, remove, insert } of mutations) {
          const position = at % (text.length + 1);
          text = text.slice(0, position) + insert + text.slice(position + remove);
        }
        checkResult(text);
      }),
    );
  });

  it('never echoes the signature in a message', () => {
    fc.assert(
      fc.property(validHeader, fc.constantFrom<Partial<SignatureHeader>>({ version: '3.0' }, { signatureType: 'possession' }, { nonce: 'x' }), (generated, change) => {
        const broken = { ...generated, ...change };
        const parsed = parseSignatureHeader(formatSignatureHeader(broken).replaceAll('"', '\\"'));
        expect(parsed.ok).toBe(false);
        if (!parsed.ok) for (const error of parsed.errors) expect(error.message).not.toContain(broken.signature);
      }),
    );
  });
});
