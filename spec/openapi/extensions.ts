/** The vendor extensions the OpenAPI document uses, and the values they may take. */
export const EXTENSION = {
  sca: 'x-linkcy-sca',
  token: 'x-linkcy-token',
  inferred: 'x-linkcy-inferred',
  pathOverride: 'x-linkcy-path-override',
} as const;

export const SCA_POLICIES = ['required', 'first-device-exempt', 'none'] as const;
export type ScaPolicy = (typeof SCA_POLICIES)[number];

export const TOKEN_POLICIES = ['partner', 'partner-or-end-user', 'none'] as const;
export type TokenPolicy = (typeof TOKEN_POLICIES)[number];

/**
 * Extension keywords that occur inside schemas. JSON Schema validators in strict mode refuse
 * unknown keywords, so compile with e.g. `ajv.addVocabulary([...OPENAPI_SCHEMA_EXTENSIONS])`.
 */
export const OPENAPI_SCHEMA_EXTENSIONS = [EXTENSION.inferred] as const;
