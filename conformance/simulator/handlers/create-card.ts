import { addCard } from '../records.ts';
import { errorReply, jsonReply, type ErrorReply } from '../reply.ts';
import type { CardProfileRecord, CardRuleRecord, CardType, SimulatorState } from '../state.ts';
import { arrayField, refusedField, stringField } from './body-fields.ts';
import { kycRefusalOf } from './end-user-rules.ts';
import type { OperationHandler } from './handler.ts';

// POST createCard {ledgerId, profileId, nameOnCard?, friendlyName?, rules?, deliveryMethod (physical
// profiles)} -> 201 {id} (OAS178 CardCreateRequestDto; the 1.114.5 body is not visible). The card
// belongs to the ledger's owner, who is the SCA subject; its type is the profile design's.
// Refusals, all documented for createCard: 400 LEDGER_NOT_FOUND (step 3: without the ledger there
// is no subject); the owner's KYC; then 400 CARD_PROFILE_NOT_FOUND, CARD_PROFILE_NOT_ACTIVE,
// DELIVERY_METHOD_REQUIRED (a physical profile without deliveryMethod).

export const createCardHandler: OperationHandler = {
  operationId: 'createCard',
  ownerOf: ({ body, state }) => state.ledgers.get(stringField(body, 'ledgerId') ?? '')?.endUserId,
  resolve(call, context) {
    const { state } = context;
    const ledgerId = stringField(call.body, 'ledgerId') ?? '';
    const ledger = state.ledgers.get(ledgerId);
    if (ledger === undefined) return refusedField('LEDGER_NOT_FOUND', 'ledgerId', ledgerId, 'no ledger with this id', ledgerId);
    const owner = state.endUsers.get(ledger.endUserId);
    if (owner === undefined) throw new Error(`createCard: ledger ${ledger.id} has no owner`);
    const profileId = stringField(call.body, 'profileId') ?? '';
    const profile = state.cardProfiles.get(profileId);
    const deliveryMethod = stringField(call.body, 'deliveryMethod');
    return {
      scaSubject: owner.id,
      kycRefusal: kycRefusalOf(owner),
      // Defect `secondCardRefused` acts here only.
      businessRefusal:
        context.settings.defects.has('secondCardRefused') && [...state.cards.values()].filter((card) => card.endUserId === owner.id).length >= 2
          ? errorReply('ERROR_REQUEST')
          : profileRefusal(state, profileId, profile, deliveryMethod),
      execute() {
        if (profile === undefined) throw new Error('createCard: the profile refusal was skipped');
        const card = addCard(
          state,
          {
            ledger,
            profileId,
            type: typeOf(state, profile),
            nameOnCard: stringField(call.body, 'nameOnCard'),
            friendlyName: stringField(call.body, 'friendlyName'),
            deliveryMethod,
            rules: (arrayField(call.body, 'rules') ?? []).map(ruleOf),
          },
          context.nowMs,
        );
        // Defect `offSchemaResponse` acts here only: the id comes back under another name.
        return jsonReply(201, context.settings.defects.has('offSchemaResponse') ? { cardId: card.id } : { id: card.id });
      },
    };
  },
};

function profileRefusal(
  state: SimulatorState,
  profileId: string,
  profile: CardProfileRecord | undefined,
  deliveryMethod: string | undefined,
): ErrorReply | undefined {
  if (profile === undefined) return refusedField('CARD_PROFILE_NOT_FOUND', 'profileId', profileId, 'no card profile with this id', profileId);
  if (!profile.active) return refusedField('CARD_PROFILE_NOT_ACTIVE', 'profileId', profileId, 'the card profile is not active', profileId);
  if (typeOf(state, profile) === 'PHYSICAL' && deliveryMethod === undefined) {
    return refusedField('DELIVERY_METHOD_REQUIRED', 'deliveryMethod', null, 'required for a profile of a physical card design');
  }
  return undefined;
}

function typeOf(state: SimulatorState, profile: CardProfileRecord): CardType {
  return state.cardDesigns.get(profile.cardDesignId)?.type ?? 'VIRTUAL';
}

/** An item of `rules`, validated against CardRuleDto {type, value, name?} at step 2. */
export function ruleOf(item: unknown): CardRuleRecord {
  const value: unknown = item !== null && typeof item === 'object' ? Reflect.get(item, 'value') : undefined;
  return { type: stringField(item, 'type') ?? '', value, name: stringField(item, 'name') };
}
