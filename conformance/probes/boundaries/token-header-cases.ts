import { consumerLoginBody, partnerLoginBody, refreshBody, type PartnerCredentials } from '../../../generators/index.ts';
import type { PushMode, ScaCase, TokenKind } from '../../../spec/expectations/index.ts';
import { SCA_HEADER_NAMES, type OperationId } from '../../../spec/openapi/index.ts';
import type { RequirementId } from '../../../spec/requirements/index.ts';
import { decodeJwtClaims, PUSH_MODES } from '../../simulator/index.ts';
import type { Exchange } from '../../targets/index.ts';
import type { ProbeContext } from '../context.ts';
import { OPERATION_RECIPES, scaEligibleOperations } from '../fixtures/operations.ts';
import { partnerLogin } from '../fixtures/partner.ts';
import { withPushMode } from '../fixtures/push-mode.ts';
import { planRequest, sendPlanned } from '../fixtures/requests.ts';
import { buildScene, sceneFactsOf, type Scene } from '../fixtures/scene.ts';
import { HarnessError } from '../harness-error.ts';
import { scaCaseFor, type ScaCaseParts } from '../sca-case.ts';
import type { CaseSession } from '../session.ts';
import type { BoundaryCase } from './boundary-case.ts';
import type { JudgedCall } from './observation.ts';
import { signedBy } from './signed-by.ts';

// The stated edges of the token, header and environment rules (docs/probe-design.md, "Stated
// boundaries"): a bearer token's expiry to the millisecond, forged bearer tokens, refresh token rotation, rejected
// credentials, another end user's resources, SCA header names in any case, a repeated strategy,
// every push mode (the simulator's, set through its control plane) on an operation of each kind, and
// BY_PASS under the production profile.

const NO_DEVICE = sceneFactsOf({ devices: 'none', biometry: false });
// The documented spellings.
const [STRATEGY, SIGNATURE] = SCA_HEADER_NAMES;

function call(session: CaseSession, facts: Pick<Scene, 'devices' | 'factors' | 'registrationPending'>, probe: Exchange, parts: ScaCaseParts, note?: string): JudgedCall {
  const scaCase: ScaCase = scaCaseFor(session.context, facts, parts);
  return { operationId: parts.operationId, probe, scaCase, ...(note === undefined ? {} : { note }) };
}

const FROZEN_CLOCK_ONLY = (context: ProbeContext): string | undefined =>
  context.clockFrozen ? undefined : 'the target clock runs on: only a clock the probe alone moves (a manual simulator clock) shows one millisecond';

// --- Bearer token expiry (SCA-AUTH-003, D-SIM-1): accepted up to exp * 1000 - 1 ms, refused from exp * 1000 ms.

/** How many ms before `exp` each edge calls. */
const EXPIRY_EDGES = { 'last-valid-ms': 1, 'first-expired-ms': 0 } as const;
type ExpiryEdge = keyof typeof EXPIRY_EDGES;

/** The `exp` claim of a JWT bearer token, in ms: the vendor's bearer is a JWT a client decodes for it (G-PAUTH). */
function expiryMsOf(token: string): number {
  const exp = decodeJwtClaims(token)?.exp;
  if (typeof exp !== 'number' || !Number.isFinite(exp)) throw new HarnessError('the bearer token is not a JWT with a numeric exp claim');
  return exp * 1000;
}

