/**
 * A URL fit for descriptions, errors and logs: user info (`user:password@`) and the query are
 * dropped, because either may carry a credential. Text that is not a URL is returned as
 * "<invalid URL>" rather than echoed.
 */
export function displayUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return '<invalid URL>';
  }
  return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
}
