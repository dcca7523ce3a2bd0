import {
  factorsOf,
  HEADER_KEYS,
  PROTOCOL_VERSIONS,
  SIGNATURE_TYPES,
  signatureFormatOf,
  type ProtocolVersion,
  type SignatureType,
} from '../spec/powerauth/index.ts';

// The Linkcy-SCA-Signature grammar of spec/powerauth as ONE regular expression, for a Pact regex
// matcher. Pact evaluates it with Rust's `regex` crate on the mock server and the verifier, and
// with JavaScript here: so no look-around and no inline flags, only what both engines share.
// Without look-around a regex cannot demand six parameters in any order, so it fixes the canonical
// order every PowerAuth SDK (and formatSignatureHeader) writes (D-PACT-2); within that order it
// keeps the reference server's leniencies: commas and/or blanks between parameters, the signature
// type in any case, the activation id in any case, an unquoted last value. The cross-field rules
// of the parser are alternatives: pa_version 3.0 signs in decimal, 3.1 and later in Base64, and
// the signature has as many components as pa_signature_type has factors.

const HEX = '[0-9a-fA-F]';
// RFC 4122 variant, versions 1 to 5 (header.ts checks the same after lower-casing).
const UUID = `${HEX}{8}-${HEX}{4}-[1-5]${HEX}{3}-[89abAB]${HEX}{3}-${HEX}{12}`;
const B64 = '[A-Za-z0-9+/]';
/** Canonical padded Base64 of 16, 32 and 48 bytes: the unused bits of the last digit are zero. */
const CANONICAL_BASE64: Readonly<Record<number, string>> = {
  16: `${B64}{21}[AQgw]==`,
  32: `${B64}{42}[AEIMQUYcgkosw048]=`,
  48: `${B64}{64}`,
};
const SEPARATOR = '[ \\t,]*';

function anyCase(text: string): string {
  return [...text].map((character) => (/[a-z]/.test(character) ? `[${character}${character.toUpperCase()}]` : character)).join('');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function param(key: string, value: string): string {
  return `${key}="(?:${value})"`;
}

function signatureValue(version: ProtocolVersion, components: number): string {
  return signatureFormatOf(version) === 'decimal' ? `\\d{8}(?:-\\d{8}){${components - 1}}` : (CANONICAL_BASE64[components * 16] ?? '');
}

/** pa_signature_type and pa_signature of one version: each type with its number of components. */
function typeAndSignature(version: ProtocolVersion): string {
  const byCount = new Map<number, SignatureType[]>();
  for (const type of SIGNATURE_TYPES) byCount.set(factorsOf(type).length, [...(byCount.get(factorsOf(type).length) ?? []), type]);
  return [...byCount]
    .map(([count, types]) => `${param(HEADER_KEYS.signatureType, types.map(anyCase).join('|'))}${SEPARATOR}${param(HEADER_KEYS.signature, signatureValue(version, count))}`)
    .join('|');
}

/** The versions that sign in the same format share one branch. */
function versionBranches(): string[] {
  const formats = new Map<string, ProtocolVersion[]>();
  for (const version of PROTOCOL_VERSIONS) formats.set(signatureFormatOf(version), [...(formats.get(signatureFormatOf(version)) ?? []), version]);
  return [...formats.values()].map((versions) => {
    const versionValue = versions.map(escapeRegExp).join('|');
    const lastValue = `${HEADER_KEYS.version}=(?:"(?:${versionValue})"${SEPARATOR}|(?:${versionValue})(?:[ \\t]${SEPARATOR})?)`;
    return `(?:${typeAndSignature(versions[0] ?? '3.3')})${SEPARATOR}${lastValue}`;
  });
}

/** The regex source (anchored) of a well-formed Linkcy-SCA-Signature header in canonical order. */
export const SIGNATURE_HEADER_PATTERN =
  `^[ \\t]*PowerAuth ${SEPARATOR}` +
  `${param(HEADER_KEYS.activationId, UUID)}${SEPARATOR}` +
  `${param(HEADER_KEYS.applicationKey, CANONICAL_BASE64[16] ?? '')}${SEPARATOR}` +
  `${param(HEADER_KEYS.nonce, CANONICAL_BASE64[16] ?? '')}${SEPARATOR}` +
  `(?:${versionBranches().join('|')})$`;
