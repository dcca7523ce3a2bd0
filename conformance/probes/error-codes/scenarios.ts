import { randomUUID } from 'node:crypto';
import type { ErrorCode } from '../../../spec/errors/index.ts';
import type { ScaCase } from '../../../spec/expectations/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { ProbeContext } from '../context.ts';
import { registerDevice, WRONG_PIN } from '../fixtures/device.ts';
import { scaEligibleOperations } from '../fixtures/operations.ts';
import { partnerLogin } from '../fixtures/partner.ts';
import { bearerOf, planRequest, sendAsPlanned, sendPlanned, signatureFactsOf, signPlanned, type PlannedRequest } from '../fixtures/requests.ts';
import { buildScene, sceneFactsOf, type Scene, type SceneSpec } from '../fixtures/scene.ts';
import { dataSigningHeaders } from '../fixtures/signing.ts';
import { predictFor, scaCaseFor, type ScaCaseParts } from '../sca-case.ts';
import { expectStatus, stringFieldOf, type CaseSession } from '../session.ts';

// One deterministic scenario per catalogue code: how a client provokes it on a target, or why no
// client can. A code without a scenario is reported "not triggered" with the reason, never passed.
// The codes of the SCA headers are provoked on every SCA-eligible operation whose prediction, under
// the target's profile, is that code (an operation whose policy spares the case SCA answers
// otherwise, and is left out); the mapping table reports the first operation's answer.

export interface ErrorScenario {
  readonly code: ErrorCode;
  /** The operation the mapping table names (SCA scenarios: the first one they are played on). */
  readonly operationId: OperationId | null;
  /** The scenario in one line, or why the code cannot be provoked. */
  readonly how: string;
  /** Absent: no client request reaches this code on a target. */
  readonly provoke?: (session: CaseSession) => Promise<Exchange>;
  /**
   * The facts of the provoking request as the expectation model reads them, where the decision
   * table decides the code (the mapping check then names the row it reached); absent where the
   * code comes from a rule the table does not model (card, payment, transport rules, injected faults).
   */
  readonly scaCase?: (context: ProbeContext) => ScaCase;
}

/** A code of the SCA headers: the scene, the headers sent on a planned request, and the facts they make. */
interface ScaScenario {
  readonly code: ErrorCode;
  readonly how: string;
  readonly scene: SceneSpec;
  /** The case facts besides the operation (their prediction selects the operations). */
  readonly facts: (context: ProbeContext) => Omit<ScaCaseParts, 'operationId'>;
  readonly headers: (session: CaseSession, scene: Scene, planned: PlannedRequest) => Promise<Record<string, string>> | Record<string, string>;
  /** The code comes from the target's failure, not the facts: played on every operation (fault injection). */
  readonly injected?: true;
  /** Runs around the probe (a target-wide push mode). */
  readonly around?: (session: CaseSession, probe: () => Promise<Exchange>) => Promise<Exchange>;
}

const ACTIVE: SceneSpec = { devices: 'active', biometry: false };
const POWERAUTH_INTERNAL = 'PowerAuth-internal: no documented LinkCy operation takes the input that provokes it';
/** The operation the mapping table shows first, when the target has it. */
const REPRESENTATIVE: OperationId = 'createCard';

function signedFacts(context: ProbeContext, overrides: Parameters<typeof signatureFactsOf>[2] = {}, type: Parameters<typeof signatureFactsOf>[1] = 'possession_knowledge'): Omit<ScaCaseParts, 'operationId'> {
  return { strategy: 'DATA_SIGNING', signature: { present: true, wellFormed: true, facts: signatureFactsOf(context, type, overrides) } };
}

/** DATA_SIGNING with the scene's device signing the planned request with `options`. */
function signedBy(options: Parameters<typeof signPlanned>[3]) {
  return async (session: CaseSession, scene: Scene, planned: PlannedRequest): Promise<Record<string, string>> => {
    const device = scene.onboarded?.device;
    if (device === undefined) return { 'linkcy-sca-strategy': 'DATA_SIGNING' };
    return dataSigningHeaders((await signPlanned(session, device, planned, options)).header);
  };
}

