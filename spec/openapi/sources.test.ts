import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadOpenApiDocument } from './document.ts';
import { listOperations } from './operations.ts';
import { parseSourceRef, sourcedNodes, sourceProblems } from './sources.ts';

const doc = loadOpenApiDocument();
const DECISIONS = readFileSync(new URL('../../docs/decisions.md', import.meta.url), 'utf8');

describe('x-linkcy-source on every fact of the OpenAPI document', () => {
  it('walks every operation, parameter, header, response and schema property', () => {
    const kinds = new Map<string, number>();
    for (const { kind } of sourcedNodes(doc)) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    expect(kinds.get('operation')).toBe(listOperations(doc).length);
    for (const kind of ['parameter', 'header', 'response', 'property']) expect(kinds.get(kind), kind).toBeGreaterThan(0);
  });

  it('finds no node without a valid source (the failures name the JSON pointer)', () => {
    expect(sourceProblems(doc)).toEqual([]);
  });

  it('names the JSON pointer of a node that lacks it or has a bad one', () => {
    const broken = structuredClone(doc) as unknown as {
      paths: Record<string, Record<string, Record<string, unknown>>>;
      components: { schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> };
    };
    delete broken.paths['/api/partner/cards']?.post?.['x-linkcy-source'];
    const nameOnCard = broken.components.schemas.CreateCardRequest?.properties.nameOnCard;
    if (nameOnCard !== undefined) nameOnCard['x-linkcy-source'] = { from: 'inferred' };
    const property = broken.components.schemas.Card?.properties.id;
    if (property !== undefined) delete property['x-linkcy-source'];
    expect(sourceProblems(broken as never)).toEqual([
      '/paths/~1api~1partner~1cards/post (operation): no x-linkcy-source',
      '/components/schemas/CreateCardRequest/properties/nameOnCard: an inferred x-linkcy-source needs a decision (docs/decisions.md)',
      '/components/schemas/Card/properties/id (property): no x-linkcy-source',
    ]);
  });

  it('refuses unknown kinds, keys that are not digest keys, and unknown fields', () => {
    expect(() => parseSourceRef({ from: 'guess' }, 'here')).toThrow('here: x-linkcy-source.from is "guess"; expected one of seed, reference-1.114.5, openapi-1.78, inferred');
    expect(() => parseSourceRef({ from: 'openapi-1.78', key: 'page 3' }, 'here')).toThrow('is not a source key of the digest');
    expect(() => parseSourceRef({ from: 'seed' }, 'here')).toThrow('from seed needs the source key');
    expect(() => parseSourceRef({ from: 'reference-1.114.5', key: 'OAS178@80k' }, 'here')).toThrow('here: x-linkcy-source.key OAS178@80k is not a reference-1.114.5 key');
    expect(() => parseSourceRef({ from: 'seed', key: 'P-SA' }, 'here')).toThrow('is not a seed key');
    expect(() => parseSourceRef({ from: 'seed', key: 'SEED000', why: 1 }, 'here')).toThrow('unknown fields why');
    expect(parseSourceRef({ from: 'openapi-1.78', key: 'OAS178@496k', decision: 'D-SRC-4' }, 'here')).toEqual({ from: 'openapi-1.78', key: 'OAS178@496k', decision: 'D-SRC-4' });
  });

  it('cites only decisions that docs/decisions.md has', () => {
    const cited = new Set<string>();
    const collect = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(collect);
      else if (typeof node === 'object' && node !== null) {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'decision' && typeof value === 'string') cited.add(value);
          collect(value);
        }
      }
    };
    collect(doc);
    expect(cited.size).toBeGreaterThan(5);
    expect([...cited].filter((decision) => !DECISIONS.includes(`### ${decision}.`))).toEqual([]);
  });
});
