import fc from 'fast-check';

// createCard request bodies valid against the document's CreateCardRequest schema
// (spec/openapi/linkcy-sca.yaml): endUserId (uuid), type VIRTUAL or PHYSICAL, optional label of
// at most 64 characters.

export interface CreateCardBody {
  readonly endUserId: string;
  readonly type: 'VIRTUAL' | 'PHYSICAL';
  readonly label?: string;
}

export interface CreateCardBodyConstraints {
  /** The end user the card is for (default: any v4 UUID; a card for a real end user needs theirs). */
  readonly endUserId?: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const LABEL_MAX_LENGTH = 64;

export function createCardBodyArbitrary(constraints: CreateCardBodyConstraints = {}): fc.Arbitrary<CreateCardBody> {
  const { endUserId } = constraints;
  if (endUserId !== undefined && (typeof endUserId !== 'string' || !UUID.test(endUserId))) {
    throw new RangeError(`createCardBodyArbitrary: endUserId must be a UUID, got ${JSON.stringify(endUserId)}`);
  }
  return fc.record(
    {
      endUserId: endUserId === undefined ? fc.uuid({ version: 4 }) : fc.constant(endUserId),
      type: fc.constantFrom('VIRTUAL', 'PHYSICAL'),
      label: fc.string({ maxLength: LABEL_MAX_LENGTH }),
    },
    { requiredKeys: ['endUserId', 'type'] },
  );
}