const SCA_SCENARIOS: readonly ScaScenario[] = [
  { code: 'SCA_REQUIRED', how: 'no Linkcy-SCA-Strategy (PUSH_NOTIFICATION, not implemented)', scene: ACTIVE, facts: () => ({}), headers: () => ({}) },
  {
    code: 'SCA_SIGNATURE_DOES_NOT_MATCH',
    how: 'DATA_SIGNING, signed with a wrong PIN',
    scene: ACTIVE,
    facts: (context) => signedFacts(context, { counter: 'wrong-key' }),
    headers: signedBy({ pin: WRONG_PIN }),
  },
  {
    code: 'NO_ACTIVE_SCA_DEVICE_FOUND',
    how: "DATA_SIGNING, signed by the end user's only device, BLOCKED by five wrong PINs",
    scene: { ...ACTIVE, devices: 'blocked-only' },
    facts: (context) => signedFacts(context, { device: 'own-blocked' }),
    headers: signedBy({}),
  },
  {
    code: 'SCA_DEVICE_NOT_VALID',
    how: 'DATA_SIGNING with a possession-only signature',
    scene: ACTIVE,
    facts: (context) => signedFacts(context, {}, 'possession'),
    headers: signedBy({ signatureType: 'possession' }),
  },
  ...(['SCA_SIGNATURE_FORMAT_INVALID', 'ERROR_SIGNATURE_INVALID'] as const).map(
    (code): ScaScenario => ({
      code,
      how: 'DATA_SIGNING with a Linkcy-SCA-Signature outside the PowerAuth grammar',
      scene: ACTIVE,
      facts: () => ({ strategy: 'DATA_SIGNING', signature: { present: true, wellFormed: false } }),
      headers: () => dataSigningHeaders('PowerAuth pa_activation_id="not-a-uuid"'),
    }),
  ),
  {
    code: 'SCA_SIGNATURE_MISSING',
    how: 'DATA_SIGNING and no Linkcy-SCA-Signature',
    scene: ACTIVE,
    facts: () => ({ strategy: 'DATA_SIGNING' }),
    headers: () => ({ 'linkcy-sca-strategy': 'DATA_SIGNING' }),
  },
  {
    code: 'SCA_UNEXPECTED_ERROR',
    how: 'DATA_SIGNING after the control plane injected a failing SCA back end (fault injection; no client request provokes it otherwise)',
    scene: ACTIVE,
    facts: () => ({ strategy: 'DATA_SIGNING' }),
    headers: async (session, _scene, planned) => {
      await session.control().injectFault({ operationId: planned.operationId, count: 1, code: 'SCA_UNEXPECTED_ERROR' });
      return { 'linkcy-sca-strategy': 'DATA_SIGNING' };
    },
    injected: true,
  },
  { code: 'SCA_DEVICE_NOT_SET', how: 'no SCA headers, for an end user who never registered a device', scene: { ...ACTIVE, devices: 'none' }, facts: () => ({}), headers: () => ({}) },
  {
    code: 'SCA_FACTOR_NOT_SET',
    how: 'Linkcy-SCA-Factor BIOMETRY for a PIN-only device',
    scene: ACTIVE,
    facts: () => ({ factor: 'BIOMETRY' }),
    headers: () => ({ 'linkcy-sca-factor': 'BIOMETRY' }),
  },
  {
    code: 'SCA_INTERACTION_DECLINED',
    how: 'PUSH_NOTIFICATION while the control plane plays an end user who declines',
    scene: ACTIVE,
    facts: () => ({ strategy: 'PUSH_NOTIFICATION', pushMode: 'decline' }),
    headers: () => ({ 'linkcy-sca-strategy': 'PUSH_NOTIFICATION' }),
    around: async (session, probe) => {
      await session.control().setPushMode('decline');
      try {
        return await probe();
      } finally {
        await session.control().setPushMode('off');
      }
    },
  },
];

