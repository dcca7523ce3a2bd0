import fc from 'fast-check';
import type { DeviceFactor, SignRequest } from './device.ts';
import { nonceArbitrary } from './nonce.arbitrary.ts';

// What a VirtualDevice signs for a valid signature: the request, a two-factor SCA factor and a
// fixed canonical nonce, so `device.sign(input)` is reproducible from the seed.

/** The request part of a SignRequest: what the signature covers. */
export type SignedRequest = Pick<SignRequest, 'method' | 'uri' | 'body'>;

export interface SignInputConstraints {
  /**
   * The request to sign, when the caller sends a given one (default: drawn: GET, POST, PUT or
   * DELETE on a partner path, an optional query, a JSON body for POST and PUT).
   */
  readonly request?: SignedRequest;
  /** The factors to draw from (default knowledge and biometry, the SCA ones; possession alone is not SCA). */
  readonly factors?: readonly DeviceFactor[];
}

const FACTORS: readonly DeviceFactor[] = ['knowledge', 'biometry', 'possession'];
const SCA_FACTORS: readonly DeviceFactor[] = ['knowledge', 'biometry'];

export function signInputArbitrary(constraints: SignInputConstraints = {}): fc.Arbitrary<SignRequest> {
  const factors = constraints.factors ?? SCA_FACTORS;
  if (factors.length === 0 || factors.some((factor) => !FACTORS.includes(factor))) {
    throw new RangeError(`signInputArbitrary: factors must be a non-empty list of ${FACTORS.join(', ')}, got [${factors.join(', ')}]`);
  }
  const { request } = constraints;
  if (request !== undefined && (typeof request.uri !== 'string' || !request.uri.startsWith('/'))) {
    throw new RangeError('signInputArbitrary: request.uri must be the request target as sent (path plus ?query, starting with /)');
  }
  return fc
    .record({
      request: request === undefined ? requestArbitrary() : fc.constant(request),
      factor: fc.constantFrom(...factors),
      nonce: nonceArbitrary(),
    })
    .map(({ request: signed, factor, nonce }) => ({ ...signed, factor, nonce }));
}

function requestArbitrary(): fc.Arbitrary<SignedRequest> {
  const query = fc
    .array(fc.tuple(fc.stringMatching(/^[a-z]{1,8}$/), fc.stringMatching(/^[A-Za-z0-9]{0,8}$/)), { maxLength: 3 })
    .map((pairs) => (pairs.length === 0 ? '' : `?${pairs.map(([key, value]) => `${key}=${value}`).join('&')}`));
  const uri = fc
    .tuple(fc.constantFrom('/api/partner/cards', '/api/partner/end-users'), fc.option(fc.uuid({ version: 4 }), { nil: undefined }), query)
    .map(([path, id, search]) => `${path}${id === undefined ? '' : `/${id}`}${search}`);
  return fc.oneof(
    fc.record({ method: fc.constantFrom('GET', 'DELETE'), uri }),
    fc.record({ method: fc.constantFrom('POST', 'PUT'), uri, body: fc.json() }),
  );
}
