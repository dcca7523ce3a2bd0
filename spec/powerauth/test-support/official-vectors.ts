import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';

// The official PowerAuth vectors are read in place from ../shared/vectors/powerauth beside the
// project (Apache-2.0 data of Wultra s.r.o.), never copied in. Where they are absent the suites
// that need them are skipped, and say why.

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const VECTORS_DIR = path.resolve(projectRoot, '../shared/vectors/powerauth');

export interface VectorCase {
  input: Record<string, string>;
  output: Record<string, string>;
}

/** A describe block over every case of one vector file; skipped, with a note, if the file is absent. */
export function describeVectors(fileName: string, body: (cases: readonly VectorCase[]) => void): void {
  const file = path.join(VECTORS_DIR, fileName);
  const available = existsSync(file);
  if (!available) {
    console.warn(`[powerauth] skipping the ${fileName} vector tests: ${file} not found (the official vectors are read from ../shared/vectors/powerauth relative to the project root)`);
  }
  describe.skipIf(!available)(`official vectors: ${fileName}`, () => body(available ? readCases(file) : []));
}

/** A Base64 field of a case as bytes. */
export function bytes(record: Record<string, string>, key: string): Buffer {
  return Buffer.from(text(record, key), 'base64');
}

export function text(record: Record<string, string>, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`vector field ${key} is missing or not a string`);
  return value;
}

function readCases(file: string): VectorCase[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const data = (parsed as { data?: unknown }).data;
  if (!Array.isArray(data) || data.length === 0) throw new Error(`${file}: expected a non-empty "data" array`);
  return data as VectorCase[];
}
