import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT_PATH } from './document.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SPECTRAL = fileURLToPath(new URL('../../node_modules/.bin/spectral', import.meta.url));

interface SpectralResult {
  readonly code: string;
  readonly message: string;
  readonly severity: number;
  readonly path: readonly (string | number)[];
}

const SEVERITY_NAMES = ['error', 'warning', 'info', 'hint'];

function lint(): SpectralResult[] {
  // JSON goes to a file: on stdout spectral appends a human line after it.
  const outputDir = mkdtempSync(join(tmpdir(), 'linkcy-spectral-'));
  const output = join(outputDir, 'results.json');
  try {
    // Run from the project root so spectral picks up the root .spectral.yaml.
    const run = spawnSync(SPECTRAL, ['lint', '--format', 'json', '--output', output, OPENAPI_DOCUMENT_PATH], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      timeout: 20_000,
    });
    if (run.error !== undefined) throw run.error;
    try {
      return JSON.parse(readFileSync(output, 'utf8')) as SpectralResult[];
    } catch {
      throw new Error(`spectral wrote no JSON results (exit ${run.status}): ${run.stdout}${run.stderr}`);
    }
  } finally {
    rmSync(outputDir, { recursive: true, force: true });
  }
}

function describeResults(results: readonly SpectralResult[]): string[] {
  return results.map((result) => `${SEVERITY_NAMES[result.severity] ?? result.severity} ${result.code} at ${result.path.join('.')}: ${result.message}`);
}

describe('spectral lint (spectral:oas) of linkcy-sca.yaml', () => {
  const results = lint();

  it('finds no error', () => {
    expect(describeResults(results.filter((result) => result.severity === 0))).toEqual([]);
  });

  it('finds no warning either (docs/decisions.md explains any that must stay)', () => {
    expect(describeResults(results)).toEqual([]);
  });
});