function tokenExpiryCase(holder: 'partner' | 'end-user', edge: ExpiryEdge): BoundaryCase {
  return {
    id: `token-expiry/${holder}-${edge}`,
    requirementIds: ['SCA-AUTH-003'],
    notApplicable: FROZEN_CLOCK_ONLY,
    async play(session) {
      const scene = await buildScene(session, { devices: 'none', biometry: false });
      const token = holder === 'partner' ? scene.partnerToken : scene.endUserToken;
      const control = session.control();
      const at = expiryMsOf(token) - EXPIRY_EDGES[edge];
      const now = await control.now();
      if (at < now) throw new HarnessError(`the token expires at ${at} ms, before the target clock ${now} ms`);
      await control.advanceClock(at - now);
      const planned = planRequest(session, scene, 'getConsumer');
      const probe = await sendPlanned(session, planned, { token });
      const tokenFact: TokenKind = edge === 'last-valid-ms' ? holder : 'expired';
      return [call(session, scene, probe, { operationId: 'getConsumer', token: tokenFact }, `target clock at exp ${edge === 'last-valid-ms' ? '- 1 ms' : 'exactly'}`)];
    },
  };
}

// --- Forged bearer tokens (SCA-AUTH-003, D-MUT-TOKENS-1): a JWT whose segments, header or signature
// differ from what the target signed is refused 401, however close to a real one.

/** Each forgery of a real partner token: its segments `header.payload.signature`, changed one way. */
const FORGERIES = {
  'two-segments': ([header, payload]) => `${header}.${payload}`,
  'four-segments': ([header, payload, signature]) => `${header}.${payload}.${signature}.${signature}`,
  'other-header': ([, payload, signature]) => `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${payload}.${signature}`,
  // The first character: it carries the first 6 bits of the MAC, so the bytes differ for any decoder.
  'signature-same-length': ([header, payload, signature]) => `${header}.${payload}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`,
  'signature-one-character-short': ([header, payload, signature]) => `${header}.${payload}.${signature.slice(0, -1)}`,
} as const satisfies Record<string, (segments: readonly [string, string, string]) => string>;
type Forgery = keyof typeof FORGERIES;

function segmentsOf(token: string): [string, string, string] {
  const [header, payload, signature, ...rest] = token.split('.');
  if (header === undefined || payload === undefined || signature === undefined || rest.length > 0) throw new HarnessError('the bearer token is not a JWT of three segments');
  return [header, payload, signature];
}

function forgedTokenCase(forgery: Forgery): BoundaryCase {
  return {
    id: `forged-token/${forgery}`,
    requirementIds: ['SCA-AUTH-003'],
    async play(session) {
      const scene = await buildScene(session, { devices: 'none', biometry: false });
      const token = FORGERIES[forgery](segmentsOf(scene.partnerToken));
      const probe = await sendPlanned(session, planRequest(session, scene, 'getConsumer'), { token });
      const tokenFact: TokenKind = forgery.endsWith('segments') ? 'malformed' : 'unknown';
      return [call(session, scene, probe, { operationId: 'getConsumer', token: tokenFact }, `the partner token, ${forgery.replaceAll('-', ' ')}`)];
    },
  };
}

// --- Refresh token rotation (SCA-AUTH-009, D-BOUND-AUTH-2): the exchanged token is refused, its successor accepted.

/** The refresh token of a refresh answer, or a harness error: the next step needs it. */
function successorOf(exchange: Exchange): string {
  const successor = (exchange.response.body as { refreshToken?: unknown } | undefined)?.refreshToken;
  if (typeof successor !== 'string') throw new HarnessError(`refresh answered ${exchange.response.status} without a refreshToken`);
  return successor;
}

// --- Refresh token expiry (SCA-AUTH-009, D-MUT-TOKENS-1): accepted up to its lifetime - 1 ms after the
// login that issued it, refused from its lifetime on. Only where the target states the lifetime (the
// simulator's control plane) on a clock the probe alone moves.

/** The token lifetimes the target states (the simulator's control plane), or a harness error. */
async function tokenLifetimesOf(session: CaseSession): Promise<{ tokenTtlMs: number; refreshTokenTtlMs: number }> {
  const lifetimes: { readonly tokenTtlMs?: unknown; readonly refreshTokenTtlMs?: unknown } = (await session.control().state()).tokenLifetimes ?? {};
  const { tokenTtlMs, refreshTokenTtlMs } = lifetimes;
  const valid = (ms: unknown): ms is number => typeof ms === 'number' && Number.isSafeInteger(ms) && ms > 0;
  if (!valid(tokenTtlMs) || !valid(refreshTokenTtlMs)) throw new HarnessError('the control plane states no token lifetimes (tokenLifetimes.tokenTtlMs, refreshTokenTtlMs)');
  return { tokenTtlMs, refreshTokenTtlMs };
}

