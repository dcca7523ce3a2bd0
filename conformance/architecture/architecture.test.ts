import { fileURLToPath } from 'node:url';
import madge from 'madge';
import { beforeAll, describe, expect, it } from 'vitest';
import { FAMILY_IDS } from '../probes/check.ts';

// The dependency rules of docs/ARCHITECTURE.md that the compiler cannot see: no import cycle
// anywhere (type-only ones included: they are how a "shared" type ends up owned by the wrong
// module), the runner names no family, and reports/ reads the runner's result, never the reverse.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FOLDERS = ['conformance', 'spec', 'reports', 'generators', 'contracts', 'examples', 'bench'];

let imports: Record<string, string[]> = {};
let cycles: string[][] = [];

beforeAll(async () => {
  const graph = await madge(
    FOLDERS.map((folder) => `${ROOT}${folder}`),
    { baseDir: ROOT, fileExtensions: ['ts'], tsConfig: `${ROOT}tsconfig.json` },
  );
  imports = graph.obj();
  cycles = graph.circular();
});

/** Every import of a file under `from` of a file `to` matches. */
function importsFrom(from: string, to: (file: string) => boolean): string[] {
  return Object.entries(imports)
    .filter(([file]) => file.startsWith(from))
    .flatMap(([file, targets]) => targets.filter(to).map((target) => `${file} -> ${target}`));
}

describe('architecture', () => {
  it('reads the whole code base', () => {
    expect(Object.keys(imports).length).toBeGreaterThan(300);
    expect(Object.keys(imports)).toContain('conformance/runner/run-probes.ts');
  });

  it('has no import cycle', () => {
    expect(cycles.map((cycle) => cycle.join(' > '))).toEqual([]);
  });

  it('keeps the runner free of any family: families reach the result through ProbeFamily.summarize', () => {
    const familyFolders = FAMILY_IDS.map((id) => `conformance/probes/${id}/`);
    expect(importsFrom('conformance/runner/', (target) => familyFolders.some((folder) => target.startsWith(folder)))).toEqual([]);
  });

  it('lets reports/ read the runner result, never the runner read reports/', () => {
    expect(importsFrom('conformance/runner/', (target) => target.startsWith('reports/'))).toEqual([]);
    expect(importsFrom('conformance/probes/', (target) => target.startsWith('reports/'))).toEqual([]);
  });
});
