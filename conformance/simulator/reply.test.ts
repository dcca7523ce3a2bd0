import { describe, expect, it } from 'vitest';
import { ERROR_CATALOGUE, ERROR_CODES, readErrorCode, type ErrorCode } from '../../spec/errors/index.ts';
import { listOperations, loadOpenApiDocument } from '../../spec/openapi/index.ts';
import { getDefaultValidators } from '../../spec/validate/index.ts';
import { defectSet } from './defects.ts';
import { errorReply, renderReply, toErrorDetail, type ErrorReply } from './reply.ts';

// Every error the simulator can send has the vendor's shape (D-ERR-1): each (operation, status,
// code) the document lists, rendered as the simulator renders it, validates against the document.

const NOW = Date.UTC(2026, 11, 2, 11, 0, 0, 7);
const validators = getDefaultValidators();
const NO_DEFECTS = defectSet([]);

function rendered(reply: ErrorReply): { status: number; headers: Record<string, string>; body: unknown } {
  const { status, headers, bodyText } = renderReply(reply, NO_DEFECTS, NOW);
  return { status, headers, body: JSON.parse(bodyText) as unknown };
}

const DOCUMENTED = listOperations(loadOpenApiDocument()).flatMap((operation) =>
  operation.documentedErrors.flatMap(({ status, codes }) => codes.map((code) => [operation.operationId, status, code] as const)),
);

describe('error bodies as the simulator renders them', () => {
  it.each(DOCUMENTED)('%s %i %s validates against the document', (operationId, status, code) => {
    const detailed: ErrorReply = status === 400 ? { ...errorReply(code), details: [{ pointer: '/body/name', actual: '"x"', message: 'body /name: too short' }] } : errorReply(code);
    const response = rendered(status === ERROR_CATALOGUE[code].status ? detailed : { ...detailed, status });
    expect(validators.validateResponse(operationId, response)).toEqual([]);
    expect(readErrorCode(response.body)).toBe(code);
  });

  it('carries the vendor fields, the timestamp from the clock it is given', () => {
    expect(rendered(errorReply('SCA_REQUIRED', 'BY_PASS')).body).toEqual({
      errorCode: 'SCA_REQUIRED',
      message: 'The operation you are trying to do requires SCA, current strategy BY_PASS.',
      error: 'linkcy.conflict',
      status: 409,
      timestamp: '2026-12-02T11:00:00.007000000Z',
    });
  });

  it('a status override (the profile, a fault) moves the kind with it', () => {
    const body = rendered({ ...errorReply('SCA_SIGNATURE_DOES_NOT_MATCH'), status: 403 }).body;
    expect(body).toMatchObject({ status: 403, error: 'linkcy.forbidden', errorCode: 'SCA_SIGNATURE_DOES_NOT_MATCH' });
  });

  it.each<[string, unknown, ReturnType<typeof toErrorDetail>]>([
    ['a validator violation', { location: 'body', pointer: '/body/rules/0/type', actual: '"X"', message: 'body /rules/0/type: must be ...' }, { field: 'rules[0].type', rejectedValue: '"X"', message: 'body /rules/0/type: must be ...' }],
    ['a header violation', { pointer: '/headers/linkcy-sca-strategy', actual: '"nope"', message: 'm' }, { field: 'linkcy-sca-strategy', rejectedValue: '"nope"', message: 'm' }],
    ['a vendor detail', { field: 'name', rejectedValue: 'John Doe 56', message: 'Name must contains only letters' }, { field: 'name', rejectedValue: 'John Doe 56', message: 'Name must contains only letters' }],
    ['a plain note', { message: 'control routes: /clock' }, { field: '', rejectedValue: null, message: 'control routes: /clock' }],
  ])('converts %s to {field, rejectedValue, message}', (_title, detail, expected) => {
    expect(toErrorDetail(detail)).toEqual(expected);
  });

  it('the missingErrorCode defect drops the code and nothing else', () => {
    const { bodyText } = renderReply(errorReply('SCA_REQUIRED', 'BY_PASS'), defectSet(['missingErrorCode']), NOW);
    const body = JSON.parse(bodyText) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(['error', 'message', 'status', 'timestamp']);
    expect(readErrorCode(body)).toBeUndefined();
  });
});

// Every code an operation can answer is placed by the document, so none escapes the shape check;
// the one outside operations (unknown routes) is checked on its own.
it('covers every catalogue code', () => {
  const placed = new Set<ErrorCode>(DOCUMENTED.map(([, , code]) => code));
  expect(ERROR_CODES.filter((code) => !placed.has(code) && !('outsideOperations' in ERROR_CATALOGUE[code]))).toEqual([]);
  for (const code of ERROR_CODES.filter((candidate) => 'outsideOperations' in ERROR_CATALOGUE[candidate])) {
    expect(rendered(errorReply(code, 'route')).body).toMatchObject({ errorCode: code, status: ERROR_CATALOGUE[code].status, error: expect.stringMatching(/^linkcy\./) as unknown });
  }
});