/**
 * The partner token from a login is refused once the lifetime the target states has passed, rounded
 * up to the whole second its `exp` counts in (D-MUT-TOKENS-2): the `exp` it carries must say so.
 */
const bearerLifetimeCase: BoundaryCase = {
  id: 'token-expiry/partner-lifetime-passed',
  requirementIds: ['SCA-AUTH-003'],
  notApplicable: FROZEN_CLOCK_ONLY,
  async play(session) {
    const control = session.control();
    const issuedAt = await control.now();
    const scene = await buildScene(session, { devices: 'none', biometry: false });
    const { token } = await partnerLogin(session);
    const { tokenTtlMs } = await tokenLifetimesOf(session);
    await control.advanceClock(Math.ceil((issuedAt + tokenTtlMs) / 1000) * 1000 - (await control.now()));
    const probe = await sendPlanned(session, planRequest(session, scene, 'getConsumer'), { token });
    return [call(session, scene, probe, { operationId: 'getConsumer', token: 'expired' }, 'target clock at the login + the stated token lifetime, rounded up to the second')];
  },
};

function refreshExpiryCase(edge: ExpiryEdge): BoundaryCase {
  return {
    id: `refresh-token/partner-${edge}`,
    requirementIds: ['SCA-AUTH-009', 'SCA-AUTH-008'],
    notApplicable: FROZEN_CLOCK_ONLY,
    async play(session) {
      const control = session.control();
      const issuedAt = await control.now();
      const { refreshToken } = await partnerLogin(session);
      await control.advanceClock(issuedAt + (await tokenLifetimesOf(session)).refreshTokenTtlMs - EXPIRY_EDGES[edge] - (await control.now()));
      const probe = await session.call('refreshToken', { body: refreshBody(refreshToken) });
      const note = `target clock at the login + the refresh token lifetime ${edge === 'last-valid-ms' ? '- 1 ms' : 'exactly'}`;
      return [call(session, NO_DEVICE, probe, { operationId: 'refreshToken', token: edge === 'last-valid-ms' ? 'partner' : 'expired' }, note)];
    },
  };
}

const refreshCases: BoundaryCase[] = [
  {
    // A partner's refresh acts for no end user: no SCA, only the token's rotation is at stake.
    id: 'refresh-token/partner-reused',
    requirementIds: ['SCA-AUTH-009', 'SCA-AUTH-008'],
    async play(session) {
      const { refreshToken } = await partnerLogin(session);
      const refresh = (token: string): Promise<Exchange> => session.call('refreshToken', { body: refreshBody(token) });
      const first = await refresh(refreshToken);
      const reused = await refresh(refreshToken);
      const successor = await refresh(successorOf(first));
      const parts = (token: TokenKind): ScaCaseParts => ({ operationId: 'refreshToken', token });
      return [
        call(session, NO_DEVICE, first, parts('partner'), 'first exchange'),
        call(session, NO_DEVICE, reused, parts('unknown'), 'the same refresh token again'),
        call(session, NO_DEVICE, successor, parts('partner'), 'the refresh token the first exchange answered'),
      ];
    },
  },
  {
    // The end user's refresh needs SCA (P-AUTH): each attempt carries its own fresh signature.
    id: 'refresh-token/end-user-reused',
    requirementIds: ['SCA-AUTH-009', 'SCA-AUTH-008'],
    async play(session) {
      const scene = await buildScene(session, { devices: 'active', biometry: false });
      const attempt = async (token: TokenKind, note: string): Promise<JudgedCall> => {
        const planned = planRequest(session, scene, 'refreshToken');
        const { header, signature } = await signedBy(session, scene, planned);
        const probe = await sendPlanned(session, planned, { token: undefined, headers: { [STRATEGY]: 'DATA_SIGNING', [SIGNATURE]: header } });
        return call(session, scene, probe, { operationId: 'refreshToken', token, strategy: 'DATA_SIGNING', signature }, note);
      };
      return [await attempt('end-user', 'first exchange'), await attempt('unknown', 'the same refresh token again')];
    },
  },
];

