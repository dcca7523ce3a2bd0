import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { renderDecisionTableMarkdown } from '../../spec/expectations/index.ts';
import { OPENAPI_DOCUMENT_PATH } from '../../spec/openapi/index.ts';
import { canonicalJson } from './canonical-json.ts';
import type { ReportHashes } from './types.ts';

// What a report is bound to. The OpenAPI document is hashed as the file ships; the expectation
// model as its rendered decision table (the rows, conditions and expectations, not the code that
// evaluates them); the profile as the file given; path overrides as their canonical JSON.

export function sha256Hex(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

export interface HashInputs {
  /** The `--expect FILE` profile, when the run used one. */
  readonly profileFile?: string;
  readonly pathOverrides?: Readonly<Record<string, string>>;
}

export function suiteHashes(inputs: HashInputs = {}): ReportHashes {
  return {
    openapi: sha256Hex(readFileSync(OPENAPI_DOCUMENT_PATH)),
    expectations: sha256Hex(renderDecisionTableMarkdown()),
    profile: inputs.profileFile === undefined ? null : { file: inputs.profileFile, sha256: sha256Hex(readFileSync(inputs.profileFile)) },
    pathOverrides: inputs.pathOverrides === undefined ? null : sha256Hex(canonicalJson(inputs.pathOverrides)),
  };
}
