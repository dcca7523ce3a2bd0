import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPENAPI_DOCUMENT_PATH } from '../../spec/openapi/index.ts';
import { preparePrismDocument } from './prism-document.ts';

describe('preparePrismDocument', () => {
  it("serves the suite's document itself when no path is overridden", async () => {
    const document = await preparePrismDocument();
    expect(document.path).toBe(OPENAPI_DOCUMENT_PATH);
    await document.remove();
    expect(existsSync(OPENAPI_DOCUMENT_PATH)).toBe(true);
  });

  it('writes a temporary copy with the overridden paths and deletes it on remove', async () => {
    const document = await preparePrismDocument({ getConsumer: '/api/partner/end-users/{consumerId}' });
    const written = JSON.parse(readFileSync(document.path, 'utf8')) as { paths: Record<string, unknown> };
    expect(Object.keys(written.paths)).toContain('/api/partner/end-users/{consumerId}');
    expect(Object.keys(written.paths)).not.toContain('/api/partner/consumers/{consumerId}');
    await document.remove();
    expect(existsSync(document.path)).toBe(false);
  });
});