function scaScenarioOn(scenario: ScaScenario, operationId: OperationId): ErrorScenario {
  return {
    code: scenario.code,
    operationId,
    how: `${operationId}: ${scenario.how}`,
    ...(scenario.injected === true ? {} : { scaCase: (context: ProbeContext) => scaCaseFor(context, sceneFactsOf(scenario.scene), { ...scenario.facts(context), operationId }) }),
    provoke: async (session) => {
      const scene = await buildScene(session, scenario.scene);
      const planned = planRequest(session, scene, operationId);
      const headers = await scenario.headers(session, scene, planned);
      const probe = (): Promise<Exchange> => sendAsPlanned(session, scene, planned, headers);
      return scenario.around === undefined ? probe() : scenario.around(session, probe);
    },
  };
}

/** The operations a scenario is played on: where the profile's prediction for its facts is its code, REPRESENTATIVE first. */
function operationsOf(scenario: ScaScenario, context: ProbeContext): OperationId[] {
  const eligible = scaEligibleOperations(context.operations.values());
  const ordered = [...eligible.filter((id) => id === REPRESENTATIVE), ...eligible.filter((id) => id !== REPRESENTATIVE)];
  if (scenario.injected === true) return ordered;
  const facts = sceneFactsOf(scenario.scene);
  return ordered.filter((operationId) => {
    const { outcome } = predictFor(context, scaCaseFor(context, facts, { ...scenario.facts(context), operationId }));
    return outcome.kind === 'error' && outcome.code === scenario.code;
  });
}

/** Refused at request validation, before any resource or SCA rule: a partner token is all it needs. */
async function rawCreateCard(session: CaseSession, body: string, contentType: string): Promise<Exchange> {
  const { token } = await partnerLogin(session);
  return session.call('createCard', { token, body, headers: { 'content-type': contentType } });
}

const UNKNOWN_CARD = (): string => JSON.stringify({ ledgerId: randomUUID(), profileId: randomUUID(), nameOnCard: 'JANE DOE' });

interface BusinessCase {
  /** The scene (default: an ACTIVE device, the control plane's default world). */
  readonly scene?: SceneSpec;
  /** What the case changes in the operation's valid request: its path parameters or its JSON body. */
  readonly pathParams?: (scene: Scene) => Record<string, string>;
  readonly body?: (body: Record<string, unknown>, scene: Scene, session: CaseSession) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Send without a bearer token. */
  readonly anonymous?: true;
}

/**
 * The operation's valid request (fixtures/operations.ts) with one thing wrong, SCA done right (a
 * correct DATA_SIGNING signature wherever the operation takes the SCA headers), so the business
 * rule alone decides.
 */
function businessCase(operationId: OperationId, change: BusinessCase): (session: CaseSession) => Promise<Exchange> {
  return async (session) => {
    const scene = await buildScene(session, change.scene ?? ACTIVE);
    const valid = planRequest(session, scene, operationId);
    const pathParams = change.pathParams?.(scene) ?? valid.pathParams;
    const body = change.body === undefined || valid.body === undefined ? valid.body : JSON.stringify(await change.body(JSON.parse(valid.body) as Record<string, unknown>, scene, session));
    const planned: PlannedRequest = { ...valid, pathParams, target: session.targetOf(operationId, pathParams), ...(body === undefined ? {} : { body }) };
    const device = scene.onboarded?.device;
    const headers = session.operation(operationId).scaEligible && device !== undefined ? dataSigningHeaders((await signPlanned(session, device, planned)).header) : {};
    return sendPlanned(session, planned, { token: change.anonymous === true ? undefined : bearerOf(scene, planned), headers });
  };
}

/** The facts of a businessCase request: SCA done right where the operation takes it, `parts` what the case changes. */
function businessFacts(operationId: OperationId, parts: Omit<ScaCaseParts, 'operationId'>, scene: SceneSpec = ACTIVE) {
  return (context: ProbeContext): ScaCase =>
    scaCaseFor(context, sceneFactsOf(scene), { ...(context.operations.get(operationId)?.scaEligible === true ? signedFacts(context) : {}), ...parts, operationId });
}

