import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DECISION_TABLE, renderDecisionTableMarkdown } from './index.ts';

const DOC_PATH = fileURLToPath(new URL('./DECISION-TABLE.md', import.meta.url));

describe('DECISION-TABLE.md', () => {
  // UPDATE_DOCS=1 rewrites the committed file instead of comparing with it.
  it('is the rendering of DECISION_TABLE', () => {
    const rendered = renderDecisionTableMarkdown();
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC_PATH, rendered);
    expect(readFileSync(DOC_PATH, 'utf8'), 'run UPDATE_DOCS=1 npx vitest run spec/expectations').toBe(rendered);
  });

  it('renders every row with its status', () => {
    const rendered = renderDecisionTableMarkdown();
    for (const row of DECISION_TABLE) expect(rendered).toContain(`| \`${row.id}\` |`);
    expect(rendered).toContain('| `DS-TTL-EXPIRED` | sca = needed; strategy = DATA_SIGNING; ttl = expired | 401 (profile: signatureMismatchStatus) SCA_SIGNATURE_DOES_NOT_MATCH |');
    expect(rendered).toContain('409 SCA_SIGNATURE_FORMAT_INVALID; also accepted: 401 (profile: signatureMismatchStatus) SCA_SIGNATURE_DOES_NOT_MATCH');
    expect(rendered).toContain('| `OK-createCard` | operationId = createCard | 201 success |');
  });
});
