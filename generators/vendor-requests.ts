// Request bodies in the vendor's public shapes, one builder per operation that takes a body. Every
// field comes from the digest of LinkCy's reference (../shared/sources/linkcy-api-reference.md;
// the key after each field) or, where the vendor is silent, from the decision named beside it.
// Bodies are compact JSON: a signature covers the exact bytes sent, and a proxy that re-serialises
// JSON leaves compact JSON unchanged.

export interface PartnerCredentials {
  readonly partnerName: string;
  readonly username: string;
  readonly password: string;
}

/** Partner login {partnerName, username, password} (OAS178@384k, G-PAUTH). */
export function partnerLoginBody(partner: PartnerCredentials): string {
  return JSON.stringify({ partnerName: partner.partnerName, username: partner.username, password: partner.password });
}

/** Partner login with the `userName` spelling of the 1.114.5 guide (G-PAUTH), a documented leniency. */
export function partnerLoginBodyUserName(partner: PartnerCredentials): string {
  return JSON.stringify({ partnerName: partner.partnerName, userName: partner.username, password: partner.password });
}

/** Consumer login {consumerPhone ^[0-9]{2,17}$, partnerName, password} (OAS178@384k). */
export function consumerLoginBody(login: { consumerPhone: string; partnerName: string; password: string }): string {
  return JSON.stringify({ consumerPhone: login.consumerPhone, partnerName: login.partnerName, password: login.password });
}

/** Refresh {refreshToken}, no bearer (OAS178@64k; P-AUTH: SCA-eligible at 1.114.5). */
export function refreshBody(refreshToken: string): string {
  return JSON.stringify({ refreshToken });
}

/** Consumer creation: required `phone` plus names; `partnerName` when anonymous (P-CONS, OAS178@160k, @496k). */
export function createConsumerBody(consumer: { phone: string; firstName: string; lastName: string; partnerName?: string }): string {
  return JSON.stringify({
    ...(consumer.partnerName === undefined ? {} : { partnerName: consumer.partnerName }),
    phone: consumer.phone,
    firstName: consumer.firstName,
    lastName: consumer.lastName,
  });
}

/** Corporate creation {name, partnerName?}: the 1.78 body is not in the digest beyond its name (inferred). */
export function createCorporateBody(corporate: { name: string; partnerName?: string }): string {
  return JSON.stringify({ ...(corporate.partnerName === undefined ? {} : { partnerName: corporate.partnerName }), name: corporate.name });
}

/** Ledger {endUserId, type} (OAS178@96k, @384k; G-LEDG). */
export function createLedgerBody(ledger: { endUserId: string; type: 'EUR_FRANCE' | 'EUR_BELGIUM' | 'EUR_LITHUANIA' | 'USD_USA' | 'GBP_GREAT_BRITAIN' }): string {
  return JSON.stringify({ endUserId: ledger.endUserId, type: ledger.type });
}

/** Card profile {name, cardDesignId} (OAS178@192k, @496k). */
export function createCardProfileBody(profile: { name: string; cardDesignId: string }): string {
  return JSON.stringify({ name: profile.name, cardDesignId: profile.cardDesignId });
}

export type DeliveryMethod = 'FRENCH_MAIL' | 'FRENCH_MAIL_TRACKING' | 'INTERNATIONAL_MAIL';

/**
 * createCard as a public partner integration sends it: {ledgerId, profileId, nameOnCard?,
 * deliveryMethod (physical profiles)}; no endUserId, no card type (OAS178@496k, G-PROF).
 */
export function createCardBody(card: { ledgerId: string; profileId: string; nameOnCard?: string; friendlyName?: string; deliveryMethod?: DeliveryMethod }): string {
  return JSON.stringify({
    ledgerId: card.ledgerId,
    profileId: card.profileId,
    ...(card.nameOnCard === undefined ? {} : { nameOnCard: card.nameOnCard }),
    ...(card.friendlyName === undefined ? {} : { friendlyName: card.friendlyName }),
    ...(card.deliveryMethod === undefined ? {} : { deliveryMethod: card.deliveryMethod }),
  });
}

export type CardRuleType = 'DAILY_MAX_SPEND' | 'WEEKLY_MAX_SPEND' | 'MONTHLY_MAX_SPEND';

/** A card rule {type, value, name?} (1.78 CardRuleUpdateDto, 1.114.5 ruleType enum of P-CARD; the body shape is inferred). */
export function updateCardRulesBody(rule: { type: CardRuleType; value: number; name?: string }): string {
  return JSON.stringify({ type: rule.type, value: rule.value, ...(rule.name === undefined ? {} : { name: rule.name }) });
}

/** Beneficiary {type, name, endUserId?, bankingDetails {iban, bic}}: SEPA only so far (OAS178@496k, G-BEN). */
export function createBeneficiaryBody(beneficiary: { endUserId: string; name: string; iban: string; bic: string }): string {
  return JSON.stringify({ type: 'PERSON', name: beneficiary.name, endUserId: beneficiary.endUserId, bankingDetails: { iban: beneficiary.iban, bic: beneficiary.bic } });
}

/** Transaction to a beneficiary {amount, beneficiaryId, ledgerFromId, reference?} (OAS178@368k); amount in major units (inferred). */
export function createTransactionBody(transaction: { amount: number; beneficiaryId: string; ledgerFromId: string; reference?: string }): string {
  return JSON.stringify({
    amount: transaction.amount,
    beneficiaryId: transaction.beneficiaryId,
    ledgerFromId: transaction.ledgerFromId,
    ...(transaction.reference === undefined ? {} : { reference: transaction.reference }),
  });
}

/** Inter-ledger transaction {ledgerFromId, ledgerToId, amount, reference?} (OAS178@32k). */
export function createInterLedgerTransactionBody(transaction: { ledgerFromId: string; ledgerToId: string; amount: number; reference?: string }): string {
  return JSON.stringify({
    ledgerFromId: transaction.ledgerFromId,
    ledgerToId: transaction.ledgerToId,
    amount: transaction.amount,
    ...(transaction.reference === undefined ? {} : { reference: transaction.reference }),
  });
}

/** Crypto beneficiary {name, address, currency, network?, endUserId?} (1.114.5 P-CB: SCA-eligible; path and body inferred). */
export function createCryptoBeneficiaryBody(beneficiary: { endUserId: string; name: string; address: string; currency: string; network?: string }): string {
  return JSON.stringify({
    name: beneficiary.name,
    address: beneficiary.address,
    currency: beneficiary.currency,
    ...(beneficiary.network === undefined ? {} : { network: beneficiary.network }),
    endUserId: beneficiary.endUserId,
  });
}