function without(body: Record<string, unknown>, field: string): Record<string, unknown> {
  return Object.fromEntries(Object.entries(body).filter(([key]) => key !== field));
}

/** The codes of the operations' own rules (resources, KYC, cards, payments): one case each. */
const BUSINESS_SCENARIOS: readonly ErrorScenario[] = [
  { code: 'END_USER_NOT_FOUND', operationId: 'registerScaDevice', how: 'registerScaDevice for an endUserId nobody created', provoke: businessCase('registerScaDevice', { pathParams: () => ({ endUserId: randomUUID() }) }) },
  {
    code: 'CONSUMER_NOT_FOUND',
    operationId: 'getConsumer',
    how: 'getConsumer of a consumerId nobody created',
    provoke: businessCase('getConsumer', { pathParams: () => ({ consumerId: randomUUID() }) }),
    scaCase: businessFacts('getConsumer', { resourceExists: false }),
  },
  { code: 'CORPORATE_NOT_FOUND', operationId: 'getCorporate', how: 'getCorporate of a corporateId nobody created', provoke: businessCase('getCorporate', { pathParams: () => ({ corporateId: randomUUID() }) }) },
  { code: 'CARD_NOT_FOUND', operationId: 'getCard', how: 'getCard of a cardId nobody created', provoke: businessCase('getCard', { pathParams: () => ({ cardId: randomUUID() }) }) },
  { code: 'LEDGER_NOT_FOUND', operationId: 'createCard', how: 'createCard on a ledgerId nobody created', provoke: businessCase('createCard', { body: (body) => ({ ...body, ledgerId: randomUUID() }) }) },
  { code: 'CARD_PROFILE_NOT_FOUND', operationId: 'createCard', how: 'createCard with a profileId nobody created', provoke: businessCase('createCard', { body: (body) => ({ ...body, profileId: randomUUID() }) }) },
  {
    code: 'CARD_PROFILE_NOT_ACTIVE',
    operationId: 'createCard',
    how: 'createCard with a card profile created inactive',
    provoke: businessCase('createCard', {
      body: async (body, scene, session) => {
        const profile = JSON.stringify({ name: 'Inactive profile', cardDesignId: scene.resources.cardDesignId, active: false });
        const created = await session.call('createCardProfile', { token: scene.partnerToken, body: profile });
        return { ...body, profileId: stringFieldOf(expectStatus(created, 201, 'create an inactive card profile'), 'id', 'create an inactive card profile') };
      },
    }),
  },
  { code: 'DELIVERY_METHOD_REQUIRED', operationId: 'createCard', how: 'createCard of a physical profile without deliveryMethod', provoke: businessCase('createCard', { body: (body) => without(body, 'deliveryMethod') }) },
  { code: 'CARD_DESIGN_NOT_FOUND', operationId: 'createCardProfile', how: 'createCardProfile with a cardDesignId nobody has', provoke: businessCase('createCardProfile', { body: (body) => ({ ...body, cardDesignId: randomUUID() }) }) },
  { code: 'CARD_MUST_BE_PHYSICAL', operationId: 'getCardPin', how: 'getCardPin of a virtual card', provoke: businessCase('getCardPin', { scene: { ...ACTIVE, world: { cardType: 'VIRTUAL' } } }) },
  { code: 'CARD_MUST_BE_ACTIVE', operationId: 'getCardPin', how: 'getCardPin of a suspended card', provoke: businessCase('getCardPin', { scene: { ...ACTIVE, world: { cardStatus: 'SUSPENDED' } } }) },
  {
    code: 'CONSUMER_KYC_MUST_BE_VALIDATED',
    operationId: 'createCard',
    how: 'createCard for a consumer whose KYC is PENDING',
    provoke: businessCase('createCard', { scene: { ...ACTIVE, world: { kyc: 'PENDING' } } }),
    scaCase: businessFacts('createCard', { kyc: 'consumer-not-validated' }),
  },
  {
    code: 'CORPORATE_KYB_MUST_BE_VALIDATED',
    operationId: 'createCard',
    how: 'createCard for a corporate whose KYB is PENDING',
    provoke: businessCase('createCard', { scene: { ...ACTIVE, world: { kind: 'corporate', kyc: 'PENDING' } } }),
    scaCase: businessFacts('createCard', { kyc: 'corporate-not-validated' }),
  },
  { code: 'PHONE_ALREADY_TAKEN', operationId: 'createConsumer', how: "createConsumer with another consumer's phone", provoke: businessCase('createConsumer', { body: (body, scene) => ({ ...body, phone: scene.resources.consumerPhone }) }) },
  { code: 'PARTNER_NAME_REQUIRED', operationId: 'createConsumer', how: 'createConsumer without a bearer token and without partnerName', provoke: businessCase('createConsumer', { anonymous: true, body: (body) => without(body, 'partnerName') }) },
  { code: 'BENEFICIARY_NOT_FOUND', operationId: 'createTransaction', how: 'createTransaction to a beneficiaryId nobody created', provoke: businessCase('createTransaction', { body: (body) => ({ ...body, beneficiaryId: randomUUID() }) }) },
  { code: 'INSUFFICIENT_FUNDS', operationId: 'createTransaction', how: 'createTransaction of 120.5 from a ledger holding 10', provoke: businessCase('createTransaction', { scene: { ...ACTIVE, world: { balance: 10 } } }) },
  { code: 'END_USER_ID_REQUIRED', operationId: 'createLedger', how: 'createLedger with a partner token and no endUserId', provoke: businessCase('createLedger', { body: (body) => without(body, 'endUserId') }) },
  { code: 'END_USER_FORBIDDEN', operationId: 'login', how: 'login of a blocked end user (OAS178@80k): no client request and no control-plane call blocks an end user' },
];