// --- Credentials (SCA-AUTH-008): the right ones log in, a wrong password or an unknown user does not.

// The simulator's end users have 336... phones and the probes' sign-ups 33...: nobody has this one.
const UNKNOWN_PHONE = '491700000000';

function loginCase(id: string, body: (session: CaseSession) => Promise<string>, accepted: boolean): BoundaryCase {
  return {
    id: `credentials/${id}`,
    requirementIds: ['SCA-AUTH-008', 'SCA-AUTH-007'],
    async play(session) {
      const probe = await session.call('login', { body: await body(session) });
      return [call(session, NO_DEVICE, probe, { operationId: 'login', token: accepted ? 'missing' : 'unknown' })];
    },
  };
}

function partnerOf(session: CaseSession): PartnerCredentials {
  const partner = session.context.target.info?.partner;
  if (partner === undefined) throw new HarnessError('login needs the partner credentials of --simulator-info');
  return partner;
}

async function consumerLogin(session: CaseSession, change: 'none' | 'password' | 'phone'): Promise<string> {
  const consumer = await session.control().createEndUser();
  return consumerLoginBody({
    consumerPhone: change === 'phone' ? UNKNOWN_PHONE : consumer.phone,
    partnerName: partnerOf(session).partnerName,
    password: change === 'password' ? `${consumer.password}x` : consumer.password,
  });
}

const credentialCases: BoundaryCase[] = [
  loginCase('partner-right-password', async (session) => partnerLoginBody(partnerOf(session)), true),
  loginCase('partner-wrong-password', async (session) => partnerLoginBody({ ...partnerOf(session), password: `${partnerOf(session).password}x` }), false),
  loginCase('partner-unknown-user', async (session) => partnerLoginBody({ ...partnerOf(session), username: `${partnerOf(session).username}-unknown` }), false),
  loginCase('partner-other-partner-name', async (session) => partnerLoginBody({ ...partnerOf(session), partnerName: `${partnerOf(session).partnerName}-other` }), false),
  loginCase('consumer-right-password', (session) => consumerLogin(session, 'none'), true),
  loginCase('consumer-wrong-password', (session) => consumerLogin(session, 'password'), false),
  loginCase('consumer-unknown-phone', (session) => consumerLogin(session, 'phone'), false),
];

// --- Another end user's resources (SCA-AUTH-005, row AUTH-OTHER-END-USER): every way a request names its owner.

/** Path endUserId / consumerId / scaDeviceId / cardId, body endUserId / ledgerId / ledgerFromId; every method. */
const OWNED_OPERATIONS: readonly OperationId[] = [
  'getConsumer',
  'registerScaDevice',
  'activateScaDevice',
  'getCard',
  'getCardPin',
  'updateCardRules',
  'deleteCardRule',
  'createLedger',
  'createBeneficiary',
  'createCard',
  'createTransaction',
];

function endUserTokenCase(operationId: OperationId, whose: 'own' | 'other'): BoundaryCase {
  return {
    id: `other-end-user/${whose === 'own' ? 'own-token-' : ''}${operationId}`,
    requirementIds: ['SCA-AUTH-005'],
    async play(session) {
      const scene = await buildScene(session, { devices: 'active', biometry: false });
      const token = whose === 'own' ? scene.endUserToken : (await session.control().createEndUser()).token;
      const planned = planRequest(session, scene, operationId);
      // SCA done right where needed, so only the token's owner decides.
      const signed = session.operation(operationId).scaEligible ? await signedBy(session, scene, planned) : undefined;
      const probe = await sendPlanned(session, planned, { token, headers: signed === undefined ? {} : { [STRATEGY]: 'DATA_SIGNING', [SIGNATURE]: signed.header } });
      const sca: Partial<ScaCaseParts> = signed === undefined ? {} : { strategy: 'DATA_SIGNING', signature: signed.signature };
      return [call(session, scene, probe, { operationId, token: whose === 'own' ? 'end-user' : 'end-user-other', ...sca })];
    },
  };
}

