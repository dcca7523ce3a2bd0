import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PACT_FILE_NAME } from './reference-client-pact.ts';

/** The committed reference pact. */
export const REFERENCE_PACT_PATH = fileURLToPath(new URL(`../pacts/${PACT_FILE_NAME}`, import.meta.url));

/**
 * A pact file without what legitimately varies between two regenerations: the versions of the
 * Pact libraries that wrote it (metadata.pact-js, metadata.pactRust). The specification version stays.
 */
export function comparablePact(path: string): unknown {
  const pact = JSON.parse(readFileSync(path, 'utf8')) as { metadata?: Record<string, unknown> };
  const { 'pact-js': _pactJs, pactRust: _pactRust, ...metadata } = pact.metadata ?? {};
  return { ...pact, metadata };
}