/** Every other code: one scenario each, on the operation that shows it best. */
const OTHER_SCENARIOS: readonly ErrorScenario[] = [
  { code: 'ERROR_TOKEN_INVALID', operationId: null, how: `${POWERAUTH_INTERNAL} (a PowerAuth token header)` },
  {
    code: 'ERROR_REQUEST',
    operationId: 'createCard',
    how: 'createCard with nameOnCard "jane doe" (outside ^[A-Z\\s]{1,21}$)',
    provoke: (session) => rawCreateCard(session, JSON.stringify({ ledgerId: randomUUID(), profileId: randomUUID(), nameOnCard: 'jane doe' }), 'application/json'),
    scaCase: (context) => scaCaseFor(context, sceneFactsOf(ACTIVE), { operationId: 'createCard', requestValid: false }),
  },
  { code: 'ERROR_OTP_INVALID', operationId: null, how: `${POWERAUTH_INTERNAL} (an activation OTP; LinkCy's activation takes no payload)` },
  { code: 'ERROR_OPERATION_NOT_FOUND', operationId: null, how: `${POWERAUTH_INTERNAL} (a PowerAuth operation id)` },
  {
    code: 'ERROR_OPERATION_STATE_CHANGE',
    operationId: 'activateScaDevice',
    how: 'activateScaDevice before the SDK activation',
    provoke: async (session) => {
      const scene = await buildScene(session, { ...ACTIVE, devices: 'none' });
      const { scaDeviceId } = await registerDevice(session, scene.endUserId, scene.partnerToken);
      return session.call('activateScaDevice', { pathParams: { scaDeviceId }, token: scene.partnerToken });
    },
  },
  {
    code: 'ERROR_INTERNAL_API',
    operationId: 'getConsumer',
    how: 'getConsumer after the control plane injected an internal failure (fault injection; no client request provokes it otherwise)',
    provoke: async (session) => {
      const scene = await buildScene(session, { ...ACTIVE, devices: 'none' });
      await session.control().injectFault({ operationId: 'getConsumer', count: 1, status: 500 });
      return sendAsPlanned(session, scene, planRequest(session, scene, 'getConsumer'));
    },
  },
  {
    code: 'SCA_REGISTRATION_NOT_FOUND',
    operationId: 'activateScaDevice',
    how: 'activateScaDevice of an scaDeviceId nobody registered',
    provoke: async (session) => {
      const scene = await buildScene(session, { ...ACTIVE, devices: 'none' });
      return session.call('activateScaDevice', { pathParams: { scaDeviceId: randomUUID() }, token: scene.partnerToken });
    },
    scaCase: (context) => scaCaseFor(context, sceneFactsOf({ ...ACTIVE, devices: 'none' }), { operationId: 'activateScaDevice', resourceExists: false }),
  },
  {
    code: 'ERROR_REGISTRATION_NOT_ALLOWED',
    operationId: 'registerScaDevice',
    how: 'registerScaDevice signed by the ACTIVE device while a second registration, signed too, awaits activation',
    provoke: async (session) => {
      const scene = await buildScene(session, ACTIVE);
      const device = scene.onboarded?.device;
      await registerDevice(session, scene.endUserId, scene.partnerToken, device);
      const planned = planRequest(session, scene, 'registerScaDevice');
      const headers = device === undefined ? {} : dataSigningHeaders((await signPlanned(session, device, planned)).header);
      return sendAsPlanned(session, scene, planned, headers);
    },
    scaCase: (context) => scaCaseFor(context, { ...sceneFactsOf(ACTIVE), registrationPending: true }, { operationId: 'registerScaDevice', ...signedFacts(context) }),
  },
  {
    code: 'UNAUTHORIZED',
    operationId: 'getConsumer',
    how: 'getConsumer without an Authorization header',
    provoke: (session) => session.call('getConsumer', { pathParams: { consumerId: randomUUID() } }),
  },
  {
    code: 'FORBIDDEN',
    operationId: 'deleteScaDevice',
    how: "deleteScaDevice with the device owner's end-user token (partner-only operation)",
    provoke: async (session) => {
      const scene = await buildScene(session, ACTIVE);
      return session.call('deleteScaDevice', { pathParams: planRequest(session, scene, 'deleteScaDevice').pathParams, token: scene.endUserToken });
    },
  },
  {
    code: 'RESOURCE_NOT_FOUND',
    operationId: null,
    how: 'GET /api/partner/no-such-route (a route no operation documents)',
    provoke: async (session) => {
      const { token } = await partnerLogin(session);
      return session.send({ method: 'GET', target: '/api/partner/no-such-route', headers: { accept: 'application/json', authorization: `Bearer ${token}` } });
    },
  },
  {
    code: 'PAYLOAD_TOO_LARGE',
    operationId: 'createCard',
    how: 'createCard with a 70 000-byte JSON body',
    provoke: (session) => rawCreateCard(session, JSON.stringify({ ledgerId: randomUUID(), profileId: randomUUID(), friendlyName: 'x'.repeat(70_000) }), 'application/json'),
  },
  { code: 'UNSUPPORTED_MEDIA_TYPE', operationId: 'createCard', how: 'createCard with Content-Type text/plain', provoke: (session) => rawCreateCard(session, UNKNOWN_CARD(), 'text/plain') },
];

/** One row per code for the mapping table: what each scenario is, on its representative operation. */
export const ERROR_SCENARIOS: readonly ErrorScenario[] = [
  ...SCA_SCENARIOS.map((scenario) => ({ ...scaScenarioOn(scenario, REPRESENTATIVE), how: scenario.how })),
  ...OTHER_SCENARIOS,
  ...BUSINESS_SCENARIOS,
];

/** The cases the family plays on this target: the SCA scenarios on each operation they apply to, then the others. */
export function errorScenarioCases(context: ProbeContext): ErrorScenario[] {
  return [
    ...SCA_SCENARIOS.flatMap((scenario) => operationsOf(scenario, context).map((operationId) => scaScenarioOn(scenario, operationId))),
    ...[...OTHER_SCENARIOS, ...BUSINESS_SCENARIOS].filter((scenario) => scenario.provoke !== undefined),
  ];
}

/** The SCA-header codes no operation of this target is predicted to answer under its profile. */
export function unprovokedUnderProfile(context: ProbeContext): ErrorCode[] {
  return SCA_SCENARIOS.filter((scenario) => operationsOf(scenario, context).length === 0).map((scenario) => scenario.code);
}