// --- SCA header names in any case (RFC 9110 5.1), and a repeated Linkcy-SCA-Strategy (D-BOUND-AUTH-1).

const HEADER_SPELLINGS = {
  'documented-spelling': [STRATEGY, SIGNATURE],
  'lower-case': [STRATEGY.toLowerCase(), SIGNATURE.toLowerCase()],
  'upper-case': [STRATEGY.toUpperCase(), SIGNATURE.toUpperCase()],
} as const;

/** A signed createCard whose SCA headers are spelt as given; `strategy` is the raw value sent. */
function signedCallCase(id: string, requirementIds: readonly RequirementId[], names: readonly [string, string], strategy: string, signs: boolean): BoundaryCase {
  return {
    id,
    requirementIds,
    async play(session) {
      const scene = await buildScene(session, { devices: 'active', biometry: false });
      const planned = planRequest(session, scene, 'createCard');
      const signed = signs ? await signedBy(session, scene, planned) : undefined;
      const [strategyName, signatureName] = names;
      const headers = { [strategyName]: strategy, ...(signed === undefined ? {} : { [signatureName]: signed.header }) };
      const probe = await sendPlanned(session, planned, { token: scene.partnerToken, headers });
      return [call(session, scene, probe, { operationId: 'createCard', strategy, ...(signed === undefined ? {} : { signature: signed.signature }) }, `headers ${Object.keys(headers).join(', ')}`)];
    },
  };
}

// Linkcy-SCA-Factor is not part of the 1.114.5 contract (D-PROFILE-3): a value in no enum changes
// nothing there, and is ERROR_REQUEST only under the profile's factorHeader "BIOMETRY|PIN" (1.78).
const unknownFactorCase: BoundaryCase = {
  id: 'factor-header/unknown-value',
  requirementIds: ['SCA-HDR-012'],
  async play(session) {
    const scene = await buildScene(session, { devices: 'active', biometry: false });
    const planned = planRequest(session, scene, 'createCard');
    const { header, signature } = await signedBy(session, scene, planned);
    const factor = 'NONE';
    const probe = await sendPlanned(session, planned, { token: scene.partnerToken, headers: { [STRATEGY]: 'DATA_SIGNING', [SIGNATURE]: header, 'Linkcy-SCA-Factor': factor } });
    return [call(session, scene, probe, { operationId: 'createCard', strategy: 'DATA_SIGNING', factor, signature })];
  },
};

const headerCases: BoundaryCase[] = [
  unknownFactorCase,
  ...Object.entries(HEADER_SPELLINGS).map(([spelling, names]) =>
    signedCallCase(`header-names/${spelling}`, ['SCA-HDR-008', 'SCA-HDR-006'], names, 'DATA_SIGNING', true),
  ),
  // What two field lines become (RFC 9110 5.3): one value, the strategies joined by ", ", in no enum.
  signedCallCase('duplicate-headers/strategy-same-value-twice', ['SCA-HDR-004', 'SCA-HDR-003'], HEADER_SPELLINGS['documented-spelling'], 'DATA_SIGNING, DATA_SIGNING', true),
  signedCallCase('duplicate-headers/strategy-data-signing-then-by-pass', ['SCA-HDR-004', 'SCA-HDR-003'], HEADER_SPELLINGS['documented-spelling'], 'DATA_SIGNING, BY_PASS', false),
  signedCallCase('duplicate-headers/strategy-by-pass-then-data-signing', ['SCA-HDR-004', 'SCA-HDR-003'], HEADER_SPELLINGS['documented-spelling'], 'BY_PASS, DATA_SIGNING', true),
];

