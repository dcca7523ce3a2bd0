/** The vendor extensions the OpenAPI document uses, and the values they may take. */
export const EXTENSION = {
  sca: 'x-linkcy-sca',
  token: 'x-linkcy-token',
  source: 'x-linkcy-source',
  pathOverride: 'x-linkcy-path-override',
} as const;

/**
 * The SCA policy of an operation. The document's `x-linkcy-sca` is the policy of the default
 * target profile; a profile (`--expect FILE`) may choose another for SCA-eligible operations.
 * - `always`: every call needs SCA;
 * - `never`: no call needs SCA (the only value of an operation that is not SCA-eligible);
 * - `first-device-free`: SCA unless the end user has no device yet (device registration);
 * - `psd2-exemptions`: SCA unless a PSD2 RTS exemption applies (the profile's model).
 */
export const SCA_POLICIES = ['always', 'never', 'first-device-free', 'psd2-exemptions'] as const;
export type ScaPolicy = (typeof SCA_POLICIES)[number];

/** `none-or-partner`: callable without a bearer (anonymous, e.g. consumer sign-up) or with a partner token. */
export const TOKEN_POLICIES = ['partner', 'partner-or-end-user', 'none', 'none-or-partner'] as const;
export type TokenPolicy = (typeof TOKEN_POLICIES)[number];

/**
 * Where a fact of the contract comes from, in order of precedence: the seed pages (1.114.5),
 * the digest of the vendor's 1.114.5 reference and guides, the vendor's 1.78.0 OpenAPI (and
 * older vendor material; only where 1.114.5 is silent, never for the SCA mechanism), our
 * inference (with a docs/decisions.md entry).
 */
export const SOURCE_KINDS = ['seed', 'reference-1.114.5', 'openapi-1.78', 'inferred'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * The value of `x-linkcy-source`: `key` is a source key of the digest
 * (/work/shared/sources/linkcy-api-reference.md §0: SEED000, P-SA, G-PAUTH, OAS178@496k, ...);
 * `decision` the docs/decisions.md entry (D-SRC-n) of what is ours, required for `inferred`.
 */
export interface SourceRef {
  readonly from: SourceKind;
  readonly key?: string;
  readonly decision?: string;
}

/**
 * Extension keywords that occur inside schemas. JSON Schema validators in strict mode refuse
 * unknown keywords, so compile with e.g. `ajv.addVocabulary([...OPENAPI_SCHEMA_EXTENSIONS])`.
 */
export const OPENAPI_SCHEMA_EXTENSIONS = [EXTENSION.source] as const;
