import { readFileSync } from 'node:fs';

// The tool and version a result was made with, read from package.json once.

function readVersion(): string {
  const json: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  return typeof version === 'string' ? version : 'unknown';
}

export const TOOL = { name: 'linkcy-sca', version: readVersion() } as const;
