// Strict Base64 for values that travel as text (nonce, keys, signatures). Node's decoder is
// lenient (it skips junk and ignores non-zero trailing bits), so text is only trusted once it
// re-encodes to itself.

const PADDED_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * True when `text` is standard, padded Base64 in its one canonical spelling (zero trailing
 * bits), and, when `byteLength` is given, encodes exactly that many bytes.
 */
export function isCanonicalBase64(text: string, byteLength?: number): boolean {
  if (!PADDED_BASE64.test(text)) return false;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) return false;
  return byteLength === undefined || bytes.length === byteLength;
}