// --- Every push mode on one SCA-eligible operation of each kind (SCA-PUSH-004, -005).

/** The first SCA-eligible operation of each method, with a bearer or without (refresh), in document order. */
function onePerKind(context: ProbeContext): OperationId[] {
  const byKind = new Map<string, OperationId>();
  for (const operationId of scaEligibleOperations(context.operations.values())) {
    const kind = `${context.operations.get(operationId)?.method ?? ''} ${OPERATION_RECIPES[operationId].bearer}`;
    if (!byKind.has(kind)) byKind.set(kind, operationId);
  }
  return [...byKind.values()];
}

function pushModeCase(operationId: OperationId, pushMode: PushMode): BoundaryCase {
  return {
    id: `push-mode/${pushMode}-${operationId}`,
    requirementIds: ['SCA-PUSH-004', 'SCA-PUSH-005'],
    async play(session) {
      const scene = await buildScene(session, { devices: 'active', biometry: false });
      const planned = planRequest(session, scene, operationId);
      const probe = await withPushMode(session, pushMode, () =>
        sendPlanned(session, planned, { token: planned.bearer === 'partner' ? scene.partnerToken : undefined, headers: { [STRATEGY]: 'PUSH_NOTIFICATION' } }),
      );
      return [call(session, scene, probe, { operationId, strategy: 'PUSH_NOTIFICATION', pushMode }, `push mode ${pushMode}`)];
    },
  };
}

// --- BY_PASS under the production profile on every SCA-eligible operation (SCA-BYP-005, D-PROFILE-4).

function byPassProductionCase(operationId: OperationId): BoundaryCase {
  return {
    id: `by-pass-production/${operationId}`,
    requirementIds: ['SCA-BYP-005', 'SCA-BYP-001'],
    notApplicable: (context) =>
      context.profile === 'production' ? undefined : 'the target runs the sandbox profile, where BY_PASS is honoured (header-matrix plays that); this edge needs --profile production',
    async play(session) {
      const scene = await buildScene(session, { devices: 'active', biometry: false });
      const planned = planRequest(session, scene, operationId);
      const probe = await sendPlanned(session, planned, { token: planned.bearer === 'partner' ? scene.partnerToken : undefined, headers: { [STRATEGY]: 'BY_PASS' } });
      return [call(session, scene, probe, { operationId, strategy: 'BY_PASS' })];
    },
  };
}

export function tokenHeaderBoundaryCases(context: ProbeContext): BoundaryCase[] {
  const has = (operationId: OperationId): boolean => context.operations.has(operationId);
  return [
    ...(['partner', 'end-user'] as const).flatMap((holder) => (Object.keys(EXPIRY_EDGES) as ExpiryEdge[]).map((edge) => tokenExpiryCase(holder, edge))),
    bearerLifetimeCase,
    ...(Object.keys(FORGERIES) as Forgery[]).map(forgedTokenCase),
    ...refreshCases,
    ...(Object.keys(EXPIRY_EDGES) as ExpiryEdge[]).map(refreshExpiryCase),
    ...credentialCases,
    ...OWNED_OPERATIONS.filter(has).map((operationId) => endUserTokenCase(operationId, 'other')),
    endUserTokenCase('getCard', 'own'),
    // A call that names no owning end user (no endUserId query): the end user's token lists their own.
    ...(['listBeneficiaries'] as const).filter(has).map((operationId) => endUserTokenCase(operationId, 'own')),
    ...headerCases,
    ...onePerKind(context).flatMap((operationId) => PUSH_MODES.map((pushMode) => pushModeCase(operationId, pushMode))),
    ...scaEligibleOperations(context.operations.values()).map(byPassProductionCase),
  ];
}
