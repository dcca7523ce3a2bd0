import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, ERROR_CODES, isErrorCode } from '../errors/index.ts';
import { loadOpenApiDocument } from './document.ts';
import { EXTENSION } from './extensions.ts';
import { isRecord, readField, resolveLocalRef } from './json-node.ts';
import { locateOperations } from './locate-operations.ts';
import { parseSourceRef } from './sources.ts';

/** One error example as the document shows it, refs resolved. */
interface DocumentedExample {
  readonly where: string;
  readonly status: number;
  readonly responseDescription: string;
  readonly key: string;
  readonly example: unknown;
}

const doc = loadOpenApiDocument();

function documentedExamples(): DocumentedExample[] {
  return locateOperations(doc).flatMap(({ operationId, operation }) =>
    Object.entries(operation.responses ?? {})
      .filter(([status]) => Number(status) >= 400)
      .flatMap(([status, responseOrRef]) => {
        const response = resolveLocalRef(doc, responseOrRef);
        const media = readField(readField(response, 'content'), 'application/json');
        const examples = readField(media, 'examples');
        if (readField(media, 'example') !== undefined) {
          throw new Error(`${operationId} ${status}: error responses use "examples" keyed by code, not "example"`);
        }
        return Object.entries(isRecord(examples) ? examples : {}).map(([key, example]) => ({
          where: `${operationId} ${status} ${key}`,
          status: Number(status),
          responseDescription: String(readField(response, 'description')),
          key,
          example: resolveLocalRef(doc, example),
        }));
      }),
  );
}

/** The catalogue's message template as a pattern: `{0}` stands for any non-empty text. */
function templatePattern(template: string): RegExp {
  const parts = template.split(/\{\d+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('.+')}$`);
}

const examples = documentedExamples();

describe('error examples of the OpenAPI document against spec/errors/catalogue.ts', () => {
  it('finds error examples to check', () => {
    expect(examples.length).toBeGreaterThan(50);
  });

  it('uses only catalogue codes, each example under the key of its code', () => {
    for (const { where, key, example } of examples) {
      const code = readField(readField(example, 'value'), 'errorCode');
      expect(isErrorCode(code), `${where}: code ${String(code)}`).toBe(true);
      expect(code, where).toBe(key);
    }
  });

  it('documents each code under its catalogue status', () => {
    for (const { where, status, key } of examples) {
      if (isErrorCode(key)) expect(status, where).toBe(ERROR_CATALOGUE[key].status);
    }
  });

  it('gives each example the catalogue message (placeholders filled)', () => {
    for (const { where, key, example } of examples) {
      if (!isErrorCode(key)) continue;
      const message = readField(readField(example, 'value'), 'message');
      expect(message, where).toMatch(templatePattern(ERROR_CATALOGUE[key].messageTemplate));
    }
  });

  it('documents every catalogue code on at least one operation, except routing codes', () => {
    const documented = new Set(examples.map((example) => example.key));
    const operational = ERROR_CODES.filter((code) => !('outsideOperations' in ERROR_CATALOGUE[code]));
    expect(operational.filter((code) => !documented.has(code))).toEqual([]);
    expect(ERROR_CODES.filter((code) => 'outsideOperations' in ERROR_CATALOGUE[code] && documented.has(code))).toEqual([]);
  });

  it('gives each example the vendor body: error kind of its status, the status, a nanosecond timestamp, details on 400s', () => {
    for (const { where, status, example } of examples) {
      const value = readField(example, 'value');
      expect(readField(value, 'status'), where).toBe(status);
      expect(readField(value, 'error'), where).toMatch(/^linkcy\.[a-z.]+$/);
      expect(readField(value, 'timestamp'), where).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
      expect(Array.isArray(readField(value, 'details')), where).toBe(status === 400);
    }
  });

  it("quotes the seed's own label in the response description where the label contradicts its status", () => {
    for (const { where, key, responseDescription } of examples) {
      if (!isErrorCode(key)) continue;
      const definition = ERROR_CATALOGUE[key];
      if ('labelContradicts' in definition) expect(responseDescription, where).toContain(`"${definition.seedLabel}"`);
    }
  });

  it('gives every catalogue code a valid source, and ours a decision', () => {
    for (const code of ERROR_CODES) {
      const { source } = ERROR_CATALOGUE[code];
      expect(parseSourceRef(source, code), code).toEqual(source);
      expect(source.from === 'inferred', code).toBe('inferred' in ERROR_CATALOGUE[code]);
    }
  });

  it('gives each example the source of its code in the catalogue (seed, vendor reference, or ours)', () => {
    for (const { where, key, example } of examples) {
      if (!isErrorCode(key)) continue;
      const source = readField(example, EXTENSION.source);
      expect(readField(source, 'from'), where).toBe(ERROR_CATALOGUE[key].source.from);
      expect(readField(source, 'from') === 'inferred', where).toBe('inferred' in ERROR_CATALOGUE[key]);
    }
  });
});
