import fc from 'fast-check';
import type { DeliveryMethod } from './vendor-requests.ts';

// createCard request bodies in the vendor's shape (OAS178@496k, spec/openapi createCard):
// ledgerId and profileId (uuid) required; nameOnCard ^[A-Z\s]{1,21}$, friendlyName (0..255) and
// deliveryMethod (physical profiles) optional. No endUserId, no card type: the profile's design
// says physical or virtual.

export interface CreateCardBody {
  readonly ledgerId: string;
  readonly profileId: string;
  readonly nameOnCard?: string;
  readonly friendlyName?: string;
  readonly deliveryMethod?: DeliveryMethod;
}

export interface CreateCardBodyConstraints {
  /** The ledger and profile the card is for (default: any v4 UUIDs; a card on a real target needs real ones). */
  readonly ledgerId?: string;
  readonly profileId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NAME_ON_CARD = /^[A-Z\s]{1,21}$/;
const FRIENDLY_NAME_MAX_LENGTH = 255;

function idArbitrary(apiName: string, field: string, value: string | undefined): fc.Arbitrary<string> {
  if (value === undefined) return fc.uuid({ version: 4 });
  if (typeof value !== 'string' || !UUID.test(value)) throw new RangeError(`${apiName}: ${field} must be a UUID, got ${JSON.stringify(value)}`);
  return fc.constant(value);
}

export function createCardBodyArbitrary(constraints: CreateCardBodyConstraints = {}): fc.Arbitrary<CreateCardBody> {
  const apiName = 'createCardBodyArbitrary';
  return fc.record(
    {
      ledgerId: idArbitrary(apiName, 'ledgerId', constraints.ledgerId),
      profileId: idArbitrary(apiName, 'profileId', constraints.profileId),
      nameOnCard: fc.stringMatching(NAME_ON_CARD),
      friendlyName: fc.string({ maxLength: FRIENDLY_NAME_MAX_LENGTH }),
      deliveryMethod: fc.constantFrom<DeliveryMethod>('FRENCH_MAIL', 'FRENCH_MAIL_TRACKING', 'INTERNATIONAL_MAIL'),
    },
    { requiredKeys: ['ledgerId', 'profileId'] },
  );
}
