import { describe, expect, it } from 'vitest';
import { reportLostUpstream } from './prism-upstream-failure.ts';
import type { ProbeResponse, Transport } from './exchange.ts';
import { TargetUnreachableError } from './target.ts';

// Prism 5.14.2's answer when its upstream refuses the connection, as recorded.
const PRISM_FETCH_ERROR: ProbeResponse = {
  status: 500,
  headers: { 'content-type': 'application/problem+json' },
  bodyText: '',
  body: {
    type: 'FetchError',
    title: 'request to http://127.0.0.1:9/api/partner/login?token=abc failed, reason: connect ECONNREFUSED 127.0.0.1:9',
    status: 500,
    detail: '',
  },
  durationMs: 3,
};

const answering =
  (response: ProbeResponse): Transport =>
  async () =>
    response;

describe('reportLostUpstream', () => {
  it("turns Prism's FetchError into TargetUnreachableError naming the upstream, not its query", async () => {
    const send = reportLostUpstream(answering(PRISM_FETCH_ERROR), 'http://127.0.0.1:9');
    const sending = send({ method: 'POST', target: '/api/partner/login?token=abc', headers: {} });
    await expect(sending).rejects.toEqual(
      new TargetUnreachableError('POST http://127.0.0.1:9 (through prism proxy)', 'connect ECONNREFUSED 127.0.0.1:9'),
    );
    await expect(sending).rejects.not.toThrow('token=abc');
  });

  it("passes on the upstream's own 500", async () => {
    const upstream500: ProbeResponse = { ...PRISM_FETCH_ERROR, headers: { 'content-type': 'application/json' }, body: { code: 'ERROR_INTERNAL_API' } };
    const send = reportLostUpstream(answering(upstream500), 'http://127.0.0.1:9');
    await expect(send({ method: 'GET', target: '/', headers: {} })).resolves.toBe(upstream500);
  });
});
