import { describe, expect, it } from 'vitest';
import { FACTOR_HEADER_VALUES, STRATEGIES } from '../spec/expectations/index.ts';
import { HEADER_VALUE_KINDS } from './_internals/header-value.ts';
import { factorHeaderArbitrary } from './factor-header.arbitrary.ts';
import { strategyHeaderArbitrary } from './strategy-header.arbitrary.ts';
import { expectErrorNamingApi, expectSameValuesForSameSeed, sampleOf } from './test-support/properties.ts';

const HEADERS = [
  { apiName: 'strategyHeaderArbitrary', build: strategyHeaderArbitrary, values: STRATEGIES },
  { apiName: 'factorHeaderArbitrary', build: factorHeaderArbitrary, values: FACTOR_HEADER_VALUES },
] as const;

describe.each(HEADERS)('$apiName', ({ apiName, build, values }) => {
  it('gives the same values for the same seed', () => {
    expectSameValuesForSameSeed(build());
  });

  it('produces every kind, each value as its kind says', () => {
    const drawn = sampleOf(build());
    expect(new Set(drawn.map((header) => header.kind))).toEqual(new Set(HEADER_VALUE_KINDS));
    for (const { kind, value } of drawn) {
      const valid = value !== undefined && (values as readonly string[]).includes(value);
      expect(valid, `${kind}: ${JSON.stringify(value)}`).toBe(kind === 'valid');
      if (kind === 'absent') expect(value).toBeUndefined();
      if (kind === 'empty') expect(value).toBe('');
      if (kind === 'whitespace') expect(values).toContain(value?.trim());
      if (kind === 'duplicated') expect(value?.split(', ')).toHaveLength(2);
    }
    expect(new Set(drawn.filter((header) => header.kind === 'valid').map((header) => header.value))).toEqual(new Set(values));
  });

  it('draws only the kinds asked for', () => {
    expect(new Set(sampleOf(build({ kinds: ['empty', 'duplicated'] }), 200).map((header) => header.kind))).toEqual(new Set(['empty', 'duplicated']));
  });

  it('refuses unknown or no kinds, naming the API', () => {
    expectErrorNamingApi(apiName, () => build({ kinds: [] }));
    // Kinds read from a configuration file are plain strings: the check holds at run time too.
    const fromConfiguration = build as (constraints: { kinds: readonly string[] }) => unknown;
    expectErrorNamingApi(apiName, () => fromConfiguration({ kinds: ['absent', 'lower'] }));
  });
});
