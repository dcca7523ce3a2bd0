import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { checkPact } from './check/check-pact.ts';
import { readPactFile } from './check/read-pact.ts';

// The README's consumer-test snippet must keep running as printed.
const README = fileURLToPath(new URL('../README.md', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'linkcy-readme-pact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('the README snippet "Use the contracts in your consumer tests" writes a pact check-pact finds clean', async () => {
  const section = readFileSync(README, 'utf8').split('## Use the contracts in your consumer tests')[1] ?? '';
  const snippet = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
  expect(snippet, 'the README section has a ts block').toBeDefined();
  const file = join(dir, 'snippet.mts');
  writeFileSync(
    file,
    // The copy lives outside the project (runs write outside source folders): imports become absolute.
    (snippet ?? '')
      .replace("'@pact-foundation/pact'", JSON.stringify(createRequire(import.meta.url).resolve('@pact-foundation/pact')))
      .replace("'./contracts/index.ts'", JSON.stringify(fileURLToPath(new URL('./index.ts', import.meta.url))))
      .replace("dir: './pacts'", `dir: ${JSON.stringify(dir)}`),
  );
  await import(file);
  expect(checkPact(readPactFile(join(dir, 'my-backend-linkcy-sca-api.json')))).toMatchObject({ interactions: 1, findings: [] });
}, 60_000);
