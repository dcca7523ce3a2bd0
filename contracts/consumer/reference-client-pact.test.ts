import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSignatureHeader } from '../../spec/powerauth/index.ts';
import { EXAMPLE_VALUES } from '../interactions.ts';
import { comparablePact, REFERENCE_PACT_PATH } from './pact-file.ts';
import { PACT_FILE_NAME, referenceClientInteractions, writeReferencePact } from './reference-client-pact.ts';

const dir = mkdtempSync(join(tmpdir(), 'linkcy-pact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface PactInteraction {
  description: string;
  type: string;
  request: { headers?: Record<string, string[]> };
}

describe('the reference client against the Pact mock server', () => {
  it('plays every reference interaction and writes the committed pact (run `npm run pact:consumer` when this fails)', async () => {
    await writeReferencePact(dir);
    expect(comparablePact(join(dir, PACT_FILE_NAME))).toEqual(comparablePact(REFERENCE_PACT_PATH));
  }, 120_000);

  const committed = JSON.parse(readFileSync(REFERENCE_PACT_PATH, 'utf8')) as { metadata: { pactSpecification: { version: string } }; interactions: PactInteraction[] };

  it('is a V4 pact of synchronous HTTP interactions, one per reference interaction', () => {
    expect(committed.metadata.pactSpecification.version).toBe('4.0');
    expect(committed.interactions.map((interaction) => interaction.type)).toEqual(committed.interactions.map(() => 'Synchronous/HTTP'));
    expect(committed.interactions.map((interaction) => interaction.description).sort()).toEqual(referenceClientInteractions().map((interaction) => interaction.description).sort());
  });

  it('carries only the example bearer token and test-device signatures', () => {
    for (const { description, request } of committed.interactions) {
      const authorization = request.headers?.Authorization;
      if (authorization !== undefined) expect(authorization, description).toEqual([`Bearer ${EXAMPLE_VALUES.partnerToken}`]);
      const signature = request.headers?.['Linkcy-SCA-Signature'];
      if (signature !== undefined) expect(parseSignatureHeader(signature[0] ?? '').ok, description).toBe(true);
    }
  });
});
