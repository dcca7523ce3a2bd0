// The types of stryker.config.mjs (plain JavaScript, as Stryker loads it) for the TypeScript that reads it.
import type { PartialStrykerOptions } from '@stryker-mutator/api/core';

export declare const RULE_FILES: readonly string[];
export declare const REPORT_DIR: string;
declare const config: PartialStrykerOptions;
export default config;
