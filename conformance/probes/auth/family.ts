import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import type { TokenKind } from '../../../spec/expectations/index.ts';
import type { OperationId } from '../../../spec/openapi/index.ts';
import type { ProbeContext } from '../context.ts';
import type { ProbeFamily } from '../family.ts';
import { credentialOf } from '../fixtures/operations.ts';
import { planRequest, sendPlanned, signatureFactsOf, signPlanned } from '../fixtures/requests.ts';
import { buildScene, type Scene } from '../fixtures/scene.ts';
import { dataSigningHeaders } from '../fixtures/signing.ts';
import { scaCaseFor } from '../sca-case.ts';
import type { ScaObservation } from '../sca-observation.ts';
import type { CaseSession } from '../session.ts';

// Bearer tokens on every secured operation: missing, malformed, unknown, expired, the end user's
// own, another end user's, the partner's. Everything else about the request is right (SCA by a
// correct signature where needed), so only the token decides.

const TOKEN_KINDS = ['partner', 'end-user', 'end-user-other', 'missing', 'malformed', 'expired', 'unknown'] as const satisfies readonly TokenKind[];

export interface AuthCase {
  readonly operationId: OperationId;
  /** Named so, not `token`: the redaction of counterexamples hides fields called token. */
  readonly tokenKind: (typeof TOKEN_KINDS)[number];
}

/** The bearer token of each kind; undefined sends no Authorization header. */
async function tokenOf(session: CaseSession, scene: Scene, kind: AuthCase['tokenKind']): Promise<string | undefined> {
  const control = session.control();
  switch (kind) {
    case 'partner':
      return scene.partnerToken;
    case 'end-user':
      return scene.endUserToken;
    case 'end-user-other':
      return (await control.createEndUser()).token;
    case 'missing':
      return undefined;
    case 'malformed':
      return (await control.issueToken({ kind: 'partner', validity: 'malformed' })).token;
    case 'expired':
      return (await control.issueToken({ kind: 'partner', validity: 'expired' })).token;
    case 'unknown':
      return randomBytes(32).toString('base64url');
  }
}

/** Every operation that takes a bearer token, in document order. */
function securedOperations(context: ProbeContext): OperationId[] {
  return [...context.operations.values()].filter((operation) => operation.tokenPolicy !== 'none').map((operation) => operation.operationId);
}

export const authFamily: ProbeFamily<AuthCase, ScaObservation> = {
  id: 'auth',
  title: 'Bearer tokens: missing, malformed, unknown, expired, end-user tokens on partner-only or foreign resources',
  needs: ['sca-semantics', 'control'],
  source: {
    kind: 'property',
    arbitrary: (context) => fc.record({ operationId: fc.constantFrom(...securedOperations(context)), tokenKind: fc.constantFrom(...TOKEN_KINDS) }),
    // Every token kind on the partner-only operation, the end-user cases of the others, an end
    // user signing up, and each operation the SCA families do not play with its own credential
    // (its success row; the SCA families reach those of the others).
    examples: (context) => {
      const cases: AuthCase[] = [
        ...TOKEN_KINDS.map((tokenKind) => ({ operationId: 'deleteScaDevice', tokenKind }) as const),
        { operationId: 'createCard', tokenKind: 'end-user' },
        { operationId: 'createCard', tokenKind: 'end-user-other' },
        { operationId: 'getConsumer', tokenKind: 'end-user-other' },
        { operationId: 'createConsumer', tokenKind: 'end-user' },
        ...securedOperations(context)
          .filter((operationId) => context.operations.get(operationId)?.scaEligible !== true)
          .map((operationId): AuthCase => ({ operationId, tokenKind: credentialOf(operationId) })),
      ];
      return cases.filter((testCase) => context.operations.has(testCase.operationId));
    },
  },
  describe: (testCase) => testCase,
  execute: async (testCase, session) => {
    const { operationId } = testCase;
    const scene = await buildScene(session, { devices: 'active', biometry: false });
    const planned = planRequest(session, scene, operationId);
    const device = scene.onboarded?.device;
    const signed = session.operation(operationId).scaEligible && device !== undefined ? await signPlanned(session, device, planned) : undefined;
    const headers = signed === undefined ? {} : dataSigningHeaders(signed.header);
    const probe = await sendPlanned(session, planned, { token: await tokenOf(session, scene, testCase.tokenKind), headers });
    const scaCase = scaCaseFor(session.context, scene, {
      operationId,
      token: testCase.tokenKind,
      ...(signed === undefined
        ? {}
        : { strategy: 'DATA_SIGNING', signature: { present: true, wellFormed: true, facts: signatureFactsOf(session.context, 'possession_knowledge') } }),
    });
    return { caseId: session.caseId, exchanges: session.exchanges, operationId, probe, scaCase };
  },
};
