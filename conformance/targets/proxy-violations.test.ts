import { describe, expect, it } from 'vitest';
import { proxyViolations } from './proxy-violations.ts';
import type { Exchange } from './exchange.ts';

function exchangeWith(headers: Record<string, string>): Exchange {
  return {
    request: { method: 'POST', target: '/api/partner/cards', headers: {} },
    response: { status: 201, headers, bodyText: '', durationMs: 1 },
  };
}

describe('proxyViolations', () => {
  it('is empty when Prism sent no sl-violations header', () => {
    expect(proxyViolations(exchangeWith({}))).toEqual([]);
  });

  it("reads Prism's header as recorded from prism proxy 5.14.2", () => {
    const header =
      '[{"location":["request"],"severity":"Error","code":401,"message":"Invalid security scheme used"},' +
      '{"location":["response","body"],"severity":"Error","code":"required","message":"Response body must have required property \'maskedPan\'"},' +
      '{"location":["request"],"severity":"Warning","message":"Selected route not found"}]';
    expect(proxyViolations(exchangeWith({ 'sl-violations': header }))).toEqual([
      { location: ['request'], severity: 'error', code: 401, message: 'Invalid security scheme used' },
      { location: ['response', 'body'], severity: 'error', code: 'required', message: "Response body must have required property 'maskedPan'" },
      { location: ['request'], severity: 'warning', message: 'Selected route not found' },
    ]);
  });

  it('reports a header it cannot read as one violation instead of failing or staying silent', () => {
    const truncated = proxyViolations(exchangeWith({ 'sl-violations': 'Too many violations! [{"location":["res' }));
    expect(truncated).toEqual([expect.objectContaining({ code: 'unreadable-violations-header', message: expect.stringContaining('cut short') })]);
    expect(proxyViolations(exchangeWith({ 'sl-violations': 'nope' }))).toEqual([expect.objectContaining({ message: 'the sl-violations header is not JSON' })]);
    expect(proxyViolations(exchangeWith({ 'sl-violations': '[{"severity":"Fatal","location":[],"message":"x"}]' }))).toEqual([
      expect.objectContaining({ code: 'unreadable-violations-header' }),
    ]);
  });
});
