import { describe, expect, it } from 'vitest';
import { parseDuration } from './index.ts';

describe('parseDuration', () => {
  it.each([
    ['30s', 30_000],
    ['500ms', 500],
    ['2m', 120_000],
    ['1h', 3_600_000],
    ['250', 250],
    [' 0 ', 0],
  ])('%s is %i ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it.each(['', 's', '30 s', '-5s', '1.5s', '10d', 'soon'])('refuses %j, naming the accepted forms', (text) => {
    expect(() => parseDuration(text)).toThrow(/e\.g\. 500ms, 30s, 2m/);
  });
});
