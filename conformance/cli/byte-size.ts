// Sizes as people type them on a command line: `65536`, `512KiB`, `4MiB`, `1GB` (SI units are
// powers of 1000, IEC units powers of 1024, as everywhere else).

const SIZE = /^(\d+)\s*(B|KB|MB|GB|KiB|MiB|GiB)?$/i;
const BYTES_PER_UNIT: Readonly<Record<string, number>> = { b: 1, kb: 1e3, mb: 1e6, gb: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };

export const BYTE_SIZE_FORMS = 'a number of bytes, or a number followed by KB, MB, GB, KiB, MiB or GiB (e.g. 512KiB, 4MiB)';

/** Bytes of `text`; throws a RangeError naming the accepted forms. */
export function parseByteSize(text: string): number {
  const match = SIZE.exec(text.trim());
  const amount = match?.[1];
  if (match === null || amount === undefined) throw new RangeError(`invalid size ${JSON.stringify(text)}: use ${BYTE_SIZE_FORMS}`);
  const bytes = Number(amount) * (BYTES_PER_UNIT[(match[2] ?? 'b').toLowerCase()] ?? 1);
  if (!Number.isSafeInteger(bytes)) throw new RangeError(`invalid size ${JSON.stringify(text)}: too large`);
  return bytes;
}
