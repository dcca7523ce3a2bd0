/**
 * The documented response for a status: the exact code, else its range (`4XX`), else `default`
 * (OpenAPI's precedence).
 */
export function findResponse<R extends { readonly key: string }>(responses: readonly R[], status: number): R | undefined {
  const range = `${Math.floor(status / 100)}XX`;
  return (
    responses.find((response) => response.key === String(status)) ??
    responses.find((response) => response.key.toUpperCase() === range) ??
    responses.find((response) => response.key === 'default')
  );
}
