import type { ProbeRequest } from './exchange.ts';
import type { Target } from './target.ts';

// Requests the target tests share: built from a target's own info, so they work on any target
// that fronts a simulator.

export function loginRequest(target: Target): ProbeRequest {
  const info = target.info;
  if (info === undefined) throw new Error(`${target.description} has no simulator info`);
  const { partnerName, username, password } = info.partner;
  return {
    method: 'POST',
    target: '/api/partner/login',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ partnerName, username, password }),
  };
}

/** A partner token from the simulator behind `target`. */
export async function partnerToken(target: Target): Promise<string> {
  const { response } = await target.send(loginRequest(target));
  const body = response.body;
  if (response.status !== 200 || typeof body !== 'object' || body === null || !('token' in body) || typeof body.token !== 'string') {
    throw new Error(`login through ${target.description} answered ${response.status}`);
  }
  return body.token;
}
