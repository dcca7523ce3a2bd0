/**
 * The documented media type a received Content-Type matches: the same type and subtype (any
 * case, parameters such as charset ignored), else a documented `type/*`, else `*\/*`.
 */
export function matchMediaType(documented: readonly string[], received: string): string | undefined {
  const wanted = essence(received);
  const range = `${wanted.split('/')[0] ?? ''}/*`;
  return (
    documented.find((mediaType) => essence(mediaType) === wanted) ??
    documented.find((mediaType) => essence(mediaType) === range) ??
    documented.find((mediaType) => essence(mediaType) === '*/*')
  );
}

function essence(mediaType: string): string {
  return (mediaType.split(';')[0] ?? '').trim().toLowerCase();
}
