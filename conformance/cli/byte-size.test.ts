import { describe, expect, it } from 'vitest';
import { parseByteSize } from './byte-size.ts';

describe('parseByteSize', () => {
  it.each([
    ['65536', 65_536],
    ['0', 0],
    ['512KiB', 524_288],
    ['4MiB', 4_194_304],
    ['4 mib', 4_194_304],
    ['1MB', 1_000_000],
    ['2GB', 2_000_000_000],
    ['7B', 7],
  ])('reads %s as %d bytes', (text, bytes) => {
    expect(parseByteSize(text)).toBe(bytes);
  });

  it.each(['', '-1', '1.5MiB', '4 MiBs', 'MiB', '99999999999999GiB'])('refuses %j naming the accepted forms', (text) => {
    expect(() => parseByteSize(text)).toThrow(/^invalid size .*(use a number of bytes|too large)/);
  });
});
