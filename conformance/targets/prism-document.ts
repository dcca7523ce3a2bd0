import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPathOverrides, loadOpenApiDocument, OPENAPI_DOCUMENT_PATH, type PathOverrides } from '../../spec/openapi/index.ts';

// Prism reads its document from a file. With path overrides the served paths differ from the
// suite's document, so Prism gets a temporary copy with the overrides applied.

export interface PrismDocument {
  readonly path: string;
  /** Deletes the temporary copy, if one was written. */
  remove(): Promise<void>;
}

export async function preparePrismDocument(pathOverrides: PathOverrides = {}): Promise<PrismDocument> {
  if (Object.keys(pathOverrides).length === 0) return { path: OPENAPI_DOCUMENT_PATH, remove: async () => {} };
  const document = applyPathOverrides(loadOpenApiDocument(), pathOverrides);
  const directory = await mkdtemp(join(tmpdir(), 'linkcy-sca-prism-'));
  const path = join(directory, 'linkcy-sca.json');
  await writeFile(path, JSON.stringify(document, null, 2));
  return { path, remove: () => rm(directory, { recursive: true, force: true }) };
}
