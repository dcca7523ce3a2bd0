import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, relative, resolve, sep } from 'node:path';
import type { ConformanceReport } from './model/types.ts';
import { renderHtml } from './render/html.ts';
import { renderJson } from './render/json.ts';
import { renderJunit } from './render/junit.ts';
import { renderMarkdown } from './render/markdown.ts';

// The formats by name (`--reporter json,junit,md,html`) and the file each one writes.

/** Outside every source folder: where a run writes unless told otherwise. */
export const DEFAULT_REPORT_DIR = 'linkcy-sca-report';

export const REPORTERS = {
  json: { file: 'report.json', render: renderJson },
  junit: { file: 'junit.xml', render: renderJunit },
  md: { file: 'report.md', render: renderMarkdown },
  html: { file: 'report.html', render: renderHtml },
} as const satisfies Record<string, { file: string; render: (report: ConformanceReport) => string }>;

export type ReporterName = keyof typeof REPORTERS;
export const REPORTER_NAMES = Object.keys(REPORTERS) as ReporterName[];

export class ReporterListError extends Error {
  override readonly name = 'ReporterListError';
}

export class OutputDirError extends Error {
  override readonly name = 'OutputDirError';
}

const SUITE_ROOT = fileURLToPath(new URL('..', import.meta.url));
/** The suite's own source folders: a run never writes into them. */
const SOURCE_FOLDERS = ['.ci', '.git', 'bench', 'bin', 'conformance', 'contracts', 'docs', 'generators', 'node_modules', 'reports', 'spec'];

/** Refuses DIR when it is, or lies inside, one of this suite's source folders. */
export function checkOutputDir(dir: string): void {
  const inside = relative(SUITE_ROOT, resolve(dir));
  const first = inside.split(sep)[0] ?? '';
  if (!inside.startsWith('..') && SOURCE_FOLDERS.includes(first)) {
    throw new OutputDirError(`${dir} is inside the suite's source folder ${first}/; write reports elsewhere (default ./${DEFAULT_REPORT_DIR})`);
  }
}

/** "json,junit" -> ['json', 'junit']; an unknown or empty name is refused with the valid ones. */
export function parseReporters(list: string): ReporterName[] {
  const names = list.split(',').map((name) => name.trim());
  for (const name of names) {
    if (!(REPORTER_NAMES as string[]).includes(name)) {
      throw new ReporterListError(`unknown reporter ${JSON.stringify(name)}; valid: ${REPORTER_NAMES.join(', ')} (comma-separated)`);
    }
  }
  return [...new Set(names as ReporterName[])];
}

/** Writes each chosen format into DIR (created) and answers the files written, in the order asked. */
export function writeReport(dir: string, report: ConformanceReport, reporters: readonly ReporterName[]): string[] {
  checkOutputDir(dir);
  mkdirSync(dir, { recursive: true });
  return reporters.map((name) => {
    const file = join(dir, REPORTERS[name].file);
    writeFileSync(file, REPORTERS[name].render(report), 'utf8');
    return file;
  });
}
