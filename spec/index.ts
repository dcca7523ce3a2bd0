// The single source of truth: the LinkCy SCA contract as data and code.
export * from './errors/index.ts';
export * from './expectations/index.ts';
export * from './openapi/index.ts';
export * from './powerauth/index.ts';
export * from './profile/index.ts';
export * from './redaction/index.ts';
export * from './requirements/index.ts';
export * from './validate/index.ts';
